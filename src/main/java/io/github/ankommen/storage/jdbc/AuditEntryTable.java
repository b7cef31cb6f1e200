package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.AuditEntryId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.workflow.State;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Audit entries: table {@code audit_entry}, one row per entry and no child tables. */
final class AuditEntryTable extends RecordTable<AuditEntryId, AuditEntry, AuditEntryTable.Row> {

    AuditEntryTable() {
        super(RecordKind.AUDIT_ENTRY, "audit_entry", "t.case_id, t.case_version, t.actor, t.role, t.at, t.from_state, "
                + "t.to_state, t.transition, t.reason");
    }

    /** An audit entry, read whole from its row. */
    static final class Row implements Draft<AuditEntry> {
        private final AuditEntry entry;

        Row(AuditEntry entry) {
            this.entry = entry;
        }

        @Override
        public AuditEntry toRecord() {
            return entry;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        String from = row.getString(8);
        return new Row(new AuditEntry(CaseId.of(row.getString(3)), row.getLong(4), ActorId.of(row.getString(5)),
                Role.valueOf(row.getString(6)), getInstant(row, "at"), from == null ? null : State.of(from),
                State.of(row.getString(9)), row.getString(10), row.getString(11)));
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO audit_entry (id, version, case_id, case_version, actor, role, at, from_state, to_state, "
                + "transition, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "case_id = ?, case_version = ?, actor = ?, role = ?, at = ?, from_state = ?, to_state = ?, "
                + "transition = ?, reason = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, AuditEntry entry, int index) throws SQLException {
        int i = index;
        statement.setString(i++, entry.caseId().value());
        statement.setLong(i++, entry.version());
        statement.setString(i++, entry.actor().value());
        statement.setString(i++, entry.role().name());
        setInstant(statement, i++, entry.at());
        statement.setString(i++, entry.from() == null ? null : entry.from().name());
        statement.setString(i++, entry.to().name());
        statement.setString(i++, entry.transition());
        statement.setString(i++, entry.reason());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, AuditEntry entry) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<AuditEntry> query) {
        if (!(query instanceof AuditQuery entries)) {
            throw new IllegalArgumentException("not a query of audit entries: " + query.getClass().getName());
        }
        return Filter.none().and("t.case_id = ?", entries.caseId().value());
    }
}
