package io.github.ankommen.referral;

import static io.github.ankommen.referral.Fixtures.CASEWORKER;
import static io.github.ankommen.referral.Fixtures.CLIENT;
import static io.github.ankommen.referral.Fixtures.CONSENTS;
import static io.github.ankommen.referral.Fixtures.COORDINATOR;
import static io.github.ankommen.referral.Fixtures.DAY0;
import static io.github.ankommen.referral.Fixtures.ENGINE;
import static io.github.ankommen.referral.Fixtures.EVING_CASEWORKER;
import static io.github.ankommen.referral.Fixtures.JOBCENTER;
import static io.github.ankommen.referral.Fixtures.OVERRIDER;
import static io.github.ankommen.referral.Fixtures.PARTNER;
import static io.github.ankommen.referral.Fixtures.PURPOSE;
import static io.github.ankommen.referral.Fixtures.T0;
import static io.github.ankommen.referral.Fixtures.VHS_PARTNER;
import static io.github.ankommen.referral.Fixtures.VOLUNTEER;
import static io.github.ankommen.referral.Fixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.ConsentMissingException;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.consent.TransferBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based test: long random sequences of referral commands by random actors, and consent
 * withdrawals and expiries, go to the real engines and to a trivially simple model, and the two must
 * agree after every step. After every step the four invariants of issue 6 are checked: no referral
 * is requested without a covering consent, legal basis or override; a withdrawal flags every
 * dependent open referral; terminal statuses stay terminal; the ledger has one entry per transfer.
 * QuickTheories reports the seed of a failing run, so that it can be replayed.
 */
class ReferralModelTest {

    private static final List<Actor> ACTORS = List.of(CASEWORKER, COORDINATOR, OVERRIDER, PARTNER, VHS_PARTNER,
            EVING_CASEWORKER, VOLUNTEER);
    private static final Set<Actor> SENDERS = Set.of(CASEWORKER, COORDINATOR, OVERRIDER);
    private static final List<String> KINDS = List.of("draft", "request", "accept", "reject", "start", "hold", "resume",
            "complete", "fail", "cancel", "revoke", "error", "withdraw", "expire");
    private static final int REFERRALS = 3;
    /** consent-0 covers and ends after ten days; consent-1 names another purpose; consent-2 covers without end. */
    private static final List<Consent> CONSENT_VALUES = List.of(
            Consent.obtained(ConsentId.of("consent-0"), CLIENT, Set.of(DataCategory.BASIC), JOBCENTER, PURPOSE,
                    CASEWORKER.id(), T0, DAY0, DAY0.plusDays(10)),
            Consent.obtained(ConsentId.of("consent-1"), CLIENT, Set.of(DataCategory.BASIC), JOBCENTER, "Sport",
                    CASEWORKER.id(), T0, DAY0, null),
            Consent.obtained(ConsentId.of("consent-2"), CLIENT, Set.of(DataCategory.BASIC, DataCategory.SENSITIVE),
                    JOBCENTER, PURPOSE, CASEWORKER.id(), T0, DAY0, null));
    private static final LocalDate[] VALID_UNTIL = {DAY0.plusDays(10), null, null};
    private static final List<List<Integer>> CONSENT_CHOICES = List.of(List.of(), List.of(1), List.of(0), List.of(0, 2));
    private static final LegalBasis LEGAL = LegalBasis.of("SGB X § 69", JOBCENTER, Set.of(DataCategory.BASIC), PURPOSE);

    /** The hand-written status table of the model, as issue 6 states it. */
    private static final Map<String, Set<String>> FROM = Map.ofEntries(Map.entry("request", Set.of("DRAFT")),
            Map.entry("accept", Set.of("REQUESTED")), Map.entry("reject", Set.of("REQUESTED")),
            Map.entry("cancel", Set.of("DRAFT", "REQUESTED")), Map.entry("start", Set.of("ACCEPTED")),
            Map.entry("hold", Set.of("ACCEPTED", "IN_PROGRESS")), Map.entry("resume", Set.of("ON_HOLD")),
            Map.entry("complete", Set.of("ACCEPTED", "IN_PROGRESS", "ON_HOLD")),
            Map.entry("fail", Set.of("ACCEPTED", "IN_PROGRESS", "ON_HOLD")),
            Map.entry("revoke", Set.of("ACCEPTED", "IN_PROGRESS", "ON_HOLD")),
            Map.entry("error", Set.of("DRAFT", "REQUESTED", "ACCEPTED", "REJECTED", "CANCELLED", "IN_PROGRESS", "ON_HOLD",
                    "COMPLETED", "FAILED")));
    private static final Map<String, String> TO = Map.ofEntries(Map.entry("request", "REQUESTED"),
            Map.entry("accept", "ACCEPTED"), Map.entry("reject", "REJECTED"), Map.entry("cancel", "CANCELLED"),
            Map.entry("start", "IN_PROGRESS"), Map.entry("hold", "ON_HOLD"), Map.entry("resume", "IN_PROGRESS"),
            Map.entry("complete", "COMPLETED"), Map.entry("fail", "FAILED"), Map.entry("revoke", "CANCELLED"),
            Map.entry("error", "ENTERED_IN_ERROR"));
    private static final Set<String> RECEIVER_KINDS = Set.of("accept", "reject", "start", "hold", "resume", "complete",
            "fail");
    private static final Set<String> TERMINAL = Set.of("REJECTED", "CANCELLED", "COMPLETED", "FAILED", "ENTERED_IN_ERROR");

