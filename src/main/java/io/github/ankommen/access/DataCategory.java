package io.github.ankommen.access;

import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.SensitiveData;

/**
 * The categories of a client's personal data. Access rules and retention periods differ per
 * category: sensitive data is seen by fewer people and deleted sooner.
 *
 * @since 0.1.0
 */
public enum DataCategory {
    /** What everyday case work needs: {@link BasicData}. */
    BASIC,
    /** Data of special sensitivity, such as residence status and health: {@link SensitiveData}. */
    SENSITIVE
}
