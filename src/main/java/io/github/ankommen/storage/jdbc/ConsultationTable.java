package io.github.ankommen.storage.jdbc;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Consultations: table {@code consultation}, with {@code consultation_topic}. */
final class ConsultationTable extends RecordTable<ConsultationId, Consultation, ConsultationTable.Row> {

    ConsultationTable() {
        super(RecordKind.CONSULTATION, "consultation",
                "t.contact_point_id, t.consulted_on, t.language, t.channel, t.client_id, t.case_id");
    }

    /** A consultation being read. */
    static final class Row implements Draft<Consultation> {
        private ConsultationId id;
        private ContactPointId contactPoint;
        private LocalDate date;
        private final Set<Category> topics = new LinkedHashSet<>();
        private Language language;
        private Channel channel;
        private ClientId client;
        private CaseId caseId;

        @Override
        public Consultation toRecord() {
            return new Consultation(id, contactPoint, date, topics, language, channel, client, caseId);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row consultation = new Row();
        consultation.id = ConsultationId.of(row.getString(1));
        consultation.contactPoint = ContactPointId.of(row.getString(3));
        consultation.date = getDate(row, "consulted_on");
        consultation.language = Language.of(row.getString(5));
        consultation.channel = Channel.valueOf(row.getString(6));
        String client = row.getString(7);
        consultation.client = client == null ? null : ClientId.of(client);
        String caseId = row.getString(8);
        consultation.caseId = caseId == null ? null : CaseId.of(caseId);
        return consultation;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT consultation_id, topic FROM consultation_topic WHERE consultation_id = ANY(?) "
                + "ORDER BY consultation_id, ordinal", keys, records,
                (consultation, row) -> consultation.topics.add(Category.valueOf(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO consultation (id, version, contact_point_id, consulted_on, language, channel, client_id, "
                + "case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "contact_point_id = ?, consulted_on = ?, language = ?, channel = ?, client_id = ?, case_id = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Consultation consultation, int index) throws SQLException {
        int i = index;
        statement.setString(i++, consultation.contactPoint().value());
        setDate(statement, i++, consultation.date());
        statement.setString(i++, consultation.language().code());
        statement.setString(i++, consultation.channel().name());
        statement.setString(i++, consultation.client() == null ? null : consultation.client().value());
        statement.setString(i++, consultation.caseId() == null ? null : consultation.caseId().value());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Consultation consultation) throws SQLException {
        insertAll(connection, "INSERT INTO consultation_topic (consultation_id, ordinal, topic) VALUES (?, ?, ?)",
                key, consultation.topics(), (insert, topic) -> insert.setString(3, topic.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM consultation_topic WHERE consultation_id = ?");
    }

    @Override
    Filter filter(Query<Consultation> query) {
        if (query instanceof OwnedQuery<?>) {
            // An anonymous consultation has a NULL client, which equals no owner.
            return owned(query, ClientId.class, "t.client_id = ?", ClientId::value);
        }
        if (!(query instanceof ConsultationQuery consultations)) {
            throw new IllegalArgumentException("not a query of consultations: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (consultations.contactPoint() != null) {
            filter = filter.and("t.contact_point_id = ?", consultations.contactPoint().value());
        }
        if (consultations.from() != null) {
            filter = filter.and("t.consulted_on >= ?", consultations.from());
        }
        if (consultations.to() != null) {
            filter = filter.and("t.consulted_on <= ?", consultations.to());
        }
        return filter;
    }
}