    /** One generated step. */
    record Step(String kind, int referral, int actor, int choice, boolean override, boolean legal) {
        @Override
        public String toString() {
            return kind + "/r" + referral + "/" + ACTORS.get(actor).id() + "/c" + choice + (override ? "/override" : "")
                    + (legal ? "/legal" : "");
        }
    }

    private static Gen<Step> steps() {
        return Generate.pick(KINDS).zip(Generate.range(0, REFERRALS - 1), Generate.range(0, ACTORS.size() - 1),
                Generate.range(0, CONSENT_CHOICES.size() - 1), Generate.range(0, 7),
                (kind, referral, actor, choice, flags) -> new Step(kind, referral, actor, choice, (flags & 1) != 0,
                        (flags & 6) == 6));
    }

    @Test
    void enginesAgreeWithTheModelAndKeepTheInvariants() {
        qt().withExamples(300).forAll(lists().of(steps()).ofSizeBetween(1, 150)).checkAssert(ReferralModelTest::run);
    }

    /** The model: statuses, versions, flags and bases, written out as plainly as possible. */
    static final class Model {
        final String[] status = new String[REFERRALS];
        final long[] version = new long[REFERRALS];
        final boolean[] flagged = new boolean[REFERRALS];
        final int[] basisConsent = {-1, -1, -1};
        final boolean[] withdrawn = new boolean[CONSENT_VALUES.size()];
        int transfers;

        boolean valid(int consent, Instant now) {
            LocalDate day = LocalDate.ofInstant(now, ZONE);
            return consent != 1 && !withdrawn[consent] && (VALID_UNTIL[consent] == null || !day.isAfter(VALID_UNTIL[consent]));
        }

        /** The exception the engine must throw, or null if the step applies. */
        Class<? extends Exception> refusal(Step s, Instant now) {
            Actor actor = ACTORS.get(s.actor());
            int i = s.referral();
            if (s.kind().equals("draft")) {
                return SENDERS.contains(actor) ? null : WrongSideException.class;
            }
            if (!FROM.get(s.kind()).contains(status[i])) {
                return IllegalReferralTransitionException.class;
            }
            boolean sender = SENDERS.contains(actor);
            boolean receiver = actor == PARTNER;
            boolean allowed = s.kind().equals("error") ? sender || receiver
                    : RECEIVER_KINDS.contains(s.kind()) ? receiver : sender;
            if (!allowed) {
                return WrongSideException.class;
            }
            if (s.kind().equals("request")) {
                if (s.override() && actor != OVERRIDER) {
                    return OverrideNotPermittedException.class;
                }
                boolean covered = CONSENT_CHOICES.get(s.choice()).stream().anyMatch(c -> valid(c, now));
                if (!covered && !s.legal() && !s.override()) {
                    return ConsentMissingException.class;
                }
            }
            return null;
        }

        /** Applies a referral step the engine accepted. */
        void apply(Step s, Instant now) {
            int i = s.referral();
            version[i]++;
            if (s.kind().equals("draft")) {
                status[i] = "DRAFT";
                return;
            }
            if (s.kind().equals("request")) {
                transfers++;
                basisConsent[i] = -1;
                for (int c : CONSENT_CHOICES.get(s.choice())) {
                    if (valid(c, now)) {
                        basisConsent[i] = c;
                        break;
                    }
                }
            }
            status[i] = TO.get(s.kind());
        }

