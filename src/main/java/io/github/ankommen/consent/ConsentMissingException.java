package io.github.ankommen.consent;

import io.github.ankommen.base.AnkommenException;

/**
 * Data was to go to a recipient, but no valid consent, legal basis or override covers it; nothing
 * was shared and nothing changed.
 *
 * <p>The exception carries the {@link ConsentCheck}, which says what is missing. Its message names
 * the client's id, the recipient, the closest consent and the gaps; never the purpose.
 *
 * @since 0.1.0
 */
public class ConsentMissingException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** What is missing; a serializable record of ids and enums. */
    @SuppressWarnings("serial")
    private final ConsentCheck check;

    /**
     * Creates the exception.
     *
     * @param check the failed check, not null, not covered
     */
    public ConsentMissingException(ConsentCheck check) {
        super("no basis to share data of client " + check.client() + " with " + check.recipient() + ": missing "
                + check.missing() + (check.consent() == null ? "" : " (closest consent " + check.consent() + ")")
                + (check.uncovered().isEmpty() ? "" : ", categories not covered " + check.uncovered()));
        this.check = check;
    }

    /**
     * What is missing.
     *
     * @return the failed check
     */
    public ConsentCheck check() {
        return check;
    }
}
