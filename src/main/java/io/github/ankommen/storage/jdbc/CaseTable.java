package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
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
import io.github.ankommen.storage.IdleCaseQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.workflow.State;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cases: table {@code case_file} (CASE is an SQL keyword), with needs, goals and their actions,
 * follow-ups and reopenings in child tables. The transfer, at most one, is columns of the case.
 */
final class CaseTable extends RecordTable<CaseId, Case, CaseTable.Row> {

    CaseTable() {
        super(RecordKind.CASE, "case_file", "t.client_id, t.contact_point_id, t.caseworker, t.mentor, t.state, "
                + "t.previous_state, t.outcome, t.transfer_target, t.transfer_requested_by, t.transfer_requested_at, "
                + "t.transfer_reason, t.case_version, t.created_at, t.updated_at");
    }

    /** A case being read. */
    static final class Row implements Draft<Case> {
        private CaseId id;
        private ClientId client;
        private ContactPointId contactPoint;
        private TeamMemberId caseworker;
        private TeamMemberId mentor;
        private final Set<Category> needs = new LinkedHashSet<>();
        private final List<GoalRow> goals = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();
        private State state;
        private State previousState;
        private ClosureOutcome outcome;
        private Transfer transfer;
        private final List<Reopening> reopenings = new ArrayList<>();
        private long version;
        private Instant createdAt;
        private Instant updatedAt;

        @Override
        public Case toRecord() {
            List<Goal> read = new ArrayList<>(goals.size());
            for (GoalRow goal : goals) {
                read.add(new Goal(goal.id, goal.description, goal.actions, goal.targetDate, goal.status, goal.agreedAt));
            }
            return new Case(id, client, contactPoint, caseworker, mentor, needs, read, followUps, state, previousState,
                    outcome, transfer, reopenings, version, createdAt, updatedAt);
        }
    }

    /** A goal being read; its actions come from a table of their own. */
    private static final class GoalRow {
        private final GoalId id;
        private final String description;
        private final LocalDate targetDate;
        private final GoalStatus status;
        private final Instant agreedAt;
        private final List<String> actions = new ArrayList<>();

        GoalRow(GoalId id, String description, LocalDate targetDate, GoalStatus status, Instant agreedAt) {
            this.id = id;
            this.description = description;
            this.targetDate = targetDate;
            this.status = status;
            this.agreedAt = agreedAt;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row c = new Row();
        c.id = CaseId.of(row.getString(1));
        c.client = ClientId.of(row.getString(3));
        c.contactPoint = ContactPointId.of(row.getString(4));
        c.caseworker = TeamMemberId.of(row.getString(5));
        String mentor = row.getString(6);
        c.mentor = mentor == null ? null : TeamMemberId.of(mentor);
        c.state = State.of(row.getString(7));
        String previous = row.getString(8);
        c.previousState = previous == null ? null : State.of(previous);
        String outcome = row.getString(9);
        c.outcome = outcome == null ? null : ClosureOutcome.valueOf(outcome);
        String target = row.getString(10);
        c.transfer = target == null ? null : new Transfer(ContactPointId.of(target), ActorId.of(row.getString(11)),
                getInstant(row, "transfer_requested_at"), row.getString(13));
        c.version = row.getLong(14);
        c.createdAt = getInstant(row, "created_at");
        c.updatedAt = getInstant(row, "updated_at");
        return c;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT case_id, need FROM case_need WHERE case_id = ANY(?) ORDER BY case_id, ordinal",
                keys, records, (c, row) -> c.needs.add(Category.valueOf(row.getString(2))));
        children(connection, "SELECT case_id, goal_id, description, target_date, status, agreed_at FROM case_goal "
                + "WHERE case_id = ANY(?) ORDER BY case_id, ordinal", keys, records,
                (c, row) -> c.goals.add(new GoalRow(GoalId.of(row.getString(2)), row.getString(3),
                        getDate(row, "target_date"), GoalStatus.valueOf(row.getString(5)), getInstant(row, "agreed_at"))));
        // Ordinals are 0, 1, 2, ... in every collection, so a goal's ordinal is its index.
        children(connection, "SELECT case_id, goal_ordinal, action FROM case_goal_action WHERE case_id = ANY(?) "
                + "ORDER BY case_id, goal_ordinal, ordinal", keys, records,
                (c, row) -> c.goals.get(row.getInt(2)).actions.add(row.getString(3)));
        children(connection, "SELECT case_id, follow_up_id, due, note, completed_at FROM case_follow_up "
                + "WHERE case_id = ANY(?) ORDER BY case_id, ordinal", keys, records,
                (c, row) -> c.followUps.add(new FollowUp(FollowUpId.of(row.getString(2)), getDate(row, "due"),
                        row.getString(4), getInstant(row, "completed_at"))));
        children(connection, "SELECT case_id, actor, reopened_at, reason, previous_outcome FROM case_reopening "
                + "WHERE case_id = ANY(?) ORDER BY case_id, ordinal", keys, records, (c, row) -> {
                    String previous = row.getString(5);
                    c.reopenings.add(new Reopening(ActorId.of(row.getString(2)), getInstant(row, "reopened_at"),
                            row.getString(4), previous == null ? null : ClosureOutcome.valueOf(previous)));
                });
    }

