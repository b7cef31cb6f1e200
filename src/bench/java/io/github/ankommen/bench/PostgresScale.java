package io.github.ankommen.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ankommen.Ankommen;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Escalation;
import io.github.ankommen.referral.GapReport;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.retention.ClientDataExport;
import io.github.ankommen.retention.ErasureReport;
import io.github.ankommen.retention.RetentionReport;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.testing.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.util.stream.Stream;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.Deque;
import java.util.Comparator;
import java.util.ArrayDeque;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The services over the PostgreSQL store ({@link JdbcStore}) at scale: 10k, 50k and 200k cases of
 * the {@link ScaleSet}, each with its audit entries (1.86), three referrals, follow-ups, goals, a
 * client and a consultation, at 20 contact points; on embedded PostgreSQL (zonky, PostgreSQL 17,
 * fsync off as in the tests), through a HikariCP pool of two connections.
 *
 * <p>Each fork starts its own PostgreSQL and loads its size once, through {@code JdbcStore.apply}
 * in units of {@value #UNIT} cases with all their records, then runs {@code VACUUM ANALYZE}. Between
 * the store and the pool sits a {@link CountingDataSource}: each benchmark reports, beside its time,
 * the statements and rows read per call of its last measured iteration, appended with the load time
 * to {@code ankommen-postgres-scale.tsv} in the temporary directory ({@code target/} under Maven).
 *
 * <p>The statistics report and the gap report are measured beside the hand-written SQL that
 * answers the same figures with plain JDBC {@code GROUP BY} statements in one read-only
 * REPEATABLE READ transaction: the lower bound the library's report is compared with.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresScale {

    /** Cases per unit of work of the load; with their records about 8,000 writes. */
    static final int UNIT = 1000;
    /** The version of the loaded set kept between forks: raise it when {@link ScaleSet} changes. */
    static final int DATA_VERSION = 1;
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Instant NOW = ScaleSet.TODAY.atTime(8, 0).atZone(ScaleSet.ZONE).toInstant();
    /** A month before the first case closed a year ago: a retention run finds nothing due. */
    private static final Instant NOTHING_DUE = Instant.parse("2018-05-01T06:00:00Z");
    /**
     * The day after the first cases' sensitive data fell due (a year after they closed): each
     * retention run with work is a day later, so it has one more day of closed cases to anonymise.
     */
    private static final Instant FIRST_DUE = Instant.parse("2018-06-02T06:00:00Z");
    private static final String DISTRICT = " JOIN contact_point_district d ON d.contact_point_id = t.contact_point_id";

    /** How many cases the database holds. */
    @Param({"10000", "50000", "200000"})
    public int cases;

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private CountingDataSource counting;
    private Ankommen ankommen;
    private Ankommen nothingDue;
    private Ankommen daily;
    private TestClock dailyClock;
    private String benchmark;
    private double loadSeconds;
    private int nextClient;
    private long calls;
    private long statementsPerCall;
    private long rowsPerCall;
    private long measuredCalls;

    /**
     * Starts PostgreSQL on a copy of the loaded scale set of this size, loading it first if no
     * earlier fork has.
     *
     * @param params which benchmark runs, for the counts' file
     * @throws IOException if PostgreSQL does not start or the loaded set cannot be kept
     */
    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws IOException {
        benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "postgres-scale", "v" + DATA_VERSION + "-" + cases);
        Path loaded = directory.resolve("ankommen-load-seconds");
        if (!Files.exists(loaded)) {
            String seconds = String.format(Locale.ROOT, "%.1f", load(directory));
            Files.writeString(loaded, seconds, StandardCharsets.UTF_8);
        }
        loadSeconds = Double.parseDouble(Files.readString(loaded, StandardCharsets.UTF_8));
        postgres = postgres(directory);
        try (Connection connection = postgres.getDatabase("postgres", "template1").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench");
            statement.execute("CREATE DATABASE bench TEMPLATE postgres STRATEGY FILE_COPY");
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the loaded scale set", e);
        }
        pool = pool(postgres.getDatabase("postgres", "bench"));
        counting = new CountingDataSource(pool);
        JdbcStore store = JdbcStore.of(counting);
        ankommen = service(store, TestClock.at(NOW, ScaleSet.ZONE));
        nothingDue = service(store, TestClock.at(NOTHING_DUE, ScaleSet.ZONE));
        dailyClock = TestClock.at(FIRST_DUE, ScaleSet.ZONE);
        daily = service(store, dailyClock);
    }

    private static EmbeddedPostgres postgres(Path directory) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    private static HikariDataSource pool(DataSource database) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    private static Ankommen service(JdbcStore store, TestClock clock) {
        return Ankommen.builder().store(store).clock(clock).zone(ScaleSet.ZONE).build();
    }

    /**
     * Loads the scale set into a new cluster in a directory, through the store, two units at a time
     * (one per connection of the pool), and analyses it; returns the seconds it took.
     */
    private double load(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        long started = System.nanoTime();
        try (EmbeddedPostgres loader = postgres(directory); HikariDataSource loading = pool(loader.getPostgresDatabase())) {
            JdbcStore store = JdbcStore.builder(loading).migrateOnBuild(true).build();
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                Deque<Future<?>> pending = new ArrayDeque<>();
                ScaleSet set = new ScaleSet();
                UnitOfWork.Builder unit = UnitOfWork.builder();
                for (int i = 0; i < ScaleSet.CONTACT_POINTS; i++) {
                    unit.insert(RecordKind.CONTACT_POINT, set.contactPoint(i));
                }
                Random random = new Random(20180604L);
                for (int i = 1; i <= cases; i++) {
                    ScaleSet.Records records = set.recordsOf(i, random);
                    unit.insert(RecordKind.CLIENT, records.client());
                    unit.insert(RecordKind.CASE, records.c());
                    unit.insert(RecordKind.CONSULTATION, records.consultation());
                    for (AuditEntry entry : records.trail()) {
                        unit.insert(RecordKind.AUDIT_ENTRY, entry);
                    }
                    for (Referral referral : records.referrals()) {
                        unit.insert(RecordKind.REFERRAL, referral);
                    }
                    if (i % UNIT == 0 || i == cases) {
                        UnitOfWork full = unit.build();
                        pending.add(writers.submit(() -> store.apply(full)));
                        unit = UnitOfWork.builder();
                        while (pending.size() > 2) {
                            pending.poll().get();
                        }
                    }
                }
                for (Future<?> write : pending) {
                    write.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the load was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the load failed", e.getCause());
            } finally {
                writers.shutdown();
            }
            try (Connection connection = loading.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not analyse the loaded tables", e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%n# load: %d cases in %.1f s%n", cases, seconds);
        return seconds;
    }

    /** Counts each iteration from zero. */
    @Setup(Level.Iteration)
    public void count() {
        counting.reset();
        calls = 0;
    }

    /** Keeps the counts of the iteration per call; the last iteration's are written at the end. */
    @TearDown(Level.Iteration)
    public void counted() {
        if (calls > 0) {
            statementsPerCall = Math.round((double) counting.statements() / calls);
            rowsPerCall = Math.round((double) counting.rows() / calls);
            measuredCalls = calls;
        }
    }

    /**
     * Writes the counts, stops the pool and PostgreSQL.
     *
     * @throws IOException if the counts cannot be written or PostgreSQL does not stop
     */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        String line = String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.1f", benchmark, cases, statementsPerCall,
                rowsPerCall, measuredCalls, loadSeconds);
        System.out.println();
        System.out.println("# counts: benchmark, cases, statements per call, rows read per call, calls in the last "
                + "iteration, load s: " + line);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "ankommen-postgres-scale.tsv"), line + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        pool.close();
        try (Connection connection = postgres.getDatabase("postgres", "template1").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE bench");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the copy of the scale set", e);
        }
        postgres.close();
    }

    /**
     * The statistics report for a year (1 June 2017 to 31 May 2018), as a coordinator asks for it (an
     * analyst may ask only for calendar years).
     *
     * @return the report
     */
    @Benchmark
    public StatisticsReport statisticsReport() {
        calls++;
        return ankommen.statistics().report(COORDINATOR, ScaleSet.PERIOD);
    }

    /**
     * The figures of the statistics report by hand: six {@code GROUP BY} statements, per district,
     * of consultations by channel and by topic, cases opened and their needs, cases closed by outcome
     * with the median days to closure, and referrals requested by need, status and reason.
     *
     * @return the rows
     */
    @Benchmark
    public List<Object[]> statisticsBySql() {
        calls++;
        String zone = ScaleSet.ZONE.getId();
        LocalDate from = ScaleSet.PERIOD.from();
        LocalDate to = ScaleSet.PERIOD.to();
        String closed = CaseWorkflows.CLOSED.name();
        return bySql(
                new Sql("SELECT d.district, t.channel, count(*) FROM consultation t" + DISTRICT
                        + " WHERE t.consulted_on BETWEEN ? AND ? GROUP BY 1, 2", from, to),
                new Sql("SELECT d.district, c.topic, count(*) FROM consultation t"
                        + " JOIN consultation_topic c ON c.consultation_id = t.id" + DISTRICT
                        + " WHERE t.consulted_on BETWEEN ? AND ? GROUP BY 1, 2", from, to),
                new Sql("SELECT d.district, count(*) FROM case_file t" + DISTRICT
                        + " WHERE (t.created_at AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1", zone, from, to),
                new Sql("SELECT d.district, n.need, count(*) FROM case_file t LEFT JOIN case_need n ON n.case_id = t.id"
                        + DISTRICT + " WHERE (t.created_at AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1, 2",
                        zone, from, to),
                new Sql("SELECT d.district, coalesce(t.outcome, ''), count(*), percentile_cont(0.5) WITHIN GROUP "
                        + "(ORDER BY extract(epoch FROM a.at - t.created_at) / 86400) FROM case_file t"
                        + " JOIN audit_entry a ON a.case_id = t.id AND a.to_state = ?" + DISTRICT
                        + " WHERE t.state = ? AND (a.at AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1, 2",
                        closed, closed, zone, from, to),
                new Sql("SELECT d.district, t.need, t.status, coalesce(t.reason, ''), count(*) FROM referral t"
                        + DISTRICT + " WHERE t.requested_at IS NOT NULL"
                        + " AND (t.requested_at AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
                        zone, from, to));
    }

    /**
     * The gap report, as a coordinator sees it.
     *
     * @return the report
     */
    @Benchmark
    public GapReport gapReport() {
        calls++;
        return ankommen.statistics().gapReport(COORDINATOR);
    }

    /**
     * The figures of the gap report by hand: one {@code GROUP BY} statement per district, need and
     * month of the referrals requested, the rejections for no capacity and the median time to
     * acceptance.
     *
     * @return the rows
     */
    @Benchmark
    public List<Object[]> gapReportBySql() {
        calls++;
        return bySql(new Sql("SELECT d.district, t.need, to_char(t.requested_at AT TIME ZONE ?, 'YYYY-MM'), count(*), "
                + "count(*) FILTER (WHERE t.status = ? AND t.reason = ?), percentile_cont(0.5) WITHIN GROUP "
                + "(ORDER BY extract(epoch FROM t.accepted_at - t.requested_at)) FILTER (WHERE t.accepted_at IS NOT NULL) "
                + "FROM referral t" + DISTRICT + " WHERE t.requested_at IS NOT NULL AND t.status <> ? GROUP BY 1, 2, 3",
                ScaleSet.ZONE.getId(), ReferralStatus.REJECTED.name(), ReferralReason.NO_CAPACITY.name(),
                ReferralStatus.ENTERED_IN_ERROR.name()));
    }

    /**
     * The first page of the escalations, overdue by more than three working days, network-wide.
     *
     * @return the page
     */
    @Benchmark
    public Page<Escalation> escalationsFirstPage() {
        calls++;
        return ankommen.cases().escalations(COORDINATOR, 3, PageRequest.first(100));
    }

    /**
     * One client's Art. 15 export, of the next client each call.
     *
     * @return the export
     */
    @Benchmark
    public ClientDataExport exportOneClient() {
        calls++;
        return ankommen.retention().export(COORDINATOR, nextClient());
    }

    /**
     * One client's erasure (Art. 17), of the next client each call, so each call erases.
     *
     * @return what the erasure changed
     */
    @Benchmark
    public ErasureReport eraseOneClient() {
        calls++;
        return ankommen.retention().erase(COORDINATOR, nextClient());
    }

    /**
     * The daily retention run: each call a day after the one before, so it anonymises the cases that
     * closed on one more day a year earlier (about 0.08 % of the cases), besides reading again those
     * handled before.
     *
     * @return what the run changed
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public RetentionReport retentionRunWithWork() {
        calls++;
        dailyClock.advance(Duration.ofDays(1));
        return daily.retention().run(COORDINATOR);
    }

    /**
     * A retention run on a day when nothing is due yet.
     *
     * @return what the run changed: nothing
     */
    @Benchmark
    public RetentionReport retentionRunNothingDue() {
        calls++;
        return nothingDue.retention().run(COORDINATOR);
    }

    private ClientId nextClient() {
        nextClient = nextClient % cases + 1;
        return ClientId.of("client-" + nextClient);
    }

    /** A statement of the hand-written side and the values of its placeholders. */
    private record Sql(String text, Object... values) {
    }

    /** Runs statements in one read-only REPEATABLE READ transaction and returns all their rows. */
    private List<Object[]> bySql(Sql... statements) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = counting.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement begin = connection.createStatement()) {
                    begin.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                for (Sql sql : statements) {
                    try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
                        for (int i = 0; i < sql.values().length; i++) {
                            statement.setObject(i + 1, sql.values()[i]);
                        }
                        try (ResultSet result = statement.executeQuery()) {
                            int columns = result.getMetaData().getColumnCount();
                            while (result.next()) {
                                Object[] row = new Object[columns];
                                for (int c = 0; c < columns; c++) {
                                    row[c] = result.getObject(c + 1);
                                }
                                rows.add(row);
                            }
                        }
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the hand-written statistics failed", e);
        }
        return rows;
    }
}
