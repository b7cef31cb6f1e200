package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.InterpreterAnswer;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Interpreter requests: table {@code interpreter_request}, one row each. */
final class InterpreterRequestTable
        extends RecordTable<InterpreterRequestId, InterpreterRequest, InterpreterRequestTable.Row> {

    InterpreterRequestTable() {
        super(RecordKind.INTERPRETER_REQUEST, "interpreter_request", "t.interpreter_id, t.contact_point_id, t.language, "
                + "t.mode, t.start_local, t.minutes, t.appointment_id, t.consultation_id, t.answer_by, t.answer, "
                + "t.answered_at, t.requested_by, t.requested_at");
    }

    /** A request being read: its row holds it whole. */
    static final class Row implements Draft<InterpreterRequest> {
        private InterpreterRequest record;

        @Override
        public InterpreterRequest toRecord() {
            return record;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row r = new Row();
        String appointment = row.getString("appointment_id");
        String consultation = row.getString("consultation_id");
        r.record = new InterpreterRequest(InterpreterRequestId.of(row.getString("id")),
                InterpreterId.of(row.getString("interpreter_id")), ContactPointId.of(row.getString("contact_point_id")),
                Language.of(row.getString("language")), InterpretingMode.valueOf(row.getString("mode")),
                row.getObject("start_local", LocalDateTime.class), row.getInt("minutes"),
                appointment == null ? null : AppointmentId.of(appointment),
                consultation == null ? null : ConsultationId.of(consultation), getInstant(row, "answer_by"),
                InterpreterAnswer.valueOf(row.getString("answer")), getInstant(row, "answered_at"),
                ActorId.of(row.getString("requested_by")), getInstant(row, "requested_at"));
        return r;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO interpreter_request (id, version, interpreter_id, contact_point_id, language, mode, "
                + "start_local, minutes, appointment_id, consultation_id, answer_by, answer, answered_at, requested_by, "
                + "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "interpreter_id = ?, contact_point_id = ?, language = ?, mode = ?, start_local = ?, minutes = ?, "
                + "appointment_id = ?, consultation_id = ?, answer_by = ?, answer = ?, answered_at = ?, "
                + "requested_by = ?, requested_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, InterpreterRequest r, int index) throws SQLException {
        int i = index;
        statement.setString(i++, r.interpreter().value());
        statement.setString(i++, r.contactPoint().value());
        statement.setString(i++, r.language().code());
        statement.setString(i++, r.mode().name());
        statement.setObject(i++, r.start());
        statement.setInt(i++, r.minutes());
        statement.setString(i++, r.appointment() == null ? null : r.appointment().value());
        statement.setString(i++, r.consultation() == null ? null : r.consultation().value());
        setInstant(statement, i++, r.answerBy());
        statement.setString(i++, r.answer().name());
        setInstant(statement, i++, r.answeredAt());
        statement.setString(i++, r.requestedBy().value());
        setInstant(statement, i++, r.requestedAt());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, InterpreterRequest r) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<InterpreterRequest> query) {
        return owned(query, ContactPointId.class, "t.contact_point_id = ?", ContactPointId::value);
    }
}
