package io.github.ankommen.storage.jdbc;

import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.CaseTally;
import io.github.ankommen.storage.ConsultationTally;
import io.github.ankommen.storage.ReferralTally;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.workflow.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The aggregates the JDBC store answers with one {@code GROUP BY} statement each, instead of
 * reading the records: consultation, case and referral tallies. Each statement returns one row per
 * key, never one per record. As everywhere in the store, SQL is constant text chosen by which
 * bounds an aggregate sets, and every value is bound as a parameter.
 */
final class Tallies {

    /** Zone ids that PostgreSQL reads as the same IANA zone as Java does. */
    private static final Pattern REGION = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(/[A-Za-z0-9_+\\-]+)*");
    /** Offsets written as zone names, which PostgreSQL reads with the POSIX sign (the other way round). */
    private static final Pattern OFFSET_NAME = Pattern.compile("(GMT|UTC|UT)[+\\-].*");

    private Tallies() {
    }

    /** Whether this store answers the aggregate in SQL; otherwise its reference meaning does. */
    static boolean supports(Aggregate aggregate) {
        if (aggregate instanceof ConsultationTally) {
            return true;
        }
        if (aggregate instanceof CaseTally cases) {
            return isRegion(cases.zone());
        }
        if (aggregate instanceof ReferralTally referrals) {
            return isRegion(referrals.zone());
        }
        return false;
    }

    private static boolean isRegion(ZoneId zone) {
        return !(zone instanceof ZoneOffset) && REGION.matcher(zone.getId()).matches()
                && !OFFSET_NAME.matcher(zone.getId()).matches();
    }

    /** Answers a supported aggregate with one statement. */
    static Tally count(Connection connection, Aggregate aggregate) throws SQLException {
        if (aggregate instanceof ConsultationTally consultations) {
            return consultations(connection, consultations);
        }
        if (aggregate instanceof CaseTally cases) {
            return cases(connection, cases);
        }
        if (aggregate instanceof ReferralTally referrals) {
            return referrals(connection, referrals);
        }
        throw new IllegalArgumentException("no SQL for " + aggregate.getClass().getName());
    }

    private static Tally consultations(Connection connection, ConsultationTally tally) throws SQLException {
        Sql sql = new Sql();
        sql.bounds("t.consulted_on", tally.from(), tally.to());
        if (tally.by() == ConsultationTally.By.CHANNEL) {
            return sql.run(connection, "SELECT t.contact_point_id, to_char(t.consulted_on, 'YYYY-MM'), t.channel, "
                    + "count(*) FROM consultation t" + sql.where() + " GROUP BY 1, 2, 3", 3);
        }
        return sql.run(connection, "SELECT t.contact_point_id, to_char(t.consulted_on, 'YYYY-MM'), c.topic, count(*) "
                + "FROM consultation t JOIN consultation_topic c ON c.consultation_id = t.id" + sql.where()
                + " GROUP BY 1, 2, 3", 3);
    }

