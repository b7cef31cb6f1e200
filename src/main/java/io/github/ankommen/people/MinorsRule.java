package io.github.ankommen.people;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Whether a volunteer may work with minors: only with a documented extended certificate of conduct
 * (<i>erweitertes F&uuml;hrungszeugnis</i>, &sect; 72a SGB VIII) that is still valid. A
 * municipality configures how long a certificate counts; the default is five years.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param certificateValidity how long a certificate counts from the day it was issued, not null,
 *     positive
 * @since 0.1.0
 */
public record MinorsRule(@NotNull Period certificateValidity) {

    /** The default validity of a certificate: five years. */
    public static final Period DEFAULT_VALIDITY = Period.ofYears(5);

    /**
     * Creates a rule.
     *
     * @param certificateValidity how long a certificate counts, not null, positive
     * @throws jakarta.validation.ConstraintViolationException if the period is null, zero or negative
     */
    public MinorsRule(Period certificateValidity) {
        this.certificateValidity = certificateValidity;
        RecordValidation.valid(this);
    }

    /**
     * The rule with the default validity of five years.
     *
     * @return the rule
     */
    public static MinorsRule standard() {
        return new MinorsRule(DEFAULT_VALIDITY);
    }

    /**
     * Obtains a rule.
     *
     * @param certificateValidity how long a certificate counts, not null, positive
     * @return the rule
     * @throws jakarta.validation.ConstraintViolationException if the period is null, zero or negative
     */
    public static MinorsRule of(Period certificateValidity) {
        return new MinorsRule(certificateValidity);
    }

    /**
     * Asks whether a volunteer may work with minors on a date.
     *
     * @param volunteer the volunteer, not null
     * @param date the date, not null
     * @return true if their certificate was issued on or before the date and the date is before the
     *     certificate's issue date plus the validity
     * @throws NullPointerException if an argument is null
     */
    public boolean allows(Volunteer volunteer, LocalDate date) {
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Objects.requireNonNull(date, "date must not be null");
        LocalDate issued = volunteer.certificateIssuedOn();
        return issued != null && !date.isBefore(issued) && date.isBefore(issued.plus(certificateValidity));
    }

    @AssertTrue(message = "{io.github.ankommen.people.MinorsRule.positive.message}")
    private boolean isPositive() {
        return certificateValidity == null || (!certificateValidity.isNegative() && !certificateValidity.isZero()
                && certificateValidity.getYears() >= 0 && certificateValidity.getMonths() >= 0
                && certificateValidity.getDays() >= 0);
    }
}
