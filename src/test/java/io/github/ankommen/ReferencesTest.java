package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 4: the services check what a command names: the contact point exists, the
 * responsible caseworker and the mentor are of its team, a transfer goes to a stored contact point
 * and to a caseworker of its team. Each refusal names the offending id and writes nothing.
 */
class ReferencesTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor BRACKEL = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor APLERBECK = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final CaseId CASE = CaseId.of("case-1");

    private CaseService cases;

    @BeforeEach
    void setUp() {
        Ankommen ankommen = Ankommen.builder().clock(TestClock.at(Instant.parse("2018-06-04T08:00:00Z"),
                Dortmund.network().zone())).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        cases = ankommen.cases();
        cases.register(BRACKEL, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
    }

    private OpenCase open(ContactPointId site, String caseworker, String mentor) {
        return new OpenCase(CASE, CLIENT, site, TeamMemberId.of(caseworker),
                mentor == null ? null : TeamMemberId.of(mentor), Set.of());
    }

    @Test
    void p4_theResponsibleCaseworkerIsOfTheCasesContactPoint() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> cases.open(BRACKEL, open(Dortmund.BRACKEL, "aplerbeck-city", null)));
        assertTrue(refused.getMessage().contains("aplerbeck-city"), refused.getMessage());
        assertTrue(refused.getMessage().contains(Dortmund.BRACKEL.value()), refused.getMessage());
        assertTrue(cases.find(COORDINATOR, CASE).isEmpty());
        IllegalArgumentException mentor = assertThrows(IllegalArgumentException.class,
                () -> cases.open(BRACKEL, open(Dortmund.BRACKEL, "brackel-city", "mengede-huckarde-volunteer")));
        assertTrue(mentor.getMessage().contains("mengede-huckarde-volunteer"), mentor.getMessage());
        assertTrue(cases.find(COORDINATOR, CASE).isEmpty());
        cases.open(BRACKEL, open(Dortmund.BRACKEL, "brackel-city", "brackel-volunteer"));
    }

    @Test
    void p4_aCaseOpensOnlyAtAStoredContactPoint() {
        ContactPointId unknown = ContactPointId.of("cp-nowhere");
        RecordNotFoundException refused = assertThrows(RecordNotFoundException.class,
                () -> cases.open(COORDINATOR, open(unknown, "brackel-city", null)));
        assertTrue(refused.getMessage().contains(unknown.value()), refused.getMessage());
        assertTrue(cases.find(COORDINATOR, CASE).isEmpty());
    }

    @Test
    void p4_aTransferGoesToAStoredContactPointAndACaseworkerOfItsTeam() {
        cases.open(BRACKEL, open(Dortmund.BRACKEL, "brackel-city", null));
        RecordNotFoundException unknown = assertThrows(RecordNotFoundException.class, () -> cases.apply(BRACKEL, CASE,
                CaseCommand.requestTransfer(ContactPointId.of("cp-nowhere"), "Umzug")));
        assertTrue(unknown.getMessage().contains("cp-nowhere"), unknown.getMessage());
        assertEquals(1, cases.find(BRACKEL, CASE).orElseThrow().version());
        cases.apply(BRACKEL, CASE, CaseCommand.requestTransfer(Dortmund.APLERBECK, "Umzug"));
        IllegalArgumentException stranger = assertThrows(IllegalArgumentException.class, () -> cases.apply(APLERBECK,
                CASE, CaseCommand.acceptTransfer(TeamMemberId.of("brackel-city"))));
        assertTrue(stranger.getMessage().contains("brackel-city"), stranger.getMessage());
        assertEquals(2, cases.find(BRACKEL, CASE).orElseThrow().version());
        cases.apply(APLERBECK, CASE, CaseCommand.acceptTransfer(TeamMemberId.of("aplerbeck-city")));
        assertEquals(Dortmund.APLERBECK, cases.find(APLERBECK, CASE).orElseThrow().value().contactPoint());
    }

    @Test
    void p4_aMentorIsOfTheCasesTeam() {
        cases.open(BRACKEL, open(Dortmund.BRACKEL, "brackel-city", null));
        assertThrows(IllegalArgumentException.class, () -> cases.apply(BRACKEL, CASE,
                new CaseCommand.AssignMentor(TeamMemberId.of("mengede-huckarde-volunteer"))));
        assertEquals(1, cases.find(BRACKEL, CASE).orElseThrow().version());
        cases.apply(BRACKEL, CASE, new CaseCommand.AssignMentor(TeamMemberId.of("brackel-volunteer")));
    }
}
