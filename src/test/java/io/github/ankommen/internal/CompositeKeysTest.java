package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Versioned keys: ten zero-padded digits after the owner, so that they sort by version. */
class CompositeKeysTest {

    @Test
    void aVersionedKeyIsTheOwnerASlashAndTenDigits() {
        assertEquals("case-17/0000000003", CompositeKeys.versioned("case-17", 3));
        assertEquals("case-17/0000000000", CompositeKeys.versioned("case-17", 0));
        assertEquals("c/9999999999", CompositeKeys.versioned("c", CompositeKeys.MAX_VERSION));
        assertEquals("ü/0000000012", CompositeKeys.versioned("ü", 12));
    }

    @Test
    void aVersionedKeyReadsBackAndSortsByVersion() {
        String key = CompositeKeys.versioned("case-17", 1_234_567_890L);
        assertEquals("case-17", CompositeKeys.owner(key));
        assertEquals(1_234_567_890L, CompositeKeys.version(key));
        assertTrue(CompositeKeys.versioned("case-17", 9).compareTo(CompositeKeys.versioned("case-17", 10)) < 0);
    }

    @Test
    void aVersionOutsideTenDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompositeKeys.versioned("case-17", -1));
        assertThrows(IllegalArgumentException.class,
                () -> CompositeKeys.versioned("case-17", CompositeKeys.MAX_VERSION + 1));
    }
}
