package io.github.ankommen.bench;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.workflow.Guard;
import io.github.ankommen.workflow.Workflow;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library: one case lifecycle through {@link CaseService}, its public API, on a
 * {@link MemoryStore}, with every record checked and the access check of the case engine.
 *
 * <p>The default DGCC workflow guards planning → linking with "the support plan has an agreed goal",
 * which would take two more commands (add a goal, agree it) that the peers do not do. The workflow
 * here replaces that guard with one that is as cheap and holds for the opened case ("the case has a
 * need"), so link is still a guarded transition; close keeps its guard (no pending transfer) and its
 * required outcome. The client is registered once per store, not per lifecycle: the peers have no
 * clients, and opening a case still reads the client from the store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnkommenLifecycle {

    static final ContactPointId CONTACT_POINT = ContactPointId.of(Lifecycles.CONTACT_POINT);
    static final Actor CASEWORKER = Actor.caseworker(ActorId.of(Lifecycles.CASEWORKER), CONTACT_POINT);
    static final ClientId CLIENT = ClientId.of(Lifecycles.CLIENT);
    static final TeamMemberId TEAM_MEMBER = TeamMemberId.of(Lifecycles.TEAM_MEMBER);
    static final Set<Category> NEEDS = Set.of(Category.LANGUAGE_COURSE);

    /**
     * How many lifecycles one store takes before the benchmark starts a new one:
     * {@value Lifecycles#WINDOW}, as for every contender, in the documented runs. A smaller window
     * (e.g. {@code -p window=10000}) shows what the store's size costs; starting a store (a new
     * {@code Ankommen} over a new store) takes under a millisecond, which a window spreads over its
     * lifecycles. JMH takes the default as a literal only: it must stay equal to
     * {@code Lifecycles.WINDOW}, which the field starts at for a run outside JMH.
     */
    @Param("100000")
    public int window = Lifecycles.WINDOW;

    private Workflow<Case> workflow;
    private Ankommen ankommen;
    private CaseService cases;
    private long count;

    /**
     * The DGCC workflow with link guarded by "the case has a need" instead of "an agreed goal".
     *
     * @return the workflow
     */
    static Workflow<Case> workflow() {
        Workflow<Case> dgcc = CaseWorkflows.dgcc();
        return dgcc.toBuilder()
                .replace(dgcc.transition(CaseWorkflows.LINK).orElseThrow()
                        .withGuard(Guard.of(c -> !c.needs().isEmpty(), "the case has no needs")))
                .build();
    }

    /** Builds the workflow once per trial. */
    @Setup(Level.Trial)
    public void setUpWorkflow() {
        workflow = workflow();
    }

    /**
     * Starts every iteration with an empty store, which holds only the contact point (opening a case
     * checks that its caseworker is of the contact point's team) and the client.
     */
    @Setup(Level.Iteration)
    public void freshStore() {
        MemoryStore store = new MemoryStore();
        store.insert(RecordKind.CONTACT_POINT, Dortmund.contactPoints().stream()
                .filter(cp -> cp.id().equals(CONTACT_POINT)).findFirst().orElseThrow());
        ankommen = Ankommen.builder()
                .store(store)
                .clock(Clock.systemUTC())
                .ids(IdSource.sequence("case"))
                .caseWorkflow(workflow)
                .build();
        cases = ankommen.cases();
        cases.register(CASEWORKER, CONTACT_POINT, Client.of(CLIENT, "P-1"));
        count = 0;
    }

    /**
     * Opens a case and moves it through the five phases to closed.
     *
     * @return the closed case
     */
    @Benchmark
    public Versioned<Case> lifecycle() {
        if (++count % window == 0) {
            freshStore();
        }
        CaseId id = CaseId.of(ankommen.ids().next());
        cases.open(CASEWORKER, new OpenCase(id, CLIENT, CONTACT_POINT, TEAM_MEMBER, null, NEEDS));
        cases.apply(CASEWORKER, id, CaseCommand.fire(CaseWorkflows.ASSESS));
        cases.apply(CASEWORKER, id, CaseCommand.fire(CaseWorkflows.PLAN));
        cases.apply(CASEWORKER, id, CaseCommand.fire(CaseWorkflows.LINK));
        cases.apply(CASEWORKER, id, CaseCommand.fire(CaseWorkflows.MONITOR));
        Versioned<Case> closed = cases.apply(CASEWORKER, id, CaseCommand.close(ClosureOutcome.GOALS_REACHED));
        if (!closed.value().state().equals(CaseWorkflows.CLOSED)) {
            throw new IllegalStateException("the lifecycle did not close the case");
        }
        return closed;
    }
}
