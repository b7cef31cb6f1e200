package io.github.ankommen.referral;

/**
 * The two sides of a referral.
 *
 * <p>The {@link #SENDER} is the contact point that refers the client: a coordinator, or a caseworker
 * of the referral's sending contact point. The {@link #RECEIVER} is the organisation that offers the
 * service: a {@link io.github.ankommen.access.Role#PARTNER partner} of the referral's recipient
 * organisation. No actor is on both sides, and volunteers and analysts are on neither.
 *
 * @since 0.1.0
 */
public enum Side {
    /** The referring contact point. */
    SENDER,
    /** The receiving organisation. */
    RECEIVER
}