        /** Flags the open referrals on a consent; returns their indexes. */
        Set<Integer> flag(int consent) {
            Set<Integer> flaggedNow = new HashSet<>();
            for (int i = 0; i < REFERRALS; i++) {
                if (status[i] != null && !TERMINAL.contains(status[i]) && basisConsent[i] == consent && !flagged[i]) {
                    flagged[i] = true;
                    version[i]++;
                    flaggedNow.add(i);
                }
            }
            return flaggedNow;
        }
    }

    private static void run(List<Step> steps) {
        Model model = new Model();
        Referral[] referrals = new Referral[REFERRALS];
        List<Consent> consents = new ArrayList<>(CONSENT_VALUES);
        Map<ReferralId, List<ReferralHistoryEntry>> history = new HashMap<>();
        List<TransferRecord> ledger = new ArrayList<>();
        Instant now = T0;
        int n = 0;
        for (Step s : steps) {
            n++;
            now = now.plusSeconds(6 * 3600);
            String where = "step " + n + " " + s;
            Actor actor = ACTORS.get(s.actor());
            int i = s.referral();
            if (s.kind().equals("withdraw") || s.kind().equals("expire")) {
                int c = s.choice() % consents.size();
                boolean expired = VALID_UNTIL[c] != null && LocalDate.ofInstant(now, ZONE).isAfter(VALID_UNTIL[c]);
                ConsentChange change = s.kind().equals("withdraw")
                        ? CONSENTS.withdraw(consents.get(c), present(referrals), actor, now)
                        : CONSENTS.expire(consents.get(c), present(referrals), actor, now);
                Set<Integer> expected = s.kind().equals("withdraw") || expired ? model.flag(c) : Set.of();
                if (s.kind().equals("withdraw")) {
                    model.withdrawn[c] = true;
                    consents.set(c, change.consent());
                }
                Set<Integer> actual = new HashSet<>();
                for (ReferralChange flagged : change.flagged()) {
                    int k = index(flagged.updated().id());
                    actual.add(k);
                    record(history, referrals, k, flagged);
                }
                assertEquals(expected, actual, where + ": flagged referrals");
                if (s.kind().equals("withdraw")) {
                    // Invariant: a withdrawal flags every open referral that depends on the consent.
                    for (Referral r : present(referrals)) {
                        if (r.isOpen() && r.dependsOn(consents.get(c).id())) {
                            assertTrue(r.isFlagged(), where + ": " + r.id() + " depends on a withdrawn consent");
                        }
                    }
                }
                check(model, referrals, history, ledger, where);
                continue;
            }
            if (!s.kind().equals("draft") && referrals[i] == null) {
                continue; // nothing to command yet
            }
            if (s.kind().equals("draft") && referrals[i] != null) {
                continue; // one draft per referral id
            }
            Class<? extends Exception> expected = model.refusal(s, now);
            String before = referrals[i] == null ? null : referrals[i].status().name();
            ReferralChange change;
            try {
                change = s.kind().equals("draft")
                        ? ENGINE.draft(Fixtures.draftCommand("r-" + i), actor, now)
                        : ENGINE.apply(referrals[i], command(s, consents), actor, now);
            } catch (IllegalReferralTransitionException | WrongSideException | OverrideNotPermittedException
                    | ConsentMissingException refused) {
                assertEquals(expected, refused.getClass(), where + " was refused with " + refused.getMessage());
                check(model, referrals, history, ledger, where);
                continue;
            }
            if (expected != null) {
                fail(where + " was applied, but the model refuses it with " + expected.getSimpleName());
            }
            model.apply(s, now);
            record(history, referrals, i, change);
            if (change.transfer() != null) {
                ledger.add(change.transfer());
            }
            Referral r = change.updated();
            // Invariant: terminal statuses stay terminal.
            if (before != null && TERMINAL.contains(before)) {
                assertTrue(r.status().isTerminal(), where + ": left terminal " + before);
                assertEquals(ReferralStatus.ENTERED_IN_ERROR, r.status(), where);
            }
            // Invariant: nothing is requested without a covering consent, a legal basis or a permitted override.
            if (s.kind().equals("request")) {
                TransferBasis basis = r.basis();
                Instant when = now;
                assertNotNull(basis, where);
                switch (basis.kind()) {
                    case CONSENT -> assertTrue(consents.stream().anyMatch(c -> c.id().equals(basis.consent())
                            && c.covers(JOBCENTER, PURPOSE, r.shared(), when, ZONE)), where + ": consent does not cover");
                    case LEGAL_BASIS -> assertTrue(s.legal(), where);
                    case OVERRIDE -> assertEquals(OVERRIDER.id(), basis.override().actor(), where);
                }
                int c = model.basisConsent[i];
                assertEquals(c < 0 ? null : consents.get(c).id(), basis.consent(), where + ": chosen consent");
            }
            check(model, referrals, history, ledger, where);
        }
    }

