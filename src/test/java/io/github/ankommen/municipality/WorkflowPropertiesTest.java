package io.github.ankommen.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.retention.RetentionReport;
import io.github.ankommen.statistics.ClosureTimes;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.SuppressedTable;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Target;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random valid workflows, with random names (German and English), several terminal states that may
 * or may not name their outcomes, reopens, returns to the previous state and approval-like steps, and
 * random command sequences on random cases through the public services. Whatever the workflow, the
 * library's answer to "is this case over?" is the workflow's: the invariants below are checked
 * against a model that follows the documented rules, not the library's code.
 */
class WorkflowPropertiesTest {

    /** One page of the largest size: all there is in these small tests. */
    private static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final ContactPointId SITE = ContactPointId.of("cp-brackel");
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw"), SITE);
    private static final Actor LEAD = new Actor(ActorId.of("lead"), Role.CASEWORKER, Set.of(SITE), null,
            Set.of(Permission.APPROVE_CLOSURE));
    private static final List<Actor> ACTORS = List.of(CASEWORKER, CASEWORKER, CASEWORKER, LEAD, COORDINATOR);
    private static final List<String> OPEN_NAMES = List.of("aufnahme", "klaerung", "beratung", "hilfeplanung",
            "umsetzung", "begleitung", "counselling", "placement", "waiting", "review");
    private static final List<String> END_NAMES = List.of("abgeschlossen", "abgebrochen", "verzogen", "completed",
            "dropped_out", "moved_away", "vermittelt");
    private static final ReportingPeriod EVERYTHING = ReportingPeriod.of(LocalDate.of(2026, 1, 1),
            LocalDate.of(2035, 12, 31), BERLIN);

    /** A random valid workflow and what the model needs to know of it. */
    private record Generated(Workflow<Case> workflow, List<State> open, List<State> ends) {
    }

