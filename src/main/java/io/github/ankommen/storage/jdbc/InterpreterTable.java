package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.people.Availability;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.storage.InterpreterQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interpreters: table {@code interpreter}, with {@code interpreter_contact_point},
 * {@code interpreter_language}, {@code interpreter_mode} and {@code interpreter_availability}.
 */
final class InterpreterTable extends RecordTable<InterpreterId, Interpreter, InterpreterTable.Row> {

    InterpreterTable() {
        super(RecordKind.INTERPRETER, "interpreter", "t.display_name, t.professional");
    }

    /** An interpreter being read. */
    static final class Row implements Draft<Interpreter> {
        private InterpreterId id;
        private final Set<ContactPointId> contactPoints = new LinkedHashSet<>();
        private String displayName;
        private final Set<Language> languages = new LinkedHashSet<>();
        private final Set<InterpretingMode> modes = new LinkedHashSet<>();
        private boolean professional;
        private final List<Availability> availability = new ArrayList<>();

        @Override
        public Interpreter toRecord() {
            return new Interpreter(id, contactPoints, displayName, languages, modes, professional, availability);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row r = new Row();
        r.id = InterpreterId.of(row.getString("id"));
        r.displayName = row.getString("display_name");
        r.professional = row.getBoolean("professional");
        return r;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT interpreter_id, contact_point_id FROM interpreter_contact_point "
                + "WHERE interpreter_id = ANY(?) ORDER BY interpreter_id, ordinal", keys, records,
                (r, row) -> r.contactPoints.add(ContactPointId.of(row.getString(2))));
        children(connection, "SELECT interpreter_id, language FROM interpreter_language "
                + "WHERE interpreter_id = ANY(?) ORDER BY interpreter_id, ordinal", keys, records,
                (r, row) -> r.languages.add(Language.of(row.getString(2))));
        children(connection, "SELECT interpreter_id, mode FROM interpreter_mode "
                + "WHERE interpreter_id = ANY(?) ORDER BY interpreter_id, ordinal", keys, records,
                (r, row) -> r.modes.add(InterpretingMode.valueOf(row.getString(2))));
        children(connection, "SELECT interpreter_id, day, available_from, available_until FROM interpreter_availability "
                + "WHERE interpreter_id = ANY(?) ORDER BY interpreter_id, ordinal", keys, records,
                (r, row) -> r.availability.add(Availability.of(DayOfWeek.valueOf(row.getString(2)),
                        getTime(row, "available_from"), getTime(row, "available_until"))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO interpreter (id, version, display_name, professional) VALUES (?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "display_name = ?, professional = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Interpreter interpreter, int index) throws SQLException {
        statement.setString(index, interpreter.displayName());
        statement.setBoolean(index + 1, interpreter.professional());
        return index + 2;
    }

    @Override
    void insertChildren(Connection connection, String key, Interpreter interpreter) throws SQLException {
        insertAll(connection, "INSERT INTO interpreter_contact_point (interpreter_id, ordinal, contact_point_id) "
                + "VALUES (?, ?, ?)", key, interpreter.contactPoints(), (insert, cp) -> insert.setString(3, cp.value()));
        insertAll(connection, "INSERT INTO interpreter_language (interpreter_id, ordinal, language) VALUES (?, ?, ?)",
                key, interpreter.languages(), (insert, language) -> insert.setString(3, language.code()));
        insertAll(connection, "INSERT INTO interpreter_mode (interpreter_id, ordinal, mode) VALUES (?, ?, ?)", key,
                interpreter.modes(), (insert, mode) -> insert.setString(3, mode.name()));
        insertAll(connection, "INSERT INTO interpreter_availability (interpreter_id, ordinal, day, available_from, "
                + "available_until) VALUES (?, ?, ?, ?, ?)", key, interpreter.availability(), (insert, a) -> {
                    insert.setString(3, a.day().name());
                    setTime(insert, 4, a.from());
                    setTime(insert, 5, a.until());
                });
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM interpreter_contact_point WHERE interpreter_id = ?",
                "DELETE FROM interpreter_language WHERE interpreter_id = ?",
                "DELETE FROM interpreter_mode WHERE interpreter_id = ?",
                "DELETE FROM interpreter_availability WHERE interpreter_id = ?");
    }

    @Override
    Filter filter(Query<Interpreter> query) {
        if (!(query instanceof InterpreterQuery interpreters)) {
            throw new IllegalArgumentException("not an interpreter query: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (interpreters.language() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM interpreter_language l WHERE l.interpreter_id = t.id "
                    + "AND l.language = ?)", interpreters.language().code());
        }
        return filter;
    }
}
