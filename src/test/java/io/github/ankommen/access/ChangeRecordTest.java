package io.github.ankommen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change log's values: ids that sort by record and version, and reasons kept out of sight. */
class ChangeRecordTest {

    private static final Instant AT = Instant.parse("2018-06-04T08:00:00Z");

    @Test
    void anIdsKeySortsARecordsChangesTogetherAndByVersionAndParsesBack() {
        ChangeRecordId id = ChangeRecordId.of("booked_slot", "cp-hoerde/20181106T1000", 12);
        assertEquals("booked_slot/cp-hoerde/20181106T1000/0000000012", id.textKey());
        assertEquals(id, ChangeRecordId.parse(id.textKey()), "a key with a slash of its own");
        assertTrue(ChangeRecordId.of("case", "case-1", 9).textKey()
                .compareTo(ChangeRecordId.of("case", "case-1", 10).textKey()) < 0);
        assertTrue(ChangeRecordId.of("case", "case-1", 99).textKey()
                .compareTo(ChangeRecordId.of("case", "case-10", 1).textKey()) < 0);
        for (String bad : List.of("", "case", "case/case-1", "case/case-1/12", "Case/case-1/0000000001",
                "case//0000000001", "case/case-1/000000000x")) {
            assertThrows(IllegalArgumentException.class, () -> ChangeRecordId.parse(bad), bad);
        }
    }

    @Test
    void anIdRefusesWhatItCannotKeep() {
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of(null, "k", 1));
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of("Case", "k", 1));
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of("case", "", 1));
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of("case", "k".repeat(201), 1));
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of("case", "k", 0));
        assertThrows(ConstraintViolationException.class, () -> ChangeRecordId.of("case", "k", 10_000_000_000L));
    }

    @Test
    void aRecordShowsWhoWhenAndWhatButNeverTheReason() {
        ChangeRecord change = new ChangeRecord(ChangeRecordId.of("client", "client-1", 2), ActorId.of("cw-1"),
                Role.CASEWORKER, AT, "register_client", "Mariam zog zur Schwester");
        assertFalse(change.toString().contains("Mariam"), change.toString());
        assertTrue(change.toString().contains("client/client-1/0000000002"), change.toString());
        ChangeRecord without = change.withoutReason();
        assertNull(without.reason());
        assertEquals(List.of(change.id(), change.actor(), change.role(), change.at(), change.action()),
                List.of(without.id(), without.actor(), without.role(), without.at(), without.action()));
        assertSame(without, without.withoutReason());
    }

    @Test
    void aRecordRefusesMissingPartsAndTextTheStoresWouldNotKeepAlike() {
        ChangeRecordId id = ChangeRecordId.of("client", "client-1", 1);
        ActorId actor = ActorId.of("cw-1");
        assertThrows(ConstraintViolationException.class, () -> new ChangeRecord(null, actor, Role.CASEWORKER, AT, "x", null));
        assertThrows(ConstraintViolationException.class, () -> new ChangeRecord(id, null, Role.CASEWORKER, AT, "x", null));
        assertThrows(ConstraintViolationException.class, () -> new ChangeRecord(id, actor, null, AT, "x", null));
        assertThrows(ConstraintViolationException.class, () -> new ChangeRecord(id, actor, Role.CASEWORKER, null, "x", null));
        assertThrows(ConstraintViolationException.class, () -> new ChangeRecord(id, actor, Role.CASEWORKER, AT, "Not a name", null));
        assertThrows(ConstraintViolationException.class,
                () -> new ChangeRecord(id, actor, Role.CASEWORKER, AT, "x", "r".repeat(2001)));
        assertThrows(ConstraintViolationException.class,
                () -> new ChangeRecord(id, actor, Role.CASEWORKER, AT, "x", "Dia\u0000betes"));
        assertThrows(ConstraintViolationException.class,
                () -> new ChangeRecord(id, actor, Role.CASEWORKER, AT, "x", "Dia\ud800betes"));
    }
}
