package io.github.ankommen.base;

/**
 * The base of every exception that ankommen throws on its own account.
 *
 * <p>All of the library's exceptions are unchecked and extend this class, so an application can
 * catch them in one place. Each subclass carries the data a caller needs as accessors (ids,
 * versions, states); none of them carries personal data in its message.
 *
 * <p>Invalid input is the one exception to the tree: it is reported with the standard
 * {@link jakarta.validation.ConstraintViolationException}, so that any Jakarta Validation aware
 * code handles it without knowing ankommen.
 *
 * @since 0.1.0
 */
public class AnkommenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message the message, free of personal data
     */
    public AnkommenException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the message, free of personal data
     * @param cause the cause, may be null
     */
    public AnkommenException(String message, Throwable cause) {
        super(message, cause);
    }
}
