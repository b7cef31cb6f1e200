package io.github.ankommen.storage;

import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.workflow.State;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Counts cases by contact point and month: opened, by need, or closed by outcome and duration.
 *
 * <p>Days and months are read in {@code zone}, and only days from {@code from} to {@code to} (each
 * bound optional) count. What counts, and under which key, depends on {@code by}:
 *
 * <ul>
 *   <li>{@link By#OPENED}: every case created on such a day, under {@code [contact point id, month]};
 *   <li>{@link By#NEED}: the same cases, once for each need under {@code [contact point id, month,
 *       need]}, and a case without needs once under {@code [contact point id, month, ""]};
 *   <li>{@link By#CLOSED}: every case in one of the {@code closed} states (the terminal states of
 *       the case workflow) closed on such a day, under {@code [contact point id, month, outcome, days,
 *       state]}. A case was closed at the time of the audit entry with the highest version that
 *       entered a closed state from a state that is not closed (or from none), and was not a state
 *       migration ({@link CaseWorkflows#MIGRATE_STATE}); if a state migration came after that entry,
 *       or the trail holds none, at its last change. The month is that of the closure, the outcome
 *       its recorded constant name or {@code ""} if there is none, the days the whole days from its
 *       creation to its closure, at least 0, and the state the case's state.
 * </ul>
 *
 * <p>Months are written {@code 2026-03}. This class is immutable and thread-safe.
 *
 * @param zone the zone in which instants are read as days
 * @param from the first day counted, or null for no bound
 * @param to the last day counted, or null for no bound; not before {@code from}
 * @param by what to count
 * @param closed the states in which a case counts as closed, for {@link By#CLOSED}; may be empty
 * @since 0.1.0
 */
public record CaseTally(@NotNull ZoneId zone, LocalDate from, LocalDate to, @NotNull By by,
        @NotNull Set<@NotNull State> closed) implements Aggregate {

    /** What a case tally counts. */
    public enum By {
        /** Cases opened. */
        OPENED,
        /** Cases opened, by need. */
        NEED,
        /** Cases closed, by outcome and days from opening to closure. */
        CLOSED
    }

    /**
     * Creates the aggregate.
     *
     * @param zone the zone, not null
     * @param from the first day, or null
     * @param to the last day, or null; not before {@code from}
     * @param by what to count, not null
     * @param closed the states in which a case counts as closed, not null, without nulls; for a
     *     workflow {@code w}, {@code w.terminal()}
     * @throws jakarta.validation.ConstraintViolationException if the zone, {@code by} or the set is
     *     null, the set holds null, or {@code to} is before {@code from}
     */
    public CaseTally(ZoneId zone, LocalDate from, LocalDate to, By by, Set<State> closed) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.by = by;
        this.closed = FrozenCollections.copyOf(closed);
        if (zone == null || by == null || !isOrdered() || !ConstraintChecks.noNulls(this.closed)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains an aggregate of cases opened, or opened by need, where no state counts as closed.
     *
     * @param zone the zone, not null
     * @param from the first day, or null
     * @param to the last day, or null; not before {@code from}
     * @param by what to count, not null
     * @return the aggregate
     * @throws jakarta.validation.ConstraintViolationException if the zone or {@code by} is null, or
     *     {@code to} is before {@code from}
     */
    public static CaseTally of(ZoneId zone, LocalDate from, LocalDate to, By by) {
        return new CaseTally(zone, from, to, by, Set.of());
    }

    @Override
    public Tally countIn(Store store) {
        Objects.requireNonNull(store, "store must not be null");
        Tally.Counter counter = new Tally.Counter();
        if (by == By.CLOSED) {
            for (State state : closed) {
                try (Stream<Versioned<Case>> all = store.stream(CaseQuery.all().inState(state), PageRequest.MAX_SIZE)) {
                    all.map(Versioned::value).forEach(c -> {
                        Instant closedAt = closedAt(store, c);
                        LocalDate day = LocalDate.ofInstant(closedAt, zone);
                        if (contains(day)) {
                            long days = Math.max(0, Duration.between(c.createdAt(), closedAt).toDays());
                            counter.add(c.contactPoint().value(), YearMonth.from(day).toString(),
                                    c.outcome() == null ? "" : c.outcome().name(), Long.toString(days), state.name());
                        }
                    });
                }
            }
            return counter.toTally();
        }
        try (Stream<Versioned<Case>> all = store.stream(CaseQuery.all(), PageRequest.MAX_SIZE)) {
            all.map(Versioned::value).forEach(c -> {
                String contactPoint = c.contactPoint().value();
                LocalDate day = LocalDate.ofInstant(c.createdAt(), zone);
                if (!contains(day)) {
                    return;
                }
                String month = YearMonth.from(day).toString();
                if (by == By.OPENED) {
                    counter.add(contactPoint, month);
                } else if (c.needs().isEmpty()) {
                    counter.add(contactPoint, month, "");
                } else {
                    for (Category need : c.needs()) {
                        counter.add(contactPoint, month, need.name());
                    }
                }
            });
        }
        return counter.toTally();
    }

    /** When a case entered a closed state, as the class comment says. */
    private Instant closedAt(Store store, Case c) {
        Instant closedAt = c.updatedAt();
        long version = 0;
        long migrated = 0;
        try (Stream<Versioned<AuditEntry>> trail = store.stream(AuditQuery.of(c.id()), PageRequest.MAX_SIZE)) {
            for (AuditEntry e : (Iterable<AuditEntry>) trail.map(Versioned::value)::iterator) {
                if (e.transition().equals(CaseWorkflows.MIGRATE_STATE)) {
                    migrated = Math.max(migrated, e.version());
                } else if (closed.contains(e.to()) && (e.from() == null || !closed.contains(e.from()))
                        && e.version() > version) {
                    closedAt = e.at();
                    version = e.version();
                }
            }
        }
        return migrated > version ? c.updatedAt() : closedAt;
    }

    private boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @AssertTrue(message = "{io.github.ankommen.storage.ConsultationQuery.ordered.message}")
    private boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
