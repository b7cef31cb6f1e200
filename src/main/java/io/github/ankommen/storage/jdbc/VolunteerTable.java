package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.people.Availability;
import io.github.ankommen.people.Skill;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.storage.EndedEngagementQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Volunteers: table {@code volunteer}, with {@code volunteer_language}, {@code volunteer_skill} and
 * {@code volunteer_availability}.
 */
final class VolunteerTable extends RecordTable<VolunteerId, Volunteer, VolunteerTable.Row> {

    VolunteerTable() {
        super(RecordKind.VOLUNTEER, "volunteer", "t.contact_point_id, t.member, t.display_name, "
                + "t.certificate_issued_on, t.engaged_since, t.engagement_ended");
    }

    /** A volunteer being read. */
    static final class Row implements Draft<Volunteer> {
        private VolunteerId id;
        private ContactPointId contactPoint;
        private TeamMemberId member;
        private String displayName;
        private final Set<Language> languages = new LinkedHashSet<>();
        private final Set<Skill> skills = new LinkedHashSet<>();
        private final List<Availability> availability = new ArrayList<>();
        private LocalDate certificateIssuedOn;
        private LocalDate engagedSince;
        private LocalDate engagementEnded;

        @Override
        public Volunteer toRecord() {
            return new Volunteer(id, contactPoint, member, displayName, languages, skills, availability,
                    certificateIssuedOn, engagedSince, engagementEnded);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row v = new Row();
        v.id = VolunteerId.of(row.getString("id"));
        v.contactPoint = ContactPointId.of(row.getString("contact_point_id"));
        String member = row.getString("member");
        v.member = member == null ? null : TeamMemberId.of(member);
        v.displayName = row.getString("display_name");
        v.certificateIssuedOn = getDate(row, "certificate_issued_on");
        v.engagedSince = getDate(row, "engaged_since");
        v.engagementEnded = getDate(row, "engagement_ended");
        return v;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id = ANY(?) "
                + "ORDER BY volunteer_id, ordinal", keys, records,
                (v, row) -> v.languages.add(Language.of(row.getString(2))));
        children(connection, "SELECT volunteer_id, skill FROM volunteer_skill WHERE volunteer_id = ANY(?) "
                + "ORDER BY volunteer_id, ordinal", keys, records,
                (v, row) -> v.skills.add(Skill.valueOf(row.getString(2))));
        children(connection, "SELECT volunteer_id, day, available_from, available_until FROM volunteer_availability "
                + "WHERE volunteer_id = ANY(?) ORDER BY volunteer_id, ordinal", keys, records,
                (v, row) -> v.availability.add(Availability.of(DayOfWeek.valueOf(row.getString(2)),
                        getTime(row, "available_from"), getTime(row, "available_until"))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO volunteer (id, version, contact_point_id, member, display_name, certificate_issued_on, "
                + "engaged_since, engagement_ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "contact_point_id = ?, member = ?, display_name = ?, certificate_issued_on = ?, engaged_since = ?, "
                + "engagement_ended = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Volunteer v, int index) throws SQLException {
        int i = index;
        statement.setString(i++, v.contactPoint().value());
        statement.setString(i++, v.member() == null ? null : v.member().value());
        statement.setString(i++, v.displayName());
        setDate(statement, i++, v.certificateIssuedOn());
        setDate(statement, i++, v.engagedSince());
        setDate(statement, i++, v.engagementEnded());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Volunteer v) throws SQLException {
        insertAll(connection, "INSERT INTO volunteer_language (volunteer_id, ordinal, language) VALUES (?, ?, ?)", key,
                v.languages(), (insert, language) -> insert.setString(3, language.code()));
        insertAll(connection, "INSERT INTO volunteer_skill (volunteer_id, ordinal, skill) VALUES (?, ?, ?)", key,
                v.skills(), (insert, skill) -> insert.setString(3, skill.name()));
        insertAll(connection, "INSERT INTO volunteer_availability (volunteer_id, ordinal, day, available_from, "
                + "available_until) VALUES (?, ?, ?, ?, ?)", key, v.availability(), (insert, a) -> {
                    insert.setString(3, a.day().name());
                    setTime(insert, 4, a.from());
                    setTime(insert, 5, a.until());
                });
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM volunteer_language WHERE volunteer_id = ?",
                "DELETE FROM volunteer_skill WHERE volunteer_id = ?",
                "DELETE FROM volunteer_availability WHERE volunteer_id = ?");
    }

    @Override
    Filter filter(Query<Volunteer> query) {
        if (query instanceof EndedEngagementQuery ended) {
            return Filter.none().and("t.engagement_ended < ?", ended.endedBefore());
        }
        return owned(query, ContactPointId.class, "t.contact_point_id = ?", ContactPointId::value);
    }
}
