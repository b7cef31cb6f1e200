package io.github.ankommen.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.Workflow;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16, point 5: every case command has a factory of the same shape, and it builds the command it names. */
class CommandFactoriesTest {

    private static final GoalId GOAL = GoalId.of("g-1");
    private static final FollowUpId FOLLOW_UP = FollowUpId.of("f-1");
    private static final LocalDate DAY = LocalDate.of(2018, 12, 1);

    @Test
    void theFactoriesBuildWhatTheLongFormsBuild() {
        assertEquals(CaseCommand.fire("assess"), CaseCommand.assess());
        assertEquals(CaseCommand.fire("plan"), CaseCommand.plan());
        assertEquals(CaseCommand.fire("link"), CaseCommand.link());
        assertEquals(CaseCommand.fire("monitor"), CaseCommand.monitor());
        assertEquals(CaseCommand.fire("replan"), CaseCommand.replan());
        assertEquals(CaseCommand.fire("approve_closure"), CaseCommand.approveClosure());
        assertEquals(CaseCommand.fire("decline_closure", "x"), CaseCommand.declineClosure("x"));
        assertEquals(CaseCommand.fire("submit_plan"), CaseCommand.submitPlan());
        assertEquals(CaseCommand.fire("approve_plan"), CaseCommand.approvePlan());
        assertEquals(CaseCommand.fire("decline_plan", "x"), CaseCommand.declinePlan("x"));
        assertEquals(new CaseCommand.AddGoal(GOAL, "d", List.of("a"), DAY), CaseCommand.addGoal(GOAL, "d", List.of("a"), DAY));
        assertEquals(new CaseCommand.AgreeGoal(GOAL), CaseCommand.agreeGoal(GOAL));
        assertEquals(new CaseCommand.ChangeGoalStatus(GOAL, GoalStatus.REACHED),
                CaseCommand.changeGoalStatus(GOAL, GoalStatus.REACHED));
        assertEquals(new CaseCommand.AddFollowUp(FOLLOW_UP, DAY, null), CaseCommand.addFollowUp(FOLLOW_UP, DAY, null));
        assertEquals(new CaseCommand.CompleteFollowUp(FOLLOW_UP), CaseCommand.completeFollowUp(FOLLOW_UP));
        assertEquals(new CaseCommand.ChangeNeeds(Set.of(Category.WORK)), CaseCommand.changeNeeds(Set.of(Category.WORK)));
        assertEquals(new CaseCommand.AssignMentor(TeamMemberId.of("m")), CaseCommand.assignMentor(TeamMemberId.of("m")));
        assertEquals(new CaseCommand.AssignMentor(null), CaseCommand.removeMentor());
        assertThrows(NullPointerException.class, () -> CaseCommand.assignMentor(null));
    }

    @Test
    void everyTransitionOfTheDefaultWithAllOptionsHasAFactory() {
        List<CaseCommand> factories = List.of(CaseCommand.assess(), CaseCommand.plan(), CaseCommand.link(),
                CaseCommand.monitor(), CaseCommand.replan(), CaseCommand.hold("x"), CaseCommand.resume(),
                CaseCommand.close(ClosureOutcome.OTHER), CaseCommand.requestClosure(ClosureOutcome.OTHER),
                CaseCommand.approveClosure(), CaseCommand.declineClosure("x"), CaseCommand.submitPlan(),
                CaseCommand.approvePlan(), CaseCommand.declinePlan("x"), CaseCommand.reopen("x"),
                CaseCommand.requestTransfer(ContactPointId.of("cp-x"), null),
                CaseCommand.acceptTransfer(TeamMemberId.of("m")), CaseCommand.rejectTransfer("x"),
                CaseCommand.addGoal(GOAL, "d", List.of(), DAY), CaseCommand.agreeGoal(GOAL),
                CaseCommand.changeGoalStatus(GOAL, GoalStatus.REACHED), CaseCommand.addFollowUp(FOLLOW_UP, DAY, null),
                CaseCommand.completeFollowUp(FOLLOW_UP), CaseCommand.changeNeeds(Set.of()), CaseCommand.removeMentor());
        Set<String> covered = new HashSet<>();
        factories.forEach(c -> covered.add(c.action()));
        for (Workflow<Case> workflow : List.of(CaseWorkflows.dgcc(), CaseWorkflows.dgcc(CaseWorkflows.Option.values()))) {
            workflow.transitions().forEach(t -> assertTrue(covered.contains(t.name()), t.name()));
        }
        // Opening a case and migrating its state (issue 20) are no commands on a case: the service writes them.
        assertTrue(covered.containsAll(CaseWorkflows.COMMANDS.stream()
                .filter(c -> !c.equals(CaseWorkflows.OPEN) && !c.equals(CaseWorkflows.MIGRATE_STATE)).toList()));
    }
}
