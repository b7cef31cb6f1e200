package io.github.ankommen.storage;

import io.github.ankommen.base.AnkommenException;

/**
 * A store's backend failed: the database was unreachable, a statement failed, a connection died.
 *
 * <p>A store never lets its backend's own exceptions escape; it wraps them in this one, with the
 * original as the cause. After this exception nothing of the unit that was being applied is
 * visible. Whether a retry can succeed depends on the cause.
 *
 * @since 0.1.0
 */
public class StoreException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, free of personal data
     * @param cause the backend's exception, may be null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
