package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.AppointmentStatus;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.VolunteerId;
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

/** Appointments: table {@code appointment}, one row each; the start is a local {@code timestamp}. */
final class AppointmentTable extends RecordTable<AppointmentId, Appointment, AppointmentTable.Row> {

    AppointmentTable() {
        super(RecordKind.APPOINTMENT, "appointment", "t.contact_point_id, t.start_local, t.minutes, t.case_id, "
                + "t.language, t.advisor, t.interpreter_id, t.volunteer_id, t.status, t.changed_by, t.changed_at");
    }

    /** An appointment being read: its row holds it whole. */
    static final class Row implements Draft<Appointment> {
        private Appointment record;

        @Override
        public Appointment toRecord() {
            return record;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row a = new Row();
        String caseId = row.getString("case_id");
        String language = row.getString("language");
        String advisor = row.getString("advisor");
        String interpreter = row.getString("interpreter_id");
        String volunteer = row.getString("volunteer_id");
        a.record = new Appointment(AppointmentId.of(row.getString("id")),
                ContactPointId.of(row.getString("contact_point_id")), row.getObject("start_local", LocalDateTime.class),
                row.getInt("minutes"), caseId == null ? null : CaseId.of(caseId),
                language == null ? null : Language.of(language), advisor == null ? null : TeamMemberId.of(advisor),
                interpreter == null ? null : InterpreterId.of(interpreter),
                volunteer == null ? null : VolunteerId.of(volunteer), AppointmentStatus.valueOf(row.getString("status")),
                ActorId.of(row.getString("changed_by")), getInstant(row, "changed_at"));
        return a;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) {
        // no child tables
    }

    @Override
    String insertSql() {
        return "INSERT INTO appointment (id, version, contact_point_id, start_local, minutes, case_id, language, advisor, "
                + "interpreter_id, volunteer_id, status, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "contact_point_id = ?, start_local = ?, minutes = ?, case_id = ?, language = ?, advisor = ?, "
                + "interpreter_id = ?, volunteer_id = ?, status = ?, changed_by = ?, changed_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Appointment a, int index) throws SQLException {
        int i = index;
        statement.setString(i++, a.contactPoint().value());
        statement.setObject(i++, a.start());
        statement.setInt(i++, a.minutes());
        statement.setString(i++, a.caseId() == null ? null : a.caseId().value());
        statement.setString(i++, a.language() == null ? null : a.language().code());
        statement.setString(i++, a.advisor() == null ? null : a.advisor().value());
        statement.setString(i++, a.interpreter() == null ? null : a.interpreter().value());
        statement.setString(i++, a.volunteer() == null ? null : a.volunteer().value());
        statement.setString(i++, a.status().name());
        statement.setString(i++, a.changedBy().value());
        setInstant(statement, i++, a.changedAt());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Appointment a) {
        // no child tables
    }

    @Override
    List<String> childDeletes() {
        return List.of();
    }

    @Override
    Filter filter(Query<Appointment> query) {
        return owned(query, ContactPointId.class, "t.contact_point_id = ?", ContactPointId::value);
    }
}
