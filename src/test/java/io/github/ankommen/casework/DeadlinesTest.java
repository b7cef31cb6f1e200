package io.github.ankommen.casework;

import static io.github.ankommen.casework.Fixtures.BRACKEL;
import static io.github.ankommen.casework.Fixtures.CASEWORKER;
import static io.github.ankommen.casework.Fixtures.EVING;
import static io.github.ankommen.casework.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.access.Role;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2026, 4, 2);
    private final CaseEngine engine = CaseEngine.of(CaseWorkflows.dgcc());
    private final Deadlines deadlines = Deadlines.of(engine.workflow(), WorkingDays.of(HolidayCalendar.nrw()));
    private int minute;

    /** A case at a contact point with follow-ups f0, f1, … due on the given days and a goal due on the last. */
    private Case caseWith(String id, io.github.ankommen.network.ContactPointId at, LocalDate... due) {
        OpenCase open = new OpenCase(CaseId.of(id), ClientId.of("client-" + id), at, TeamMemberId.of("tm"), null,
                Set.of(Category.WORK));
        Case c = engine.open(open, Fixtures.COORDINATOR, T0).updated();
        for (int i = 0; i < due.length; i++) {
            c = engine.apply(c, new CaseCommand.AddFollowUp(FollowUpId.of("f" + i), due[i], null), Fixtures.COORDINATOR,
                    Fixtures.at(++minute)).updated();
        }
        return engine.apply(c, new CaseCommand.AddGoal(GoalId.of("g"), "Ziel", List.of(), due[due.length - 1]),
                Fixtures.COORDINATOR, Fixtures.at(++minute)).updated();
    }

    @Test
    void overdueCountsWorkingDaysAcrossEaster() {
        Case c = caseWith("c1", BRACKEL, MAUNDY_THURSDAY, MAUNDY_THURSDAY.plusDays(30));
        // Tuesday after Easter, in Berlin; Good Friday and Easter Monday are holidays in NRW.
        Instant tuesday = LocalDate.of(2026, 4, 7).atTime(9, 0).atZone(BERLIN).toInstant();
        List<Deadline> overdue = deadlines.overdue(List.of(c), OverdueQuery.at(BRACKEL, tuesday, BERLIN));
        assertEquals(List.of(new Deadline(c.id(), BRACKEL, DeadlineKind.FOLLOW_UP, null, FollowUpId.of("f0"),
                MAUNDY_THURSDAY, 1)), overdue);
        assertEquals(List.of(), deadlines.overdue(List.of(c), new OverdueQuery(EVING, LocalDate.of(2026, 4, 7))));
        assertEquals(List.of(), deadlines.overdue(List.of(c), new OverdueQuery(BRACKEL, MAUNDY_THURSDAY)),
                "due today is not overdue");
    }

    @Test
    void completedFinishedAndClosedAreNeverDue() {
        Case c = caseWith("c1", BRACKEL, MAUNDY_THURSDAY, MAUNDY_THURSDAY);
        c = engine.apply(c, new CaseCommand.CompleteFollowUp(FollowUpId.of("f0")), CASEWORKER, Fixtures.at(++minute))
                .updated();
        LocalDate later = MAUNDY_THURSDAY.plusDays(10);
        assertEquals(List.of("f1", "g"), items(deadlines.overdue(List.of(c), new OverdueQuery(BRACKEL, later))));
        Case finished = engine.apply(c, new CaseCommand.ChangeGoalStatus(GoalId.of("g"), GoalStatus.DROPPED), CASEWORKER,
                Fixtures.at(++minute)).updated();
        assertEquals(List.of("f1"), items(deadlines.overdue(List.of(finished), new OverdueQuery(BRACKEL, later))));
        Case closed = engine.apply(finished, CaseCommand.close(ClosureOutcome.OTHER), CASEWORKER, Fixtures.at(++minute))
                .updated();
        assertEquals(List.of(), deadlines.overdue(List.of(closed), new OverdueQuery(BRACKEL, later)));
    }

    @Test
    void dueWithinReachesTheNthWorkingDay() {
        // From Maundy Thursday, one working day reaches the Tuesday after Easter, two the Wednesday.
        Case c = caseWith("c1", BRACKEL, MAUNDY_THURSDAY.minusDays(1), MAUNDY_THURSDAY, LocalDate.of(2026, 4, 7),
                LocalDate.of(2026, 4, 8));
        assertEquals(List.of("f1", "f2"), items(deadlines.dueWithin(List.of(c), new DueQuery(BRACKEL, MAUNDY_THURSDAY, 1))));
        assertEquals(List.of("f1", "f2", "f3", "g"),
                items(deadlines.dueWithin(List.of(c), new DueQuery(BRACKEL, MAUNDY_THURSDAY, 2))));
        assertEquals(List.of("f1"), items(deadlines.dueWithin(List.of(c), new DueQuery(BRACKEL, MAUNDY_THURSDAY, 0))));
        assertThrows(ConstraintViolationException.class, () -> new DueQuery(BRACKEL, MAUNDY_THURSDAY, -1));
    }

    @Test
    void escalationsGoToCoordinatorsAcrossTheNetwork() {
        Case brackel = caseWith("c1", BRACKEL, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
        Case eving = caseWith("c2", EVING, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20));
        LocalDate today = LocalDate.of(2026, 3, 12); // Thursday
        EscalationQuery query = new EscalationQuery(today, 5);
        List<Escalation> escalations = deadlines.escalations(List.of(eving, brackel), query);
        assertEquals(List.of("c1/f0/8"), escalations.stream().map(e -> e.deadline().caseId() + "/"
                + e.deadline().followUp() + "/" + e.deadline().workingDaysOverdue()).toList());
        assertEquals(1, escalations.size(), "c2 is overdue by exactly 5 working days, not more");
        assertEquals(Role.COORDINATOR, escalations.get(0).recipient());
        List<Escalation> heard = new ArrayList<>();
        assertEquals(2, deadlines.escalate(List.of(eving, brackel), new EscalationQuery(today, 4), heard::add));
        assertEquals(List.of("c1", "c2"), heard.stream().map(e -> e.deadline().caseId().value()).toList());
    }

    private static List<String> items(List<Deadline> found) {
        return found.stream().map(d -> d.kind() == DeadlineKind.GOAL ? d.goal().value() : d.followUp().value()).toList();
    }
}
