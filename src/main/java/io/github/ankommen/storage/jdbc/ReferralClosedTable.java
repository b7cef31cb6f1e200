package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralClosedId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
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
 * The notes in a case's history that a referral ended: table {@code referral_closed}, one row per
 * note and no child tables. Ids are {@link ReferralClosedId#key()}.
 */
final class ReferralClosedTable extends RecordTable<ReferralClosedId, ReferralClosed, ReferralClosedTable.Row> {

    ReferralClosedTable() {
        super(RecordKind.REFERRAL_CLOSED, "referral_closed", "t.case_id, t.referral_id, t.offer_id, t.recipient, "
                + "t.need, t.status, t.reason, t.outcome, t.actor, t.at");
    }

    /** A note, read whole from its row. */
    static final class Row implements Draft<ReferralClosed> {
        private final ReferralClosed closed;

        Row(ReferralClosed closed) {
            this.closed = closed;
        }

        @Override
        public ReferralClosed toRecord() {
            return closed;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        String reason = row.getString("reason");
        String outcome = row.getString("outcome");
        return new Row(new ReferralClosed(CaseId.of(row.getString("case_id")),
                ReferralId.of(row.getString("referral_id")), OfferId.of(row.getString("offer_id")),
                OrganisationId.of(row.getString("recipient")), Category.valueOf(row.getString("need")),
                ReferralStatus.valueOf(row.getString("status")), reason == null ? null : ReferralReason.valueOf(reason),
                outcome == null ? null : ReferralOutcome.Kind.valueOf(outcome), ActorId.of(row.getString("actor")),
                getInstant(row, "at")));
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO referral_closed (id, version, case_id, referral_id, offer_id, recipient, need, status, "
                + "reason, outcome, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "case_id = ?, referral_id = ?, offer_id = ?, recipient = ?, need = ?, status = ?, reason = ?, "
                + "outcome = ?, actor = ?, at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, ReferralClosed closed, int index) throws SQLException {
        int i = index;
        statement.setString(i++, closed.caseId().value());
        statement.setString(i++, closed.referral().value());
        statement.setString(i++, closed.offer().value());
        statement.setString(i++, closed.recipient().value());
        statement.setString(i++, closed.need().name());
        statement.setString(i++, closed.status().name());
        statement.setString(i++, closed.reason() == null ? null : closed.reason().name());
        statement.setString(i++, closed.outcome() == null ? null : closed.outcome().name());
        statement.setString(i++, closed.actor().value());
        setInstant(statement, i++, closed.at());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, ReferralClosed closed) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<ReferralClosed> query) {
        return owned(query, CaseId.class, "t.case_id = ?", CaseId::value);
    }
}
