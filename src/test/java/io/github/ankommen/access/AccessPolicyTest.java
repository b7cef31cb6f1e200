package io.github.ankommen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    private static final TeamMemberId MENTOR = TeamMemberId.of("tm-mentor");
    private static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol-3"), MENTOR, BRACKEL);
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void checkThrowsWithTheRuleAndNoPersonalData() {
        Resource resource = Resource.ofCase(BRACKEL, MENTOR);
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.standard().check(VOLUNTEER, Operation.VIEW_CLIENT_SENSITIVE, resource));
        assertEquals(ActorId.of("vol-3"), e.actorId());
        assertEquals(Role.VOLUNTEER, e.role());
        assertEquals(Operation.VIEW_CLIENT_SENSITIVE, e.operation());
        assertEquals("volunteer.sensitive-data", e.rule());
        assertEquals(resource, e.resource());
        assertEquals("access denied: actor vol-3 (VOLUNTEER) may not VIEW_CLIENT_SENSITIVE by rule "
                + "volunteer.sensitive-data: volunteers never see sensitive data", e.getMessage());
        assertTrue(e instanceof io.github.ankommen.base.AnkommenException);
    }

    @Test
    void aDenialBecomesAnAuditRecord() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.standard().check(CASEWORKER, Operation.ERASE_CLIENT, Resource.at(BRACKEL)));
        DeniedAccess denied = e.toDeniedAccess(DeniedAccessId.of("denied-1"), NOW);
        assertEquals(new DeniedAccess(DeniedAccessId.of("denied-1"), ActorId.of("anna"), Role.CASEWORKER, Operation.ERASE_CLIENT, "coordinator.only",
                NOW, Resource.at(BRACKEL)), denied);
        assertEquals(Set.of("at"), paths(() -> e.toDeniedAccess(DeniedAccessId.of("denied-1"), null)));
    }

    @Test
    void checkReturnsTheAllowingDecision() {
        Decision d = AccessPolicy.standard().check(VOLUNTEER, Operation.VIEW_CASE, Resource.ofCase(BRACKEL, MENTOR));
        assertEquals("volunteer.mentored-case", d.rule());
        assertTrue(d.allowed());
        assertFalse(d.denied());
    }

    @Test
    void aVolunteerWithoutTeamMemberMentorsNothing() {
        Actor anonymousVolunteer = Actor.volunteer(ActorId.of("vol-4"), BRACKEL);
        assertNull(anonymousVolunteer.member());
        assertEquals("volunteer.not-mentor", AccessPolicy.standard()
                .decide(anonymousVolunteer, Operation.VIEW_CASE, Resource.ofCase(BRACKEL, MENTOR)).rule());
        assertEquals("volunteer.not-mentor", AccessPolicy.standard()
                .decide(anonymousVolunteer, Operation.VIEW_CASE, Resource.ofCase(BRACKEL, null)).rule());
    }

    @Test
    void grantedTransitionsAreOnlyThoseNamed() {
        StandardAccessPolicy policy = AccessPolicy.standard().grantVolunteerTransitions(Set.of("hold"))
                .grantVolunteerTransitions(Set.of("resume"));
        assertEquals(Set.of("hold", "resume"), policy.volunteerTransitions());
        assertEquals(Set.of(), AccessPolicy.standard().volunteerTransitions());
        Resource onCase = Resource.ofCase(BRACKEL, MENTOR);
        assertTrue(policy.decide(VOLUNTEER, Operation.FIRE_TRANSITION, onCase.withTransition("resume")).allowed());
        assertEquals("volunteer.transition-not-granted",
                policy.decide(VOLUNTEER, Operation.FIRE_TRANSITION, onCase.withTransition("close")).rule());
        assertEquals("volunteer.transition-not-granted",
                policy.decide(VOLUNTEER, Operation.FIRE_TRANSITION, onCase).rule());
        assertEquals(AccessPolicy.standard().grantVolunteerTransitions(Set.of("resume", "hold")), policy);
        assertEquals("StandardAccessPolicy[volunteerTransitions=[hold, resume]]", policy.toString());
    }

    @Test
    void malformedGrantsAreViolations() {
        assertThrows(ConstraintViolationException.class,
                () -> AccessPolicy.standard().grantVolunteerTransitions(Set.of("Hold It")));
        assertThrows(ConstraintViolationException.class, () -> AccessPolicy.standard().grantVolunteerTransitions(null));
        assertThrows(ConstraintViolationException.class,
                () -> AccessPolicy.standard().grantVolunteerTransitions(new HashSet<>(Arrays.asList((String) null))));
    }

    @Test
    void andRestrictsAndTheFirstDenialWins() {
        AccessPolicy noConsultations = (actor, operation, resource) -> operation == Operation.RECORD_CONSULTATION
                ? Decision.deny("local.no-consultations", "not here")
                : Decision.allow("local.no-consultations", "fine");
        AccessPolicy restricted = AccessPolicy.standard().and(noConsultations);
        assertEquals("local.no-consultations",
                restricted.decide(CASEWORKER, Operation.RECORD_CONSULTATION, Resource.at(BRACKEL)).rule());
        assertEquals("local.no-consultations",
                restricted.decide(CASEWORKER, Operation.VIEW_CASE, Resource.at(BRACKEL)).rule());
        assertTrue(restricted.decide(CASEWORKER, Operation.VIEW_CASE, Resource.at(BRACKEL)).allowed());
        assertEquals("caseworker.other-contact-point",
                restricted.decide(CASEWORKER, Operation.VIEW_CASE, Resource.network()).rule());
    }

    @Test
    void orElseWidensAndKeepsTheFirstAllowingRule() {
        AccessPolicy analystDirectory = (actor, operation, resource) ->
                actor.role() == Role.ANALYST && operation == Operation.VIEW_NETWORK
                        ? Decision.allow("local.analyst-directory", "granted")
                        : Decision.deny("local.analyst-directory", "not granted");
        AccessPolicy wider = AccessPolicy.standard().orElse(analystDirectory);
        Actor analyst = Actor.analyst(ActorId.of("stats"));
        assertEquals("local.analyst-directory", wider.check(analyst, Operation.VIEW_NETWORK, Resource.network()).rule());
        assertEquals("statistics.aggregated", wider.decide(analyst, Operation.VIEW_STATISTICS, Resource.network()).rule());
        assertEquals("local.analyst-directory",
                wider.decide(analyst, Operation.VIEW_CASE, Resource.network()).rule());
        assertThrows(NullPointerException.class, () -> AccessPolicy.standard().orElse(null));
        assertThrows(NullPointerException.class, () -> AccessPolicy.standard().and(null));
    }

    @Test
    void aPartnerWithoutARecipientIsDenied() {
        Actor partner = Actor.partner(ActorId.of("jc-1"), OrganisationId.of("jobcenter"));
        assertEquals("partner.other-organisation",
                AccessPolicy.standard().decide(partner, Operation.VIEW_REFERRAL, Resource.at(BRACKEL)).rule());
        Resource referral = Resource.referral(BRACKEL, OrganisationId.of("jobcenter"), Set.of(DataCategory.BASIC),
                Set.of(DataCategory.BASIC));
        assertTrue(AccessPolicy.standard().decide(partner, Operation.VIEW_REFERRAL, referral).allowed());
        assertEquals("partner.not-covered", AccessPolicy.standard()
                .decide(partner, Operation.VIEW_CLIENT_BASIC, referral.withRequested(Set.of())
                        .withMentor(null).withRequested(Set.of(DataCategory.SENSITIVE))).rule());
    }

    @Test
    void badInputIsAViolationNotANullPointerException() {
        assertEquals(Set.of("contactPoint"), paths(() -> Resource.at(null)));
        assertEquals(Set.of("contactPoint", "recipient"), paths(() -> Resource.referral(null, null, Set.of(), Set.of())));
        assertEquals(Set.of("requested", "consented"), paths(() -> new Resource(null, null, null, null, null, null)));
        assertEquals(Set.of("transition"), paths(() -> Resource.network().withTransition("Hold!")));
        assertEquals(Set.of("transition"), paths(() -> Resource.network().withTransition(null)));
        assertEquals(Set.of("rule"), paths(() -> Decision.deny("Volunteer", "x")));
        assertEquals(Set.of("rule"), paths(() -> Decision.deny("volunteer", "x")));
        assertEquals(Set.of("explanation"), paths(() -> Decision.allow("a.b", " ")));
        assertEquals(Set.of("id", "actor", "role", "operation", "rule", "at", "resource"),
                paths(() -> new DeniedAccess(null, null, null, null, null, null, null)));
        assertThrows(NullPointerException.class,
                () -> AccessPolicy.standard().check(null, Operation.VIEW_CASE, Resource.network()));
    }

    @Test
    void onlyCaseworkersAndVolunteersNameATeamMember() {
        assertEquals(MENTOR, CASEWORKER.withMember(MENTOR).member());
        assertEquals(Set.of("memberScopeFitting"), paths(() -> Actor.analyst(ActorId.of("x")).withMember(MENTOR)));
        assertEquals(Set.of("memberScopeFitting"),
                paths(() -> new Actor(ActorId.of("x"), Role.COORDINATOR, Set.of(), null, Set.of(), MENTOR)));
        assertEquals(new Actor(ActorId.of("x"), Role.ANALYST, Set.of(), null, Set.of()), Actor.analyst(ActorId.of("x")));
    }

    private static Set<String> paths(Runnable construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
