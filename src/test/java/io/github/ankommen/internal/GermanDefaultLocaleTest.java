package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.base.ViolationMessages;
import io.github.ankommen.network.District;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM whose default locale is German (see the {@code german-jvm} surefire
 * execution), because both ResourceBundle and the validator decide their fallbacks from the
 * default locale when they are first used.
 */
@Tag("german-jvm")
class GermanDefaultLocaleTest {

    @Test
    void germanJvmRendersGermanButAnswersEnglishWhenAsked() {
        assertEquals("de", Locale.getDefault().getLanguage(), "this test must run in a German JVM");
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> District.of(""));
        ConstraintViolation<?> violation = e.getConstraintViolations().iterator().next();
        assertEquals("darf nicht leer sein", violation.getMessage());
        assertEquals("must not be blank", ViolationMessages.message(violation, Locale.ENGLISH));
        assertEquals("must not be blank", ViolationMessages.message(violation, Locale.US));
        assertEquals("darf nicht leer sein", ViolationMessages.message(violation, Locale.GERMAN));
    }
}
