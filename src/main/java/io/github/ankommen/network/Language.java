package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import jakarta.validation.constraints.NotNull;

/**
 * A language, as a lowercase ISO 639 code: two letters ({@code ar}, ISO 639-1) or three letters
 * ({@code ara}, ISO 639-2/T or 639-3) as far as the JDK knows them.
 *
 * <p>Languages are compared by code, exactly as given: {@code ar} and {@code ara} are different
 * values. Prefer the two-letter code where one exists. Upper-case codes are rejected rather than
 * silently converted. This class is immutable and thread-safe.
 *
 * @param code the lowercase ISO 639 code
 * @since 0.1.0
 */
public record Language(@NotNull @Iso639 String code) {

    /** Arabic, {@code ar}. */
    public static final Language ARABIC = of("ar");

    /** English, {@code en}. */
    public static final Language ENGLISH = of("en");

    /** Persian (Farsi), {@code fa}. */
    public static final Language FARSI = of("fa");

    /** German, {@code de}. */
    public static final Language GERMAN = of("de");

    /**
     * Creates a language.
     *
     * @param code the lowercase ISO 639 code, not null
     * @throws jakarta.validation.ConstraintViolationException if the code is null or not a known
     *     lowercase ISO 639 code
     */
    public Language(String code) {
        this.code = code;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a language. Languages of the same code may be one shared instance: a network speaks
     * few, and its clients, offers and contact points hold them many times over. Compare languages
     * with {@code equals}.
     *
     * @param code the lowercase ISO 639 code, not null
     * @return the language
     * @throws jakarta.validation.ConstraintViolationException if the code is null or not a known
     *     lowercase ISO 639 code
     */
    public static Language of(String code) {
        return SharedValues.of(Language.class, code, Language::new);
    }

    /**
     * Returns the code.
     *
     * @return the code, such as {@code ar}
     */
    @Override
    public String toString() {
        return code;
    }
}
