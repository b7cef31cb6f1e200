package io.github.ankommen.casework;

import io.github.ankommen.access.Role;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Pure queries over cases for due dates: what is overdue, what falls due soon, and what must be
 * escalated to the coordinators.
 *
 * <p>A case's deadlines are its open follow-ups' due dates and its unfinished goals' target dates
 * (see {@link GoalStatus#isFinished()}). Only cases that are not in a terminal state of the workflow
 * count. Something is overdue on every day after its due date. Results are ordered by due date, then
 * case id, then kind and item id. Each query is a small record that a store can answer from its
 * indexes instead. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Deadlines {

    private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
            .thenComparing(d -> d.caseId().value())
            .thenComparing(Deadline::kind)
            .thenComparing(d -> d.kind() == DeadlineKind.GOAL ? d.goal().value() : d.followUp().value());

    private final Workflow<Case> workflow;
    private final WorkingDays workingDays;

    private Deadlines(Workflow<Case> workflow, WorkingDays workingDays) {
        this.workflow = workflow;
        this.workingDays = workingDays;
    }

    /**
     * Obtains the queries for a workflow and a working-day calendar.
     *
     * @param workflow the case workflow, not null; its terminal states end a case's deadlines
     * @param workingDays the working days, not null
     * @return the queries
     * @throws NullPointerException if an argument is null
     */
    public static Deadlines of(Workflow<Case> workflow, WorkingDays workingDays) {
        return new Deadlines(Objects.requireNonNull(workflow, "workflow must not be null"),
                Objects.requireNonNull(workingDays, "workingDays must not be null"));
    }

    /**
     * What is overdue at a contact point.
     *
     * @param cases the cases to look at, not null, without nulls
     * @param query the contact point and day, not null
     * @return the deadlines due before the query's day, with their working days overdue
     * @throws NullPointerException if an argument or a case is null
     */
    public List<Deadline> overdue(Collection<Case> cases, OverdueQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        return collect(cases, c -> c.contactPoint().equals(query.contactPoint()),
                due -> due.isBefore(query.today()), query.today());
    }

    /**
     * What falls due at a contact point within a number of working days: from the query's day up to
     * and including the N-th working day after it. Overdue deadlines are not included.
     *
     * @param cases the cases to look at, not null, without nulls
     * @param query the contact point, day and window, not null
     * @return the deadlines in the window, each 0 working days overdue
     * @throws NullPointerException if an argument or a case is null
     */
    public List<Deadline> dueWithin(Collection<Case> cases, DueQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        LocalDate last = workingDays.plus(query.today(), query.workingDays());
        return collect(cases, c -> c.contactPoint().equals(query.contactPoint()),
                due -> !due.isBefore(query.today()) && !due.isAfter(last), query.today());
    }

    /**
     * What is overdue by more than a number of working days, at every contact point; each is to be
     * notified to the {@link Role#COORDINATOR coordinators}.
     *
     * @param cases the cases to look at, not null, without nulls
     * @param query the day and threshold, not null
     * @return the escalations, in deadline order
     * @throws NullPointerException if an argument or a case is null
     */
    public List<Escalation> escalations(Collection<Case> cases, EscalationQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        List<Escalation> escalations = new ArrayList<>();
        for (Deadline d : collect(cases, c -> true, due -> due.isBefore(query.today()), query.today())) {
            if (d.workingDaysOverdue() > query.moreThanWorkingDays()) {
                escalations.add(new Escalation(d, Role.COORDINATOR));
            }
        }
        return List.copyOf(escalations);
    }

    /**
     * Hands each of {@link #escalations} to a listener, in order.
     *
     * @param cases the cases to look at, not null, without nulls
     * @param query the day and threshold, not null
     * @param listener the listener, not null
     * @return the number of escalations handed over
     * @throws NullPointerException if an argument or a case is null
     */
    public int escalate(Collection<Case> cases, EscalationQuery query, EscalationListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        List<Escalation> escalations = escalations(cases, query);
        escalations.forEach(listener::onEscalation);
        return escalations.size();
    }

    private List<Deadline> collect(Collection<Case> cases, Predicate<Case> where, Predicate<LocalDate> when,
            LocalDate today) {
        List<Deadline> found = new ArrayList<>();
        for (Case c : cases) {
            if (workflow.isTerminal(c.state()) || !where.test(c)) {
                continue;
            }
            for (FollowUp f : c.followUps()) {
                if (!f.isCompleted() && when.test(f.due())) {
                    found.add(new Deadline(c.id(), c.contactPoint(), DeadlineKind.FOLLOW_UP, null, f.id(), f.due(),
                            overdue(f.due(), today)));
                }
            }
            for (Goal g : c.goals()) {
                if (!g.status().isFinished() && when.test(g.targetDate())) {
                    found.add(new Deadline(c.id(), c.contactPoint(), DeadlineKind.GOAL, g.id(), null, g.targetDate(),
                            overdue(g.targetDate(), today)));
                }
            }
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    private int overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today) ? workingDays.between(due, today) : 0;
    }
}
