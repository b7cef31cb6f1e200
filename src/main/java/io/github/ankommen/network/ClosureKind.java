package io.github.ankommen.network;

/**
 * Why a contact point is closed on dates it would normally be open.
 *
 * @since 0.1.0
 */
public enum ClosureKind {
    /** A public holiday or the holidays between the years (<i>Feiertag</i>). */
    HOLIDAY,
    /** A temporary closure: illness, renovation, a move (<i>vorübergehende Schließung</i>). */
    TEMPORARY_CLOSURE
}
