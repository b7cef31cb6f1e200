package io.github.ankommen.referral;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a completed referral achieved, with an optional note.
 *
 * <p>The note is free text and may hold personal data; {@link #toString()} leaves it out. This class
 * is immutable and thread-safe.
 *
 * @param kind what was achieved
 * @param note a note, or null; not blank, at most 2000 characters
 * @since 0.1.0
 */
public record ReferralOutcome(
        @NotNull Kind kind,
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String note) {

    /** What a referral achieved. */
    public enum Kind {
        /** The client was enrolled in a course, such as an integration or language course. */
        ENROLLED_IN_COURSE,
        /** An appointment was held, such as the first one at the Jobcenter. */
        APPOINTMENT_HELD,
        /** The client became a member, such as of a sports club. */
        MEMBERSHIP_STARTED,
        /** The client took a job. */
        JOB_TAKEN,
        /** The client started vocational training. */
        TRAINING_STARTED,
        /** A child got a school or day-care place. */
        PLACE_OBTAINED,
        /** The client was registered, such as with an authority or a school office. */
        REGISTERED,
        /** A foreign qualification was recognised. */
        QUALIFICATION_RECOGNISED,
        /** The service was delivered in another way; the note says how. */
        OTHER
    }

    /**
     * Creates an outcome.
     *
     * @param kind what was achieved, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if the kind is null or the note blank or too long
     */
    public ReferralOutcome(Kind kind, String note) {
        this.kind = kind;
        this.note = note;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an outcome without a note.
     *
     * @param kind what was achieved, not null
     * @return the outcome
     * @throws jakarta.validation.ConstraintViolationException if the kind is null
     */
    public static ReferralOutcome of(Kind kind) {
        return new ReferralOutcome(kind, null);
    }

    /**
     * Obtains an outcome with a note.
     *
     * @param kind what was achieved, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the outcome
     * @throws jakarta.validation.ConstraintViolationException if the kind is null or the note blank or too long
     */
    public static ReferralOutcome of(Kind kind, String note) {
        return new ReferralOutcome(kind, note);
    }

    /**
     * Shows the kind, never the note.
     *
     * @return for example {@code ReferralOutcome[kind=JOB_TAKEN]}
     */
    @Override
    public String toString() {
        return "ReferralOutcome[kind=" + kind + "]";
    }
}
