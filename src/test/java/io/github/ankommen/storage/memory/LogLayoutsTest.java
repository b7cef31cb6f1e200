package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The logs kept by their fields give back records equal to those written, whatever order their
 * rows arrive in: each row's cells move with it when a row is put before it.
 */
class LogLayoutsTest {

    private static final Instant T0 = Instant.parse("2018-06-04T08:00:00Z");
    private static final Role[] ROLES = Role.values();

    @Test
    void auditEntriesComeBackEqualInAnyOrderOfWriting() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            GroupedTable<AuditEntry> table = new GroupedTable<>("case", new LogLayouts.AuditTrail());
            List<AuditEntry> written = new ArrayList<>();
            for (String c : List.of("case-1", "case-2")) {
                for (long version = 1; version <= 1 + random.nextInt(12); version++) {
                    written.add(new AuditEntry(CaseId.of(c), version, ActorId.of("cw-" + random.nextInt(3)),
                            ROLES[random.nextInt(ROLES.length)], T0.plusSeconds(random.nextInt(100_000)),
                            version == 1 ? null : State.of("s" + (version - 1)), State.of("s" + version),
                            "t" + random.nextInt(4), random.nextBoolean() ? null : "reason " + version));
                }
            }
            Collections.shuffle(written, random);
            written.forEach(entry -> table.put(null, entry, 1));
            for (AuditEntry entry : written) {
                assertThat(table.get(RecordKind.AUDIT_ENTRY.keyOf(entry))).as("seed %d", seed)
                        .isEqualTo(Versioned.of(entry, 1));
                assertThat(table.version(null, entry)).isEqualTo(1);
            }
            assertThat(table.count(entry -> true)).isEqualTo(written.size());
            List<String> keys = new ArrayList<>();
            table.ids("case", CaseId.of("case-1")).forEach(keys::add);
            assertThat(keys).isSorted().containsExactlyInAnyOrderElementsOf(written.stream()
                    .filter(e -> e.caseId().value().equals("case-1")).map(RecordKind.AUDIT_ENTRY::keyOf).toList());
        });
    }

    @Test
    void changeRecordsComeBackEqualWithTheirReasonsAndVersions() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            GroupedTable<ChangeRecord> table = new GroupedTable<>("subject", new LogLayouts.ChangeLog());
            List<ChangeRecord> written = new ArrayList<>();
            for (String kind : List.of("client", "consent")) {
                for (long version = 1; version <= 1 + random.nextInt(9); version++) {
                    written.add(new ChangeRecord(ChangeRecordId.of(kind, "p-1", version), ActorId.of("cw-1"),
                            ROLES[random.nextInt(ROLES.length)], T0.plusSeconds(version), "set_" + random.nextInt(3),
                            random.nextBoolean() ? null : "why " + version));
                }
            }
            Collections.shuffle(written, random);
            written.forEach(change -> table.put(null, change, 1));
            // The retention run writes a row again without its reason.
            ChangeRecord stripped = written.get(random.nextInt(written.size()));
            table.put(null, stripped.withoutReason(), 2);
            for (ChangeRecord change : written) {
                Versioned<ChangeRecord> expected = change == stripped ? Versioned.of(change.withoutReason(), 2)
                        : Versioned.of(change, 1);
                assertThat(table.get(RecordKind.CHANGE_RECORD.keyOf(change))).as("seed %d", seed).isEqualTo(expected);
            }
            assertThat(table.ids("subject", "consent/p-1")).allMatch(key -> key.startsWith("consent/p-1/"));
        });
    }
}
