package io.github.ankommen.network;

/**
 * How far a rollout phase has got.
 *
 * @since 0.1.0
 */
public enum PhaseStatus {
    /** Proposed by the administration, not yet agreed (<i>geplant</i>). */
    PLANNED,
    /** Agreed by the political committees and the district councils (<i>beschlossen</i>). */
    APPROVED,
    /** Its sites are being set up or are open (<i>gestartet</i>). */
    STARTED
}
