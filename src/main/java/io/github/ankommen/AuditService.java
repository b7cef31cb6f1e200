package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.storage.ChangeQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import java.util.Objects;
import java.util.function.Function;

/**
 * The change log: who changed which record, when, by what command and why, for every record the
 * library's services write (decision D24).
 *
 * <p>Obtain it from {@link Ankommen#audit()}. Every command that writes records writes one
 * {@link ChangeRecord} per record in the same unit of work, so the log of a record has its versions
 * 1, 2, 3, … without gaps. The log spans every contact point and names the actors of all of them,
 * so it is read with {@link Operation#VIEW_AUDIT_TRAIL} on the whole network: under the standard
 * policy, by coordinators only. A caseworker reads a case's own trail through
 * {@link CaseService#auditTrail(Actor, io.github.ankommen.casework.CaseId)}. This class is
 * thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class AuditService {

    private final Store store;
    private final AccessGate gate;
    private final PageCursors cursors;

    AuditService(Store store, AccessGate gate, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
    }

    /**
     * One page of a record's changes, oldest first (by the record's version).
     *
     * <p>The answer is the same for a record that never existed and for one without changes: an
     * empty page.
     *
     * @param <I> the record's id type
     * @param actor who asks, not null
     * @param kind the record's kind, not null
     * @param id the record's id, not null
     * @param page which page, not null; its cursor must come from an earlier page of the same
     *     question by the same actor
     * @return the page
     * @throws NullPointerException if an argument is null
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not read the change
     *     log
     * @throws IllegalArgumentException if the cursor was not made for this question and actor
     */
    public <I> Page<ChangeRecord> changesOf(Actor actor, RecordKind<I, ?> kind, I id, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(page, "page must not be null");
        return read(actor, ChangeQuery.of(kind, id), page);
    }

    /**
     * One page of the changes an actor made, ordered by record kind, record and version.
     *
     * @param actor who asks, not null
     * @param changedBy whose changes, not null
     * @param page which page, not null; its cursor must come from an earlier page of the same
     *     question by the same actor
     * @return the page
     * @throws NullPointerException if an argument is null
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not read the change
     *     log
     * @throws IllegalArgumentException if the cursor was not made for this question and actor
     */
    public Page<ChangeRecord> changesBy(Actor actor, ActorId changedBy, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(changedBy, "changedBy must not be null");
        Objects.requireNonNull(page, "page must not be null");
        return read(actor, OwnedQuery.changesBy(changedBy), page);
    }

    private Page<ChangeRecord> read(Actor actor, Query<ChangeRecord> query, PageRequest page) {
        gate.check(actor, Operation.VIEW_AUDIT_TRAIL, Resource.network());
        return cursors.page(store, actor, query, query, page, Function.identity());
    }
}