    private static Tally cases(Connection connection, CaseTally tally) throws SQLException {
        String zone = tally.zone().getId();
        Sql sql = new Sql();
        switch (tally.by()) {
            case OPENED -> {
                sql.value(zone);
                sql.bounds("(t.created_at AT TIME ZONE ?)::date", zone, tally.from(), tally.to());
                return sql.run(connection, "SELECT t.contact_point_id, to_char(t.created_at AT TIME ZONE ?, "
                        + "'YYYY-MM'), count(*) FROM case_file t" + sql.where() + " GROUP BY 1, 2", 2);
            }
            case NEED -> {
                sql.value(zone);
                sql.bounds("(t.created_at AT TIME ZONE ?)::date", zone, tally.from(), tally.to());
                // A case without needs joins no row: it counts once, under "".
                return sql.run(connection, "SELECT t.contact_point_id, to_char(t.created_at AT TIME ZONE ?, "
                        + "'YYYY-MM'), coalesce(n.need, ''), count(*) FROM case_file t "
                        + "LEFT JOIN case_need n ON n.case_id = t.id" + sql.where() + " GROUP BY 1, 2, 3", 3);
            }
            default -> {
                if (tally.closed().isEmpty()) {
                    return new Tally(Map.of());
                }
                List<String> closed = tally.closed().stream().map(State::name).sorted().toList();
                String in = String.join(", ", Collections.nCopies(closed.size(), "?"));
                sql.value(zone);
                // The closure is the newest entry into a closed state from another one that came after
                // the last state migration, found through the trail's index (case_id, id), whose id
                // orders a case's entries by version; without one, the case's last change.
                closed.forEach(sql::value);
                closed.forEach(sql::value);
                sql.value(CaseWorkflows.MIGRATE_STATE);
                sql.value(CaseWorkflows.MIGRATE_STATE);
                sql.condition("t.state IN (" + in + ")", closed.toArray());
                sql.bounds("(x.closed_at AT TIME ZONE ?)::date", zone, tally.from(), tally.to());
                return sql.run(connection, "SELECT t.contact_point_id, to_char(x.closed_at AT TIME ZONE ?, 'YYYY-MM'), "
                        + "coalesce(t.outcome, ''), greatest(0, div(extract(epoch FROM x.closed_at) "
                        + "- extract(epoch FROM t.created_at), 86400)), t.state, count(*) FROM case_file t "
                        + "CROSS JOIN LATERAL (SELECT coalesce((SELECT a.at FROM audit_entry a WHERE a.case_id = t.id "
                        + "AND a.to_state IN (" + in + ") AND (a.from_state IS NULL OR a.from_state NOT IN (" + in
                        + ")) AND a.transition <> ? AND a.case_version > coalesce((SELECT max(m.case_version) "
                        + "FROM audit_entry m WHERE m.case_id = t.id AND m.transition = ?), 0) "
                        + "ORDER BY a.case_version DESC LIMIT 1), t.updated_at) AS closed_at) x" + sql.where()
                        + " GROUP BY 1, 2, 3, 4, 5", 5);
            }
        }
    }

    private static Tally referrals(Connection connection, ReferralTally tally) throws SQLException {
        String zone = tally.zone().getId();
        Sql sql = new Sql();
        sql.value(zone);
        sql.condition("t.requested_at IS NOT NULL");
        sql.bounds("(t.requested_at AT TIME ZONE ?)::date", zone, tally.from(), tally.to());
        if (tally.by() == ReferralTally.By.STATUS) {
            return sql.run(connection, "SELECT t.contact_point_id, to_char(t.requested_at AT TIME ZONE ?, 'YYYY-MM'), "
                    + "t.need, t.status, coalesce(t.reason, ''), count(*) FROM referral t" + sql.where()
                    + " GROUP BY 1, 2, 3, 4, 5", 5);
        }
        sql.condition("t.accepted_at IS NOT NULL");
        sql.condition("t.status <> 'ENTERED_IN_ERROR'");
        // Instants are kept in microseconds: the difference in nanoseconds is exact.
        return sql.run(connection, "SELECT t.contact_point_id, to_char(t.requested_at AT TIME ZONE ?, 'YYYY-MM'), "
                + "t.need, ((extract(epoch FROM t.accepted_at) - extract(epoch FROM t.requested_at)) "
                + "* 1000000000)::bigint, count(*) FROM referral t" + sql.where() + " GROUP BY 1, 2, 3, 4", 4);
    }

    /** A statement being assembled: conditions and the values of all placeholders, in order. */
    private static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void value(Object value) {
            values.add(value);
        }

        void condition(String condition, Object... conditionValues) {
            conditions.add(condition);
            values.addAll(List.of(conditionValues));
        }

        /** A day expression from a first to a last day, either bound optional. */
        void bounds(String day, LocalDate from, LocalDate to) {
            if (from != null) {
                condition(day + " >= ?", from);
            }
            if (to != null) {
                condition(day + " <= ?", to);
            }
        }

        /** The same, for a day expression with one placeholder of its own (the zone). */
        void bounds(String day, String zone, LocalDate from, LocalDate to) {
            if (from != null) {
                condition(day + " >= ?", zone, from);
            }
            if (to != null) {
                condition(day + " <= ?", zone, to);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Runs the statement; its first {@code labels} columns are the key, the next the count. */
        Tally run(Connection connection, String select, int labels) throws SQLException {
            Map<List<String>, Long> counts = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int index = 1;
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String[] key = new String[labels];
                        for (int i = 0; i < labels; i++) {
                            key[i] = rows.getString(i + 1);
                        }
                        counts.put(List.of(key), rows.getLong(labels + 1));
                    }
                }
            }
            return new Tally(counts);
        }
    }
}
