package io.github.ankommen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.base.ViolationMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Assertions about rejected input, shared by the network tests. */
final class Violations {

    private Violations() {
    }

    /**
     * Asserts that the construction is rejected with a {@link ConstraintViolationException} whose
     * violations lie exactly on the given paths, each with a German and an English message that
     * resolved (no raw key, no expression) and differ from each other.
     */
    static ConstraintViolationException assertRejected(Runnable construction, String... paths) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        assertEquals(new TreeSet<>(Set.of(paths)), paths(e), e.getMessage());
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String german = ViolationMessages.message(v, Locale.GERMAN);
            String english = ViolationMessages.message(v, Locale.ENGLISH);
            for (String message : new String[] {german, english}) {
                assertFalse(message.contains("{") || message.contains("${") || message.isBlank(),
                        v.getPropertyPath() + ": " + message);
            }
            assertNotEquals(german, english, "the German bundle must have its own text for " + v.getMessageTemplate());
        }
        return e;
    }

    /** The violated paths of an exception. */
    static Set<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The message of the one violation on a path, in a language. */
    static String message(ConstraintViolationException e, String path, Locale locale) {
        return e.getConstraintViolations().stream().filter(v -> v.getPropertyPath().toString().equals(path))
                .map(v -> ViolationMessages.message(v, locale)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation at " + path));
    }
}
