package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.Address;
import io.github.ankommen.network.Closure;
import io.github.ankommen.network.ClosureKind;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PartnerRole;
import io.github.ankommen.network.PartnershipStatus;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.SlotKind;
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.Team;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.TeamRole;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contact points: table {@code contact_point}, with one child table per collection (served
 * districts, partners, team members and their languages, languages, weekly slots, closures, status
 * changes).
 */
final class ContactPointTable extends RecordTable<ContactPointId, ContactPoint, ContactPointTable.Row> {

    ContactPointTable() {
        super(RecordKind.CONTACT_POINT, "contact_point", "t.name, t.street, t.postal_code, t.city, t.phone, t.email, "
                + "t.web, t.opening_hours_zone, t.phase");
    }

    /** A contact point being read. */
    static final class Row implements Draft<ContactPoint> {
        private ContactPointId id;
        private String name;
        private Address address;
        private String phone;
        private String email;
        private URI web;
        private ZoneId zone;
        private PhaseId phase;
        private final List<ServedDistrict> districts = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private final Set<Language> languages = new LinkedHashSet<>();
        private final List<WeeklySlot> slots = new ArrayList<>();
        private final List<Closure> closures = new ArrayList<>();
        private final List<StatusChange> statusHistory = new ArrayList<>();

        @Override
        public ContactPoint toRecord() {
            List<TeamMember> team = new ArrayList<>(members.size());
            for (Member member : members) {
                team.add(new TeamMember(member.id, member.displayName, member.role, member.languages));
            }
            return new ContactPoint(id, name, address, ChannelColumns.read(phone, email, web), districts, partners,
                    new Team(team), languages, new OpeningHours(zone, slots, closures), statusHistory, phase);
        }
    }

    /** A team member being read; its languages come from a table of their own. */
    private static final class Member {
        private final TeamMemberId id;
        private final String displayName;
        private final TeamRole role;
        private final Set<Language> languages = new LinkedHashSet<>();