    @Override
    String insertSql() {
        return "INSERT INTO case_file (id, version, client_id, contact_point_id, caseworker, mentor, state, "
                + "previous_state, outcome, transfer_target, transfer_requested_by, transfer_requested_at, "
                + "transfer_reason, case_version, created_at, updated_at, earliest_open_deadline) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "client_id = ?, contact_point_id = ?, caseworker = ?, mentor = ?, state = ?, previous_state = ?, "
                + "outcome = ?, transfer_target = ?, transfer_requested_by = ?, transfer_requested_at = ?, "
                + "transfer_reason = ?, case_version = ?, created_at = ?, updated_at = ?, earliest_open_deadline = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Case c, int index) throws SQLException {
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
        setDate(statement, i++, c.earliestOpenDeadline().orElse(null));
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Case c) throws SQLException {
        insertAll(connection, "INSERT INTO case_need (case_id, ordinal, need) VALUES (?, ?, ?)", key, c.needs(),
                (insert, need) -> insert.setString(3, need.name()));
        List<Goal> goals = c.goals();
        insertAll(connection, "INSERT INTO case_goal (case_id, ordinal, goal_id, description, target_date, status, "
                + "agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", key, goals, (insert, goal) -> {
                    insert.setString(3, goal.id().value());
                    insert.setString(4, goal.description());
                    setDate(insert, 5, goal.targetDate());
                    insert.setString(6, goal.status().name());
                    setInstant(insert, 7, goal.agreedAt());
                });
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
        insertAll(connection, "INSERT INTO case_follow_up (case_id, ordinal, follow_up_id, due, note, completed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", key, c.followUps(), (insert, followUp) -> {
                    insert.setString(3, followUp.id().value());
                    setDate(insert, 4, followUp.due());
                    insert.setString(5, followUp.note());
                    setInstant(insert, 6, followUp.completedAt());
                });
        insertAll(connection, "INSERT INTO case_reopening (case_id, ordinal, actor, reopened_at, reason, "
                + "previous_outcome) VALUES (?, ?, ?, ?, ?, ?)", key, c.reopenings(), (insert, reopening) -> {
                    insert.setString(3, reopening.actor().value());
                    setInstant(insert, 4, reopening.at());
                    insert.setString(5, reopening.reason());
                    insert.setString(6, reopening.previousOutcome() == null ? null : reopening.previousOutcome().name());
                });
    }

    @Override
    List<String> childDeletes() {
        // Deleting the goals deletes their actions (ON DELETE CASCADE).
        return List.of("DELETE FROM case_need WHERE case_id = ?", "DELETE FROM case_goal WHERE case_id = ?",
                "DELETE FROM case_follow_up WHERE case_id = ?", "DELETE FROM case_reopening WHERE case_id = ?");
    }

    @Override
    Filter filter(Query<Case> query) {
        if (query instanceof IdleCaseQuery idle) {
            return Filter.none().and("t.state = ?", idle.state().name()).and("t.updated_at < ?", idle.changedBefore());
        }
        if (!(query instanceof CaseQuery cases)) {
            throw new IllegalArgumentException("not a query of cases: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (cases.contactPoint() != null) {
            filter = filter.and("t.contact_point_id = ?", cases.contactPoint().value());
        }
        if (cases.state() != null) {
            filter = filter.and("t.state = ?", cases.state().name());
        }
        if (cases.client() != null) {
            filter = filter.and("t.client_id = ?", cases.client().value());
        }
        if (cases.dueBy() != null) {
            // Case.earliestOpenDeadline(), kept in a column when the case is written; NULL never matches.
            filter = filter.and("t.earliest_open_deadline <= ?", cases.dueBy());
        }
        return filter;
    }
}
