package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.BookedSlot;
import io.github.ankommen.people.BookedSlotId;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places taken at appointment times: table {@code booked_slot}, whose row is the id and the
 * version that bookings race for, with {@code booked_slot_appointment} and {@code booked_slot_advisor}.
 */
final class BookedSlotTable extends RecordTable<BookedSlotId, BookedSlot, BookedSlotTable.Row> {

    BookedSlotTable() {
        super(RecordKind.BOOKED_SLOT, "booked_slot", "1");
    }

    /** A slot being read. */
    static final class Row implements Draft<BookedSlot> {
        private BookedSlotId id;
        private final List<AppointmentId> appointments = new ArrayList<>();
        private final Set<TeamMemberId> advisors = new LinkedHashSet<>();

        @Override
        public BookedSlot toRecord() {
            return new BookedSlot(id, appointments, advisors);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row s = new Row();
        s.id = BookedSlotId.parse(row.getString("id"));
        return s;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT booked_slot_id, appointment_id FROM booked_slot_appointment "
                + "WHERE booked_slot_id = ANY(?) ORDER BY booked_slot_id, ordinal", keys, records,
                (s, row) -> s.appointments.add(AppointmentId.of(row.getString(2))));
        children(connection, "SELECT booked_slot_id, advisor FROM booked_slot_advisor "
                + "WHERE booked_slot_id = ANY(?) ORDER BY booked_slot_id, ordinal", keys, records,
                (s, row) -> s.advisors.add(TeamMemberId.of(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO booked_slot (id, version) VALUES (?, ?)";
    }

    @Override
    String updateSetSql() {
        return "id = id";
    }

    @Override
    int bindParent(PreparedStatement statement, BookedSlot slot, int index) {
        return index;
    }

    @Override
    void insertChildren(Connection connection, String key, BookedSlot slot) throws SQLException {
        insertAll(connection, "INSERT INTO booked_slot_appointment (booked_slot_id, ordinal, appointment_id) "
                + "VALUES (?, ?, ?)", key, slot.appointments(), (insert, id) -> insert.setString(3, id.value()));
        insertAll(connection, "INSERT INTO booked_slot_advisor (booked_slot_id, ordinal, advisor) VALUES (?, ?, ?)",
                key, slot.advisors(), (insert, advisor) -> insert.setString(3, advisor.value()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM booked_slot_appointment WHERE booked_slot_id = ?",
                "DELETE FROM booked_slot_advisor WHERE booked_slot_id = ?");
    }

    @Override
    Filter filter(Query<BookedSlot> query) {
        throw new IllegalArgumentException("booked slots are found by id; there is no query of them");
    }
}