    private static ReferralCommand command(Step s, List<Consent> consents) {
        return switch (s.kind()) {
            case "request" -> {
                List<Consent> given = new ArrayList<>();
                CONSENT_CHOICES.get(s.choice()).forEach(c -> given.add(consents.get(c)));
                yield ReferralCommand.request(TransferId.of("t-" + s.referral()), given, s.legal() ? LEGAL : null,
                        s.override() ? "Notfall" : null);
            }
            case "error" -> ReferralCommand.enteredInError(null);
            default -> Fixtures.command(ReferralAction.valueOf(s.kind().toUpperCase(java.util.Locale.ROOT)));
        };
    }

    private static void record(Map<ReferralId, List<ReferralHistoryEntry>> history, Referral[] referrals, int i,
            ReferralChange change) {
        referrals[i] = change.updated();
        history.computeIfAbsent(change.updated().id(), k -> new ArrayList<>()).add(change.history());
    }

    private static void check(Model model, Referral[] referrals, Map<ReferralId, List<ReferralHistoryEntry>> history,
            List<TransferRecord> ledger, String where) {
        int requested = 0;
        for (int i = 0; i < REFERRALS; i++) {
            Referral r = referrals[i];
            assertEquals(model.status[i], r == null ? null : r.status().name(), where + ": status of r-" + i);
            if (r == null) {
                continue;
            }
            assertEquals(model.version[i], r.version(), where + ": version of r-" + i);
            assertEquals(model.flagged[i], r.isFlagged(), where + ": flag of r-" + i);
            List<ReferralHistoryEntry> entries = history.get(r.id());
            assertEquals(r.version(), entries.size(), where + ": one history entry per applied change");
            for (int v = 0; v < entries.size(); v++) {
                assertEquals(v + 1, entries.get(v).version(), where + ": history without gaps");
            }
            if (r.requestedAt() != null) {
                requested++;
                assertNotNull(r.basis(), where);
            }
            if (r.status() != ReferralStatus.DRAFT && r.status() != ReferralStatus.CANCELLED
                    && r.status() != ReferralStatus.ENTERED_IN_ERROR) {
                assertNotNull(r.basis(), where + ": " + r.status() + " without a basis");
            }
        }
        // Invariant: the ledger has one entry per data transfer.
        assertEquals(model.transfers, ledger.size(), where + ": ledger size");
        assertEquals(requested, ledger.size(), where + ": one ledger entry per requested referral");
        assertEquals(ledger.size(), ledger.stream().map(TransferRecord::referral).distinct().count(), where);
    }

    private static List<Referral> present(Referral[] referrals) {
        List<Referral> present = new ArrayList<>();
        for (Referral r : referrals) {
            if (r != null) {
                present.add(r);
            }
        }
        return present;
    }

    private static int index(ReferralId id) {
        return Integer.parseInt(id.value().substring(2));
    }

    @Test
    void theModelIsNotTrivial() {
        // A run through request, acceptance, withdrawal and completion proves the generator covers the paths.
        List<Step> path = List.of(new Step("draft", 0, 0, 0, false, false), new Step("request", 0, 0, 2, false, false),
                new Step("accept", 0, 3, 0, false, false), new Step("withdraw", 0, 0, 0, false, false),
                new Step("start", 0, 3, 0, false, false), new Step("complete", 0, 3, 0, false, false),
                new Step("error", 0, 1, 0, false, false), new Step("draft", 1, 1, 0, false, false),
                new Step("request", 1, 2, 0, true, false), new Step("draft", 2, 0, 0, false, false),
                new Step("request", 2, 0, 1, false, true));
        run(path);
        Model model = new Model();
        Instant now = T0;
        for (Step s : path) {
            now = now.plusSeconds(6 * 3600);
            if (s.kind().equals("withdraw")) {
                assertEquals(Set.of(0), model.flag(0));
                model.withdrawn[0] = true;
                continue;
            }
            assertEquals(null, model.refusal(s, now), s.toString());
            model.apply(s, now);
        }
        assertEquals("ENTERED_IN_ERROR", model.status[0]);
        assertEquals(3, model.transfers);
    }
}
