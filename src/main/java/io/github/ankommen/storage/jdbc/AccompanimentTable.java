package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.AccompanimentId;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Accompaniments: table {@code accompaniment}, one row each. */
final class AccompanimentTable extends RecordTable<AccompanimentId, Accompaniment, AccompanimentTable.Row> {

    AccompanimentTable() {
        super(RecordKind.ACCOMPANIMENT, "accompaniment", "t.volunteer_id, t.contact_point_id, t.case_id, "
                + "t.referral_id, t.offer_id, t.destination, t.day, t.minutes, t.client_consented, t.recorded_by, "
                + "t.recorded_at");
    }

    /** An accompaniment being read: its row holds it whole. */
    static final class Row implements Draft<Accompaniment> {
        private Accompaniment record;

        @Override
        public Accompaniment toRecord() {
            return record;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row a = new Row();
        String caseId = row.getString("case_id");
        String referral = row.getString("referral_id");
        String offer = row.getString("offer_id");
        a.record = new Accompaniment(AccompanimentId.of(row.getString("id")),
                VolunteerId.of(row.getString("volunteer_id")), ContactPointId.of(row.getString("contact_point_id")),
                caseId == null ? null : CaseId.of(caseId), referral == null ? null : ReferralId.of(referral),
                offer == null ? null : OfferId.of(offer), row.getString("destination"), getDate(row, "day"),
                row.getInt("minutes"), row.getBoolean("client_consented"), ActorId.of(row.getString("recorded_by")),
                getInstant(row, "recorded_at"));
        return a;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO accompaniment (id, version, volunteer_id, contact_point_id, case_id, referral_id, offer_id, "
                + "destination, day, minutes, client_consented, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "volunteer_id = ?, contact_point_id = ?, case_id = ?, referral_id = ?, offer_id = ?, destination = ?, "
                + "day = ?, minutes = ?, client_consented = ?, recorded_by = ?, recorded_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Accompaniment a, int index) throws SQLException {
        int i = index;
        statement.setString(i++, a.volunteer().value());
        statement.setString(i++, a.contactPoint().value());
        statement.setString(i++, a.caseId() == null ? null : a.caseId().value());
        statement.setString(i++, a.referral() == null ? null : a.referral().value());
        statement.setString(i++, a.offer() == null ? null : a.offer().value());
        statement.setString(i++, a.destination());
        setDate(statement, i++, a.date());
        statement.setInt(i++, a.minutes());
        statement.setBoolean(i++, a.clientConsented());
        statement.setString(i++, a.recordedBy().value());
        setInstant(statement, i++, a.recordedAt());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Accompaniment a) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<Accompaniment> query) {
        return owned(query, ContactPointId.class, "t.contact_point_id = ?", ContactPointId::value);
    }
}
