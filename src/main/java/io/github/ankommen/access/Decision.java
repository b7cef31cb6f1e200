package io.github.ankommen.access;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The answer of an {@link AccessPolicy}: allowed or denied, and by which rule.
 *
 * <p>Every decision names the rule that made it, such as {@code caseworker.own-contact-point} for an
 * allowed call or {@code volunteer.sensitive-data} for a denied one; the rule ids are listed in
 * {@code docs/access-control.md}. The explanation is a short English sentence for people reading
 * logs and audit trails, and never holds personal data. This class is immutable and thread-safe.
 *
 * @param allowed whether the call may go ahead
 * @param rule the id of the rule that decided: lowercase words joined by dots and hyphens, such as
 *     {@code volunteer.sensitive-data}
 * @param explanation why, in a sentence without personal data; at most 300 characters
 * @since 0.1.0
 */
public record Decision(
        boolean allowed,
        @NotNull @Pattern(regexp = Decision.RULE_PATTERN) String rule,
        @NotBlank @Size(max = 300) String explanation) {

    /** The form of a rule id: at least two lowercase words joined by dots; words may hold hyphens. */
    public static final String RULE_PATTERN = "[a-z][a-z0-9-]{0,39}(\\.[a-z][a-z0-9-]{0,39}){1,3}";

    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(RULE_PATTERN);

    /** Rules already found well-formed: a policy names the same few rules over and over. */
    private static final java.util.Set<String> WELL_FORMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Creates a decision.
     *
     * @param allowed whether the call may go ahead
     * @param rule the rule's id, not null, matching {@link #RULE_PATTERN}
     * @param explanation why, not blank, at most 300 characters, without personal data
     * @throws jakarta.validation.ConstraintViolationException if the rule or explanation is missing
     *     or malformed
     */
    public Decision(boolean allowed, String rule, String explanation) {
        this.allowed = allowed;
        this.rule = rule;
        this.explanation = explanation;
        if (rule == null || !isWellFormed(rule) || explanation == null || explanation.isBlank()
                || explanation.length() > 300) {
            RecordValidation.valid(this);
        }
    }

    /**
     * An allowing decision.
     *
     * @param rule the rule's id, not null, matching {@link #RULE_PATTERN}
     * @param explanation why, not blank, without personal data
     * @return the decision
     * @throws jakarta.validation.ConstraintViolationException if an argument is missing or malformed
     */
    public static Decision allow(String rule, String explanation) {
        return new Decision(true, rule, explanation);
    }

    /**
     * A denying decision.
     *
     * @param rule the rule's id, not null, matching {@link #RULE_PATTERN}
     * @param explanation why, not blank, without personal data
     * @return the decision
     * @throws jakarta.validation.ConstraintViolationException if an argument is missing or malformed
     */
    public static Decision deny(String rule, String explanation) {
        return new Decision(false, rule, explanation);
    }

    /**
     * Asks whether the call is denied.
     *
     * @return true if it is not allowed
     */
    public boolean denied() {
        return !allowed;
    }

    private static boolean isWellFormed(String rule) {
        if (WELL_FORMED.contains(rule)) {
            return true;
        }
        boolean wellFormed = RULE.matcher(rule).matches();
        if (wellFormed && WELL_FORMED.size() < 10_000) {
            WELL_FORMED.add(rule);
        }
        return wellFormed;
    }
}
