package io.github.ankommen.referral;

import static io.github.ankommen.referral.Fixtures.BRACKEL;
import static io.github.ankommen.referral.Fixtures.CASE;
import static io.github.ankommen.referral.Fixtures.CASEWORKER;
import static io.github.ankommen.referral.Fixtures.CLIENT;
import static io.github.ankommen.referral.Fixtures.ENGINE;
import static io.github.ankommen.referral.Fixtures.JOBCENTER;
import static io.github.ankommen.referral.Fixtures.JOBCENTER_OFFER;
import static io.github.ankommen.referral.Fixtures.PARTNER;
import static io.github.ankommen.referral.Fixtures.T0;
import static io.github.ankommen.referral.Fixtures.WORKING_DAYS;
import static io.github.ankommen.referral.Fixtures.ZONE;
import static io.github.ankommen.referral.Fixtures.at;
import static io.github.ankommen.referral.Fixtures.consent;
import static io.github.ankommen.referral.Fixtures.draftCommand;
import static io.github.ankommen.referral.Fixtures.in;
import static io.github.ankommen.referral.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Role;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferralValuesTest {

    private static final String SECRET = "Fatima Geheim";

    @Test
    void hotPathRecordsRejectExactlyWhatTheValidatorRejects() {
        // Every Referral, ReferralHistoryEntry and ReferralChange a constructor accepts has no violations at all:
        // the hand-written check in front of the validator is never more lenient than the annotations (D10).
        TransferBasis basis = TransferBasis.consent(ConsentId.of("c-1"));
        List<Object[]> choices = List.of(
                new Object[] {ReferralId.of("r"), null},
                new Object[] {Set.of(DataCategory.BASIC), Set.of(), null,
                        new HashSet<>(Arrays.asList((DataCategory) null))},
                new Object[] {"Zweck", " ", "", null, "x".repeat(201), "\u0000"},
                ReferralStatus.values(),
                new Object[] {null, ReferralReason.NO_CAPACITY},
                new Object[] {null, "Notiz", " ", "n".repeat(2001)},
                new Object[] {null, ReferralOutcome.of(ReferralOutcome.Kind.JOB_TAKEN)},
                new Object[] {null, basis, TransferBasis.consent(ConsentId.of("c-2"))},
                new Object[] {null, new ConsentFlag(ConsentFlag.Kind.WITHDRAWN, ConsentId.of("c-1"), T0)},
                new Object[] {null, T0},
                new Object[] {null, LocalDate.of(2026, 3, 9)},
                new Object[] {null, T0.plusSeconds(60)},
                new Object[] {1L, 0L, 2L},
                new Object[] {T0, T0.minusSeconds(1), null},
                ReferralAction.values(),
                new Object[] {null, Side.SENDER});
        qt().withExamples(3000).forAll(lists().of(integers().between(0, 9)).ofSize(choices.size())).checkAssert(picks -> {
            Object[] v = new Object[choices.size()];
            for (int i = 0; i < v.length; i++) {
                Object[] options = choices.get(i);
                v[i] = options[picks.get(i) % options.length];
            }
            assertAcceptedOnlyIfValid(() -> new Referral((ReferralId) v[0], CASE, CLIENT, BRACKEL, JOBCENTER_OFFER,
                    JOBCENTER, Category.WORK, cast(v[1]), (String) v[2], (ReferralStatus) v[3], (ReferralReason) v[4],
                    (String) v[5], (ReferralOutcome) v[6], (TransferBasis) v[7], (ConsentFlag) v[8], (Instant) v[9],
                    (LocalDate) v[10], (Instant) v[11], T0, (Long) v[12], T0, (Instant) v[13]));
            assertAcceptedOnlyIfValid(() -> new ReferralHistoryEntry((ReferralId) v[0], (Long) v[12], ActorId.of("a"),
                    Role.CASEWORKER, (Side) v[15], T0, v[9] == null ? null : ReferralStatus.DRAFT, (ReferralStatus) v[3],
                    (ReferralAction) v[14], (ReferralReason) v[4], (String) v[5]));
        });
    }

    @Test
    void changesHoldTheirPartsTogether() {
        ReferralChange drafted = ENGINE.draft(draftCommand("r-1"), CASEWORKER, T0);
        ReferralChange requested = ENGINE.apply(drafted.updated(), request(consent("c-1")), CASEWORKER, at(1));
        assertThrows(ConstraintViolationException.class, () -> new ReferralChange(requested.updated(), drafted.history(),
                null, null, List.of()));
        assertThrows(ConstraintViolationException.class, () -> new ReferralChange(requested.updated(), requested.history(),
                null, null, List.of()));
        assertThrows(ConstraintViolationException.class, () -> new ReferralChange(drafted.updated(), drafted.history(),
                requested.transfer(), null, List.of()));
        assertEquals(requested, new ReferralChange(requested.updated(), requested.history(), requested.transfer(), null,
                requested.events()));
    }

    @Test
    void referralsRejectComponentsThatDoNotFit() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> new Referral(
                ReferralId.of("r"), CASE, CLIENT, BRACKEL, JOBCENTER_OFFER, JOBCENTER, Category.WORK,
                Set.of(DataCategory.BASIC), "Zweck", ReferralStatus.REJECTED, null, "Notiz", null, null,
                new ConsentFlag(ConsentFlag.Kind.EXPIRED, ConsentId.of("c"), T0), null, null, T0, T0, 1, T0,
                T0.minusSeconds(1)));
        assertEquals(Set.of("reasonFittingStatus", "requestRecorded", "acceptanceRecorded", "flagOnConsent",
                "updatedNotBeforeCreated"), e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()));
        assertFalse(e.getMessage().contains("Notiz"));
    }

    @Test
    void freeTextNeverShowsInToStringOrEvents() {
        Referral requested = ENGINE.apply(ENGINE.draft(new DraftReferral(ReferralId.of("r"), CASE, CLIENT, BRACKEL,
                JOBCENTER_OFFER, JOBCENTER, Category.HEALTH, Set.of(DataCategory.SENSITIVE), SECRET), CASEWORKER, T0)
                .updated(), ReferralCommand.request(TransferId.of("t"), List.of(), null, SECRET), Fixtures.OVERRIDER,
                at(1)).updated();
        ReferralChange rejected = ENGINE.apply(requested, ReferralCommand.reject(ReferralReason.OTHER, SECRET), PARTNER,
                at(2));
        List<Object> values = new ArrayList<>(List.of(requested, rejected.updated(), rejected.history(), rejected.closed(),
                ReferralCommand.reject(ReferralReason.OTHER, SECRET), ReferralCommand.hold(SECRET),
                ReferralCommand.request(TransferId.of("t"), List.of(), null, SECRET),
                ReferralOutcome.of(ReferralOutcome.Kind.OTHER, SECRET), requested.basis()));
        values.addAll(rejected.events());
        for (Object value : values) {
            assertFalse(value.toString().contains("Fatima"), value.toString());
        }
    }

    @Test
    void overdueAndStalledReferrals() {
        // Requested on Monday 2 March 2026 with five working days: to be answered by Monday 9 March.
        Referral requested = in(ReferralStatus.REQUESTED);
        assertEquals(LocalDate.of(2026, 3, 9), requested.respondBy());
        assertEquals(List.of(), ReferralDeadlines.overdue(List.of(requested), Instant.parse("2026-03-09T22:59:00Z"), ZONE));
        assertEquals(List.of(requested),
                ReferralDeadlines.overdue(List.of(requested), Instant.parse("2026-03-09T23:00:00Z"), ZONE));
        Referral accepted = in(ReferralStatus.ACCEPTED);
        assertEquals(List.of(), ReferralDeadlines.overdue(List.of(accepted), Instant.parse("2026-04-09T23:00:00Z"), ZONE));

        Referral inProgress = in(ReferralStatus.IN_PROGRESS);
        Referral completed = in(ReferralStatus.COMPLETED);
        List<Referral> all = List.of(requested, accepted, inProgress, completed);
        assertEquals(List.of(), ReferralDeadlines.stalled(all, LocalDate.of(2026, 3, 6), 5, ZONE, WORKING_DAYS));
        assertEquals(List.of(accepted, inProgress),
                ReferralDeadlines.stalled(all, LocalDate.of(2026, 3, 9), 5, ZONE, WORKING_DAYS));
        assertThrows(ConstraintViolationException.class, () -> new StalledReferralQuery(LocalDate.of(2026, 3, 9), 0, ZONE));
    }

    @Test
    void theGapReportCountsRequestsNoCapacityRejectionsAndTheMedianTimeToAcceptance() {
        District brackel = District.of("Brackel");
        District eving = District.of("Eving");
        List<Referral> referrals = new ArrayList<>();
        int[] acceptAfterHours = {2, 4, 10};
        for (int i = 0; i < acceptAfterHours.length; i++) {
            Referral r = ENGINE.apply(ENGINE.draft(draftCommand("a-" + i), CASEWORKER, T0).updated(),
                    request(consent("c")), CASEWORKER, T0).updated();
            referrals.add(ENGINE.apply(r, ReferralCommand.accept(), PARTNER, T0.plusSeconds(3600L * acceptAfterHours[i]))
                    .updated());
        }
        referrals.add(ENGINE.apply(in(ReferralStatus.REQUESTED), ReferralCommand.reject(ReferralReason.NO_CAPACITY, null),
                PARTNER, at(100)).updated());
        referrals.add(ENGINE.apply(in(ReferralStatus.REQUESTED), ReferralCommand.reject(ReferralReason.NOT_ELIGIBLE, null),
                PARTNER, at(100)).updated());
        referrals.add(in(ReferralStatus.DRAFT));
        referrals.add(ENGINE.apply(in(ReferralStatus.REQUESTED), ReferralCommand.enteredInError(null), PARTNER, at(100))
                .updated());
        Referral elsewhere = ENGINE.apply(ENGINE.draft(draftCommand("e-1"), CASEWORKER, T0).updated(),
                request(consent("c")), CASEWORKER, T0).updated();
        referrals.add(elsewhere);
        GapReport report = GapReport.of(referrals, r -> r == elsewhere ? eving : brackel, ZONE);
        assertEquals(2, report.rows().size());
        GapRow row = report.rows().get(0);
        assertEquals(new GapRow(brackel, Category.WORK, YearMonth.of(2026, 3), 5, 1, 3, Duration.ofHours(4)), row);
        assertEquals(eving, report.rows().get(1).district());
        assertEquals(null, report.rows().get(1).medianTimeToAcceptance());
        assertTrue(report.row(brackel, Category.WORK, YearMonth.of(2026, 3)).isPresent());
        assertTrue(report.row(brackel, Category.SPORT, YearMonth.of(2026, 3)).isEmpty());
        referrals.remove(2);
        assertEquals(Duration.ofHours(3), GapReport.of(referrals, r -> brackel, ZONE).rows().get(0)
                .medianTimeToAcceptance(), "the median of two is their mean");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static void assertAcceptedOnlyIfValid(Supplier<Object> construction) {
        Object value;
        try {
            value = construction.get();
        } catch (ConstraintViolationException refused) {
            return;
        }
        assertEquals(Set.of(), RecordValidation.validator().validate(value).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()), value.getClass().getSimpleName());
    }
}
