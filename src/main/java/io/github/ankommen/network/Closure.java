package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Whole days on which a contact point is closed although its weekly slots say otherwise: a holiday
 * or a temporary closure.
 *
 * <p>The days are local dates in the zone of the {@link OpeningHours} that holds the closure. The
 * reason is free text and is left out of {@link #toString()}. This class is immutable and
 * thread-safe.
 *
 * @param period the closed days, not null; open-ended if the reopening date is not known
 * @param kind holiday or temporary closure, not null
 * @param reason why, not blank, at most 500 characters, for example "Weihnachten"
 * @since 0.1.0
 */
public record Closure(@NotNull ValidityPeriod period, @NotNull ClosureKind kind, @NotBlank @Size(max = 500) String reason) {

    /**
     * Creates a closure.
     *
     * @param period the closed days, not null
     * @param kind holiday or temporary closure, not null
     * @param reason why, not blank, at most 500 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     reason is blank or too long
     */
    public Closure(ValidityPeriod period, ClosureKind kind, String reason) {
        this.period = period;
        this.kind = kind;
        this.reason = reason;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a closure.
     *
     * @param period the closed days, not null
     * @param kind holiday or temporary closure, not null
     * @param reason why, not blank, at most 500 characters
     * @return the closure
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     reason is blank or too long
     */
    public static Closure of(ValidityPeriod period, ClosureKind kind, String reason) {
        return new Closure(period, kind, reason);
    }

    /**
     * Obtains a one-day holiday closure.
     *
     * @param date the holiday, not null
     * @param reason its name, not blank, for example "Tag der Deutschen Einheit"
     * @return the closure
     * @throws jakarta.validation.ConstraintViolationException if the date is null or the reason blank
     */
    public static Closure holiday(LocalDate date, String reason) {
        return new Closure(new ValidityPeriod(date, date), ClosureKind.HOLIDAY, reason);
    }

    /**
     * Asks whether a day is closed.
     *
     * @param date the local date, not null
     * @return true if the date lies in the period
     * @throws NullPointerException if the date is null
     */
    public boolean covers(LocalDate date) {
        return period.contains(date);
    }

    /**
     * Returns the period and kind, without the free-text reason.
     *
     * @return for example {@code Closure[period=2026-12-24/2026-12-26, kind=HOLIDAY]}
     */
    @Override
    public String toString() {
        return "Closure[period=" + period + ", kind=" + kind + "]";
    }
}
