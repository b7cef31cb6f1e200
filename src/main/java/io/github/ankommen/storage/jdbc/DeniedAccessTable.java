package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.access.DeniedAccessId;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.access.Role;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
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

/**
 * Denied calls: table {@code denied_access}. The {@link Resource} is columns of the row, and its
 * requested and consented data categories are the child tables {@code denied_access_requested} and
 * {@code denied_access_consented}.
 */
final class DeniedAccessTable extends RecordTable<DeniedAccessId, DeniedAccess, DeniedAccessTable.Row> {

    DeniedAccessTable() {
        super(RecordKind.DENIED_ACCESS, "denied_access", "t.actor, t.role, t.operation, t.rule, t.at, "
                + "t.contact_point_id, t.mentor, t.recipient, t.transition");
    }

    /** A denied call being read. */
    static final class Row implements Draft<DeniedAccess> {
        private DeniedAccessId id;
        private ActorId actor;
        private Role role;
        private Operation operation;
        private String rule;
        private Instant at;
        private ContactPointId contactPoint;
        private TeamMemberId mentor;
        private OrganisationId recipient;
        private final Set<DataCategory> requested = new LinkedHashSet<>();
        private final Set<DataCategory> consented = new LinkedHashSet<>();
        private String transition;

        @Override
        public DeniedAccess toRecord() {
            return new DeniedAccess(id, actor, role, operation, rule, at,
                    new Resource(contactPoint, mentor, recipient, requested, consented, transition));
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row d = new Row();
        d.id = DeniedAccessId.of(row.getString("id"));
        d.actor = ActorId.of(row.getString("actor"));
        d.role = Role.valueOf(row.getString("role"));
        d.operation = Operation.valueOf(row.getString("operation"));
        d.rule = row.getString("rule");
        d.at = getInstant(row, "at");
        String contactPoint = row.getString("contact_point_id");
        d.contactPoint = contactPoint == null ? null : ContactPointId.of(contactPoint);
        String mentor = row.getString("mentor");
        d.mentor = mentor == null ? null : TeamMemberId.of(mentor);
        String recipient = row.getString("recipient");
        d.recipient = recipient == null ? null : OrganisationId.of(recipient);
        d.transition = row.getString("transition");
        return d;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT denied_access_id, category FROM denied_access_requested "
                + "WHERE denied_access_id = ANY(?) ORDER BY denied_access_id, ordinal", keys, records,
                (d, row) -> d.requested.add(DataCategory.valueOf(row.getString(2))));
        children(connection, "SELECT denied_access_id, category FROM denied_access_consented "
                + "WHERE denied_access_id = ANY(?) ORDER BY denied_access_id, ordinal", keys, records,
                (d, row) -> d.consented.add(DataCategory.valueOf(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO denied_access (id, version, actor, role, operation, rule, at, contact_point_id, mentor, "
                + "recipient, transition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "actor = ?, role = ?, operation = ?, rule = ?, at = ?, contact_point_id = ?, mentor = ?, recipient = ?, "
                + "transition = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, DeniedAccess denied, int index) throws SQLException {
        int i = index;
        Resource resource = denied.resource();
        statement.setString(i++, denied.actor().value());
        statement.setString(i++, denied.role().name());
        statement.setString(i++, denied.operation().name());
        statement.setString(i++, denied.rule());
        setInstant(statement, i++, denied.at());
        statement.setString(i++, resource.contactPoint() == null ? null : resource.contactPoint().value());
        statement.setString(i++, resource.mentor() == null ? null : resource.mentor().value());
        statement.setString(i++, resource.recipient() == null ? null : resource.recipient().value());
        statement.setString(i++, resource.transition());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, DeniedAccess denied) throws SQLException {
        insertAll(connection, "INSERT INTO denied_access_requested (denied_access_id, ordinal, category) "
                + "VALUES (?, ?, ?)", key, denied.resource().requested(),
                (insert, category) -> insert.setString(3, category.name()));
        insertAll(connection, "INSERT INTO denied_access_consented (denied_access_id, ordinal, category) "
                + "VALUES (?, ?, ?)", key, denied.resource().consented(),
                (insert, category) -> insert.setString(3, category.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM denied_access_requested WHERE denied_access_id = ?",
                "DELETE FROM denied_access_consented WHERE denied_access_id = ?");
    }

    @Override
    Filter filter(Query<DeniedAccess> query) {
        return owned(query, ActorId.class, "t.actor = ?", ActorId::value);
    }
}
