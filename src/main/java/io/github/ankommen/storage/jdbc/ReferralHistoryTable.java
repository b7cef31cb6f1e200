package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralHistoryId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.Side;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The history of referrals: table {@code referral_history}, one row per entry and no child tables.
 * Ids are {@link ReferralHistoryId#key()}, so a referral's entries sort by version.
 */
final class ReferralHistoryTable extends RecordTable<ReferralHistoryId, ReferralHistoryEntry, ReferralHistoryTable.Row> {

    ReferralHistoryTable() {
        super(RecordKind.REFERRAL_HISTORY, "referral_history", "t.referral_id, t.referral_version, t.actor, t.role, "
                + "t.side, t.at, t.from_status, t.to_status, t.action, t.reason, t.note");
    }

    /** A history entry, read whole from its row. */
    static final class Row implements Draft<ReferralHistoryEntry> {
        private final ReferralHistoryEntry entry;

        Row(ReferralHistoryEntry entry) {
            this.entry = entry;
        }

        @Override
        public ReferralHistoryEntry toRecord() {
            return entry;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        String side = row.getString("side");
        String from = row.getString("from_status");
        String reason = row.getString("reason");
        return new Row(new ReferralHistoryEntry(ReferralId.of(row.getString("referral_id")),
                row.getLong("referral_version"), ActorId.of(row.getString("actor")), Role.valueOf(row.getString("role")),
                side == null ? null : Side.valueOf(side), getInstant(row, "at"),
                from == null ? null : ReferralStatus.valueOf(from), ReferralStatus.valueOf(row.getString("to_status")),
                ReferralAction.valueOf(row.getString("action")), reason == null ? null : ReferralReason.valueOf(reason),
                row.getString("note")));
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO referral_history (id, version, referral_id, referral_version, actor, role, side, at, "
                + "from_status, to_status, action, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "referral_id = ?, referral_version = ?, actor = ?, role = ?, side = ?, at = ?, from_status = ?, "
                + "to_status = ?, action = ?, reason = ?, note = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, ReferralHistoryEntry entry, int index) throws SQLException {
        int i = index;
        statement.setString(i++, entry.referral().value());
        statement.setLong(i++, entry.version());
        statement.setString(i++, entry.actor().value());
        statement.setString(i++, entry.role().name());
        statement.setString(i++, entry.side() == null ? null : entry.side().name());
        setInstant(statement, i++, entry.at());
        statement.setString(i++, entry.from() == null ? null : entry.from().name());
        statement.setString(i++, entry.to().name());
        statement.setString(i++, entry.action().name());
        statement.setString(i++, entry.reason() == null ? null : entry.reason().name());
        statement.setString(i++, entry.note());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, ReferralHistoryEntry entry) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<ReferralHistoryEntry> query) {
        return owned(query, ReferralId.class, "t.referral_id = ?", ReferralId::value);
    }
}
