package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.Role;
import io.github.ankommen.storage.ChangeQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The change log: table {@code change_record}, one row per entry, without child tables. The id's
 * parts are columns of their own too, so that a record's changes and an actor's changes are each one
 * indexed lookup.
 */
final class ChangeRecordTable extends RecordTable<ChangeRecordId, ChangeRecord, ChangeRecordTable.Row> {

    ChangeRecordTable() {
        super(RecordKind.CHANGE_RECORD, "change_record",
                "t.record_kind, t.record_key, t.record_version, t.actor, t.role, t.at, t.action, t.reason");
    }

    /** A change record being read. */
    static final class Row implements Draft<ChangeRecord> {
        private ChangeRecord change;

        @Override
        public ChangeRecord toRecord() {
            return change;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row r = new Row();
        r.change = new ChangeRecord(
                ChangeRecordId.of(row.getString("record_kind"), row.getString("record_key"), row.getLong("record_version")),
                ActorId.of(row.getString("actor")), Role.valueOf(row.getString("role")), getInstant(row, "at"),
                row.getString("action"), row.getString("reason"));
        return r;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO change_record (id, version, record_kind, record_key, record_version, actor, role, at, "
                + "action, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "record_kind = ?, record_key = ?, record_version = ?, actor = ?, role = ?, at = ?, action = ?, "
                + "reason = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, ChangeRecord change, int index) throws SQLException {
        int i = index;
        statement.setString(i++, change.id().recordKind());
        statement.setString(i++, change.id().recordKey());
        statement.setLong(i++, change.id().version());
        statement.setString(i++, change.actor().value());
        statement.setString(i++, change.role().name());
        setInstant(statement, i++, change.at());
        statement.setString(i++, change.action());
        statement.setString(i++, change.reason());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, ChangeRecord change) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<ChangeRecord> query) {
        if (query instanceof ChangeQuery ofRecord) {
            return Filter.none().and("t.record_kind = ?", ofRecord.recordKind()).and("t.record_key = ?", ofRecord.recordKey());
        }
        if (query instanceof OwnedQuery<?>) {
            return owned(query, ActorId.class, "t.actor = ?", ActorId::value);
        }
        throw new IllegalArgumentException("not a query of change records: " + query.getClass().getName());
    }
}
