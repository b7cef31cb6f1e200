package io.github.ankommen.casework;

/**
 * The categories of a client's personal data. Access rules and retention periods differ per
 * category: sensitive data is seen by fewer people and deleted sooner.
 */
public enum DataCategory {
    /** What everyday case work needs: {@link BasicData}. */
    BASIC,
    /** Data of special sensitivity, such as residence status and health: {@link SensitiveData}. */
    SENSITIVE
}
