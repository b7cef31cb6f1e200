package io.github.ankommen.casework;

/**
 * A client's residence status in Germany, in broad classes; part of {@link SensitiveData}.
 *
 * @since 0.1.0
 */
public enum ResidenceStatus {
    /** The asylum procedure is running (<i>Aufenthaltsgestattung</i>). */
    ASYLUM_PROCEDURE,
    /** A residence permit, including recognised refugees (<i>Aufenthaltserlaubnis</i>). */
    RESIDENCE_PERMIT,
    /** Temporary protection, such as under § 24 AufenthG. */
    TEMPORARY_PROTECTION,
    /** Deportation is suspended (<i>Duldung</i>). */
    TOLERATION,
    /** A permanent settlement permit (<i>Niederlassungserlaubnis</i>). */
    SETTLEMENT_PERMIT,
    /** Any other status, such as an EU citizen's right of free movement. */
    OTHER
}
