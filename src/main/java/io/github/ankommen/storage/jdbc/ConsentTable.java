package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Consents: table {@code consent}, with the data categories in {@code consent_category}. */
final class ConsentTable extends RecordTable<ConsentId, Consent, ConsentTable.Row> {

    ConsentTable() {
        super(RecordKind.CONSENT, "consent", "t.client_id, t.recipient, t.purpose, t.obtained_by, t.obtained_at, "
                + "t.valid_from, t.valid_until, t.withdrawn_at");
    }

    /** A consent being read. */
    static final class Row implements Draft<Consent> {
        private ConsentId id;
        private ClientId client;
        private final Set<DataCategory> categories = new LinkedHashSet<>();
        private OrganisationId recipient;
        private String purpose;
        private ActorId obtainedBy;
        private Instant obtainedAt;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private Instant withdrawnAt;

        @Override
        public Consent toRecord() {
            return new Consent(id, client, categories, recipient, purpose, obtainedBy, obtainedAt, validFrom, validUntil,
                    withdrawnAt);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row c = new Row();
        c.id = ConsentId.of(row.getString("id"));
        c.client = ClientId.of(row.getString("client_id"));
        c.recipient = OrganisationId.of(row.getString("recipient"));
        c.purpose = row.getString("purpose");
        c.obtainedBy = ActorId.of(row.getString("obtained_by"));
        c.obtainedAt = getInstant(row, "obtained_at");
        c.validFrom = getDate(row, "valid_from");
        c.validUntil = getDate(row, "valid_until");
        c.withdrawnAt = getInstant(row, "withdrawn_at");
        return c;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT consent_id, category FROM consent_category WHERE consent_id = ANY(?) "
                + "ORDER BY consent_id, ordinal", keys, records,
                (c, row) -> c.categories.add(DataCategory.valueOf(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO consent (id, version, client_id, recipient, purpose, obtained_by, obtained_at, valid_from, "
                + "valid_until, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "client_id = ?, recipient = ?, purpose = ?, obtained_by = ?, obtained_at = ?, valid_from = ?, "
                + "valid_until = ?, withdrawn_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Consent consent, int index) throws SQLException {
        int i = index;
        statement.setString(i++, consent.client().value());
        statement.setString(i++, consent.recipient().value());
        statement.setString(i++, consent.purpose());
        statement.setString(i++, consent.obtainedBy().value());
        setInstant(statement, i++, consent.obtainedAt());
        setDate(statement, i++, consent.validFrom());
        setDate(statement, i++, consent.validUntil());
        setInstant(statement, i++, consent.withdrawnAt());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Consent consent) throws SQLException {
        insertAll(connection, "INSERT INTO consent_category (consent_id, ordinal, category) VALUES (?, ?, ?)", key,
                consent.categories(), (insert, category) -> insert.setString(3, category.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM consent_category WHERE consent_id = ?");
    }

    @Override
    Filter filter(Query<Consent> query) {
        if (query instanceof ConsentExpiryQuery expiry) {
            // The partial index consent_expiry_idx holds exactly the rows of the first two conditions.
            return Filter.none().and("t.withdrawn_at IS NULL AND t.valid_until IS NOT NULL AND t.valid_until < ?",
                    expiry.endedBefore());
        }
        return owned(query, ClientId.class, "t.client_id = ?", ClientId::value);
    }
}
