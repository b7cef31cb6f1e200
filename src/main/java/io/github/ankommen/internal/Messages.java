package io.github.ankommen.internal;

import java.lang.reflect.Array;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;

/**
 * Renders validation messages from the library's own bundles, with parameters only.
 *
 * <p>A message may name a constraint attribute in braces ({@code {max}}); an Expression Language
 * term ({@code ${...}}) is left as written and never evaluated, as Hibernate Validator's
 * {@code ParameterMessageInterpolator} does. Unlike that class, this one reads the library's bundle
 * {@value RecordValidation#BUNDLE} instead of the application's {@code ValidationMessages}, so neither can
 * override the other. The validated value is never put into a message.
 */
final class Messages extends AbstractMessageInterpolator {

    /** The languages the bundles are written in. */
    static final Set<Locale> LOCALES = Set.of(Locale.ENGLISH, Locale.GERMAN);

    Messages(Locale defaultLocale) {
        super(locale -> ResourceBundle.getBundle(RecordValidation.BUNDLE, supported(locale)),
                LOCALES, defaultLocale, context -> defaultLocale, false);
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (term.startsWith("$")) {
            return term;
        }
        String name = term.substring(1, term.length() - 1);
        Object value = context.getConstraintDescriptor().getAttributes().get(name);
        if (value == null) {
            return term;
        }
        if (value.getClass().isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < Array.getLength(value); i++) {
                joined.append(i == 0 ? "" : ", ").append(Array.get(value, i));
            }
            return joined.toString();
        }
        return value.toString();
    }

    /**
     * Maps any locale onto the two the bundles support: German, or English for everything else.
     *
     * @param locale the asked locale
     * @return {@link Locale#GERMAN} or {@link Locale#ENGLISH}
     */
    static Locale supported(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }
}
