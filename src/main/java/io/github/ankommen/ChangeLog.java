package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where every service writes: each unit of work goes to the store together with one
 * {@link ChangeRecord} per record it writes, naming the actor, the time, the command and its reason
 * (issue 13, point 5; decision D24). Records that are themselves logs (audit entries, referral
 * histories and closing notes, denied calls, change records) get none. Because the change records
 * are part of the unit, a write without its record never becomes visible, and a refused or failed
 * write leaves no record. Not API: the services share one.
 */
final class ChangeLog {

    /** The kinds that are logs of changes themselves, and so are not logged again. */
    private static final List<RecordKind<?, ?>> LOGS = List.of(RecordKind.AUDIT_ENTRY, RecordKind.REFERRAL_HISTORY,
            RecordKind.REFERRAL_CLOSED, RecordKind.DENIED_ACCESS, RecordKind.CHANGE_RECORD);

    private final Store store;
    private final Clock clock;

    ChangeLog(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Applies a unit with the change records of its writes, at the clock's time.
     *
     * @param actor who changes, not null
     * @param action the command's name, a machine name
     * @param reason the reason given, or null
     * @param unit the writes
     */
    void apply(Actor actor, String action, String reason, UnitOfWork.Builder unit) {
        apply(actor, action, reason, clock.instant(), unit);
    }

    /**
     * Applies a unit with the change records of its writes, at the given time (a case's changes use
     * the time of their audit entry).
     */
    void apply(Actor actor, String action, String reason, Instant at, UnitOfWork.Builder unit) {
        List<Write<?, ?>> writes = unit.writes();
        for (int i = 0, n = writes.size(); i < n; i++) {
            Write<?, ?> write = writes.get(i);
            if (isLogged(write.kind())) {
                unit.insert(RecordKind.CHANGE_RECORD, changeOf(write, actor, action, reason, at));
            }
        }
        store.apply(unit.build());
    }

    /**
     * Applies writes gathered without a unit builder (the retention run's and an erasure's) with the
     * change records of those that are logged, at the clock's time, as one unit.
     */
    void apply(Actor actor, String action, String reason, List<Write<?, ?>> writes) {
        Instant at = clock.instant();
        List<Write<?, ?>> all = new ArrayList<>(writes);
        for (Write<?, ?> write : writes) {
            if (isLogged(write.kind())) {
                all.add(new Write<>(RecordKind.CHANGE_RECORD, changeOf(write, actor, action, reason, at), 0));
            }
        }
        store.apply(new UnitOfWork(all));
    }

    /**
     * Asks whether the records of a kind have a change log: all but the logs themselves.
     *
     * @param kind the kind
     * @return true if writing a record of the kind writes a change record
     */
    static boolean isLogged(RecordKind<?, ?> kind) {
        // The kinds are constants: five comparisons of references, on every write of every command.
        for (int i = 0; i < LOGS.size(); i++) {
            if (LOGS.get(i) == kind) {
                return false;
            }
        }
        return true;
    }

    private static ChangeRecord changeOf(Write<?, ?> write, Actor actor, String action, String reason, Instant at) {
        return new ChangeRecord(ChangeRecordId.of(write.kind().name(), write.key(), write.newVersion()), actor.id(),
                actor.role(), at, action, reason);
    }

    /** Inserts one record with its change record. */
    <I, R> Versioned<R> insert(Actor actor, String action, String reason, RecordKind<I, R> kind, R record) {
        apply(actor, action, reason, UnitOfWork.builder().insert(kind, record));
        return Versioned.of(record, 1);
    }

    /** Updates one record with its change record. */
    <I, R> Versioned<R> update(Actor actor, String action, String reason, RecordKind<I, R> kind, R record,
            long expectedVersion) {
        apply(actor, action, reason, UnitOfWork.builder().update(kind, record, expectedVersion));
        return Versioned.of(record, expectedVersion + 1);
    }
}
