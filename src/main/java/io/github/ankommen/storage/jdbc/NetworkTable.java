package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.District;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.PhaseStatus;
import io.github.ankommen.network.RolloutPhase;
import io.github.ankommen.storage.NetworkQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Networks: table {@code network}, with {@code network_district}, {@code network_phase} and the
 * phases' districts in {@code network_phase_district}.
 */
final class NetworkTable extends RecordTable<NetworkId, Network, NetworkTable.Row> {

    NetworkTable() {
        super(RecordKind.NETWORK, "network", "t.name, t.zone");
    }

    /** A network being read. */
    static final class Row implements Draft<Network> {
        private NetworkId id;
        private String name;
        private ZoneId zone;
        private final Set<District> districts = new LinkedHashSet<>();
        private final List<Phase> phases = new ArrayList<>();

        @Override
        public Network toRecord() {
            List<RolloutPhase> rollout = new ArrayList<>(phases.size());
            for (Phase phase : phases) {
                rollout.add(new RolloutPhase(phase.id, phase.name, phase.year, phase.districts, phase.status));
            }
            return new Network(id, name, zone, districts, rollout);
        }
    }

    /** A rollout phase being read; its districts come from a table of their own. */
    private static final class Phase {
        private final PhaseId id;
        private final String name;
        private final Year year;
        private final PhaseStatus status;
        private final Set<District> districts = new LinkedHashSet<>();

        Phase(PhaseId id, String name, Year year, PhaseStatus status) {
            this.id = id;
            this.name = name;
            this.year = year;
            this.status = status;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row network = new Row();
        network.id = NetworkId.of(row.getString(1));
        network.name = row.getString(3);
        network.zone = ZoneId.of(row.getString(4));
        return network;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT network_id, district FROM network_district WHERE network_id = ANY(?) "
                + "ORDER BY network_id, ordinal", keys, records,
                (network, row) -> network.districts.add(District.of(row.getString(2))));
        children(connection, "SELECT network_id, phase_id, name, year, status FROM network_phase "
                + "WHERE network_id = ANY(?) ORDER BY network_id, ordinal", keys, records,
                (network, row) -> network.phases.add(new Phase(PhaseId.of(row.getString(2)), row.getString(3),
                        Year.of(row.getInt(4)), PhaseStatus.valueOf(row.getString(5)))));
        // Ordinals are 0, 1, 2, ... in every collection, so a phase's ordinal is its index.
        children(connection, "SELECT network_id, phase_ordinal, district FROM network_phase_district "
                + "WHERE network_id = ANY(?) ORDER BY network_id, phase_ordinal, ordinal", keys, records,
                (network, row) -> network.phases.get(row.getInt(2)).districts.add(District.of(row.getString(3))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO network (id, version, name, zone) VALUES (?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "name = ?, zone = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Network network, int index) throws SQLException {
        statement.setString(index, network.name());
        statement.setString(index + 1, network.zone().getId());
        return index + 2;
    }

    @Override
    void insertChildren(Connection connection, String key, Network network) throws SQLException {
        insertAll(connection, "INSERT INTO network_district (network_id, ordinal, district) VALUES (?, ?, ?)", key,
                network.districts(), (insert, district) -> insert.setString(3, district.name()));
        List<RolloutPhase> phases = network.phases();
        insertAll(connection, "INSERT INTO network_phase (network_id, ordinal, phase_id, name, year, status) "
                + "VALUES (?, ?, ?, ?, ?, ?)", key, phases, (insert, phase) -> {
                    insert.setString(3, phase.id().value());
                    insert.setString(4, phase.name());
                    insert.setInt(5, phase.year().getValue());
                    insert.setString(6, phase.status().name());
                });
        if (phases.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO network_phase_district "
                + "(network_id, phase_ordinal, ordinal, district) VALUES (?, ?, ?, ?)")) {
            for (int p = 0; p < phases.size(); p++) {
                int ordinal = 0;
                for (District district : phases.get(p).districts()) {
                    insert.setString(1, key);
                    insert.setInt(2, p);
                    insert.setInt(3, ordinal++);
                    insert.setString(4, district.name());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    List<String> childDeletes() {
        // Deleting the phases deletes their districts (ON DELETE CASCADE).
        return List.of("DELETE FROM network_district WHERE network_id = ?",
                "DELETE FROM network_phase WHERE network_id = ?");
    }

    @Override
    Filter filter(Query<Network> query) {
        if (!(query instanceof NetworkQuery)) {
            throw new IllegalArgumentException("not a query of networks: " + query.getClass().getName());
        }
        return Filter.none();
    }
}
