package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.Category;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.pathway.PathwayStep;
import io.github.ankommen.storage.PathwayQuery;
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
 * Pathway templates: table {@code pathway}, with the steps in {@code pathway_step} and each step's
 * prerequisites in {@code pathway_step_prerequisite}.
 */
final class PathwayTable extends RecordTable<PathwayId, Pathway, PathwayTable.Row> {

    PathwayTable() {
        super(RecordKind.PATHWAY, "pathway", "t.name, t.goal");
    }

    /** A pathway being read. */
    static final class Row implements Draft<Pathway> {
        private PathwayId id;
        private String name;
        private String goal;
        private final List<StepRow> steps = new ArrayList<>();

        @Override
        public Pathway toRecord() {
            List<PathwayStep> read = new ArrayList<>(steps.size());
            for (StepRow step : steps) {
                read.add(new PathwayStep(step.key, step.name, step.category, step.offer, step.prerequisites));
            }
            return new Pathway(id, name, goal, read);
        }
    }

    /** A step being read; its prerequisites come from a table of their own. */
    private static final class StepRow {
        private final String key;
        private final String name;
        private final Category category;
        private final OfferId offer;
        private final Set<String> prerequisites = new LinkedHashSet<>();

        StepRow(String key, String name, Category category, OfferId offer) {
            this.key = key;
            this.name = name;
            this.category = category;
            this.offer = offer;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row pathway = new Row();
        pathway.id = PathwayId.of(row.getString("id"));
        pathway.name = row.getString("name");
        pathway.goal = row.getString("goal");
        return pathway;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT pathway_id, step_key, name, category, offer_id FROM pathway_step "
                + "WHERE pathway_id = ANY(?) ORDER BY pathway_id, ordinal", keys, records, (p, row) -> {
                    String offer = row.getString(5);
                    p.steps.add(new StepRow(row.getString(2), row.getString(3), Category.valueOf(row.getString(4)),
                            offer == null ? null : OfferId.of(offer)));
                });
        // Ordinals are 0, 1, 2, ... in every collection, so a step's ordinal is its index.
        children(connection, "SELECT pathway_id, step_ordinal, prerequisite FROM pathway_step_prerequisite "
                + "WHERE pathway_id = ANY(?) ORDER BY pathway_id, step_ordinal, ordinal", keys, records,
                (p, row) -> p.steps.get(row.getInt(2)).prerequisites.add(row.getString(3)));
    }

    @Override
    String insertSql() {
        return "INSERT INTO pathway (id, version, name, goal) VALUES (?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "name = ?, goal = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Pathway pathway, int index) throws SQLException {
        statement.setString(index, pathway.name());
        statement.setString(index + 1, pathway.goal());
        return index + 2;
    }

    @Override
    void insertChildren(Connection connection, String key, Pathway pathway) throws SQLException {
        List<PathwayStep> steps = pathway.steps();
        insertAll(connection, "INSERT INTO pathway_step (pathway_id, ordinal, step_key, name, category, offer_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", key, steps, (insert, step) -> {
                    insert.setString(3, step.key());
                    insert.setString(4, step.name());
                    insert.setString(5, step.category().name());
                    insert.setString(6, step.offer() == null ? null : step.offer().value());
                });
        if (steps.stream().anyMatch(step -> !step.prerequisites().isEmpty())) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pathway_step_prerequisite "
                    + "(pathway_id, step_ordinal, ordinal, prerequisite) VALUES (?, ?, ?, ?)")) {
                for (int s = 0; s < steps.size(); s++) {
                    int ordinal = 0;
                    for (String prerequisite : steps.get(s).prerequisites()) {
                        insert.setString(1, key);
                        insert.setInt(2, s);
                        insert.setInt(3, ordinal++);
                        insert.setString(4, prerequisite);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    @Override
    List<String> childDeletes() {
        // Deleting the steps deletes their prerequisites (ON DELETE CASCADE).
        return List.of("DELETE FROM pathway_step WHERE pathway_id = ?");
    }

    @Override
    Filter filter(Query<Pathway> query) {
        if (!(query instanceof PathwayQuery)) {
            throw new IllegalArgumentException("not a query of pathways: " + query.getClass().getName());
        }
        return Filter.none();
    }
}
