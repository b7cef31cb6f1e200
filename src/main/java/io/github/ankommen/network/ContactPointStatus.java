package io.github.ankommen.network;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a contact point stands in its life.
 *
 * <p>The lifecycle is {@code PLANNED → PREPARING → OPEN ↔ TEMPORARILY_CLOSED → CLOSED}. A site
 * that is planned or being prepared may also be cancelled, that is go straight to {@code CLOSED}.
 * {@code CLOSED} is final: a site that reopens is a new contact point. No status follows itself.
 *
 * @since 0.1.0
 */
public enum ContactPointStatus {
    /** Agreed on paper, not yet being set up (<i>geplant</i>). */
    PLANNED,
    /** Being set up: rooms, staff, partner (<i>in Vorbereitung</i>). */
    PREPARING,
    /** Open for clients (<i>geöffnet</i>). */
    OPEN,
    /** Closed for a while, expected to reopen (<i>vorübergehend geschlossen</i>). */
    TEMPORARILY_CLOSED,
    /** Closed for good, or cancelled before it opened (<i>geschlossen</i>). */
    CLOSED;

    /**
     * The statuses that may follow this one.
     *
     * @return a new, modifiable set; empty for {@link #CLOSED}
     */
    public Set<ContactPointStatus> successors() {
        return switch (this) {
            case PLANNED -> EnumSet.of(PREPARING, CLOSED);
            case PREPARING -> EnumSet.of(OPEN, CLOSED);
            case OPEN -> EnumSet.of(TEMPORARILY_CLOSED, CLOSED);
            case TEMPORARILY_CLOSED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(ContactPointStatus.class);
        };
    }

    /**
     * Asks whether a contact point in this status may change to another.
     *
     * @param next the next status, not null
     * @return true if the lifecycle allows the step
     * @throws NullPointerException if {@code next} is null
     */
    public boolean canChangeTo(ContactPointStatus next) {
        Objects.requireNonNull(next, "next must not be null");
        return successors().contains(next);
    }
}
