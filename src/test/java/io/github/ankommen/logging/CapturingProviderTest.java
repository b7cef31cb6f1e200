package io.github.ankommen.logging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The tests read their log through the capturing provider; without it they would prove nothing. */
class CapturingProviderTest {

    @Test
    void debugLinesAreCaptured() {
        LoggerFactory.getLogger("capture-check").debug("marker {}", 42);
        assertTrue(CapturingProvider.lines().contains("DEBUG capture-check marker 42"), CapturingProvider.lines()
                .toString());
    }
}
