package io.github.ankommen.consent;

/**
 * What keeps a transfer of data from being covered; see {@link ConsentCheck}.
 *
 * @since 0.1.0
 */
public enum ConsentGap {
    /** The client has given no consent for this recipient at all. */
    NO_CONSENT_FOR_RECIPIENT,
    /** The consent for the recipient names another purpose. */
    PURPOSE_NOT_COVERED,
    /** The consent for the recipient does not cover every data category to be shared. */
    CATEGORIES_NOT_COVERED,
    /** The consent is not valid yet: it starts later, or was obtained after the transfer. */
    NOT_YET_VALID,
    /** The consent's last valid day has passed. */
    EXPIRED,
    /** The consent has been withdrawn. */
    WITHDRAWN,
    /** A legal basis was given, but it does not name this recipient, purpose and data categories. */
    LEGAL_BASIS_NOT_COVERING
}