    static Generated workflow(Random random) {
        List<String> openNames = new ArrayList<>(OPEN_NAMES);
        List<String> endNames = new ArrayList<>(END_NAMES);
        Collections.shuffle(openNames, random);
        Collections.shuffle(endNames, random);
        List<State> open = openNames.subList(0, 1 + random.nextInt(5)).stream().map(State::of).toList();
        List<State> ends = endNames.subList(0, 1 + random.nextInt(3)).stream().map(State::of).toList();
        Workflow.Builder<Case> builder = Workflow.<Case>builder().initial(open.get(0));
        open.forEach(builder::states);
        Set<State> named = new LinkedHashSet<>();
        for (State end : ends) {
            if (random.nextBoolean()) {
                builder.terminal(end, ClosureOutcome.values()[random.nextInt(ClosureOutcome.values().length)]);
                named.add(end);
            } else {
                builder.terminal(end);
            }
        }
        int n = 0;
        // A chain through the open states, so that every one can be reached.
        for (int i = 0; i + 1 < open.size(); i++) {
            builder.transition(maybeReason(random, Transition.of("weiter_" + n++, open.get(i), open.get(i + 1))));
        }
        // Into every terminal state, from the last open state at least, so that every one can end.
        for (State end : ends) {
            Set<State> from = someOf(random, open);
            from.add(open.get(open.size() - 1));
            Transition<Case> t = Transition.of("ende_" + n++, from, Target.state(end));
            if (!named.contains(end) && random.nextBoolean()) {
                t = t.withInputs(Input.OUTCOME);
            }
            if (random.nextInt(4) == 0) {
                t = t.withRoles(Role.COORDINATOR).withPermissions(Permission.APPROVE_CLOSURE);
            }
            builder.transition(maybeReason(random, t));
        }
        // Some way back, some pauses, and a return to the previous state.
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.transition(maybeReason(random, Transition.of("zurueck_" + n++, someOf(random, open),
                    Target.state(open.get(random.nextInt(open.size()))))));
        }
        if (random.nextBoolean()) {
            builder.transition(Transition.of("rueckkehr_" + n++, someOf(random, open), Target.previous()));
        }
        // Reopens out of some of the terminal states.
        for (State end : ends) {
            if (random.nextBoolean()) {
                builder.transition(maybeReason(random, Transition.<Case>of("reopen_" + n++, end,
                        open.get(random.nextInt(open.size()))).withReopen(true)));
            }
        }
        return new Generated(builder.build(), open, ends);
    }

    private static Transition<Case> maybeReason(Random random, Transition<Case> t) {
        return random.nextInt(3) == 0 ? t.withInputs(merged(t.requiredInputs(), Input.REASON)) : t;
    }

    private static Input[] merged(Set<Input> inputs, Input added) {
        Set<Input> all = new LinkedHashSet<>(inputs);
        all.add(added);
        return all.toArray(new Input[0]);
    }

    private static Set<State> someOf(Random random, List<State> states) {
        Set<State> some = new LinkedHashSet<>();
        for (State s : states) {
            if (random.nextBoolean()) {
                some.add(s);
            }
        }
        if (some.isEmpty()) {
            some.add(states.get(random.nextInt(states.size())));
        }
        return some;
    }

    /** What the documented rules say about one case, followed step by step. */
    private static final class Expected {
        Instant createdAt;
        State state;
        ClosureOutcome outcome;
        Instant closedAt;
    }

    @Test
    void whateverTheWorkflowTheLibraryAsksItWhetherACaseIsOver() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(this::check);
    }

    private void check(long seed) {
        Random random = new Random(seed);
        Generated g = workflow(random);
        Workflow<Case> workflow = g.workflow();
        MemoryStore store = new MemoryStore();
        TestClock clock = TestClock.at(START, BERLIN);
        Ankommen ankommen = Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("id"))
                .caseWorkflow(workflow).build();
        Ankommen exact = Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("id2"))
                .caseWorkflow(workflow).suppression(Suppression.of(1)).build();
        // Cases open at a stored contact point, with a member of its team (issue 13).
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        CaseService cases = ankommen.cases();

        Map<CaseId, Expected> model = new HashMap<>();
        List<CaseId> ids = new ArrayList<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) {
            CaseId id = CaseId.of("fall-" + i);
            ClientId client = ClientId.of("client-" + i);
            cases.register(CASEWORKER, SITE, Client.of(client, "P-" + i)
                    .withBasic(new BasicData("Amira", null, null, Set.of(), null, null)));
            cases.open(CASEWORKER, new OpenCase(id, client, SITE, TeamMemberId.of("brackel-city"), null, Set.of()));
            // Free text in every case, so that a case due for retention always has something to lose.
            cases.apply(CASEWORKER, id, new CaseCommand.AddGoal(GoalId.of("ziel"), "Deutsch lernen", List.of(),
                    LocalDate.of(2026, 1, 5).plusDays(random.nextInt(120))));
            Expected e = new Expected();
            e.createdAt = clock.instant();
            e.state = workflow.initial();
            model.put(id, e);
            ids.add(id);
        }
        List<Transition<Case>> transitions = workflow.transitions();
        for (int step = 20 + random.nextInt(40); step > 0; step--) {
            clock.advance(Duration.ofHours(random.nextInt(24 * 12)));
            CaseId id = ids.get(random.nextInt(ids.size()));
            Expected e = model.get(id);
            int kind = random.nextInt(10);
            try {
                if (kind < 7) {
                    Transition<Case> t = transitions.get(random.nextInt(transitions.size()));
                    CaseCommand.Fire fire = CaseCommand.fire(t.name(), random.nextInt(3) == 0 ? null : "Grund")
                            .withOutcome(random.nextInt(3) == 0 ? null
                                    : ClosureOutcome.values()[random.nextInt(ClosureOutcome.values().length)]);
                    Case before = store.get(RecordKind.CASE, id).value();
                    Case after = cases.apply(ACTORS.get(random.nextInt(ACTORS.size())), id, fire).value();
                    follow(workflow, e, t, fire, before, after, clock.instant());
                } else {
                    LocalDate due = LocalDate.ofInstant(clock.instant(), BERLIN).plusDays(random.nextInt(40) - 20);
                    cases.apply(CASEWORKER, id, new CaseCommand.AddFollowUp(FollowUpId.of("wv-" + step), due,
                            "Termin"));
                    assertFalse(workflow.isTerminal(e.state), "a follow-up was added to a case that is over");
                }
            } catch (IllegalTransitionException | AccessDeniedException refused) {
                // Refusals are part of the game; the model stays where it was.
                assertEquals(e.state, store.get(RecordKind.CASE, id).value().state());
            }
        }

        // Every state a case is or was in is one of the workflow's, and the model agrees with the store.
        for (CaseId id : ids) {
            Case c = store.get(RecordKind.CASE, id).value();
            Expected e = model.get(id);
            assertEquals(e.state, c.state());
            assertEquals(e.outcome, c.outcome(), id.value());
            assertTrue(workflow.hasState(c.state()));
            for (AuditEntry entry : store.stream(AuditQuery.of(id), 100).map(Versioned::value).toList()) {
                assertTrue(workflow.hasState(entry.to()), entry.toString());
            }
            if (workflow.isTerminal(c.state())) {
                assertEquals(e.closedAt, c.updatedAt(), "a case that is over has not changed since it ended");
            }
        }

        // Due dates and escalations: never on a case that is over, always on the others.
        List<Deadline> overdue = cases.overdue(CASEWORKER, SITE, ONE_PAGE).items();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BERLIN);
        long expectedOverdue = 0;
        for (CaseId id : ids) {
            Case c = store.get(RecordKind.CASE, id).value();
            if (!workflow.isTerminal(c.state())) {
                expectedOverdue += c.followUps().stream().filter(f -> !f.isCompleted() && f.due().isBefore(today))
                        .count();
                expectedOverdue += c.goals().stream()
                        .filter(goal -> !goal.status().isFinished() && goal.targetDate().isBefore(today)).count();
            }
        }
        assertEquals(expectedOverdue, overdue.size());
        for (Deadline d : overdue) {
            assertFalse(workflow.isTerminal(model.get(d.caseId()).state), d.toString());
        }
        cases.escalations(COORDINATOR, 0, ONE_PAGE).items().forEach(esc -> assertFalse(
                workflow.isTerminal(model.get(esc.deadline().caseId()).state), esc.toString()));

        // The statistics count exactly the cases that are over, under the outcome the rules give them.
        StatisticsReport figures = exact.statistics().report(COORDINATOR, EVERYTHING);
        Map<ClosureOutcome, Long> expectedClosed = new EnumMap<>(ClosureOutcome.class);
        List<Long> days = new ArrayList<>();
        for (Expected e : model.values()) {
            if (workflow.isTerminal(e.state)) {
                ClosureOutcome counted = e.outcome != null ? e.outcome
                        : workflow.outcome(e.state).map(ClosureOutcome.class::cast).orElse(ClosureOutcome.OTHER);
                expectedClosed.merge(counted, 1L, Long::sum);
                days.add(Duration.between(e.createdAt, e.closedAt).toDays());
            }
        }
        assertEquals(expectedClosed, columns(figures.casesClosed()));
        ClosureTimes all = figures.closureTimes().get(figures.closureTimes().size() - 1);
        if (days.isEmpty()) {
            assertTrue(all.suppressed());
        } else {
            Collections.sort(days);
            assertEquals(days.get((days.size() + 1) / 2 - 1), all.medianDays());
        }

        // Retention: exactly the cases over for a year (free text), figures unchanged, idempotent.
        clock.advance(Duration.ofDays(random.nextInt(3 * 366)));
        LocalDate runDay = LocalDate.ofInstant(clock.instant(), BERLIN);
        Set<CaseId> due = new TreeSet<>(Comparator.comparing(CaseId::value));
        for (Map.Entry<CaseId, Expected> entry : model.entrySet()) {
            Expected e = entry.getValue();
            if (workflow.isTerminal(e.state) && !runDay.isBefore(LocalDate.ofInstant(e.closedAt, BERLIN).plusYears(1))) {
                due.add(entry.getKey());
            }
        }
        StatisticsReport suppressedBefore = ankommen.statistics().report(COORDINATOR, EVERYTHING);
        RetentionReport run = ankommen.retention().run(COORDINATOR);
        assertEquals(List.copyOf(due), run.cases());
        assertEquals(figures, exact.statistics().report(COORDINATOR, EVERYTHING));
        assertEquals(suppressedBefore, ankommen.statistics().report(COORDINATOR, EVERYTHING));
        assertFalse(ankommen.retention().run(COORDINATOR).hasChanges());
        assertEquals(ids.size(), store.count(CaseQuery.all()));
    }

    /** The documented effects of a transition, on the model. */
    private static void follow(Workflow<Case> workflow, Expected e, Transition<Case> t, CaseCommand.Fire fire,
            Case before, Case after, Instant at) {
        State to = t.to().resolve(before.state(), before.previousState());
        assertEquals(to, after.state(), t.name());
        boolean wasOver = workflow.isTerminal(e.state);
        boolean over = workflow.isTerminal(to);
        ClosureOutcome named = workflow.outcome(to).map(ClosureOutcome.class::cast).orElse(null);
        if (named != null) {
            e.outcome = named;
        } else if (t.requiredInputs().contains(Input.OUTCOME)) {
            e.outcome = fire.outcome();
        } else if (!over && !to.equals(e.state)) {
            e.outcome = null;
        }
        if (over && !wasOver) {
            e.closedAt = at;
        }
        assertTrue(!wasOver || t.reopen(), "only a reopen leaves a terminal state");
        e.state = to;
    }

    private static Map<ClosureOutcome, Long> columns(SuppressedTable table) {
        Map<ClosureOutcome, Long> counts = new EnumMap<>(ClosureOutcome.class);
        for (int j = 0; j < table.columns().size(); j++) {
            long n = 0;
            for (int i = 0; i < table.rows().size(); i++) {
                n += table.cell(i, j).count();
            }
            if (n > 0) {
                counts.put(ClosureOutcome.valueOf(table.columns().get(j)), n);
            }
        }
        return counts;
    }

    @Test
    void theGeneratorMakesVariedWorkflows() {
        Set<Integer> terminalCounts = new TreeSet<>();
        Set<Boolean> withOutcomes = new TreeSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Workflow<Case> w = workflow(random).workflow();
            terminalCounts.add(w.terminal().size());
            withOutcomes.add(!w.outcomes().isEmpty());
        }
        assertEquals(Set.of(1, 2, 3), terminalCounts);
        assertEquals(Set.of(false, true), withOutcomes);
    }
}
