package io.github.ankommen.municipality;

import static io.github.ankommen.municipality.OwnWorkflows.ABGESCHLOSSEN;
import static io.github.ankommen.municipality.OwnWorkflows.ABSCHLUSS_BEANTRAGT;
import static io.github.ankommen.municipality.OwnWorkflows.COMPLETED;
import static io.github.ankommen.municipality.OwnWorkflows.COUNSELLING;
import static io.github.ankommen.municipality.OwnWorkflows.DROPPED_OUT;
import static io.github.ankommen.municipality.OwnWorkflows.ERSTGESPRAECH;
import static io.github.ankommen.municipality.OwnWorkflows.KLAERUNG;
import static io.github.ankommen.municipality.OwnWorkflows.MOVED_AWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.retention.RetentionReport;
import io.github.ankommen.statistics.ClosureTimes;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.DroppedStateException;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import io.github.ankommen.workflow.WorkflowDefinitionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A municipality's own workflow all the way through the public services, on the in-memory store and
 * on PostgreSQL: the engine, due dates and escalations, the access policy's approval, the statistics,
 * the retention run, and changing the workflow while cases are stored.
 */
class OwnWorkflowsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** One page of the largest size: all there is in these small tests. */
    static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    static final Actor LEAD = new Actor(ActorId.of("lead-brackel"), Role.CASEWORKER, Set.of(Dortmund.BRACKEL), null,
            Set.of(Permission.APPROVE_CLOSURE));
    static final String ROW = "Brackel / cp-brackel";
    static final ReportingPeriod YEAR_2026 = ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            BERLIN);

    /** The stores every scenario runs on. */
    enum Stores {
        MEMORY, POSTGRES;

        Store create() {
            return this == MEMORY ? new MemoryStore()
                    : JdbcStore.builder(Postgres.newDatabase("own_workflow")).migrateOnBuild(true).build();
        }
    }

    /** One municipality: a store, a clock, and the façade over them with a workflow. */
    static final class Town {
        final Store store;
        final TestClock clock = TestClock.at(START, BERLIN);
        final Ankommen ankommen;

        Town(Store store, Workflow<Case> workflow) {
            this.store = store;
            this.ankommen = build(workflow);
            ankommen.network().load(COORDINATOR, Dortmund.directory());
        }

        Ankommen build(Workflow<Case> workflow) {
            return Ankommen.builder().store(store).clock(clock).caseWorkflow(workflow).build();
        }

        CaseService cases() {
            return ankommen.cases();
        }

        /** Registers a client and opens its case at Brackel, now. */
        Case open(String id) {
            ClientId client = ClientId.of("client-" + id);
            cases().register(CASEWORKER, Dortmund.BRACKEL, Client.of(client, "P-" + id)
                    .withBasic(new BasicData("Amira", Year.of(1990), null, Set.of(), null, null))
                    .withSensitive(new SensitiveData(null, "Asthma")));
            return cases().open(CASEWORKER, new OpenCase(CaseId.of(id), client, Dortmund.BRACKEL,
                    TeamMemberId.of("brackel-city"), null, Set.of(Category.LANGUAGE_COURSE))).value();
        }

        Case apply(Actor actor, String id, CaseCommand command) {
            return cases().apply(actor, CaseId.of(id), command).value();
        }

        Case fire(String id, String... transitions) {
            Case c = null;
            for (String t : transitions) {
                c = apply(CASEWORKER, id, CaseCommand.fire(t, "weil"));
            }
            return c;
        }

        Case get(String id) {
            return store.get(RecordKind.CASE, CaseId.of(id)).value();
        }

        /** Sets the clock to a number of days after the start, at the same time of day. */
        void day(int days) {
            clock.set(START.plus(Duration.ofDays(days)));
        }

        StatisticsReport statistics(ReportingPeriod period) {
            return ankommen.statistics().report(COORDINATOR, period);
        }
    }

    private static long count(StatisticsReport report, String column) {
        return report.casesClosed().cell(ROW, column).count();
    }

    private static ClosureTimes allDistricts(StatisticsReport report) {
        return report.closureTimes().get(report.closureTimes().size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void severalTerminalStatesEndCasesWithTheirOwnOutcomesAllTheWayThrough(Stores kind) {
        Town town = new Town(kind.create(), OwnWorkflows.severalEndings());
        for (String id : List.of("c1", "c2", "c3", "c4", "c5", "c6")) {
            town.open(id);
        }
        town.apply(CASEWORKER, "c5", new CaseCommand.AddFollowUp(FollowUpId.of("f5"), LocalDate.of(2026, 1, 8),
                "Termin beim Jobcenter"));
        town.apply(CASEWORKER, "c6", new CaseCommand.AddFollowUp(FollowUpId.of("f6"), LocalDate.of(2026, 1, 8),
                "Termin beim Jobcenter"));
        town.apply(CASEWORKER, "c4", new CaseCommand.AddFollowUp(FollowUpId.of("f4"), LocalDate.of(2026, 1, 8),
                "Sprachkurs"));
        town.day(10);
        assertEquals(COMPLETED, town.fire("c1", "start", "place", "complete").state());
        town.day(20);
        assertEquals(DROPPED_OUT, town.fire("c2", "drop_out").state());
        town.day(30);
        assertEquals(MOVED_AWAY, town.fire("c3", "start", "move_away").state());
        town.day(40);
        town.fire("c4", "start", "move_away");
        town.day(50);
        Case back = town.fire("c4", "come_back");
        assertEquals(COUNSELLING, back.state());
        assertNull(back.outcome(), "a reopened case has no outcome");
        assertEquals(ClosureOutcome.CLIENT_MOVED_AWAY, back.reopenings().get(0).previousOutcome());
        town.day(60);
        town.fire("c5", "drop_out");

        // The outcomes come from the terminal states: no closing asked for one.
        assertEquals(ClosureOutcome.GOALS_REACHED, town.get("c1").outcome());
        assertEquals(ClosureOutcome.CLIENT_WITHDREW, town.get("c2").outcome());
        assertEquals(ClosureOutcome.CLIENT_MOVED_AWAY, town.get("c3").outcome());

        // A finished case takes no command, has no deadlines and is never escalated.
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> town.apply(CASEWORKER,
                "c5", new CaseCommand.AddGoal(GoalId.of("g"), "Deutschkurs", List.of(), LocalDate.of(2026, 6, 1))));
        assertEquals(Refusal.Kind.WRONG_STATE, refused.refusal().kind());
        List<Deadline> overdue = town.cases().overdue(CASEWORKER, Dortmund.BRACKEL, ONE_PAGE).items();
        assertEquals(List.of(CaseId.of("c4"), CaseId.of("c6")), overdue.stream().map(Deadline::caseId).toList());
        assertEquals(List.of(CaseId.of("c4"), CaseId.of("c6")), town.cases().escalations(COORDINATOR, 3, ONE_PAGE).items()
                .stream()
                .map(e -> e.deadline().caseId()).toList());

        // The statistics count every ending, under the outcome its state names, with its time.
        StatisticsReport exact = town.ankommen.statistics().report(COORDINATOR, YEAR_2026);
        Ankommen unsuppressed = Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.severalEndings()).suppression(Suppression.of(1)).build();
        StatisticsReport figures = unsuppressed.statistics().report(COORDINATOR, YEAR_2026);
        assertEquals(1, count(figures, "GOALS_REACHED"));
        assertEquals(2, count(figures, "CLIENT_WITHDREW"));
        assertEquals(1, count(figures, "CLIENT_MOVED_AWAY"));
        assertEquals(0, count(figures, "OTHER"));
        ClosureTimes times = allDistricts(figures);
        assertEquals(20L, times.medianDays(), "10, 20, 30 and 60 days from intake to closure");
        assertEquals(60L, times.p90Days());

        // A year and 25 days on, the free text of the cases closed in the first 25 days is due.
        town.day(365 + 25);
        StatisticsReport before = unsuppressed.statistics().report(COORDINATOR, YEAR_2026);
        RetentionReport run = town.ankommen.retention().run(COORDINATOR);
        assertEquals(List.of(CaseId.of("c1"), CaseId.of("c2")), run.cases());
        assertEquals(before, unsuppressed.statistics().report(COORDINATOR, YEAR_2026));
        assertEquals(exact, town.ankommen.statistics().report(COORDINATOR, YEAR_2026));
        assertTrue(town.get("c5").followUps().get(0).note() != null, "closed on day 60: not due yet");

        // Three years on, every case that ended is due, and the reopened one is not.
        town.day(4 * 365);
        RetentionReport later = town.ankommen.retention().run(COORDINATOR);
        assertEquals(List.of(CaseId.of("c3"), CaseId.of("c5")), later.cases());
        assertEquals(List.of(ClientId.of("client-c1"), ClientId.of("client-c2"), ClientId.of("client-c3"),
                ClientId.of("client-c5")), later.clients());
        assertNull(town.get("c5").followUps().get(0).note());
        assertEquals("Sprachkurs", town.get("c4").followUps().get(0).note());
        assertEquals(before, unsuppressed.statistics().report(COORDINATOR, YEAR_2026));
        assertTrue(town.ankommen.retention().run(COORDINATOR).cases().isEmpty(), "a second run changes nothing");
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void germanStatesWithAnApprovalStepCloseOnlyWhenApproved(Stores kind) {
        Town town = new Town(kind.create(), OwnWorkflows.german());
        for (String id : List.of("fall-1", "fall-2", "fall-3")) {
            assertEquals(ERSTGESPRAECH, town.open(id).state());
            town.fire(id, "klaeren");
        }
        town.apply(CASEWORKER, "fall-1", new CaseCommand.AddGoal(GoalId.of("ziel-1"), "B1 erreichen", List.of(),
                LocalDate.of(2026, 9, 1)));
        town.apply(CASEWORKER, "fall-1", new CaseCommand.AgreeGoal(GoalId.of("ziel-1")));
        town.fire("fall-1", "planen", "umsetzen");
        town.apply(CASEWORKER, "fall-2", new CaseCommand.AddFollowUp(FollowUpId.of("wv-2"), LocalDate.of(2026, 1, 6),
                "Rückruf"));

        town.day(14);
        Case requested = town.apply(CASEWORKER, "fall-1",
                CaseCommand.fire("abschluss_beantragen").withOutcome(ClosureOutcome.GOALS_REACHED));
        assertEquals(ABSCHLUSS_BEANTRAGT, requested.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, requested.outcome());
        // A closure waiting for approval is not over: its deadlines still count.
        town.apply(CASEWORKER, "fall-2", CaseCommand.fire("abschluss_beantragen").withOutcome(ClosureOutcome.NO_CONTACT));
        assertEquals(List.of(CaseId.of("fall-2")), town.cases().overdue(CASEWORKER, Dortmund.BRACKEL, ONE_PAGE).items().stream()
                .map(Deadline::caseId).toList());

        // The approval is an approval for the access policy too: a plain caseworker is denied it.
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> town.apply(CASEWORKER, "fall-1", CaseCommand.fire("abschluss_genehmigen")));
        assertEquals(Operation.APPROVE_CLOSURE, denied.operation());
        assertEquals(ABSCHLUSS_BEANTRAGT, town.get("fall-1").state());

        town.day(15);
        Case approved = town.apply(LEAD, "fall-1", CaseCommand.fire("abschluss_genehmigen"));
        assertEquals(ABGESCHLOSSEN, approved.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, approved.outcome());
        Case declined = town.apply(COORDINATOR, "fall-2", CaseCommand.fire("abschluss_ablehnen", "noch Kontakt"));
        assertEquals(KLAERUNG, declined.state());
        assertNull(declined.outcome());

        // Closed, reopened and closed again: the last closure counts, with its own outcome.
        town.day(20);
        town.apply(CASEWORKER, "fall-3", CaseCommand.fire("abschluss_beantragen").withOutcome(ClosureOutcome.OTHER));
        town.apply(COORDINATOR, "fall-3", CaseCommand.fire("abschluss_genehmigen"));
        town.day(30);
        town.apply(CASEWORKER, "fall-3", CaseCommand.fire("wiederaufnehmen", "zieht zurück"));
        town.day(40);
        town.apply(CASEWORKER, "fall-3", CaseCommand.fire("abschluss_beantragen")
                .withOutcome(ClosureOutcome.CLIENT_MOVED_AWAY));
        town.day(45);
        town.apply(COORDINATOR, "fall-3", CaseCommand.fire("abschluss_genehmigen"));
        assertEquals(1, town.get("fall-3").reopenings().size());

        Ankommen unsuppressed = Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.german()).suppression(Suppression.of(1)).build();
        StatisticsReport figures = unsuppressed.statistics().report(COORDINATOR, YEAR_2026);
        assertEquals(1, count(figures, "GOALS_REACHED"));
        assertEquals(1, count(figures, "CLIENT_MOVED_AWAY"));
        assertEquals(0, count(figures, "NO_CONTACT"), "a declined closure is no closure");
        assertEquals(0, count(figures, "OTHER"), "the first closure of a reopened case does not count");
        ClosureTimes times = allDistricts(figures);
        assertEquals(15L, times.medianDays());
        assertEquals(45L, times.p90Days());

        // Retention counts from the approval, not from the request.
        town.day(365 + 14);
        assertTrue(town.ankommen.retention().run(COORDINATOR).cases().isEmpty());
        town.day(365 + 15);
        assertEquals(List.of(CaseId.of("fall-1")), town.ankommen.retention().run(COORDINATOR).cases());
        town.day(365 + 45);
        assertEquals(List.of(CaseId.of("fall-3")), town.ankommen.retention().run(COORDINATOR).cases());
        assertEquals(figures, unsuppressed.statistics().report(COORDINATOR, YEAR_2026));
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void aWorkflowThatDropsOccupiedStatesIsRefusedOrMigratedByAnExplicitMapping(Stores kind) {
        // Cases stored under the default workflow: two on hold, one closed, one in intake, one planning.
        Town town = new Town(kind.create(), CaseWorkflows.dgcc());
        for (String id : List.of("a", "b", "c", "d", "e")) {
            town.open(id);
        }
        town.fire("a", "assess", "hold");
        town.fire("b", "assess", "plan", "hold");
        town.fire("e", "assess", "plan");
        town.apply(CASEWORKER, "c", new CaseCommand.AddFollowUp(FollowUpId.of("f-c"), LocalDate.of(2026, 2, 1),
                "Termin bei der VHS"));
        town.day(3);
        town.apply(CASEWORKER, "c", CaseCommand.close(ClosureOutcome.GOALS_REACHED));
        Instant closedAt = town.get("c").updatedAt();
        town.day(10);
        Map<String, Long> versions = versions(town.store);

        // A case keeps working when its state still exists: the default plus a state of one's own.
        State evaluation = State.of("evaluation");
        Workflow<Case> extended = CaseWorkflows.dgcc().toBuilder().states(evaluation)
                .transition(Transition.of("evaluate", CaseWorkflows.PLANNING, evaluation))
                .transition(Transition.of("conclude", evaluation, CaseWorkflows.CLOSED)).build();
        Ankommen kept = town.build(extended);
        assertEquals(evaluation, kept.cases().apply(CASEWORKER, CaseId.of("e"), CaseCommand.fire("evaluate")).value()
                .state());
        versions = versions(town.store);

        // The German workflow has none of the default's states: refused, naming each and its count.
        DroppedStateException refused = assertThrows(DroppedStateException.class,
                () -> town.build(OwnWorkflows.german()));
        Map<State, Long> expected = new LinkedHashMap<>();
        expected.put(CaseWorkflows.CLOSED, 1L);
        expected.put(evaluation, 1L);
        expected.put(CaseWorkflows.INTAKE, 1L);
        expected.put(CaseWorkflows.ON_HOLD, 2L);
        assertEquals(expected, refused.cases());
        assertTrue(refused.getMessage().contains("2 stored cases sit in state \"on_hold\""), refused.getMessage());
        assertEquals(versions, versions(town.store), "a refusal writes nothing");

        // A mapping that leaves a state out is refused as well, naming only that state.
        Map<State, State> partial = Map.of(CaseWorkflows.ON_HOLD, KLAERUNG, CaseWorkflows.CLOSED, ABGESCHLOSSEN,
                CaseWorkflows.INTAKE, ERSTGESPRAECH);
        DroppedStateException stillDropped = assertThrows(DroppedStateException.class, () -> Ankommen.builder()
                .store(town.store).clock(town.clock).caseWorkflow(OwnWorkflows.german())
                .migrateCaseStates(COORDINATOR, partial).build());
        assertEquals(Map.of(evaluation, 1L), stillDropped.cases());
        // A mapping onto a state the workflow does not have, or of a state it still has, is refused.
        assertThrows(WorkflowDefinitionException.class, () -> Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.german()).migrateCaseStates(COORDINATOR,
                        Map.of(CaseWorkflows.ON_HOLD, CaseWorkflows.PLANNING)).build());
        assertThrows(WorkflowDefinitionException.class, () -> Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.german()).migrateCaseStates(COORDINATOR,
                        Map.of(KLAERUNG, ERSTGESPRAECH)).build());
        // The migration is a change of cases, so the access policy is asked: a caseworker elsewhere may not.
        Actor elsewhere = Actor.caseworker(ActorId.of("cw-eving"), Dortmund.EVING_SCHARNHORST);
        Map<State, State> mapping = new LinkedHashMap<>(partial);
        mapping.put(evaluation, OwnWorkflows.UMSETZUNG);
        assertThrows(AccessDeniedException.class, () -> Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.german()).migrateCaseStates(elsewhere, mapping).build());
        assertEquals(versions, versions(town.store), "a denied migration moves nothing");

        StatisticsReport before = Ankommen.builder().store(town.store).clock(town.clock).caseWorkflow(extended)
                .suppression(Suppression.of(1)).build().statistics().report(COORDINATOR, YEAR_2026);
        town.day(11);
        Ankommen german = Ankommen.builder().store(town.store).clock(town.clock).caseWorkflow(OwnWorkflows.german())
                .migrateCaseStates(COORDINATOR, mapping).build();
        assertEquals(KLAERUNG, town.get("a").state());
        assertEquals(KLAERUNG, town.get("b").state());
        assertEquals(ERSTGESPRAECH, town.get("d").state());
        assertEquals(OwnWorkflows.UMSETZUNG, town.get("e").state());
        Case closed = town.get("c");
        assertEquals(ABGESCHLOSSEN, closed.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, closed.outcome());
        assertEquals(closedAt, closed.updatedAt(), "a migration keeps the closure's time");
        assertNull(town.get("b").previousState(), "the previous state planning is gone; nothing returns to it");
        AuditEntry last = last(german.cases().auditTrail(COORDINATOR, CaseId.of("a")));
        assertEquals(CaseWorkflows.MIGRATE_STATE, last.transition());
        assertEquals(CaseWorkflows.ON_HOLD, last.from());
        assertEquals(KLAERUNG, last.to());
        assertEquals(COORDINATOR.id(), last.actor());
        assertEquals(town.clock.instant(), last.at());

        // The migrated cases go on in the new workflow, and the closed one counts as it did.
        assertEquals(OwnWorkflows.HILFEPLANUNG,
                german.cases().apply(CASEWORKER, CaseId.of("a"), CaseCommand.fire("planen")).value().state());
        StatisticsReport after = Ankommen.builder().store(town.store).clock(town.clock)
                .caseWorkflow(OwnWorkflows.german()).suppression(Suppression.of(1)).build().statistics()
                .report(COORDINATOR, YEAR_2026);
        assertEquals(1, count(after, "GOALS_REACHED"));
        assertEquals(3L, allDistricts(after).medianDays());
        assertEquals(before, after, "the migration changes no figure");
        town.clock.set(closedAt.plus(Duration.ofDays(366)));
        assertEquals(List.of(CaseId.of("c")), german.retention().run(COORDINATOR).cases(),
                "the retention clock runs from the closure, not from the migration");

        // Once moved, the mapping moves nothing more; it may stay in the configuration.
        Map<String, Long> migrated = versions(town.store);
        Ankommen.builder().store(town.store).clock(town.clock).caseWorkflow(OwnWorkflows.german())
                .migrateCaseStates(COORDINATOR, mapping).build();
        assertEquals(migrated, versions(town.store));
    }

    private static Map<String, Long> versions(Store store) {
        Map<String, Long> versions = new LinkedHashMap<>();
        try (Stream<Versioned<Case>> all = store.stream(CaseQuery.all(), 100)) {
            all.forEach(c -> versions.put(c.value().id().value(), c.version()));
        }
        return versions;
    }

    private static AuditEntry last(List<AuditEntry> trail) {
        return trail.get(trail.size() - 1);
    }
}
