package io.github.ankommen.workflow;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A condition on the subject that a transition needs, such as "the support plan has an agreed goal".
 *
 * <p>A guard answers with a refusal reason, or with nothing when the transition may fire. The reason
 * is shown to users and may be logged, so it must be a fixed text without personal data. Guards
 * must be side-effect free, immutable and thread-safe.
 *
 * @param <C> the subject's type
 * @since 0.1.0
 */
@FunctionalInterface
public interface Guard<C> {

    /**
     * Checks the subject.
     *
     * @param subject the subject, not null
     * @return the reason the transition may not fire, or empty if it may
     */
    Optional<String> refusal(C subject);

    /**
     * A guard that always lets the transition fire.
     *
     * @param <C> the subject's type
     * @return the guard
     */
    static <C> Guard<C> none() {
        return subject -> Optional.empty();
    }

    /**
     * A guard from a condition and a fixed reason.
     *
     * @param <C> the subject's type
     * @param condition what must hold for the transition to fire, not null
     * @param reason the reason when it does not hold, not null, without personal data
     * @return the guard
     * @throws NullPointerException if an argument is null
     */
    static <C> Guard<C> of(Predicate<? super C> condition, String reason) {
        Objects.requireNonNull(condition, "condition must not be null");
        Optional<String> refusal = Optional.of(reason);
        return subject -> condition.test(subject) ? Optional.empty() : refusal;
    }

    /**
     * Combines this guard with another: both must let the transition fire. This guard is asked first,
     * and its reason wins.
     *
     * @param other the other guard, not null
     * @return the combined guard
     * @throws NullPointerException if the other guard is null
     */
    default Guard<C> and(Guard<? super C> other) {
        Objects.requireNonNull(other, "other must not be null");
        Guard<C> self = this;
        return subject -> {
            Optional<String> first = self.refusal(subject);
            return first.isPresent() ? first : other.refusal(subject);
        };
    }
}
