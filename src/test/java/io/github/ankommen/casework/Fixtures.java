package io.github.ankommen.casework;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Permission;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared values for the case-work tests. */
final class Fixtures {

    static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    static final ContactPointId EVING = ContactPointId.of("cp-eving");
    static final TeamMemberId ANNA = TeamMemberId.of("tm-anna");
    static final TeamMemberId BORIS = TeamMemberId.of("tm-boris");
    static final TeamMemberId MENTOR = TeamMemberId.of("tm-mentor");
    static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    static final Actor APPROVER = new Actor(ActorId.of("lead"), io.github.ankommen.access.Role.CASEWORKER,
            Set.of(BRACKEL), null, Set.of(Permission.APPROVE_CLOSURE));
    static final Actor CASEWORKER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    static final Actor EVING_CASEWORKER = Actor.caseworker(ActorId.of("boris"), EVING);
    static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol"), BRACKEL);
    static final Actor ANALYST = Actor.analyst(ActorId.of("analyst"));
    static final CaseId CASE = CaseId.of("case-1");
    static final ClientId CLIENT = ClientId.of("client-1");
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static OpenCase openCommand() {
        return new OpenCase(CASE, CLIENT, BRACKEL, ANNA, null, Set.of(Category.LANGUAGE_COURSE, Category.WORK));
    }

    static CaseCommand.AddGoal goal(String id) {
        return new CaseCommand.AddGoal(GoalId.of(id), "B1-Kurs abschließen", List.of("Anmeldung VHS"), DAY0.plusMonths(6));
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
