package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How to refer a client to an offer: a contact person, channels, or both; at least one of them
 * (path {@code reachable}).
 *
 * <p>The contact person's name is personal data and is left out of {@link #toString()}; so are
 * the channels, which may be that person's direct line. This class is immutable and thread-safe.
 *
 * @param contactPerson the name of the person to contact, or null; not blank, at most 200 characters
 * @param channels the phone, e-mail or web address to use, or null
 * @since 0.1.0
 */
public record ReferralChannel(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String contactPerson,
        Channels channels) {

    /**
     * Creates a referral channel.
     *
     * @param contactPerson the contact person's name, or null; not blank
     * @param channels the channels, or null
     * @throws jakarta.validation.ConstraintViolationException if both are null or the name is blank
     *     or too long
     */
    public ReferralChannel(String contactPerson, Channels channels) {
        this.contactPerson = contactPerson;
        this.channels = channels;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a referral channel.
     *
     * @param contactPerson the contact person's name, or null; not blank
     * @param channels the channels, or null
     * @return the referral channel
     * @throws jakarta.validation.ConstraintViolationException if both are null or the name is blank
     *     or too long
     */
    public static ReferralChannel of(String contactPerson, Channels channels) {
        return new ReferralChannel(contactPerson, channels);
    }

    /**
     * Obtains a referral channel without a named person.
     *
     * @param channels the channels, not null
     * @return the referral channel
     * @throws jakarta.validation.ConstraintViolationException if the channels are null
     */
    public static ReferralChannel via(Channels channels) {
        return new ReferralChannel(null, channels);
    }

    /**
     * Says what is there, not what it is.
     *
     * @return for example {@code ReferralChannel[contactPerson=yes, channels=yes]}
     */
    @Override
    public String toString() {
        return "ReferralChannel[contactPerson=" + (contactPerson == null ? "no" : "yes")
                + ", channels=" + (channels == null ? "no" : "yes") + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.network.ReferralChannel.reachable.message}")
    private boolean isReachable() {
        return contactPerson != null || channels != null;
    }
}
