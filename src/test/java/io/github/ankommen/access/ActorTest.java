package io.github.ankommen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final ActorId ID = ActorId.of("a-1");
    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");

    @Test
    void factoriesBuildEachRole() {
        assertEquals(Role.COORDINATOR, Actor.coordinator(ID).role());
        assertTrue(Actor.coordinator(ID, Permission.CONSENT_OVERRIDE).holds(Permission.CONSENT_OVERRIDE));
        assertFalse(Actor.coordinator(ID).holds(Permission.CONSENT_OVERRIDE));
        assertEquals(Set.of(BRACKEL), Actor.caseworker(ID, BRACKEL).contactPoints());
        assertEquals(Role.VOLUNTEER, Actor.volunteer(ID, BRACKEL).role());
        assertEquals(OrganisationId.of("jobcenter"), Actor.partner(ID, OrganisationId.of("jobcenter")).organisation());
        assertEquals(Role.ANALYST, Actor.analyst(ID).role());
    }

    @Test
    void caseworkerWithoutContactPointIsRejected() {
        assertEquals(Set.of("contactPointScopeFitting"), paths(() -> Actor.caseworker(ID)));
    }

    @Test
    void coordinatorWithContactPointIsRejected() {
        assertEquals(Set.of("contactPointScopeFitting"),
                paths(() -> new Actor(ID, Role.COORDINATOR, Set.of(BRACKEL), null, Set.of())));
    }

    @Test
    void partnerNeedsAnOrganisationAndOnlyAPartnerHasOne() {
        assertEquals(Set.of("organisationScopeFitting"), paths(() -> Actor.partner(ID, null)));
        assertEquals(Set.of("organisationScopeFitting"),
                paths(() -> new Actor(ID, Role.ANALYST, Set.of(), OrganisationId.of("x"), Set.of())));
    }

    @Test
    void nullsAreViolationsNotNullPointerExceptions() {
        assertEquals(Set.of("id", "role", "contactPoints", "permissions"),
                paths(() -> new Actor(null, null, null, null, null)));
    }

    @Test
    void malformedIdIsRejected() {
        assertEquals(Set.of("value"), paths(() -> ActorId.of("has space")));
        assertEquals(Set.of("value"), paths(() -> ActorId.of("x".repeat(65))));
        assertEquals("x".repeat(64), ActorId.of("x".repeat(64)).toString());
    }

    private static Set<String> paths(Runnable construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