        Member(TeamMemberId id, String displayName, TeamRole role) {
            this.id = id;
            this.displayName = displayName;
            this.role = role;
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row contactPoint = new Row();
        contactPoint.id = ContactPointId.of(row.getString(1));
        contactPoint.name = row.getString(3);
        contactPoint.address = Address.of(row.getString(4), row.getString(5), row.getString(6));
        contactPoint.phone = row.getString(7);
        contactPoint.email = row.getString(8);
        String web = row.getString(9);
        contactPoint.web = web == null ? null : URI.create(web);
        contactPoint.zone = ZoneId.of(row.getString(10));
        contactPoint.phase = PhaseId.of(row.getString(11));
        return contactPoint;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT contact_point_id, district, valid_from, valid_until FROM contact_point_district "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.districts.add(ServedDistrict.of(District.of(row.getString(2)),
                        ValidityPeriod.of(getDate(row, "valid_from"), getDate(row, "valid_until")))));
        children(connection, "SELECT contact_point_id, organisation_id, name, role, status FROM contact_point_partner "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.partners.add(Partner.of(OrganisationId.of(row.getString(2)), row.getString(3),
                        PartnerRole.valueOf(row.getString(4)), PartnershipStatus.valueOf(row.getString(5)))));
        children(connection, "SELECT contact_point_id, member_id, display_name, role FROM contact_point_team_member "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.members.add(new Member(TeamMemberId.of(row.getString(2)), row.getString(3),
                        TeamRole.valueOf(row.getString(4)))));
        // Ordinals are 0, 1, 2, ... in every collection, so a member's ordinal is its index.
        children(connection, "SELECT contact_point_id, member_ordinal, language FROM contact_point_team_member_language "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, member_ordinal, ordinal", keys, records,
                (cp, row) -> cp.members.get(row.getInt(2)).languages.add(Language.of(row.getString(3))));
        children(connection, "SELECT contact_point_id, language FROM contact_point_language "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.languages.add(Language.of(row.getString(2))));
        children(connection, "SELECT contact_point_id, day, opens, closes, kind FROM contact_point_weekly_slot "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.slots.add(WeeklySlot.of(DayOfWeek.valueOf(row.getString(2)), getTime(row, "opens"),
                        getTime(row, "closes"), SlotKind.valueOf(row.getString(5)))));
        children(connection, "SELECT contact_point_id, valid_from, valid_until, kind, reason FROM contact_point_closure "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.closures.add(Closure.of(ValidityPeriod.of(getDate(row, "valid_from"),
                        getDate(row, "valid_until")), ClosureKind.valueOf(row.getString(4)), row.getString(5))));
        children(connection, "SELECT contact_point_id, status, changed_on, reason FROM contact_point_status_change "
                + "WHERE contact_point_id = ANY(?) ORDER BY contact_point_id, ordinal", keys, records,
                (cp, row) -> cp.statusHistory.add(StatusChange.of(ContactPointStatus.valueOf(row.getString(2)),
                        getDate(row, "changed_on"), row.getString(4))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO contact_point (id, version, name, street, postal_code, city, phone, email, web, "
                + "opening_hours_zone, status, phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "name = ?, street = ?, postal_code = ?, city = ?, phone = ?, email = ?, web = ?, "
                + "opening_hours_zone = ?, status = ?, phase = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, ContactPoint contactPoint, int index) throws SQLException {
        int i = index;
        statement.setString(i++, contactPoint.name());
        statement.setString(i++, contactPoint.address().street());
        statement.setString(i++, contactPoint.address().postalCode());
        statement.setString(i++, contactPoint.address().city());
        i = ChannelColumns.bind(statement, i, contactPoint.channels());
        statement.setString(i++, contactPoint.openingHours().zone().getId());
        statement.setString(i++, contactPoint.status().name());
        statement.setString(i++, contactPoint.phase().value());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, ContactPoint contactPoint) throws SQLException {
        insertAll(connection, "INSERT INTO contact_point_district (contact_point_id, ordinal, district, valid_from, "
                + "valid_until) VALUES (?, ?, ?, ?, ?)", key, contactPoint.districts(), (insert, served) -> {
                    insert.setString(3, served.district().name());
                    setDate(insert, 4, served.validity().start());
                    setDate(insert, 5, served.validity().end());
                });
        insertAll(connection, "INSERT INTO contact_point_partner (contact_point_id, ordinal, organisation_id, name, "
                + "role, status) VALUES (?, ?, ?, ?, ?, ?)", key, contactPoint.partners(), (insert, partner) -> {
                    insert.setString(3, partner.organisation().value());
                    insert.setString(4, partner.name());
                    insert.setString(5, partner.role().name());
                    insert.setString(6, partner.status().name());
                });
        List<TeamMember> members = contactPoint.team().members();
        insertAll(connection, "INSERT INTO contact_point_team_member (contact_point_id, ordinal, member_id, "
                + "display_name, role) VALUES (?, ?, ?, ?, ?)", key, members, (insert, member) -> {
                    insert.setString(3, member.id().value());
                    insert.setString(4, member.displayName());
                    insert.setString(5, member.role().name());
                });
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_point_team_member_language "
                + "(contact_point_id, member_ordinal, ordinal, language) VALUES (?, ?, ?, ?)")) {
            for (int m = 0; m < members.size(); m++) {
                int ordinal = 0;
                for (Language language : members.get(m).languages()) {
                    insert.setString(1, key);
                    insert.setInt(2, m);
                    insert.setInt(3, ordinal++);
                    insert.setString(4, language.code());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        insertAll(connection, "INSERT INTO contact_point_language (contact_point_id, ordinal, language) "
                + "VALUES (?, ?, ?)", key, contactPoint.languages(),
                (insert, language) -> insert.setString(3, language.code()));
        OpeningHours hours = contactPoint.openingHours();
        insertAll(connection, "INSERT INTO contact_point_weekly_slot (contact_point_id, ordinal, day, opens, closes, "
                + "kind) VALUES (?, ?, ?, ?, ?, ?)", key, hours.weeklySlots(), (insert, slot) -> {
                    insert.setString(3, slot.day().name());
                    setTime(insert, 4, slot.opens());
                    setTime(insert, 5, slot.closes());
                    insert.setString(6, slot.kind().name());
                });
        insertAll(connection, "INSERT INTO contact_point_closure (contact_point_id, ordinal, valid_from, valid_until, "
                + "kind, reason) VALUES (?, ?, ?, ?, ?, ?)", key, hours.closures(), (insert, closure) -> {
                    setDate(insert, 3, closure.period().start());
                    setDate(insert, 4, closure.period().end());
                    insert.setString(5, closure.kind().name());
                    insert.setString(6, closure.reason());
                });
        insertAll(connection, "INSERT INTO contact_point_status_change (contact_point_id, ordinal, status, changed_on, "
                + "reason) VALUES (?, ?, ?, ?, ?)", key, contactPoint.statusHistory(), (insert, change) -> {
                    insert.setString(3, change.status().name());
                    setDate(insert, 4, change.date());
                    insert.setString(5, change.reason());
                });
    }

    @Override
    List<String> childDeletes() {
        // Deleting the team members deletes their languages (ON DELETE CASCADE).
        return List.of("DELETE FROM contact_point_district WHERE contact_point_id = ?",
                "DELETE FROM contact_point_partner WHERE contact_point_id = ?",
                "DELETE FROM contact_point_team_member WHERE contact_point_id = ?",
                "DELETE FROM contact_point_language WHERE contact_point_id = ?",
                "DELETE FROM contact_point_weekly_slot WHERE contact_point_id = ?",
                "DELETE FROM contact_point_closure WHERE contact_point_id = ?",
                "DELETE FROM contact_point_status_change WHERE contact_point_id = ?");
    }

    @Override
    Filter filter(Query<ContactPoint> query) {
        if (!(query instanceof ContactPointQuery contactPoints)) {
            throw new IllegalArgumentException("not a query of contact points: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (contactPoints.district() != null && contactPoints.servesOn() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM contact_point_district d WHERE d.contact_point_id = t.id "
                    + "AND d.district = ? AND d.valid_from <= ? AND (d.valid_until IS NULL OR d.valid_until >= ?))",
                    contactPoints.district().name(), contactPoints.servesOn(), contactPoints.servesOn());
        } else if (contactPoints.district() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM contact_point_district d WHERE d.contact_point_id = t.id "
                    + "AND d.district = ?)", contactPoints.district().name());
        }
        if (contactPoints.language() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM contact_point_language l WHERE l.contact_point_id = t.id "
                    + "AND l.language = ?)", contactPoints.language().code());
        }
        if (contactPoints.status() != null) {
            filter = filter.and("t.status = ?", contactPoints.status().name());
        }
        if (contactPoints.phase() != null) {
            filter = filter.and("t.phase = ?", contactPoints.phase().value());
        }
        return filter;
    }
}
