package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7: every record refuses text that is not well-formed Unicode or holds a control
 * character other than tab and line feed, with a German and English message naming the component,
 * so that the stores keep exactly what the records accept.
 */
class WellFormedTextTest {

    @Test
    void p7_aNulAControlCharacterOrAnUnpairedSurrogateIsRefusedWhereverTheTextIs() {
        for (String bad : List.of("Dia\u0000betes", "Dia\u0007betes", "Dia\rbetes", "Dia\ud800betes", "Dia\udc00",
                "\ud83d", "\u007f", "x\u0085")) {
            ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                    () -> new SensitiveData(ResidenceStatus.OTHER, bad), bad);
            ConstraintViolation<?> violation = refused.getConstraintViolations().iterator().next();
            assertEquals("healthNotes", violation.getPropertyPath().toString());
            assertFalse(refused.getMessage().contains(bad), "the message holds no personal data");
            assertEquals("muss wohlgeformtes Unicode sein, ohne Steuerzeichen außer Tabulator und Zeilenumbruch",
                    RecordValidation.interpolate(violation, Locale.GERMAN));
            assertEquals("must be well-formed Unicode without control characters other than tab and line feed",
                    RecordValidation.interpolate(violation, Locale.ENGLISH));
        }
        assertThrows(ConstraintViolationException.class, () -> Client.of(ClientId.of("c-1"), "P\u0000"));
        assertThrows(ConstraintViolationException.class, () -> new Goal(GoalId.of("g-1"), "Kurs", List.of("an\u0000melden"),
                LocalDate.of(2018, 1, 1), GoalStatus.values()[0], null));
        assertThrows(ConstraintViolationException.class, () -> new FollowUp(FollowUpId.of("f-1"),
                LocalDate.of(2018, 1, 1), "Notiz\ud800", null));
    }

    @Test
    void p7_tabsNewlinesAndWholeSurrogatePairsAreKept() {
        String text = "Zeile 1\n\tZeile 2 \ud83d\ude00 é ß 中文";
        assertEquals(text, new SensitiveData(ResidenceStatus.OTHER, text).healthNotes());
    }

    @Test
    void p7_theCheckAgreesWithWhatJavaCanEncodeAndDecodeUnchanged() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
            boolean noControls = text.chars().allMatch(c -> !Character.isISOControl(c) || c == '\t' || c == '\n');
            boolean roundTrips = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.UTF_8).equals(text);
            assertEquals(noControls && roundTrips, WellFormedTextValidator.isWellFormed(text), text);
        });
        assertTrue(WellFormedTextValidator.isWellFormed(""));
    }
}
