package io.github.ankommen.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.casework.Reopening;
import io.github.ankommen.casework.Transfer;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.workflow.State;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PostgreSQL store ({@link JdbcStore}) against plain JDBC that runs the same statements, in the
 * same transactions, on the same embedded PostgreSQL (zonky, PostgreSQL 17, started by each fork
 * with fsync off as in the tests) through the same connection pool (HikariCP, two connections).
 *
 * <p>Three operations, each once through the store and once by hand:
 *
 * <ul>
 *   <li>insert: a new case and its opening audit entry in one unit of work (what opening a case
 *       writes);
 *   <li>update: a case moved to its next state at the version last seen, and its audit entry, in one
 *       unit (what a transition writes);
 *   <li>query: the cases in a state at a contact point, the first page of 100
 *       ({@code CaseQuery.at(cp).inState(s)}), with every child row, as records.
 * </ul>
 *
 * <p>The hand-written side mirrors the store's SQL text (the {@code storage/jdbc} tables): for a
 * write, READ COMMITTED, one prepared statement per parent row and one batch per child table, the
 * update's {@code WHERE id = ? AND version = ?} and its deletes of the child rows; for a read,
 * READ ONLY REPEATABLE READ, the parent page with {@code LIMIT 101} and one {@code = ANY(?)} query per
 * child table. It builds the same {@link Case} records from the rows, and the same records go in.
 * What it leaves out is the store's own work: units of work and their checks, the mapping per record
 * kind, the versioned results, the exception handling.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PostgresStore {

    static final int CONTACT_POINTS = 20;
    static final int UNIT = 500;
    static final List<State> STATES = List.of(CaseWorkflows.INTAKE, CaseWorkflows.ASSESSMENT, CaseWorkflows.PLANNING,
            CaseWorkflows.LINKING, CaseWorkflows.MONITORING, CaseWorkflows.CLOSED);
    static final ActorId CASEWORKER = ActorId.of("cw-1");
    static final Instant START = Instant.parse("2018-06-04T06:00:00Z");

    private static final String CASE_COLUMNS = "t.id, t.version, t.client_id, t.contact_point_id, t.caseworker, "
            + "t.mentor, t.state, t.previous_state, t.outcome, t.transfer_target, t.transfer_requested_by, "
            + "t.transfer_requested_at, t.transfer_reason, t.case_version, t.created_at, t.updated_at";

    /** How many cases the database holds before the measurement. */
    @Param({"10000"})
    public int cases;

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private JdbcStore store;
    private final ContactPointId[] contactPoints = new ContactPointId[CONTACT_POINTS];
    /** The loaded cases as last written, with their row versions: what the updates start from. */
    private Case[] current;
    private long[] versions;
    private int next;
    private long inserted;

    /**
     * Starts PostgreSQL, migrates the schema and loads the cases.
     *
     * @throws IOException if PostgreSQL does not start
     */
    @Setup(Level.Trial)
    public void start() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(2);
        pool = new HikariDataSource(config);
        store = JdbcStore.builder(pool).migrateOnBuild(true).build();
        for (int i = 0; i < CONTACT_POINTS; i++) {
            contactPoints[i] = ContactPointId.of("cp-" + i);
        }
        Random random = new Random(20180604L);
        current = new Case[cases];
        versions = new long[cases];
        UnitOfWork.Builder unit = UnitOfWork.builder();
        for (int i = 0; i < cases; i++) {
            current[i] = caseOf("case-" + i, random);
            versions[i] = 1;
            unit.insert(RecordKind.CASE, current[i]);
            if ((i + 1) % UNIT == 0 || i == cases - 1) {
                store.apply(unit.build());
                unit = UnitOfWork.builder();
            }
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not analyse the loaded tables", e);
        }
    }

    /**
     * Stops the pool and PostgreSQL.
     *
     * @throws IOException if PostgreSQL does not stop
     */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        pool.close();
        postgres.close();
    }

    private Case caseOf(String id, Random random) {
        State state = STATES.get(random.nextInt(STATES.size()));
        boolean closed = state.equals(CaseWorkflows.CLOSED);
        Instant created = Instant.parse("2017-06-01T08:00:00Z").plusSeconds(random.nextInt(86_400 * 360));
        List<FollowUp> followUps = new ArrayList<>(2);
        for (int f = 1 + random.nextInt(2); f > 0; f--) {
            followUps.add(new FollowUp(FollowUpId.of(id + "-fu-" + f), LocalDate.of(2018, 6, 4)
                    .plusDays(random.nextInt(361) - 60), random.nextBoolean() ? null : "Termin Jobcenter",
                    closed ? created : null));
        }
        List<Goal> goals = random.nextBoolean() ? List.of(new Goal(GoalId.of(id + "-goal"), "Deutschkurs B1 abschließen",
                List.of("anmelden"), LocalDate.of(2018, 9, 1), closed ? GoalStatus.REACHED : GoalStatus.OPEN, created))
                : List.of();
        Category[] all = Category.values();
        return new Case(CaseId.of(id), ClientId.of("client-" + id), contactPoints[random.nextInt(CONTACT_POINTS)],
                TeamMemberId.of("tm-" + random.nextInt(100)), null,
                EnumSet.of(all[random.nextInt(all.length)], all[random.nextInt(all.length)]), goals, followUps, state,
                closed ? CaseWorkflows.MONITORING : null, closed ? ClosureOutcome.GOALS_REACHED : null, null, List.of(),
                1, created, created);
    }

    /** A new case, as opening writes it, and its opening entry. */
    private Case newCase() {
        inserted++;
        String id = "new-" + inserted;
        Instant at = START.plusNanos(inserted * 1_000);
        return new Case(CaseId.of(id), ClientId.of("client-" + id), contactPoints[(int) (inserted % CONTACT_POINTS)],
                TeamMemberId.of("tm-1"), null, Set.of(Category.LANGUAGE_COURSE), List.of(),
                List.of(new FollowUp(FollowUpId.of(id + "-fu"), LocalDate.of(2018, 6, 18), null, null)),
                CaseWorkflows.INTAKE, null, null, null, List.of(), 1, at, at);
    }

    private static AuditEntry opening(Case c) {
        return new AuditEntry(c.id(), 1, CASEWORKER, Role.CASEWORKER, c.createdAt(), null, c.state(),
                CaseWorkflows.OPEN, null);
    }

    /** The next loaded case moved on by one state (closed goes back to intake), as a transition writes it. */
    private int moveNext() {
        next = (next + 1) % cases;
        Case c = current[next];
        State to = STATES.get((STATES.indexOf(c.state()) + 1) % STATES.size());
        Instant at = c.updatedAt().plusSeconds(60);
        current[next] = new Case(c.id(), c.client(), c.contactPoint(), c.caseworker(), c.mentor(), c.needs(), c.goals(),
                c.followUps(), to, c.state(), to.equals(CaseWorkflows.CLOSED) ? ClosureOutcome.GOALS_REACHED : null,
                null, c.reopenings(), c.version() + 1, c.createdAt(), at);
        return next;
    }

    private static AuditEntry entryOf(Case before, Case after) {
        return new AuditEntry(after.id(), after.version(), CASEWORKER, Role.CASEWORKER, after.updatedAt(),
                before.state(), after.state(), "move", null);
    }

    private CaseQuery nextQuery() {
        next++;
        return CaseQuery.at(contactPoints[next % CONTACT_POINTS]).inState(STATES.get(next % STATES.size()));
    }

    // The store

    /**
     * Inserts a case and its opening audit entry through the store.
     *
     * @return the case
     */
    @Benchmark
    public Case storeInsert() {
        Case c = newCase();
        store.apply(UnitOfWork.builder().insert(RecordKind.CASE, c).insert(RecordKind.AUDIT_ENTRY, opening(c)).build());
        return c;
    }

    /**
     * Moves a case on by one state through the store: the case at its version and an audit entry.
     *
     * @return the case
     */
    @Benchmark
    public Case storeUpdate() {
        Case before = current[(next + 1) % cases];
        int i = moveNext();
        store.apply(UnitOfWork.builder().update(RecordKind.CASE, current[i], versions[i])
                .insert(RecordKind.AUDIT_ENTRY, entryOf(before, current[i])).build());
        versions[i]++;
        return current[i];
    }

    /**
     * The cases in a state at a contact point through the store, the first page of 100.
     *
     * @return the page
     */
    @Benchmark
    public Page<Versioned<Case>> storeQuery() {
        return store.query(nextQuery(), PageRequest.first(100));
    }

    // Plain JDBC

    /**
     * Inserts a case and its opening audit entry with plain JDBC.
     *
     * @return the case
     * @throws SQLException if the database fails
     */
    @Benchmark
    public Case jdbcInsert() throws SQLException {
        Case c = newCase();
        try (Connection connection = pool.getConnection()) {
            begin(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            try {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_CASE)) {
                    insert.setString(1, c.id().value());
                    insert.setLong(2, 1);
                    bindCase(insert, c, 3);
                    insert.executeUpdate();
                }
                insertChildren(connection, c);
                insertEntry(connection, opening(c));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return c;
    }

    /**
     * Moves a case on by one state with plain JDBC: the case at its version and an audit entry.
     *
     * @return the case
     * @throws SQLException if the database fails, or the case is not at the expected version
     */
    @Benchmark
    public Case jdbcUpdate() throws SQLException {
        Case before = current[(next + 1) % cases];
        int i = moveNext();
        Case c = current[i];
        try (Connection connection = pool.getConnection()) {
            begin(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            try {
                try (PreparedStatement update = connection.prepareStatement(UPDATE_CASE)) {
                    int index = bindCase(update, c, 1);
                    update.setString(index, c.id().value());
                    update.setLong(index + 1, versions[i]);
                    if (update.executeUpdate() == 0) {
                        throw new IllegalStateException("case " + c.id() + " is not at version " + versions[i]);
                    }
                }
                for (String delete : CHILD_DELETES) {
                    try (PreparedStatement statement = connection.prepareStatement(delete)) {
                        statement.setString(1, c.id().value());
                        statement.executeUpdate();
                    }
                }
                insertChildren(connection, c);
                insertEntry(connection, entryOf(before, c));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        versions[i]++;
        return c;
    }

    /**
     * The cases in a state at a contact point with plain JDBC, the first page of 100.
     *
     * @return the cases, at most 100
     * @throws SQLException if the database fails
     */
    @Benchmark
    public List<Case> jdbcQuery() throws SQLException {
        CaseQuery query = nextQuery();
        try (Connection connection = pool.getConnection()) {
            begin(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            try {
                Map<String, Draft> drafts = new LinkedHashMap<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT " + CASE_COLUMNS
                        + " FROM case_file t WHERE t.contact_point_id = ? AND t.state = ? ORDER BY t.id LIMIT ?")) {
                    select.setString(1, query.contactPoint().value());
                    select.setString(2, query.state().name());
                    select.setInt(3, 101);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            drafts.put(rows.getString(1), Draft.of(rows));
                        }
                    }
                }
                if (!drafts.isEmpty()) {
                    readChildren(connection, drafts);
                }
                connection.commit();
                List<Case> found = new ArrayList<>(drafts.size());
                for (Draft draft : drafts.values()) {
                    if (found.size() == 100) {
                        break;
                    }
                    found.add(draft.toCase());
                }
                return found;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    // The hand-written SQL, the same text as the store's.

    private static final String INSERT_CASE = "INSERT INTO case_file (id, version, client_id, contact_point_id, "
            + "caseworker, mentor, state, previous_state, outcome, transfer_target, transfer_requested_by, "
            + "transfer_requested_at, transfer_reason, case_version, created_at, updated_at, earliest_open_deadline) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_CASE = "UPDATE case_file SET client_id = ?, contact_point_id = ?, "
            + "caseworker = ?, mentor = ?, state = ?, previous_state = ?, outcome = ?, transfer_target = ?, "
            + "transfer_requested_by = ?, transfer_requested_at = ?, transfer_reason = ?, case_version = ?, "
            + "created_at = ?, updated_at = ?, earliest_open_deadline = ?, version = version + 1 "
            + "WHERE id = ? AND version = ?";
    private static final List<String> CHILD_DELETES = List.of("DELETE FROM case_need WHERE case_id = ?",
            "DELETE FROM case_goal WHERE case_id = ?", "DELETE FROM case_follow_up WHERE case_id = ?",
            "DELETE FROM case_reopening WHERE case_id = ?");
    private static final String INSERT_ENTRY = "INSERT INTO audit_entry (id, version, case_id, case_version, actor, "
            + "role, at, from_state, to_state, transition, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void begin(Connection connection, String isolation) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(isolation);
        }
    }

    private static int bindCase(PreparedStatement statement, Case c, int index) throws SQLException {
        int i = index;
        statement.setString(i++, c.client().value());
        statement.setString(i++, c.contactPoint().value());
        statement.setString(i++, c.caseworker().value());
        statement.setString(i++, c.mentor() == null ? null : c.mentor().value());
        statement.setString(i++, c.state().name());
        statement.setString(i++, c.previousState() == null ? null : c.previousState().name());
        statement.setString(i++, c.outcome() == null ? null : c.outcome().name());
        Transfer transfer = c.transfer();
        statement.setString(i++, transfer == null ? null : transfer.target().value());
        statement.setString(i++, transfer == null ? null : transfer.requestedBy().value());
        setInstant(statement, i++, transfer == null ? null : transfer.requestedAt());
        statement.setString(i++, transfer == null ? null : transfer.reason());
        statement.setLong(i++, c.version());
        setInstant(statement, i++, c.createdAt());
        setInstant(statement, i++, c.updatedAt());
        LocalDate deadline = c.earliestOpenDeadline().orElse(null);
        if (deadline == null) {
            statement.setNull(i++, Types.DATE);
        } else {
            statement.setObject(i++, deadline);
        }
        return i;
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void insertChildren(Connection connection, Case c) throws SQLException {
        String key = c.id().value();
        if (!c.needs().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_need (case_id, ordinal, need) VALUES (?, ?, ?)")) {
                int ordinal = 0;
                for (Category need : c.needs()) {
                    insert.setString(1, key);
                    insert.setInt(2, ordinal++);
                    insert.setString(3, need.name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        List<Goal> goals = c.goals();
        if (!goals.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_goal (case_id, ordinal, "
                    + "goal_id, description, target_date, status, agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int ordinal = 0;
                for (Goal goal : goals) {
                    insert.setString(1, key);
                    insert.setInt(2, ordinal++);
                    insert.setString(3, goal.id().value());
                    insert.setString(4, goal.description());
                    insert.setObject(5, goal.targetDate());
                    insert.setString(6, goal.status().name());
                    setInstant(insert, 7, goal.agreedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (goals.stream().anyMatch(goal -> !goal.actions().isEmpty())) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_goal_action "
                        + "(case_id, goal_ordinal, ordinal, action) VALUES (?, ?, ?, ?)")) {
                    for (int g = 0; g < goals.size(); g++) {
                        int ordinal = 0;
                        for (String action : goals.get(g).actions()) {
                            insert.setString(1, key);
                            insert.setInt(2, g);
                            insert.setInt(3, ordinal++);
                            insert.setString(4, action);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        if (!c.followUps().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_follow_up (case_id, "
                    + "ordinal, follow_up_id, due, note, completed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                int ordinal = 0;
                for (FollowUp followUp : c.followUps()) {
                    insert.setString(1, key);
                    insert.setInt(2, ordinal++);
                    insert.setString(3, followUp.id().value());
                    insert.setObject(4, followUp.due());
                    insert.setString(5, followUp.note());
                    setInstant(insert, 6, followUp.completedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!c.reopenings().isEmpty()) {
            throw new IllegalStateException("the benchmark's cases are never reopened");
        }
    }

    private static void insertEntry(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
            insert.setString(1, RecordKind.AUDIT_ENTRY.key(entry.id()));
            insert.setLong(2, 1);
            insert.setString(3, entry.caseId().value());
            insert.setLong(4, entry.version());
            insert.setString(5, entry.actor().value());
            insert.setString(6, entry.role().name());
            setInstant(insert, 7, entry.at());
            insert.setString(8, entry.from() == null ? null : entry.from().name());
            insert.setString(9, entry.to().name());
            insert.setString(10, entry.transition());
            insert.setString(11, entry.reason());
            insert.executeUpdate();
        }
    }

    /** One query per child table for all cases of the page, as the store reads them. */
    private static void readChildren(Connection connection, Map<String, Draft> drafts) throws SQLException {
        Array keys = connection.createArrayOf("varchar", drafts.keySet().toArray());
        try {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT case_id, need FROM case_need WHERE case_id = ANY(?) ORDER BY case_id, ordinal")) {
                select.setArray(1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        drafts.get(rows.getString(1)).needs.add(Category.valueOf(rows.getString(2)));
                    }
                }
            }
            Map<String, List<List<String>>> actions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT case_id, goal_id, description, "
                    + "target_date, status, agreed_at FROM case_goal WHERE case_id = ANY(?) ORDER BY case_id, ordinal")) {
                select.setArray(1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        drafts.get(rows.getString(1)).goals.add(new Object[] {rows.getString(2), rows.getString(3),
                            rows.getObject(4, LocalDate.class), rows.getString(5), instant(rows, 6)});
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT case_id, goal_ordinal, action "
                    + "FROM case_goal_action WHERE case_id = ANY(?) ORDER BY case_id, goal_ordinal, ordinal")) {
                select.setArray(1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<List<String>> ofCase = actions.computeIfAbsent(rows.getString(1), k -> new ArrayList<>());
                        int goal = rows.getInt(2);
                        while (ofCase.size() <= goal) {
                            ofCase.add(new ArrayList<>());
                        }
                        ofCase.get(goal).add(rows.getString(3));
                    }
                }
            }
            actions.forEach((key, ofCase) -> drafts.get(key).actions.addAll(ofCase));
            try (PreparedStatement select = connection.prepareStatement("SELECT case_id, follow_up_id, due, note, "
                    + "completed_at FROM case_follow_up WHERE case_id = ANY(?) ORDER BY case_id, ordinal")) {
                select.setArray(1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        drafts.get(rows.getString(1)).followUps.add(new FollowUp(FollowUpId.of(rows.getString(2)),
                                rows.getObject(3, LocalDate.class), rows.getString(4), instant(rows, 5)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT case_id, actor, reopened_at, reason, "
                    + "previous_outcome FROM case_reopening WHERE case_id = ANY(?) ORDER BY case_id, ordinal")) {
                select.setArray(1, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String previous = rows.getString(5);
                        drafts.get(rows.getString(1)).reopenings.add(new Reopening(ActorId.of(rows.getString(2)),
                                instant(rows, 3), rows.getString(4), previous == null ? null
                                        : ClosureOutcome.valueOf(previous)));
                    }
                }
            }
        } finally {
            keys.free();
        }
    }

    /** A case being read by hand. */
    private static final class Draft {
        private String id;
        private long caseVersion;
        private String client;
        private String contactPoint;
        private String caseworker;
        private String mentor;
        private String state;
        private String previousState;
        private String outcome;
        private String transferTarget;
        private String transferBy;
        private Instant transferAt;
        private String transferReason;
        private Instant createdAt;
        private Instant updatedAt;
        private final Set<Category> needs = new LinkedHashSet<>();
        private final List<Object[]> goals = new ArrayList<>();
        private final List<List<String>> actions = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();
        private final List<Reopening> reopenings = new ArrayList<>();

        static Draft of(ResultSet row) throws SQLException {
            Draft d = new Draft();
            d.id = row.getString(1);
            d.client = row.getString(3);
            d.contactPoint = row.getString(4);
            d.caseworker = row.getString(5);
            d.mentor = row.getString(6);
            d.state = row.getString(7);
            d.previousState = row.getString(8);
            d.outcome = row.getString(9);
            d.transferTarget = row.getString(10);
            d.transferBy = row.getString(11);
            d.transferAt = instant(row, 12);
            d.transferReason = row.getString(13);
            d.caseVersion = row.getLong(14);
            d.createdAt = instant(row, 15);
            d.updatedAt = instant(row, 16);
            return d;
        }

        Case toCase() {
            List<Goal> read = new ArrayList<>(goals.size());
            for (int g = 0; g < goals.size(); g++) {
                Object[] goal = goals.get(g);
                read.add(new Goal(GoalId.of((String) goal[0]), (String) goal[1],
                        g < actions.size() ? actions.get(g) : List.of(), (LocalDate) goal[2],
                        GoalStatus.valueOf((String) goal[3]), (Instant) goal[4]));
            }
            return new Case(CaseId.of(id), ClientId.of(client), ContactPointId.of(contactPoint),
                    TeamMemberId.of(caseworker), mentor == null ? null : TeamMemberId.of(mentor), needs, read, followUps,
                    State.of(state), previousState == null ? null : State.of(previousState),
                    outcome == null ? null : ClosureOutcome.valueOf(outcome),
                    transferTarget == null ? null : new Transfer(ContactPointId.of(transferTarget),
                            ActorId.of(transferBy), transferAt, transferReason),
                    reopenings, caseVersion, createdAt, updatedAt);
        }
    }
}
