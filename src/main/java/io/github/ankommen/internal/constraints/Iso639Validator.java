package io.github.ankommen.internal.constraints;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Iso639;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * RecordValidation {@link Iso639}: the code is one of the JDK's ISO 639 codes, in lower case.
 *
 * @since 0.1.0
 */
public final class Iso639Validator implements ConstraintValidator<Iso639, String> {

    private static final Set<String> CODES = codes();

    /** Creates the validator; Hibernate Validator calls this. */
    public Iso639Validator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }

    /**
     * Asks whether a code is accepted.
     *
     * @param code the code, not null
     * @return true if it is a known lowercase ISO 639 code
     */
    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (String two : Locale.getISOLanguages()) {
            codes.add(two);
            try {
                String three = new Locale(two).getISO3Language();
                if (!three.isEmpty()) {
                    codes.add(three);
                }
            } catch (MissingResourceException e) {
                // The JDK has no three-letter form for this code: the two-letter one still counts.
            }
        }
        return Set.copyOf(codes);
    }
}
