package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * How to reach a contact point or an organisation: phone, e-mail and web.
 *
 * <p>Each channel is optional, but at least one must be given (path {@code reachable}): a channel
 * set that reaches nobody is a mistake. A phone number consists of digits, spaces, {@code /},
 * {@code -} and parentheses, optionally after a leading {@code +}, with at least three digits. An
 * e-mail address must be well-formed and have a dotted domain. A web address must be an absolute
 * {@code http} or {@code https} URI with a host. Empty strings are rejected, not read as absent.
 * This class is immutable and thread-safe.
 *
 * @param phone the phone number, or null
 * @param email the e-mail address, or null
 * @param web the web address, or null
 * @since 0.1.0
 */
public record Channels(
        @Size(max = 40) @Pattern(regexp = Channels.PHONE, message = "{io.github.ankommen.network.Channels.phone.message}")
        String phone,
        @Size(max = 254) @Email(regexp = Channels.EMAIL) String email,
        @WebAddress URI web) {

    /** Digits, spaces, '/', '-', parentheses, an optional leading '+', and at least three digits. */
    static final String PHONE = "\\+?(?:[ ()/-]*[0-9]){3,}[ ()/-]*";

    /** Beyond {@code @Email}'s own check: no spaces, and a dotted domain. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * Creates channels.
     *
     * @param phone the phone number, or null
     * @param email the e-mail address, or null
     * @param web the web address, or null
     * @throws jakarta.validation.ConstraintViolationException if a channel is malformed or all three
     *     are null
     */
    public Channels(String phone, String email, URI web) {
        this.phone = phone;
        this.email = email;
        this.web = web;
        RecordValidation.valid(this);
    }

    /**
     * Obtains channels.
     *
     * @param phone the phone number, or null
     * @param email the e-mail address, or null
     * @param web the web address, or null
     * @return the channels
     * @throws jakarta.validation.ConstraintViolationException if a channel is malformed or all three
     *     are null
     */
    public static Channels of(String phone, String email, URI web) {
        return new Channels(phone, email, web);
    }

    /**
     * Obtains a phone number only.
     *
     * @param phone the phone number, not null
     * @return the channels
     * @throws jakarta.validation.ConstraintViolationException if the number is null or malformed
     */
    public static Channels phone(String phone) {
        return new Channels(phone, null, null);
    }

    /**
     * Obtains an e-mail address only.
     *
     * @param email the e-mail address, not null
     * @return the channels
     * @throws jakarta.validation.ConstraintViolationException if the address is null or malformed
     */
    public static Channels email(String email) {
        return new Channels(null, email, null);
    }

    @AssertTrue(message = "{io.github.ankommen.network.Channels.reachable.message}")
    private boolean isReachable() {
        return phone != null || email != null || web != null;
    }
}
