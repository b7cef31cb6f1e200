package io.github.ankommen.referral;

import static io.github.ankommen.referral.Fixtures.ANALYST;
import static io.github.ankommen.referral.Fixtures.BRACKEL;
import static io.github.ankommen.referral.Fixtures.CASE;
import static io.github.ankommen.referral.Fixtures.CASEWORKER;
import static io.github.ankommen.referral.Fixtures.CLIENT;
import static io.github.ankommen.referral.Fixtures.COORDINATOR;
import static io.github.ankommen.referral.Fixtures.ENGINE;
import static io.github.ankommen.referral.Fixtures.EVING_CASEWORKER;
import static io.github.ankommen.referral.Fixtures.JOBCENTER;
import static io.github.ankommen.referral.Fixtures.OVERRIDER;
import static io.github.ankommen.referral.Fixtures.PARTNER;
import static io.github.ankommen.referral.Fixtures.PURPOSE;
import static io.github.ankommen.referral.Fixtures.T0;
import static io.github.ankommen.referral.Fixtures.VHS;
import static io.github.ankommen.referral.Fixtures.VHS_PARTNER;
import static io.github.ankommen.referral.Fixtures.VOLUNTEER;
import static io.github.ankommen.referral.Fixtures.at;
import static io.github.ankommen.referral.Fixtures.command;
import static io.github.ankommen.referral.Fixtures.consent;
import static io.github.ankommen.referral.Fixtures.draftCommand;
import static io.github.ankommen.referral.Fixtures.in;
import static io.github.ankommen.referral.Fixtures.request;
import static io.github.ankommen.referral.Fixtures.rightActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentGap;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.ConsentMissingException;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.Category;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralEngineTest {

    /** The status machine exactly as issue 6 states it, written out independently of ReferralAction. */
    private static final Map<ReferralAction, Set<ReferralStatus>> ISSUE_TABLE = Map.ofEntries(
            Map.entry(ReferralAction.REQUEST, Set.of(ReferralStatus.DRAFT)),
            Map.entry(ReferralAction.ACCEPT, Set.of(ReferralStatus.REQUESTED)),
            Map.entry(ReferralAction.REJECT, Set.of(ReferralStatus.REQUESTED)),
            Map.entry(ReferralAction.CANCEL, Set.of(ReferralStatus.DRAFT, ReferralStatus.REQUESTED)),
            Map.entry(ReferralAction.START, Set.of(ReferralStatus.ACCEPTED)),
            Map.entry(ReferralAction.HOLD, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
            Map.entry(ReferralAction.RESUME, Set.of(ReferralStatus.ON_HOLD)),
            Map.entry(ReferralAction.COMPLETE,
                    Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)),
            Map.entry(ReferralAction.FAIL, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)),
            Map.entry(ReferralAction.REVOKE,
                    Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)),
            Map.entry(ReferralAction.ENTERED_IN_ERROR,
                    EnumSet.complementOf(EnumSet.of(ReferralStatus.ENTERED_IN_ERROR))));

    @Test
    void theStatusMachineIsTheIssuesTable() {
        for (Map.Entry<ReferralAction, Set<ReferralStatus>> e : ISSUE_TABLE.entrySet()) {
            assertEquals(e.getValue(), e.getKey().from(), e.getKey().toString());
        }
        assertEquals(Set.of(ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.COMPLETED,
                ReferralStatus.FAILED, ReferralStatus.ENTERED_IN_ERROR),
                EnumSet.copyOf(List.of(ReferralStatus.values()).stream().filter(ReferralStatus::isTerminal).toList()));
        assertEquals("in-progress", ReferralStatus.IN_PROGRESS.code());
        assertEquals("entered-in-error", ReferralStatus.ENTERED_IN_ERROR.code());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralAction.class, names = {"DRAFT", "FLAG"}, mode = EnumSource.Mode.EXCLUDE)
    void everyActionLeavesExactlyItsStatuses(ReferralAction action) {
        for (ReferralStatus status : ReferralStatus.values()) {
            Referral r = in(status);
            assertEquals(status, r.status());
            if (action.from().contains(status)) {
                ReferralChange change = ENGINE.apply(r, command(action), rightActor(action), at(100));
                assertEquals(action.to(), change.updated().status(), action + " from " + status);
                assertEquals(r.version() + 1, change.updated().version());
                assertEquals(action, change.history().action());
                assertEquals(status, change.history().from());
                assertEquals(at(100), change.updated().lastProgressAt());
                assertEquals(action.to().isTerminal(), change.closed() != null);
            } else {
                IllegalReferralTransitionException e = assertThrows(IllegalReferralTransitionException.class,
                        () -> ENGINE.apply(r, command(action), rightActor(action), at(100)), action + " from " + status);
                assertEquals(r.id(), e.referral());
                assertEquals(status, e.current());
                assertEquals(action, e.attempted());
                assertFalse(e.getMessage().contains(PURPOSE));
            }
        }
    }

    @Test
    void terminalStatusesAreLeftOnlyIntoEnteredInError() {
        for (ReferralStatus status : ReferralStatus.values()) {
            if (!status.isTerminal()) {
                continue;
            }
            for (ReferralAction a : ReferralAction.values()) {
                if (a.isTransition() && a.from().contains(status)) {
                    assertEquals(ReferralAction.ENTERED_IN_ERROR, a, status + " is left by " + a);
                }
            }
        }
    }

    @Test
    void theSenderDraftsRequestsCancelsAndRevokesAndTheReceiverDoesTheRest() {
        Map<ReferralAction, Set<Side>> expected = Map.ofEntries(Map.entry(ReferralAction.DRAFT, Set.of(Side.SENDER)),
                Map.entry(ReferralAction.REQUEST, Set.of(Side.SENDER)), Map.entry(ReferralAction.CANCEL, Set.of(Side.SENDER)),
                Map.entry(ReferralAction.REVOKE, Set.of(Side.SENDER)), Map.entry(ReferralAction.ACCEPT, Set.of(Side.RECEIVER)),
                Map.entry(ReferralAction.REJECT, Set.of(Side.RECEIVER)), Map.entry(ReferralAction.START, Set.of(Side.RECEIVER)),
                Map.entry(ReferralAction.HOLD, Set.of(Side.RECEIVER)), Map.entry(ReferralAction.RESUME, Set.of(Side.RECEIVER)),
                Map.entry(ReferralAction.COMPLETE, Set.of(Side.RECEIVER)), Map.entry(ReferralAction.FAIL, Set.of(Side.RECEIVER)),
                Map.entry(ReferralAction.ENTERED_IN_ERROR, Set.of(Side.SENDER, Side.RECEIVER)),
                Map.entry(ReferralAction.FLAG, Set.of()));
        for (ReferralAction a : ReferralAction.values()) {
            assertEquals(expected.get(a), a.sides(), a.toString());
        }
    }

    @Test
    void sidesFollowRoleContactPointAndOrganisation() {
        assertEquals(Optional.of(Side.SENDER), ReferralEngine.sideOf(CASEWORKER, BRACKEL, JOBCENTER));
        assertEquals(Optional.of(Side.SENDER), ReferralEngine.sideOf(COORDINATOR, BRACKEL, JOBCENTER));
        assertEquals(Optional.of(Side.RECEIVER), ReferralEngine.sideOf(PARTNER, BRACKEL, JOBCENTER));
        assertEquals(Optional.empty(), ReferralEngine.sideOf(EVING_CASEWORKER, BRACKEL, JOBCENTER));
        assertEquals(Optional.empty(), ReferralEngine.sideOf(VHS_PARTNER, BRACKEL, JOBCENTER));
        assertEquals(Optional.empty(), ReferralEngine.sideOf(VOLUNTEER, BRACKEL, JOBCENTER));
        assertEquals(Optional.empty(), ReferralEngine.sideOf(ANALYST, BRACKEL, JOBCENTER));
        assertEquals(Optional.of(Side.RECEIVER), ReferralEngine.sideOf(PARTNER, in(ReferralStatus.DRAFT)));
    }

    @ParameterizedTest
    @EnumSource(value = ReferralAction.class, names = {"DRAFT", "FLAG"}, mode = EnumSource.Mode.EXCLUDE)
    void aTransitionByTheWrongSideIsRefusedWithItsOwnException(ReferralAction action) {
        ReferralStatus from = action.from().iterator().next();
        Referral r = in(from);
        for (Actor actor : List.of(CASEWORKER, COORDINATOR, EVING_CASEWORKER, PARTNER, VHS_PARTNER, VOLUNTEER, ANALYST)) {
            Optional<Side> side = ReferralEngine.sideOf(actor, r);
            if (side.isPresent() && action.sides().contains(side.get())) {
                assertEquals(action.to(), ENGINE.apply(r, command(action), actor, at(100)).updated().status());
                continue;
            }
            WrongSideException e = assertThrows(WrongSideException.class,
                    () -> ENGINE.apply(r, command(action), actor, at(100)), action + " by " + actor.id());
            assertEquals(r.id(), e.referral());
            assertEquals(actor.id(), e.actor());
            assertEquals(action, e.attempted());
            assertEquals(action.sides(), e.required());
        }
    }

    @Test
    void onlyTheSenderDrafts() {
        for (Actor actor : List.of(PARTNER, EVING_CASEWORKER, VOLUNTEER, ANALYST)) {
            WrongSideException e = assertThrows(WrongSideException.class,
                    () -> ENGINE.draft(draftCommand("r"), actor, T0));
            assertEquals(ReferralAction.DRAFT, e.attempted());
        }
        ReferralChange drafted = ENGINE.draft(draftCommand("r"), COORDINATOR, T0);
        assertEquals(ReferralStatus.DRAFT, drafted.updated().status());
        assertEquals(1, drafted.updated().version());
        assertNull(drafted.history().from());
        assertNull(drafted.transfer());
        assertNull(drafted.updated().basis());
        assertEquals(List.of(new ReferralStatusChanged(drafted.updated().id(), CASE, BRACKEL, JOBCENTER,
                ReferralAction.DRAFT, null, ReferralStatus.DRAFT, COORDINATOR.id(), Side.SENDER, T0)), drafted.events());
    }

    @Test
    void aRequestSharesDataOnceOnTheCoveringConsentAndSetsTheResponseDeadline() {
        Referral draft = in(ReferralStatus.DRAFT);
        // Friday 3 April 2026 is Good Friday and Monday 6 April Easter Monday in NRW.
        ReferralChange change = ENGINE.apply(draft, request(consent("consent-1")), CASEWORKER,
                java.time.Instant.parse("2026-04-01T10:00:00Z"));
        Referral requested = change.updated();
        assertEquals(TransferBasis.consent(ConsentId.of("consent-1")), requested.basis());
        assertEquals(LocalDate.of(2026, 4, 10), requested.respondBy());
        TransferRecord t = change.transfer();
        assertNotNull(t);
        assertEquals(draft.id(), t.referral());
        assertEquals(CLIENT, t.client());
        assertEquals(JOBCENTER, t.recipient());
        assertEquals(Set.of(DataCategory.BASIC), t.categories());
        assertEquals(TransferBasis.Kind.CONSENT, t.basis());
        assertEquals("consent-1", t.reference());
        assertEquals(PURPOSE, t.purpose());
        // Nothing after the request shares data again.
        Referral accepted = ENGINE.apply(requested, ReferralCommand.accept(), PARTNER, at(10)).updated();
        assertNull(ENGINE.apply(accepted, ReferralCommand.start(), PARTNER, at(11)).transfer());
    }

    @Test
    void responseDeadlinesDifferPerCategory() {
        ResponseDeadlines deadlines = ResponseDeadlines.of(Fixtures.WORKING_DAYS, 3).with(Category.WORK, 10);
        assertEquals(10, deadlines.workingDaysFor(Category.WORK));
        assertEquals(3, deadlines.workingDaysFor(Category.SPORT));
        ReferralEngine engine = ReferralEngine.of(deadlines, Fixtures.ZONE);
        Referral r = engine.apply(in(ReferralStatus.DRAFT), request(consent("c")), CASEWORKER, T0).updated();
        assertEquals(LocalDate.of(2026, 3, 16), r.respondBy());
        assertThrows(ConstraintViolationException.class, () -> deadlines.with(Category.SPORT, -1));
    }

    @Test
    void aRequestWithoutCoveringConsentIsRefusedAndSaysWhatIsMissing() {
        Referral draft = in(ReferralStatus.DRAFT);
        ConsentMissingException none = assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(), CASEWORKER, T0));
        assertEquals(Set.of(ConsentGap.NO_CONSENT_FOR_RECIPIENT), none.check().missing());
        assertEquals(Set.of(DataCategory.BASIC), none.check().uncovered());

        Consent otherPurpose = Consent.obtained(ConsentId.of("c-2"), CLIENT, Set.of(DataCategory.BASIC), JOBCENTER,
                "Sprachkurs", CASEWORKER.id(), T0.minusSeconds(60), Fixtures.DAY0, null);
        ConsentMissingException purpose = assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(otherPurpose), CASEWORKER, T0));
        assertEquals(Set.of(ConsentGap.PURPOSE_NOT_COVERED), purpose.check().missing());
        assertEquals(ConsentId.of("c-2"), purpose.check().consent());
        assertFalse(purpose.getMessage().contains("Sprachkurs"), purpose.getMessage());

        Consent withdrawn = consent("c-3").withdraw(T0.minusSeconds(1));
        assertEquals(Set.of(ConsentGap.WITHDRAWN), assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(withdrawn), CASEWORKER, T0)).check().missing());
        assertEquals(Set.of(ConsentGap.EXPIRED), assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(consent("c-4")), CASEWORKER, T0.plusSeconds(200L * 86400)))
                .check().missing());
        Consent wrongRecipient = Consent.obtained(ConsentId.of("c-5"), CLIENT, Set.of(DataCategory.BASIC), VHS, PURPOSE,
                CASEWORKER.id(), T0, Fixtures.DAY0, null);
        assertEquals(Set.of(ConsentGap.NO_CONSENT_FOR_RECIPIENT), assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(wrongRecipient), CASEWORKER, T0)).check().missing());
        assertEquals(ReferralStatus.DRAFT, draft.status(), "a refused request changes nothing");
    }

    @Test
    void aSensitiveReferralNeedsAConsentForSensitiveData() {
        Referral draft = ENGINE.draft(new DraftReferral(ReferralId.of("r-s"), CASE, CLIENT, BRACKEL,
                Fixtures.JOBCENTER_OFFER, JOBCENTER, Category.WORK, Set.of(DataCategory.BASIC, DataCategory.SENSITIVE),
                PURPOSE), CASEWORKER, T0).updated();
        ConsentMissingException e = assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(consent("c-1")), CASEWORKER, T0));
        assertEquals(Set.of(ConsentGap.CATEGORIES_NOT_COVERED), e.check().missing());
        assertEquals(Set.of(DataCategory.SENSITIVE), e.check().uncovered());
    }

    @Test
    void aLegalBasisAllowsTheTransferWithoutConsent() {
        Referral draft = in(ReferralStatus.DRAFT);
        LegalBasis sgb = LegalBasis.of("SGB X § 69 Abs. 1 Nr. 1", JOBCENTER, Set.of(DataCategory.BASIC), PURPOSE);
        ReferralChange change = ENGINE.apply(draft,
                ReferralCommand.request(TransferId.of("t-1"), List.of(), sgb, null), CASEWORKER, T0);
        assertEquals(TransferBasis.Kind.LEGAL_BASIS, change.updated().basis().kind());
        assertEquals("SGB X § 69 Abs. 1 Nr. 1", change.transfer().reference());
        LegalBasis elsewhere = LegalBasis.of("SGB X § 69", VHS, Set.of(DataCategory.BASIC), PURPOSE);
        ConsentMissingException e = assertThrows(ConsentMissingException.class, () -> ENGINE.apply(draft,
                ReferralCommand.request(TransferId.of("t-1"), List.of(), elsewhere, null), CASEWORKER, T0));
        assertEquals(Set.of(ConsentGap.NO_CONSENT_FOR_RECIPIENT, ConsentGap.LEGAL_BASIS_NOT_COVERING),
                e.check().missing());
    }

    @Test
    void onlyAnActorWithThePermissionOverridesAndTheOverrideIsRecordedWithItsReason() {
        Referral draft = in(ReferralStatus.DRAFT);
        ReferralCommand.Request override = ReferralCommand.request(TransferId.of("t-1"), List.of(), null,
                "Klient ist in akuter Notlage");
        OverrideNotPermittedException refused = assertThrows(OverrideNotPermittedException.class,
                () -> ENGINE.apply(draft, override, CASEWORKER, T0));
        assertEquals(CASEWORKER.id(), refused.actor());
        assertEquals(draft.id(), refused.referral());
        assertFalse(refused.getMessage().contains("Notlage"));
        ReferralChange change = ENGINE.apply(draft, override, OVERRIDER, T0);
        TransferBasis basis = change.updated().basis();
        assertEquals(TransferBasis.Kind.OVERRIDE, basis.kind());
        assertEquals(OVERRIDER.id(), basis.override().actor());
        assertEquals("Klient ist in akuter Notlage", basis.override().reason());
        assertEquals("Klient ist in akuter Notlage", change.history().note());
        assertEquals(TransferBasis.Kind.OVERRIDE, change.transfer().basis());
        assertEquals("lead", change.transfer().reference());
        assertFalse(change.updated().toString().contains("Notlage"));
        assertFalse(change.history().toString().contains("Notlage"));
        // A covering consent is preferred: the override is not used then.
        assertEquals(TransferBasis.Kind.CONSENT, ENGINE.apply(draft, ReferralCommand.request(TransferId.of("t-1"),
                List.of(consent("c-1")), null, "unnötig"), OVERRIDER, T0).updated().basis().kind());
        // An override without the permission is refused even when consent covers.
        assertThrows(OverrideNotPermittedException.class, () -> ENGINE.apply(draft,
                ReferralCommand.request(TransferId.of("t-1"), List.of(consent("c-1")), null, "unnötig"), CASEWORKER, T0));
    }

    @Test
    void endingsNeedReasonsAndCompletionAnOutcome() {
        assertThrows(ConstraintViolationException.class, () -> ReferralCommand.reject(null, null));
        assertThrows(ConstraintViolationException.class, () -> ReferralCommand.fail(null, "x"));
        assertThrows(ConstraintViolationException.class, () -> ReferralCommand.cancel(null, null));
        assertThrows(ConstraintViolationException.class, () -> ReferralCommand.revoke(ReferralReason.OTHER, " "));
        assertThrows(ConstraintViolationException.class, () -> ReferralCommand.complete(null));
        assertThrows(ConstraintViolationException.class, () -> new ReferralCommand.End(ReferralAction.ACCEPT,
                ReferralReason.OTHER, null));
        assertThrows(ConstraintViolationException.class, () -> new ReferralCommand.Move(ReferralAction.REJECT, null));

        ReferralChange rejected = ENGINE.apply(in(ReferralStatus.REQUESTED),
                ReferralCommand.reject(ReferralReason.NO_CAPACITY, "Kurs voll bis Herbst"), PARTNER, at(10));
        assertEquals(ReferralReason.NO_CAPACITY, rejected.updated().reason());
        assertEquals("Kurs voll bis Herbst", rejected.updated().note());
        assertEquals(ReferralReason.NO_CAPACITY, rejected.history().reason());
        ReferralClosed closed = rejected.closed();
        assertEquals(new ReferralClosed(CASE, rejected.updated().id(), Fixtures.JOBCENTER_OFFER, JOBCENTER, Category.WORK,
                ReferralStatus.REJECTED, ReferralReason.NO_CAPACITY, null, PARTNER.id(), at(10)), closed);

        ReferralChange completed = ENGINE.apply(in(ReferralStatus.IN_PROGRESS), ReferralCommand.complete(
                ReferralOutcome.of(ReferralOutcome.Kind.ENROLLED_IN_COURSE, "B1-Kurs ab Mai")), PARTNER, at(10));
        assertEquals(ReferralOutcome.Kind.ENROLLED_IN_COURSE, completed.updated().outcome().kind());
        assertEquals(ReferralOutcome.Kind.ENROLLED_IN_COURSE, completed.closed().outcome());
        assertNull(completed.closed().reason());

        Referral cancelledDraft = ENGINE.apply(in(ReferralStatus.DRAFT),
                ReferralCommand.cancel(ReferralReason.CLIENT_DECLINED, null), CASEWORKER, at(10)).updated();
        assertNull(cancelledDraft.basis(), "a draft cancelled never shared anything");
        Referral revoked = ENGINE.apply(in(ReferralStatus.ON_HOLD), ReferralCommand.revoke(ReferralReason.DUPLICATE, null),
                COORDINATOR, at(10)).updated();
        assertEquals(ReferralStatus.CANCELLED, revoked.status());
        assertNotNull(revoked.acceptedAt());
    }

    @Test
    void enteredInErrorKeepsWhatWasRecordedAndClosesTheCaseNoteAgain() {
        Referral completed = in(ReferralStatus.COMPLETED);
        ReferralChange error = ENGINE.apply(completed, ReferralCommand.enteredInError("falscher Fall"), PARTNER, at(50));
        assertEquals(ReferralStatus.ENTERED_IN_ERROR, error.updated().status());
        assertEquals(completed.outcome(), error.updated().outcome());
        assertEquals("falscher Fall", error.history().note());
        assertEquals(ReferralStatus.ENTERED_IN_ERROR, error.closed().status());
        assertThrows(IllegalReferralTransitionException.class,
                () -> ENGINE.apply(error.updated(), ReferralCommand.enteredInError(null), CASEWORKER, at(51)));
    }

    @Test
    void everyChangeTellsTheSenderWhatTheReceiverDid() {
        Referral requested = in(ReferralStatus.REQUESTED);
        ReferralChange accepted = ENGINE.apply(requested, ReferralCommand.accept(), PARTNER, at(10));
        ReferralStatusChanged event = (ReferralStatusChanged) accepted.events().get(0);
        assertEquals(BRACKEL, event.contactPoint());
        assertEquals(Side.RECEIVER, event.side());
        assertTrue(event.isForSender());
        assertEquals(ReferralStatus.REQUESTED, event.from());
        assertEquals(ReferralStatus.ACCEPTED, event.to());
        assertEquals(at(10), accepted.updated().acceptedAt());
        ReferralStatusChanged bySender = (ReferralStatusChanged) ENGINE.apply(accepted.updated(),
                ReferralCommand.revoke(ReferralReason.OTHER, null), CASEWORKER, at(11)).events().get(0);
        assertFalse(bySender.isForSender());
    }

    @Test
    void draftsAreValidatedAndTakeCaseAndOffer() {
        assertThrows(ConstraintViolationException.class, () -> new DraftReferral(ReferralId.of("r"), CASE, CLIENT, BRACKEL,
                Fixtures.JOBCENTER_OFFER, JOBCENTER, Category.WORK, Set.of(), " "));
        io.github.ankommen.casework.Case c = new io.github.ankommen.casework.Case(CASE, CLIENT, BRACKEL,
                io.github.ankommen.network.TeamMemberId.of("tm-anna"), null, Set.of(), List.of(), List.of(),
                io.github.ankommen.workflow.State.of("linking"), null, null, null, List.of(), 1, T0, T0);
        io.github.ankommen.network.Offer offer = io.github.ankommen.testing.Dortmund.offers().get(0);
        DraftReferral d = DraftReferral.of(ReferralId.of("r"), c, offer, Set.of(DataCategory.BASIC), PURPOSE);
        assertEquals(offer.organisation().id(), d.recipient());
        assertEquals(offer.category(), d.need());
        assertEquals(BRACKEL, d.contactPoint());
        assertFalse(d.toString().contains(PURPOSE));
    }
}
