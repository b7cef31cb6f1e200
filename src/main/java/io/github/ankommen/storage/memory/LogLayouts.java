package io.github.ankommen.storage.memory;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.workflow.State;
import java.time.Instant;

/**
 * How the memory store keeps its two largest logs, a case's audit entries and a record's change
 * records: by their fields alone, in the cells of their group. The owner (the case, or the changed
 * record's kind and key) is kept once per group and the number is the group's, so a row holds only
 * references to values that it shares with the records it was written with: the actor's id, the
 * instant, the states and the names. Reading a row makes the record again, which checks itself as
 * any record does.
 */
final class LogLayouts {

    private LogLayouts() {
    }

    /** A case's audit entries, grouped by case, numbered by the case's version. */
    static final class AuditTrail implements GroupedTable.Layout<AuditEntry> {

        @Override
        public String partitionOf(AuditEntry entry) {
            return null;
        }

        @Override
        public boolean isPartitioned() {
            return false;
        }

        @Override
        public String ownerOf(AuditEntry entry) {
            return entry.caseId().value();
        }

        @Override
        public String ownerTextOf(Object indexKey) {
            return RecordKind.CASE.key((CaseId) indexKey);
        }

        @Override
        public long numberOf(AuditEntry entry) {
            return entry.version();
        }

        @Override
        public String keyOf(AuditEntry entry) {
            return RecordKind.AUDIT_ENTRY.keyOf(entry);
        }

        @Override
        public Object groupValueOf(AuditEntry entry) {
            return entry.caseId();
        }

        @Override
        public int width() {
            return 7;
        }

        @Override
        public void store(AuditEntry entry, Object[] cells, int at) {
            cells[at] = entry.actor();
            cells[at + 1] = entry.role();
            cells[at + 2] = entry.at();
            cells[at + 3] = entry.from();
            cells[at + 4] = entry.to();
            cells[at + 5] = entry.transition();
            cells[at + 6] = entry.reason();
        }

        @Override
        public AuditEntry load(Object caseId, String owner, long version, Object[] cells, int at) {
            return new AuditEntry((CaseId) caseId, version, (ActorId) cells[at], (Role) cells[at + 1],
                    (Instant) cells[at + 2], (State) cells[at + 3], (State) cells[at + 4], (String) cells[at + 5],
                    (String) cells[at + 6]);
        }
    }

    /**
     * A record's change records, partitioned by the record's kind, grouped by its key, numbered by
     * its version.
     */
    static final class ChangeLog implements GroupedTable.Layout<ChangeRecord> {

        @Override
        public String partitionOf(ChangeRecord change) {
            return change.id().recordKind();
        }

        @Override
        public boolean isPartitioned() {
            return true;
        }

        @Override
        public String ownerOf(ChangeRecord change) {
            return change.id().recordKey();
        }

        @Override
        public String ownerTextOf(Object indexKey) {
            return (String) indexKey;
        }

        @Override
        public long numberOf(ChangeRecord change) {
            return change.id().version();
        }

        @Override
        public String keyOf(ChangeRecord change) {
            return RecordKind.CHANGE_RECORD.keyOf(change);
        }

        @Override
        public Object groupValueOf(ChangeRecord change) {
            // The kind's name, one string per kind: with the owner's key it names the record, so a
            // group keeps no id of its own.
            return change.id().recordKind();
        }

        @Override
        public int width() {
            return 5;
        }

        @Override
        public void store(ChangeRecord change, Object[] cells, int at) {
            cells[at] = change.actor();
            cells[at + 1] = change.role();
            cells[at + 2] = change.at();
            cells[at + 3] = change.action();
            cells[at + 4] = change.reason();
        }

        @Override
        public ChangeRecord load(Object kind, String key, long version, Object[] cells, int at) {
            return new ChangeRecord(new ChangeRecordId((String) kind, key, version), (ActorId) cells[at],
                    (Role) cells[at + 1], (Instant) cells[at + 2], (String) cells[at + 3], (String) cells[at + 4]);
        }
    }
}
