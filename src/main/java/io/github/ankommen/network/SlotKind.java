package io.github.ankommen.network;

/**
 * Whether clients may simply walk in during a weekly slot.
 *
 * @since 0.1.0
 */
public enum SlotKind {
    /** Open consultation hours: walk in without an appointment (<i>offene Sprechstunde</i>). */
    OPEN,
    /** Consultation by appointment only (<i>nur nach Terminvereinbarung</i>). */
    APPOINTMENT_ONLY
}
