package io.github.ankommen.people;

/**
 * The interpreter's answer to a request.
 *
 * @since 0.1.0
 */
public enum InterpreterAnswer {
    /** Not answered yet; once the deadline has passed, the request counts as unmet. */
    PENDING,
    /** The interpreter comes. */
    CONFIRMED,
    /** The interpreter cannot come. */
    DECLINED
}
