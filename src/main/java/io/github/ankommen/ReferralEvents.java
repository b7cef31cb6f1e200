package io.github.ankommen;

import io.github.ankommen.referral.ReferralEvent;
import io.github.ankommen.referral.ReferralListener;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands referral events to every registered listener, in registration order, on the caller's
 * thread.
 *
 * <p>A listener that throws does not stop the others: the failure is logged at WARN with the
 * event's ids and the listener's and exception's class names, never the exception's message (it
 * might hold personal data), and {@link #publish} counts it. Errors ({@link Error}) are not caught.
 * Routine publishing is logged at DEBUG. Not API: the services publish through it. This class is
 * immutable and thread-safe if its listeners are.
 */
final class ReferralEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralEvents.class);

    private final List<ReferralListener> listeners;

    private ReferralEvents(List<ReferralListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * Obtains a fan-out to listeners.
     *
     * @param listeners the listeners, not null, no nulls; may be empty
     * @return the fan-out
     * @throws NullPointerException if the array or a listener is null
     */
    static ReferralEvents of(ReferralListener... listeners) {
        return of(List.of(listeners));
    }

    /**
     * Obtains a fan-out to listeners.
     *
     * @param listeners the listeners, not null, no nulls; may be empty
     * @return the fan-out
     * @throws NullPointerException if the list or a listener is null
     */
    static ReferralEvents of(List<ReferralListener> listeners) {
        return new ReferralEvents(List.copyOf(listeners));
    }

    /**
     * Returns a fan-out with one more listener, called after the others.
     *
     * @param listener the listener, not null
     * @return the new fan-out
     * @throws NullPointerException if the listener is null
     */
    ReferralEvents with(ReferralListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        ReferralListener[] more = listeners.toArray(new ReferralListener[listeners.size() + 1]);
        more[listeners.size()] = listener;
        return of(more);
    }

    /**
     * The listeners, in the order they are called.
     *
     * @return the listeners, unmodifiable
     */
    List<ReferralListener> listeners() {
        return listeners;
    }

    /**
     * Hands one event to every listener.
     *
     * @param event the event, not null
     * @return how many listeners threw
     * @throws NullPointerException if the event is null
     */
    int publish(ReferralEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        LOG.debug("publishing {} to {} listeners", event, listeners.size());
        int failed = 0;
        for (ReferralListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("referral listener {} failed with {} on {}", listener.getClass().getName(),
                        e.getClass().getName(), event);
            }
        }
        return failed;
    }

    /**
     * Hands events to every listener, one event after the other.
     *
     * @param events the events, not null, no nulls
     * @return how many listener calls threw, over all events
     * @throws NullPointerException if the collection or an event is null
     */
    int publishAll(Collection<? extends ReferralEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        if (events.isEmpty()) {
            return 0;
        }
        int failed = 0;
        for (ReferralEvent event : events) {
            failed += publish(event);
        }
        return failed;
    }
}
