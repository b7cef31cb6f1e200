package io.github.ankommen.storage;

import io.github.ankommen.casework.Consultation;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;

/**
 * Selects consultations. Every filter is optional (null); the result holds the consultations that
 * pass all filters that are set, ordered by id. This class is immutable and thread-safe.
 *
 * @param contactPoint consultations at this contact point
 * @param from consultations on or after this day
 * @param to consultations on or before this day
 * @since 0.1.0
 */
public record ConsultationQuery(ContactPointId contactPoint, LocalDate from, LocalDate to)
        implements Query<Consultation> {

    /**
     * Creates a query.
     *
     * @param contactPoint consultations at this contact point, or null
     * @param from consultations on or after this day, or null
     * @param to consultations on or before this day, or null; not before {@code from}
     * @throws jakarta.validation.ConstraintViolationException if {@code to} is before {@code from}
     */
    public ConsultationQuery(ContactPointId contactPoint, LocalDate from, LocalDate to) {
        this.contactPoint = contactPoint;
        this.from = from;
        this.to = to;
        if (!isOrdered()) {
            RecordValidation.valid(this);
        }
    }

    /**
     * All consultations.
     *
     * @return the query
     */
    public static ConsultationQuery all() {
        return new ConsultationQuery(null, null, null);
    }

    @Override
    public RecordKind<?, Consultation> kind() {
        return RecordKind.CONSULTATION;
    }

    @Override
    public boolean matches(Consultation consultation) {
        return (contactPoint == null || contactPoint.equals(consultation.contactPoint()))
                && (from == null || !consultation.date().isBefore(from))
                && (to == null || !consultation.date().isAfter(to));
    }

    @AssertTrue(message = "{io.github.ankommen.storage.ConsultationQuery.ordered.message}")
    private boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
