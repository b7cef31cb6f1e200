package io.github.ankommen.storage.jdbc;

import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Clients: table {@code client}, with {@code client_language}. */
final class ClientTable extends RecordTable<ClientId, Client, ClientTable.Row> {

    ClientTable() {
        super(RecordKind.CLIENT, "client", "t.pseudonym, t.first_name_or_initials, t.birth_year, t.birth_quarter, "
                + "t.arrival_year, t.arrival_month, t.household_size, t.residence_status, t.health_notes, "
                + "t.registered_at");
    }

    /** A client being read. */
    static final class Row implements Draft<Client> {
        private ClientId id;
        private String pseudonym;
        private String firstNameOrInitials;
        private Year birthYear;
        private Integer birthQuarter;
        private final Set<Language> languages = new LinkedHashSet<>();
        private YearMonth arrival;
        private Integer householdSize;
        private SensitiveData sensitive;
        private ContactPointId registeredAt;

        @Override
        public Client toRecord() {
            return new Client(id, pseudonym, new BasicData(firstNameOrInitials, birthYear, birthQuarter, languages,
                    arrival, householdSize), sensitive, registeredAt);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row client = new Row();
        client.id = ClientId.of(row.getString(1));
        client.pseudonym = row.getString(3);
        client.firstNameOrInitials = row.getString(4);
        Integer birthYear = getInteger(row, "birth_year");
        client.birthYear = birthYear == null ? null : Year.of(birthYear);
        client.birthQuarter = getInteger(row, "birth_quarter");
        Integer arrivalYear = getInteger(row, "arrival_year");
        client.arrival = arrivalYear == null ? null : YearMonth.of(arrivalYear, row.getInt("arrival_month"));
        client.householdSize = getInteger(row, "household_size");
        String residence = row.getString("residence_status");
        client.sensitive = new SensitiveData(residence == null ? null : ResidenceStatus.valueOf(residence),
                row.getString("health_notes"));
        String registeredAt = row.getString("registered_at");
        client.registeredAt = registeredAt == null ? null : ContactPointId.of(registeredAt);
        return client;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT client_id, language FROM client_language WHERE client_id = ANY(?) "
                + "ORDER BY client_id, ordinal", keys, records,
                (client, row) -> client.languages.add(Language.of(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO client (id, version, pseudonym, first_name_or_initials, birth_year, birth_quarter, "
                + "arrival_year, arrival_month, household_size, residence_status, health_notes, registered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "pseudonym = ?, first_name_or_initials = ?, birth_year = ?, birth_quarter = ?, arrival_year = ?, "
                + "arrival_month = ?, household_size = ?, residence_status = ?, health_notes = ?, registered_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Client client, int index) throws SQLException {
        BasicData basic = client.basic();
        SensitiveData sensitive = client.sensitive();
        int i = index;
        statement.setString(i++, client.pseudonym());
        statement.setString(i++, basic.firstNameOrInitials());
        setInteger(statement, i++, basic.birthYear() == null ? null : basic.birthYear().getValue());
        setInteger(statement, i++, basic.birthQuarter());
        setInteger(statement, i++, basic.arrival() == null ? null : basic.arrival().getYear());
        setInteger(statement, i++, basic.arrival() == null ? null : basic.arrival().getMonthValue());
        setInteger(statement, i++, basic.householdSize());
        statement.setString(i++, sensitive.residenceStatus() == null ? null : sensitive.residenceStatus().name());
        statement.setString(i++, sensitive.healthNotes());
        statement.setString(i++, client.registeredAt() == null ? null : client.registeredAt().value());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Client client) throws SQLException {
        insertAll(connection, "INSERT INTO client_language (client_id, ordinal, language) VALUES (?, ?, ?)", key,
                client.basic().languages(), (insert, language) -> insert.setString(3, language.code()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM client_language WHERE client_id = ?");
    }

    @Override
    Filter filter(Query<Client> query) {
        // No query type selects clients yet: a store reads them by id.
        throw new IllegalArgumentException("no query of clients is known: " + query.getClass().getName());
    }
}
