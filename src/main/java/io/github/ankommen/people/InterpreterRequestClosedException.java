package io.github.ankommen.people;

import io.github.ankommen.base.AnkommenException;
import java.time.Instant;
import java.util.Objects;

/**
 * Thrown when an interpreter request can be answered no more: it is answered already, or its
 * deadline has passed. Nothing was written. The message names ids and times only.
 *
 * @since 0.1.0
 */
public class InterpreterRequestClosedException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The request; ids are serializable records. */
    @SuppressWarnings("serial")
    private final InterpreterRequestId request;
    /** Its answer so far. */
    private final InterpreterAnswer answer;
    /** Its deadline. */
    private final Instant answerBy;

    /**
     * Creates the exception.
     *
     * @param request the request, not null
     * @param answer its answer so far, not null
     * @param answerBy its deadline, not null
     */
    public InterpreterRequestClosedException(InterpreterRequestId request, InterpreterAnswer answer, Instant answerBy) {
        super("interpreter request " + request + " can be answered no more: answer " + answer + ", deadline "
                + answerBy);
        this.request = Objects.requireNonNull(request, "request must not be null");
        this.answer = Objects.requireNonNull(answer, "answer must not be null");
        this.answerBy = Objects.requireNonNull(answerBy, "answerBy must not be null");
    }

    /**
     * The request.
     *
     * @return its id
     */
    public InterpreterRequestId request() {
        return request;
    }

    /**
     * The request's answer so far.
     *
     * @return the answer
     */
    public InterpreterAnswer answer() {
        return answer;
    }

    /**
     * The deadline for the answer.
     *
     * @return the deadline
     */
    public Instant answerBy() {
        return answerBy;
    }
}
