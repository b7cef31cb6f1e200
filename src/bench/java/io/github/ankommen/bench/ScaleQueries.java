package io.github.ankommen.bench;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.StatisticsService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.statistics.ReportingPeriod;
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
import java.util.Map;
import java.util.Optional;
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
 * 60 days before "today" (Monday 4 June 2018) to 300 days after; with each case its audit trail as
 * far as the statistics read it (the opening entry, and one entry for the transition into the
 * case's state unless it is still in intake) and three referrals, addressed to 20 organisations, in
 * every status (about two thirds open). The trial's setup loads them through {@code Store.apply} in
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
    private static final Actor ANALYST = Actor.analyst(ActorId.of("analyst"));
    private static final ActorId CASEWORKER = ActorId.of("cw-1");

    static final int CONTACT_POINTS = 20;
    static final int ORGANISATIONS = 20;
    static final int REFERRALS_PER_CASE = 3;
    /** Cases per unit of work; with their audit entries and referrals about 1,450 writes. */
    static final int UNIT = 250;
    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final List<State> OPEN = List.of(CaseWorkflows.INTAKE, CaseWorkflows.ASSESSMENT, CaseWorkflows.PLANNING,
            CaseWorkflows.LINKING, CaseWorkflows.MONITORING);
    /** The transition that leads into each state but intake, for the audit entry of the last change. */
    static final Map<State, String> INTO = Map.of(CaseWorkflows.ASSESSMENT, CaseWorkflows.ASSESS,
            CaseWorkflows.PLANNING, CaseWorkflows.PLAN, CaseWorkflows.LINKING, CaseWorkflows.LINK,
            CaseWorkflows.MONITORING, CaseWorkflows.MONITOR, CaseWorkflows.CLOSED, CaseWorkflows.CLOSE);
    static final Map<State, State> FROM = Map.of(CaseWorkflows.ASSESSMENT, CaseWorkflows.INTAKE,
            CaseWorkflows.PLANNING, CaseWorkflows.ASSESSMENT, CaseWorkflows.LINKING, CaseWorkflows.PLANNING,
            CaseWorkflows.MONITORING, CaseWorkflows.LINKING, CaseWorkflows.CLOSED, CaseWorkflows.MONITORING);
    /**
     * How the referrals' statuses are spread, in hundredths: 10 draft, 20 requested, 15 accepted, 15
     * in progress, 5 on hold (65 open), 20 completed, 8 rejected, 4 failed, 3 cancelled.
     */
    static final ReferralStatus[] STATUS_SPREAD = spread();
    static final Set<DataCategory> SHARED = Set.of(DataCategory.BASIC);
    static final ReferralOutcome ENROLLED = ReferralOutcome.of(ReferralOutcome.Kind.ENROLLED_IN_COURSE);
    static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2017, 6, 1), LocalDate.of(2018, 5, 31), ZONE);

    /** How many cases the store holds; three referrals per case. */
    @Param({"10000", "100000", "1000000"})
    public int cases;

    private MemoryStore store;
    private CaseService service;
    private StatisticsService statistics;
    private final ContactPointId[] contactPoints = new ContactPointId[CONTACT_POINTS];
    private final OrganisationId[] organisations = new OrganisationId[ORGANISATIONS];
    private int next;

    private static ReferralStatus[] spread() {
        ReferralStatus[] spread = new ReferralStatus[100];
        int at = 0;
        Object[][] shares = {{ReferralStatus.DRAFT, 10}, {ReferralStatus.REQUESTED, 20}, {ReferralStatus.ACCEPTED, 15},
            {ReferralStatus.IN_PROGRESS, 15}, {ReferralStatus.ON_HOLD, 5}, {ReferralStatus.COMPLETED, 20},
            {ReferralStatus.REJECTED, 8}, {ReferralStatus.FAILED, 4}, {ReferralStatus.CANCELLED, 3}};
        for (Object[] share : shares) {
            for (int i = 0; i < (Integer) share[1]; i++) {
                spread[at++] = (ReferralStatus) share[0];
            }
        }
        return spread;
    }

    /**
     * Loads the cases, their audit entries and referrals, and reports the heap they retain.
     *
     * @throws IOException if the report cannot be appended to the file beside the results
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        for (int i = 0; i < CONTACT_POINTS; i++) {
            contactPoints[i] = ContactPointId.of("cp-" + i);
        }
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations[i] = OrganisationId.of("org-" + i);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = retained(memory);
        long started = System.nanoTime();
        store = new MemoryStore();
        Random random = new Random(20180604L);
        UnitOfWork.Builder unit = UnitOfWork.builder();
        long entries = 0;
        long referrals = 0;
        for (int i = 1; i <= cases; i++) {
            Case c = caseOf(i, random);
            unit.insert(RecordKind.CASE, c);
            for (AuditEntry entry : trailOf(c)) {
                unit.insert(RecordKind.AUDIT_ENTRY, entry);
                entries++;
            }
            TransferBasis basis = TransferBasis.consent(ConsentId.of("consent-" + i));
            for (int r = 1; r <= REFERRALS_PER_CASE; r++) {
                unit.insert(RecordKind.REFERRAL, referralOf(c, r, basis, random));
                referrals++;
            }
            if (i % UNIT == 0 || i == cases) {
                store.apply(unit.build());
                unit = UnitOfWork.builder();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = retained(memory);
        Ankommen ankommen = Ankommen.builder()
                .store(store)
                .clock(TestClock.at(TODAY.atTime(8, 0).atZone(ZONE).toInstant(), ZONE))
                .zone(ZONE)
                .build();
        service = ankommen.cases();
        statistics = ankommen.statistics();
        String line = String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%.1f\t%d", cases, entries, referrals,
                (after - before) / (1024.0 * 1024.0), seconds, (after - before) / cases);
        System.out.println();
        System.out.println("# scale: cases, audit entries, referrals, retained heap MiB, load s, bytes per case "
                + "(with its records): " + line);
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
        long version = state.equals(CaseWorkflows.INTAKE) ? 1 : 2;
        return new Case(CaseId.of("case-" + i), ClientId.of("client-" + i),
                contactPoints[random.nextInt(CONTACT_POINTS)], TeamMemberId.of("tm-" + random.nextInt(100)), null,
                needs, goals, followUps, state, closed ? CaseWorkflows.MONITORING : null,
                closed ? ClosureOutcome.GOALS_REACHED : null, null, List.of(), version, created, updated);
    }

    /**
     * The case's audit trail as the statistics read it: the opening entry, and the entry of the
     * transition into its state (a shortened trail: the states in between are left out).
     */
    private static List<AuditEntry> trailOf(Case c) {
        AuditEntry opened = new AuditEntry(c.id(), 1, CASEWORKER, Role.CASEWORKER, c.createdAt(), null,
                CaseWorkflows.INTAKE, CaseWorkflows.OPEN, null);
        if (c.state().equals(CaseWorkflows.INTAKE)) {
            return List.of(opened);
        }
        return List.of(opened, new AuditEntry(c.id(), 2, CASEWORKER, Role.CASEWORKER, c.updatedAt(),
                FROM.get(c.state()), c.state(), INTO.get(c.state()), null));
    }

    private Referral referralOf(Case c, int r, TransferBasis consent, Random random) {
        ReferralStatus status = STATUS_SPREAD[random.nextInt(STATUS_SPREAD.length)];
        int organisation = random.nextInt(ORGANISATIONS);
        Instant created = c.createdAt().plusSeconds(86_400L * (1 + random.nextInt(30)));
        boolean requested = status != ReferralStatus.DRAFT;
        Instant requestedAt = requested ? created.plusSeconds(3_600) : null;
        boolean accepted = switch (status) {
            case ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> true;
            default -> false;
        };
        Instant acceptedAt = accepted ? created.plusSeconds(86_400L * (1 + random.nextInt(10))) : null;
        Instant updated = accepted ? acceptedAt.plusSeconds(86_400L * random.nextInt(20)) : requested ? requestedAt
                : created;
        ReferralReason reason = switch (status) {
            case REJECTED -> random.nextBoolean() ? ReferralReason.NO_CAPACITY : ReferralReason.NOT_ELIGIBLE;
            case FAILED -> ReferralReason.CLIENT_DID_NOT_ATTEND;
            case CANCELLED -> ReferralReason.CLIENT_DECLINED;
            default -> null;
        };
        Category need = c.needs().iterator().next();
        return new Referral(ReferralId.of(c.id().value() + "-r" + r), c.id(), c.client(), c.contactPoint(),
                OfferId.of("offer-" + organisation + "-" + need.ordinal()), organisations[organisation], need, SHARED,
                "Vermittlung in ein Angebot", status, reason, null,
                status == ReferralStatus.COMPLETED ? ENROLLED : null, requested ? consent : null, null, requestedAt,
                requested ? LocalDate.ofInstant(requestedAt, ZONE).plusDays(14) : null, acceptedAt, updated, 1, created,
                updated);
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
        State state = next % 6 == 5 ? CaseWorkflows.CLOSED : OPEN.get(next % 6);
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
        return store.query(ReferralQuery.to(organisations[next % ORGANISATIONS]).open(), PageRequest.first(100));
    }

    /**
     * The statistics report for a year (1 June 2017 to 31 May 2018) over the whole store, as an analyst
     * asks for it: it reads every case, each case's audit trail and every referral.
     *
     * @return the report
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public StatisticsReport statisticsReport() {
        return statistics.report(ANALYST, PERIOD);
    }
}
