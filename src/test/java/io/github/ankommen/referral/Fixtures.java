package io.github.ankommen.referral;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Shared values for the referral tests. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final WorkingDays WORKING_DAYS = WorkingDays.of(HolidayCalendar.nrw());
    static final ReferralEngine ENGINE = ReferralEngine.of(ResponseDeadlines.of(WORKING_DAYS), ZONE);
    static final ConsentEngine CONSENTS = ConsentEngine.of(ZONE);

    static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    static final ContactPointId EVING = ContactPointId.of("cp-eving");
    static final OrganisationId JOBCENTER = OrganisationId.of("jobcenter-dortmund");
    static final OrganisationId VHS = OrganisationId.of("vhs-dortmund");
    static final OfferId JOBCENTER_OFFER = OfferId.of("offer-jobcenter");
    static final CaseId CASE = CaseId.of("case-1");
    static final ClientId CLIENT = ClientId.of("client-1");
    static final String PURPOSE = "Vermittlung in Arbeit";

    static final Actor CASEWORKER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    static final Actor EVING_CASEWORKER = Actor.caseworker(ActorId.of("boris"), EVING);
    static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    static final Actor OVERRIDER = new Actor(ActorId.of("lead"), Role.CASEWORKER, Set.of(BRACKEL), null,
            Set.of(Permission.CONSENT_OVERRIDE));
    static final Actor PARTNER = Actor.partner(ActorId.of("jc-clerk"), JOBCENTER);
    static final Actor VHS_PARTNER = Actor.partner(ActorId.of("vhs-clerk"), VHS);
    static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol"), BRACKEL);
    static final Actor ANALYST = Actor.analyst(ActorId.of("analyst"));

    /** Monday 2 March 2026, 09:00 in Dortmund. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static DraftReferral draftCommand(String id) {
        return new DraftReferral(ReferralId.of(id), CASE, CLIENT, BRACKEL, JOBCENTER_OFFER, JOBCENTER, Category.WORK,
                Set.of(DataCategory.BASIC), PURPOSE);
    }

    static Consent consent(String id) {
        return Consent.obtained(ConsentId.of(id), CLIENT, Set.of(DataCategory.BASIC), JOBCENTER, PURPOSE,
                CASEWORKER.id(), T0.minusSeconds(3600), DAY0, DAY0.plusMonths(6));
    }

    static ReferralCommand.Request request(Consent... consents) {
        return ReferralCommand.request(TransferId.of("transfer-1"), List.of(consents), null, null);
    }

    static ReferralCommand command(ReferralAction action) {
        return switch (action) {
            case REQUEST -> request(consent("consent-1"));
            case ACCEPT -> ReferralCommand.accept();
            case REJECT -> ReferralCommand.reject(ReferralReason.NO_CAPACITY, null);
            case CANCEL -> ReferralCommand.cancel(ReferralReason.CLIENT_DECLINED, null);
            case START -> ReferralCommand.start();
            case HOLD -> ReferralCommand.hold(null);
            case RESUME -> ReferralCommand.resume();
            case COMPLETE -> ReferralCommand.complete(ReferralOutcome.of(ReferralOutcome.Kind.APPOINTMENT_HELD));
            case FAIL -> ReferralCommand.fail(ReferralReason.CLIENT_DID_NOT_ATTEND, null);
            case REVOKE -> ReferralCommand.revoke(ReferralReason.DUPLICATE, null);
            case ENTERED_IN_ERROR -> ReferralCommand.enteredInError(null);
            case DRAFT, FLAG -> throw new IllegalArgumentException(action + " is not a command");
        };
    }

    /** An actor of the side that may take an action. */
    static Actor rightActor(ReferralAction action) {
        return action.sides().contains(Side.SENDER) ? CASEWORKER : PARTNER;
    }

    /** A fresh referral driven along a legal path to a status. */
    static Referral in(ReferralStatus status) {
        Referral r = ENGINE.draft(draftCommand("referral-1"), CASEWORKER, T0).updated();
        List<ReferralAction> path = switch (status) {
            case DRAFT -> List.of();
            case REQUESTED -> List.of(ReferralAction.REQUEST);
            case ACCEPTED -> List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT);
            case REJECTED -> List.of(ReferralAction.REQUEST, ReferralAction.REJECT);
            case CANCELLED -> List.of(ReferralAction.CANCEL);
            case IN_PROGRESS -> List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT, ReferralAction.START);
            case ON_HOLD -> List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT, ReferralAction.HOLD);
            case COMPLETED -> List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT, ReferralAction.COMPLETE);
            case FAILED -> List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT, ReferralAction.FAIL);
            case ENTERED_IN_ERROR -> List.of(ReferralAction.ENTERED_IN_ERROR);
        };
        int minute = 1;
        for (ReferralAction a : path) {
            r = ENGINE.apply(r, command(a), rightActor(a), at(minute++)).updated();
        }
        return r;
    }
}
