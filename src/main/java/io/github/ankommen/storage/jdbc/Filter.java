package io.github.ankommen.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a query: conditions that are constant SQL text with {@code ?} placeholders,
 * and the values bound to them. Which conditions appear depends on which filters a query sets; no
 * value ever becomes SQL text. Immutable.
 */
final class Filter {

    private static final Filter NONE = new Filter(List.of(), List.of());

    private final List<String> conditions;
    private final List<Object> values;

    private Filter(List<String> conditions, List<Object> values) {
        this.conditions = conditions;
        this.values = values;
    }

    /** No condition: every row. */
    static Filter none() {
        return NONE;
    }

    /**
     * This filter and one more condition.
     *
     * @param condition constant SQL over the table alias {@code t}, with one {@code ?} per value
     * @param conditionValues the values of the placeholders, in order: strings, dates or instants
     */
    Filter and(String condition, Object... conditionValues) {
        List<String> moreConditions = new ArrayList<>(conditions);
        moreConditions.add(condition);
        List<Object> moreValues = new ArrayList<>(values);
        moreValues.addAll(List.of(conditionValues));
        return new Filter(List.copyOf(moreConditions), List.copyOf(moreValues));
    }

    /** The clause, with a leading space, or the empty string when there is no condition. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the values from {@code index} on; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (Object value : values) {
            if (value instanceof LocalDate date) {
                statement.setObject(next++, date);
            } else if (value instanceof Instant instant) {
                statement.setObject(next++, instant.atOffset(ZoneOffset.UTC));
            } else {
                statement.setString(next++, (String) value);
            }
        }
        return next;
    }
}
