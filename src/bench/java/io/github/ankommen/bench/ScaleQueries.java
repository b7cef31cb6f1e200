package io.github.ankommen.bench;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.StatisticsService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.State;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
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
 * The in-memory store at scale: 10k, 100k and 1M cases of the {@link ScaleSet}, with their audit
 * entries and referrals. The trial's setup loads them through {@code Store.apply} in
 * units of 250 cases with their records (about 1,450 writes) and reports the heap they retain (used
 * heap after {@code System.gc()}, after minus before) and the time the load took. Each query
 * benchmark is one indexed query, in {@code Mode.SampleTime}, so JMH reports its percentiles; the
 * contact point, the state and the organisation change from one call to the next. The statistics
 * report is timed as a whole, in {@code Mode.AverageTime}.
 *
 * <p>Not loaded: clients (cases and referrals refer to them by id; the store does not check),
 * contact points (the report then puts every case in the district "unknown"), consultations,
 * referral histories and consents (a referral names its consent by id).
 *
 * <p>The forks get up to 7 GiB of heap: 1M cases with their records retain about 4.7 GiB, more than
 * the 2 to 4 GiB a fork was meant to have (see {@code docs/benchmarks.md}); the smaller sizes use a
 * tenth and a hundredth of it.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx7g"})
public class ScaleQueries {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));

    /** Cases per unit of work; with their audit entries and referrals about 1,450 writes. */
    static final int UNIT = 250;

    /** How many cases the store holds; three referrals per case. */
    @Param({"10000", "100000", "1000000"})
    public int cases;

    private MemoryStore store;
    private CaseService service;
    private StatisticsService statistics;
    private final ScaleSet set = new ScaleSet();
    private int next;

    /**
     * Loads the cases, their audit entries and referrals, and reports the heap they retain.
     *
     * @throws IOException if the report cannot be appended to the file beside the results
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        long before = ScaleSet.retainedHeap();
        long started = System.nanoTime();
        store = new MemoryStore();
        Random random = new Random(20180604L);
        UnitOfWork.Builder unit = UnitOfWork.builder();
        long entries = 0;
        long referrals = 0;
        for (int i = 1; i <= cases; i++) {
            ScaleSet.Records records = set.recordsOf(i, random);
            unit.insert(RecordKind.CASE, records.c());
            for (AuditEntry entry : records.trail()) {
                unit.insert(RecordKind.AUDIT_ENTRY, entry);
                entries++;
            }
            for (Referral referral : records.referrals()) {
                unit.insert(RecordKind.REFERRAL, referral);
                referrals++;
            }
            if (i % UNIT == 0 || i == cases) {
                store.apply(unit.build());
                unit = UnitOfWork.builder();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = ScaleSet.retainedHeap();
        Ankommen ankommen = Ankommen.builder()
                .store(store)
                .clock(TestClock.at(ScaleSet.TODAY.atTime(8, 0).atZone(ScaleSet.ZONE).toInstant(), ScaleSet.ZONE))
                .zone(ScaleSet.ZONE)
                .build();
        service = ankommen.cases();
        statistics = ankommen.statistics();
        String line = String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%.1f\t%d", cases, entries, referrals,
                (after - before) / (1024.0 * 1024.0), seconds, (after - before) / cases);
        ScaleSet.report("ankommen-scale-heap.tsv",
                "cases, audit entries, referrals, retained heap MiB, load s, bytes per case (with its records)", line);
    }

    private ContactPointId nextContactPoint() {
        next++;
        return set.contactPoints[next % ScaleSet.CONTACT_POINTS];
    }

    /**
     * Overdue follow-ups and goals at a contact point, the store's first page of 100 cases.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Case>> overdueAtContactPointFirstPage() {
        return store.query(CaseQuery.at(nextContactPoint()).dueBy(ScaleSet.TODAY.minusDays(1)), PageRequest.first(100));
    }

    /**
     * Overdue follow-ups and goals at a contact point, the whole answer of {@code CaseService.overdue}
     * page after page of 1,000 cases, with the working days each is overdue.
     *
     * @return the deadlines
     */
    @Benchmark
    public List<Deadline> overdueAtContactPoint() {
        ContactPointId contactPoint = nextContactPoint();
        List<Deadline> all = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
        while (request.isPresent()) {
            Page<Deadline> page = service.overdue(COORDINATOR, contactPoint, request.get());
            all.addAll(page.items());
            request = page.next(PageRequest.MAX_SIZE);
        }
        return all;
    }

    /**
     * Cases in a state at a contact point, the first page of 100.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Case>> byStateAtContactPointFirstPage() {
        ContactPointId contactPoint = nextContactPoint();
        State state = next % 6 == 5 ? CaseWorkflows.CLOSED : ScaleSet.OPEN.get(next % 6);
        return store.query(CaseQuery.at(contactPoint).inState(state), PageRequest.first(100));
    }

    /**
     * The open referrals addressed to an organisation, the first page of 100.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Referral>> openReferralsOfOrganisationFirstPage() {
        next++;
        return store.query(ReferralQuery.to(set.organisations[next % ScaleSet.ORGANISATIONS]).open(), PageRequest.first(100));
    }

    /**
     * The statistics report for a year (1 June 2017 to 31 May 2018) over the whole store, as a coordinator
     * asks for it (an analyst may ask only for calendar years): the store's tallies, which the memory
     * store derives from its queries.
     *
     * @return the report
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public StatisticsReport statisticsReport() {
        return statistics.report(COORDINATOR, ScaleSet.PERIOD);
    }
}
