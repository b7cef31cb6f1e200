package io.github.ankommen.access;

/**
 * A right that an actor holds in addition to what its role allows.
 *
 * @since 0.1.0
 */
public enum Permission {
    /** May move a referral on without covering consent; every use is recorded with its reason. */
    CONSENT_OVERRIDE,
    /** May approve a case's closure where the municipality requires approval. */
    APPROVE_CLOSURE,
    /** May approve or decline a case's support plan where the municipality requires approval. */
    APPROVE_PLAN
}
