package io.github.ankommen.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Stores;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Write;
import io.github.ankommen.tck.ForwardingStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, point 5, tried with the whole demo on both stores: every unit of work the services
 * apply writes, for each record it writes that is not a log itself, exactly one change record with
 * that record's kind, key and new version, and no other change record; all change records of a unit
 * name one actor, time and command. The demo touches every kind of record the services write.
 */
class DemoChangeLogTest {

    /** The kinds that are logs themselves, and so have no change records. */
    private static final Set<RecordKind<?, ?>> LOGS = Set.of(RecordKind.AUDIT_ENTRY, RecordKind.REFERRAL_HISTORY,
            RecordKind.REFERRAL_CLOSED, RecordKind.DENIED_ACCESS, RecordKind.CHANGE_RECORD);

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_everyRecordTheDemoWritesComesWithItsChangeRecordInTheSameUnit(String name, Supplier<Store> store) {
        Checked checked = new Checked(store.get());
        Demo.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), checked, name);

        assertEquals(List.of(), checked.failures);
        Set<String> expected = new TreeSet<>();
        RecordKind.all().stream().filter(kind -> !LOGS.contains(kind)).forEach(kind -> expected.add(kind.name()));
        assertEquals(expected, checked.kindsWritten.keySet(), "the kinds of record the demo writes");
        // Some of the commands: the action names the command, per kind of record.
        assertTrue(checked.kindsWritten.get("client").containsAll(Set.of("register_client", "retention_run")),
                checked.kindsWritten.toString());
        assertTrue(checked.kindsWritten.get("referral").containsAll(Set.of("draft", "request", "accept",
                "withdraw_consent")), checked.kindsWritten.toString());
        assertTrue(checked.kindsWritten.get("contact_point").contains("load_directory"),
                checked.kindsWritten.toString());
        assertTrue(checked.kindsWritten.get("consent").contains("record_consent"), checked.kindsWritten.toString());
        assertTrue(checked.kindsWritten.get("case").containsAll(Set.of("open", "assess")),
                checked.kindsWritten.toString());
    }

    /** A store that checks every unit it is given for its change records, then applies it. */
    private static final class Checked extends ForwardingStore {
        private final List<String> failures = new ArrayList<>();
        private final Map<String, Set<String>> kindsWritten = new HashMap<>();

        Checked(Store store) {
            super(store);
        }

        @Override
        public void apply(UnitOfWork unit) {
            check(unit);
            super.apply(unit);
        }

        private void check(UnitOfWork unit) {
            Map<ChangeRecordId, ChangeRecord> changes = new HashMap<>();
            List<Write<?, ?>> written = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                if (write.kind() == RecordKind.CHANGE_RECORD) {
                    if (write.isInsert()) {
                        ChangeRecord change = (ChangeRecord) write.record();
                        changes.put(change.id(), change);
                    }
                } else if (!LOGS.contains(write.kind())) {
                    written.add(write);
                }
            }
            Set<String> shared = new TreeSet<>();
            for (Write<?, ?> write : written) {
                ChangeRecord change = changes.remove(ChangeRecordId.of(write.kind().name(), write.key(), write.newVersion()));
                if (change == null) {
                    failures.add("no change record for " + write.kind() + " " + write.key() + " version "
                            + write.newVersion());
                } else {
                    kindsWritten.computeIfAbsent(write.kind().name(), k -> new TreeSet<>()).add(change.action());
                    shared.add(change.actor() + " " + change.role() + " " + change.at() + " " + change.action());
                }
            }
            if (!changes.isEmpty()) {
                failures.add("change records without a write: " + changes.keySet());
            }
            if (shared.size() > 1) {
                failures.add("one unit, several actors, times or commands: " + shared);
            }
        }
    }
}
