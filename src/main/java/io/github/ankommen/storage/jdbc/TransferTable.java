package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The transfer ledger: table {@code transfer}, with the data categories in {@code transfer_category}. */
final class TransferTable extends RecordTable<TransferId, TransferRecord, TransferTable.Row> {

    TransferTable() {
        super(RecordKind.TRANSFER, "transfer", "t.referral_id, t.client_id, t.recipient, t.purpose, t.at, t.basis, "
                + "t.reference");
    }

    /** A transfer record being read. */
    static final class Row implements Draft<TransferRecord> {
        private TransferId id;
        private ReferralId referral;
        private ClientId client;
        private OrganisationId recipient;
        private final Set<DataCategory> categories = new LinkedHashSet<>();
        private String purpose;
        private Instant at;
        private TransferBasis.Kind basis;
        private String reference;

        @Override
        public TransferRecord toRecord() {
            return new TransferRecord(id, referral, client, recipient, categories, purpose, at, basis, reference);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row t = new Row();
        t.id = TransferId.of(row.getString("id"));
        t.referral = ReferralId.of(row.getString("referral_id"));
        t.client = ClientId.of(row.getString("client_id"));
        t.recipient = OrganisationId.of(row.getString("recipient"));
        t.purpose = row.getString("purpose");
        t.at = getInstant(row, "at");
        t.basis = TransferBasis.Kind.valueOf(row.getString("basis"));
        t.reference = row.getString("reference");
        return t;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT transfer_id, category FROM transfer_category WHERE transfer_id = ANY(?) "
                + "ORDER BY transfer_id, ordinal", keys, records,
                (t, row) -> t.categories.add(DataCategory.valueOf(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO transfer (id, version, referral_id, client_id, recipient, purpose, at, basis, reference) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "referral_id = ?, client_id = ?, recipient = ?, purpose = ?, at = ?, basis = ?, reference = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, TransferRecord transfer, int index) throws SQLException {
        int i = index;
        statement.setString(i++, transfer.referral().value());
        statement.setString(i++, transfer.client().value());
        statement.setString(i++, transfer.recipient().value());
        statement.setString(i++, transfer.purpose());
        setInstant(statement, i++, transfer.at());
        statement.setString(i++, transfer.basis().name());
        statement.setString(i++, transfer.reference());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, TransferRecord transfer) throws SQLException {
        insertAll(connection, "INSERT INTO transfer_category (transfer_id, ordinal, category) VALUES (?, ?, ?)", key,
                transfer.categories(), (insert, category) -> insert.setString(3, category.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM transfer_category WHERE transfer_id = ?");
    }

    @Override
    Filter filter(Query<TransferRecord> query) {
        return owned(query, ClientId.class, "t.client_id = ?", ClientId::value);
    }
}
