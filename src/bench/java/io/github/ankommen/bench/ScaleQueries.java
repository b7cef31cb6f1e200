package io.github.ankommen.bench;

import io.github.ankommen.Ankommen;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseService;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.State;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory store at scale: 10k, 100k and 1M cases, spread over 20 contact points and the six
 * states of the lifecycle (30 % closed), each with one or two follow-ups and up to one goal, due from
 * 60 days before "today" (Monday 4 June 2018) to 300 days after. The trial's setup loads them through
 * {@code Store.apply} in units of 1,000 writes and reports the heap they retain (used heap after
 * {@code System.gc()}, after minus before) and the time the load took. Each benchmark is one indexed
 * query, in {@code Mode.SampleTime}, so JMH reports its percentiles; the contact point and the state
 * change from one call to the next.
 *
 * <p>Not loaded: clients (cases refer to them by id; the store does not check) and audit trails.
 * Referrals do not exist in the library yet; their query ("open referrals of an organisation") will
 * be added below, marked REFERRALS. The statistics report does not exist yet either.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class ScaleQueries {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));

    static final int CONTACT_POINTS = 20;
    static final int UNIT = 1_000;
    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final List<State> OPEN = List.of(CaseWorkflows.INTAKE, CaseWorkflows.ASSESSMENT, CaseWorkflows.PLANNING,
            CaseWorkflows.LINKING, CaseWorkflows.MONITORING);

    /** How many cases the store holds. */
    @Param({"10000", "100000", "1000000"})
    public int cases;

    private MemoryStore store;
    private CaseService service;
    private final ContactPointId[] contactPoints = new ContactPointId[CONTACT_POINTS];
    private int next;

    /**
     * Loads the cases and reports the heap they retain.
     *
     * @throws IOException if the report cannot be appended to the file beside the results
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        for (int i = 0; i < CONTACT_POINTS; i++) {
            contactPoints[i] = ContactPointId.of("cp-" + i);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = retained(memory);
        long started = System.nanoTime();
        store = new MemoryStore();
        Random random = new Random(20180604L);
        UnitOfWork.Builder unit = UnitOfWork.builder();
        for (int i = 1; i <= cases; i++) {
            unit.insert(RecordKind.CASE, caseOf(i, random));
            if (i % UNIT == 0 || i == cases) {
                store.apply(unit.build());
                unit = UnitOfWork.builder();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = retained(memory);
        service = Ankommen.builder()
                .store(store)
                .clock(TestClock.at(TODAY.atTime(8, 0).atZone(ZONE).toInstant(), ZONE))
                .zone(ZONE)
                .build()
                .cases();
        String line = String.format(Locale.ROOT, "%d\t%.1f\t%.1f\t%d", cases, (after - before) / (1024.0 * 1024.0),
                seconds, (after - before) / cases);
        System.out.println();
        System.out.println("# scale: cases, retained heap MiB, load s, bytes per case: " + line);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "ankommen-scale-heap.tsv"), line + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static long retained(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private Case caseOf(int i, Random random) {
        boolean closed = random.nextInt(10) < 3;
        State state = closed ? CaseWorkflows.CLOSED : OPEN.get(random.nextInt(OPEN.size()));
        Instant created = Instant.parse("2017-06-01T08:00:00Z").plusSeconds(random.nextInt(86_400 * 360));
        Instant updated = created.plusSeconds(random.nextInt(86_400 * 30));
        List<FollowUp> followUps = new ArrayList<>(2);
        for (int f = 1 + random.nextInt(2); f > 0; f--) {
            LocalDate due = TODAY.plusDays(random.nextInt(361) - 60);
            boolean done = closed || random.nextInt(10) < 3;
            followUps.add(new FollowUp(FollowUpId.of("fu-" + i + "-" + f), due, random.nextBoolean() ? null : "Termin Jobcenter",
                    done ? updated : null));
        }
        List<Goal> goals = new ArrayList<>(1);
        if (random.nextBoolean()) {
            GoalStatus status = closed ? GoalStatus.REACHED : random.nextBoolean() ? GoalStatus.OPEN : GoalStatus.IN_PROGRESS;
            goals.add(new Goal(GoalId.of("goal-" + i), "Deutschkurs B1 abschließen", List.of("anmelden"),
                    TODAY.plusDays(random.nextInt(396) - 30), status, created));
        }
        Category[] all = Category.values();
        Set<Category> needs = EnumSet.of(all[random.nextInt(all.length)], all[random.nextInt(all.length)]);
        return new Case(CaseId.of("case-" + i), ClientId.of("client-" + i),
                contactPoints[random.nextInt(CONTACT_POINTS)], TeamMemberId.of("tm-" + random.nextInt(100)), null,
                needs, goals, followUps, state, closed ? CaseWorkflows.MONITORING : null,
                closed ? ClosureOutcome.GOALS_REACHED : null, null, List.of(), 5 + random.nextInt(10), created, updated);
    }

    private ContactPointId nextContactPoint() {
        next++;
        return contactPoints[next % CONTACT_POINTS];
    }

    /**
     * Overdue follow-ups and goals at a contact point, the store's first page of 100 cases.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Case>> overdueAtContactPointFirstPage() {
        return store.query(CaseQuery.at(nextContactPoint()).dueBy(TODAY.minusDays(1)), PageRequest.first(100));
    }

    /**
     * Overdue follow-ups and goals at a contact point, the whole answer of {@code CaseService.overdue},
     * with the working days each is overdue.
     *
     * @return the deadlines
     */
    @Benchmark
    public List<Deadline> overdueAtContactPoint() {
        return service.overdue(COORDINATOR, nextContactPoint());
    }

    /**
     * Cases in a state at a contact point, the first page of 100.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Case>> byStateAtContactPointFirstPage() {
        ContactPointId contactPoint = nextContactPoint();
        State state = next % 6 == 5 ? CaseWorkflows.CLOSED : OPEN.get(next % 6);
        return store.query(CaseQuery.at(contactPoint).inState(state), PageRequest.first(100));
    }

    // REFERRALS: "open referrals of an organisation" goes here once the library has referrals: load
    // 3 referrals per case in load() and query the organisation's open ones, first page of 100.
}
