package io.github.ankommen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.DraftReferral;
import io.github.ankommen.referral.IllegalReferralTransitionException;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.ResponseDeadlines;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.referral.WrongSideException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The FHIR Task view of referrals, through JSON text, and status updates coming back. */
class FhirTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReferralEngine ENGINE = ReferralEngine.of(
            ResponseDeadlines.of(WorkingDays.of(HolidayCalendar.nrw())), ZoneId.of("Europe/Berlin"));
    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    private static final OrganisationId JOBCENTER = OrganisationId.of("jobcenter-dortmund");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final Actor SENDER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    private static final Actor RECEIVER = Actor.partner(ActorId.of("jc-clerk"), JOBCENTER);
    private static final Actor STRANGER = Actor.partner(ActorId.of("vhs-clerk"), OrganisationId.of("vhs"));
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final String OUTCOME_NOTE = "Stelle als Lagerhelfer";

    /** A referral driven along a legal path to a status, with a reason or an outcome where it ends so. */
    static Referral in(ReferralStatus status) {
        Referral r = ENGINE.draft(new DraftReferral(ReferralId.of("referral-1"), CaseId.of("case-1"), CLIENT, BRACKEL,
                OfferId.of("offer-jobcenter"), JOBCENTER, Category.WORK, Set.of(DataCategory.BASIC), PURPOSE),
                SENDER, T0).updated();
        List<ReferralCommand> path = switch (status) {
            case DRAFT -> List.of();
            case REQUESTED -> List.of(request());
            case ACCEPTED -> List.of(request(), ReferralCommand.accept());
            case REJECTED -> List.of(request(), ReferralCommand.reject(ReferralReason.NO_CAPACITY, null));
            case CANCELLED -> List.of(ReferralCommand.cancel(ReferralReason.CLIENT_DECLINED, null));
            case IN_PROGRESS -> List.of(request(), ReferralCommand.accept(), ReferralCommand.start());
            case ON_HOLD -> List.of(request(), ReferralCommand.accept(), ReferralCommand.hold(null));
            case COMPLETED -> List.of(request(), ReferralCommand.accept(), ReferralCommand.complete(
                    ReferralOutcome.of(ReferralOutcome.Kind.JOB_TAKEN, OUTCOME_NOTE)));
            case FAILED -> List.of(request(), ReferralCommand.accept(),
                    ReferralCommand.fail(ReferralReason.CLIENT_DID_NOT_ATTEND, null));
            case ENTERED_IN_ERROR -> List.of(ReferralCommand.enteredInError(null));
        };
        int minute = 1;
        for (ReferralCommand command : path) {
            r = ENGINE.apply(r, command, actorFor(command.action()), T0.plusSeconds(60L * minute++)).updated();
        }
        return r;
    }

    private static ReferralCommand request() {
        Consent consent = Consent.obtained(ConsentId.of("consent-1"), CLIENT, Set.of(DataCategory.BASIC), JOBCENTER,
                PURPOSE, SENDER.id(), T0.minusSeconds(3600), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 2));
        return ReferralCommand.request(TransferId.of("transfer-1"), List.of(consent), null, null);
    }

    private static Actor actorFor(ReferralAction action) {
        return action.sides().contains(io.github.ankommen.referral.Side.RECEIVER) ? RECEIVER : SENDER;
    }

    /** The view as JSON text, parsed again as a receiving system would. */
    static Map<String, Object> throughJson(Map<String, Object> task) {
        try {
            return JSON.readValue(JSON.writeValueAsString(task), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyStatusRoundTripsThroughTheView() {
        for (ReferralStatus status : ReferralStatus.values()) {
            Referral referral = in(status);
            assertEquals(status, referral.status());
            FhirTaskUpdate update = FhirTask.parse(throughJson(FhirTask.from(referral)));
            assertEquals(new FhirTaskUpdate(referral.id(), referral.recipient(), status, referral.reason(),
                    referral.outcome()), update, status.code());
            assertEquals(Optional.empty(), update.toCommand(referral, RECEIVER), "no change, no command");
        }
    }

    @Test
    void theViewCarriesTheTaskElementsOfTheProfile() {
        Map<String, Object> task = throughJson(FhirTask.from(in(ReferralStatus.COMPLETED)));
        assertEquals("Task", task.get("resourceType"));
        assertEquals("referral-1", task.get("id"));
        assertEquals(Map.of("profile", List.of(FhirTask.PROFILE)), task.get("meta"));
        assertEquals("completed", task.get("status"));
        assertEquals("order", task.get("intent"));
        assertEquals(Map.of("type", "ServiceRequest", "identifier",
                Map.of("system", "urn:ankommen:referral", "value", "referral-1")), task.get("focus"));
        assertEquals(Map.of("type", "Organization", "identifier",
                Map.of("system", "urn:ankommen:contact-point", "value", "cp-brackel")), task.get("requester"));
        assertEquals(Map.of("type", "Organization", "identifier",
                Map.of("system", "urn:ankommen:organisation", "value", "jobcenter-dortmund")), task.get("owner"));
        assertEquals(List.of(Map.of("coding", List.of(Map.of("system", "urn:ankommen:category", "code", "WORK")))),
                task.get("reasonCode"));
        assertEquals(List.of(Map.of("type", Map.of("coding", List.of(Map.of("system", "urn:ankommen:referral-outcome",
                "code", "outcome"))), "valueCodeableConcept", Map.of("coding", List.of(Map.of("system",
                "urn:ankommen:referral-outcome", "code", "JOB_TAKEN")), "text", OUTCOME_NOTE))), task.get("output"));
        Instant.parse((String) task.get("authoredOn"));
        Instant.parse((String) task.get("lastModified"));
        String text = task.toString();
        assertFalse(text.contains(PURPOSE) || text.contains("client-1") || text.contains("case-1"),
                "neither the client nor the purpose leaves the library: " + text);
    }

    @Test
    void aRequestShowsItsDeadlineAndARejectionItsReason() {
        Map<?, ?> requested = throughJson(FhirTask.from(in(ReferralStatus.REQUESTED)));
        assertTrue(((Map<?, ?>) requested.get("businessStatus")).get("text").toString().startsWith("respond by 2026-03-"));
        Map<?, ?> rejected = throughJson(FhirTask.from(in(ReferralStatus.REJECTED)));
        assertEquals(Map.of("coding", List.of(Map.of("system", "urn:ankommen:referral-reason", "code", "NO_CAPACITY"))),
                rejected.get("statusReason"));
    }

    /**
     * Every status change the SDOH rules allow, sent back as the Task of the changed referral, gives
     * the command that makes the same change; every other change is refused.
     */
    @Test
    void updatesComingBackFollowTheSdohStatusRules() {
        int allowed = 0;
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                if (from == to) {
                    continue;
                }
                Referral current = in(from);
                Referral target = in(to);
                Map<String, Object> task = throughJson(FhirTask.from(target));
                FhirTaskUpdate update = FhirTask.parse(task);
                ReferralAction action = legalAction(from, to);
                if (action == null) {
                    assertThrows(IllegalReferralTransitionException.class, () -> update.toCommand(current, RECEIVER),
                            from + " -> " + to);
                    continue;
                }
                Actor right = actorFor(action);
                Actor wrong = right == RECEIVER ? SENDER : RECEIVER;
                if (action != ReferralAction.ENTERED_IN_ERROR) {
                    assertThrows(WrongSideException.class, () -> update.toCommand(current, wrong), from + " -> " + to);
                }
                assertThrows(WrongSideException.class, () -> update.toCommand(current, STRANGER));
                ReferralCommand command = update.toCommand(current, right).orElseThrow();
                assertEquals(action, command.action(), from + " -> " + to);
                Referral next = ENGINE.apply(current, command, right, T0.plusSeconds(3600)).updated();
                assertEquals(to, next.status());
                // A reason comes with an ending, an outcome with a completion; other changes keep both.
                boolean ends = command instanceof ReferralCommand.End;
                assertEquals(ends ? target.reason() : current.reason(), next.reason(), from + " -> " + to);
                assertEquals(action == ReferralAction.COMPLETE ? target.outcome() : current.outcome(), next.outcome(),
                        from + " -> " + to);
                allowed++;
            }
        }
        // accept 1, reject 1, cancel 2, start 1, hold 2, resume 1, complete 3, fail 3, revoke 3, entered-in-error 9
        assertEquals(26, allowed, "every transition of ReferralAction but draft and request");
    }

    /** The action that leads from one status to another, or null if a Task may not make that change. */
    private static ReferralAction legalAction(ReferralStatus from, ReferralStatus to) {
        for (ReferralAction action : EnumSet.complementOf(EnumSet.of(ReferralAction.DRAFT, ReferralAction.REQUEST,
                ReferralAction.FLAG))) {
            if (action.to() == to && action.from().contains(from)) {
                return action;
            }
        }
        return null;
    }

    @Test
    void aRejectionWithoutReasonAndACompletionWithoutOutcomeAreViolations() {
        Referral requested = in(ReferralStatus.REQUESTED);
        Map<String, Object> rejected = new LinkedHashMap<>(throughJson(FhirTask.from(in(ReferralStatus.REJECTED))));
        rejected.remove("statusReason");
        assertThrows(ConstraintViolationException.class,
                () -> FhirTask.parse(rejected).toCommand(requested, RECEIVER));
        Map<String, Object> completed = new LinkedHashMap<>(throughJson(FhirTask.from(in(ReferralStatus.COMPLETED))));
        completed.remove("output");
        assertThrows(ConstraintViolationException.class,
                () -> FhirTask.parse(completed).toCommand(in(ReferralStatus.ACCEPTED), RECEIVER));
    }

    @Test
    void aTaskForAnotherReferralOrOwnerIsRefused() {
        Map<String, Object> task = new LinkedHashMap<>(throughJson(FhirTask.from(in(ReferralStatus.ACCEPTED))));
        task.put("id", "referral-2");
        FhirTaskUpdate update = FhirTask.parse(task);
        assertThrows(IllegalArgumentException.class, () -> update.toCommand(in(ReferralStatus.REQUESTED), RECEIVER));
    }

    @Test
    void malformedTasksAreViolationsNamingEachElement() {
        Map<String, Object> task = new LinkedHashMap<>(throughJson(FhirTask.from(in(ReferralStatus.FAILED))));
        task.put("status", "received");
        task.remove("owner");
        task.put("statusReason", Map.of("coding", List.of(Map.of("system", "urn:ankommen:referral-reason",
                "code", "BORED"))));
        task.put("resourceType", "ServiceRequest");
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> FhirTask.parse(task));
        assertEquals(Set.of("malformed[status].<map value>", "missing[owner.identifier].<map value>",
                "malformed[statusReason].<map value>", "malformed[resourceType].<map value>"),
                e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                        .collect(Collectors.toSet()));
        assertFalse(e.getMessage().contains("BORED"), "values are not echoed");
        List<String> codes = new ArrayList<>();
        for (ReferralStatus s : ReferralStatus.values()) {
            codes.add(s.code());
        }
        assertFalse(codes.contains("received"), "received is a FHIR status that a referral never has");
    }
}
