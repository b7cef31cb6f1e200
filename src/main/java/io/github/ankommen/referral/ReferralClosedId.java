package io.github.ankommen.referral;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;

/**
 * The id of a {@link ReferralClosed} note: the referral and the terminal status it reached. A
 * referral reaches a terminal status once, and may be entered in error after that, so the pair is
 * unique. Its text form is the referral id, a slash and the status's FHIR code, such as
 * {@code ref-4/completed}. This class is immutable and thread-safe.
 *
 * @param referral the referral
 * @param status the terminal status it reached
 * @since 0.1.0
 */
public record ReferralClosedId(@NotNull ReferralId referral, @NotNull ReferralStatus status) {

    /**
     * Creates an id.
     *
     * @param referral the referral, not null
     * @param status the status, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public ReferralClosedId(ReferralId referral, ReferralStatus status) {
        this.referral = referral;
        this.status = status;
        RecordValidation.valid(this);
    }

    /**
     * The id of a note.
     *
     * @param closed the note, not null
     * @return its id
     */
    public static ReferralClosedId of(ReferralClosed closed) {
        return new ReferralClosedId(closed.referral(), closed.status());
    }

    /**
     * Reads an id back from its key.
     *
     * @param key a key made by {@link #key()}, not null
     * @return the id
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static ReferralClosedId parse(String key) {
        String code = CompositeKeys.part(key);
        ReferralStatus status = Arrays.stream(ReferralStatus.values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a referral note key"));
        return new ReferralClosedId(ReferralId.of(CompositeKeys.owner(key)), status);
    }

    /**
     * The text form.
     *
     * @return the key, at most 81 characters
     */
    public String key() {
        return CompositeKeys.named(referral.value(), status.code());
    }

    @Override
    public String toString() {
        return key();
    }
}
