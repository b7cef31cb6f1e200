package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The question "what is overdue at contact point C today?", for {@link Deadlines#overdue}. A store
 * may answer it from an index. This class is immutable and thread-safe.
 *
 * @param contactPoint the contact point
 * @param today the day asked about; whatever fell due before it is overdue
 * @since 0.1.0
 */
public record OverdueQuery(@NotNull ContactPointId contactPoint, @NotNull LocalDate today) {

    /**
     * Creates the query.
     *
     * @param contactPoint the contact point, not null
     * @param today the day asked about, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public OverdueQuery(ContactPointId contactPoint, LocalDate today) {
        this.contactPoint = contactPoint;
        this.today = today;
        RecordValidation.valid(this);
    }

    /**
     * The query for an instant, in the municipality's time zone.
     *
     * @param contactPoint the contact point, not null
     * @param at the instant, not null
     * @param zone the time zone, not null, such as {@code Europe/Berlin}
     * @return the query for the day the instant falls on in that zone
     * @throws NullPointerException if the instant or the zone is null
     * @throws jakarta.validation.ConstraintViolationException if the contact point is null
     */
    public static OverdueQuery at(ContactPointId contactPoint, Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        return new OverdueQuery(contactPoint, LocalDate.ofInstant(at, zone));
    }
}
