package io.github.ankommen;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.AccessPolicy;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DeniedAccessId;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every service asks the access policy, before it reads or writes anything. A denied call is
 * recorded as a {@code DeniedAccess} in the store, logged by ids, and refused with the policy's
 * {@link AccessDeniedException}; nothing else changes. Not API: the services share one gate each.
 */
final class AccessGate {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);

    /** How many of a client's cases one page reads: most clients have one or two. */
    private static final int CASES_PER_PAGE = 4;

    private final Store store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final IdSource ids;

    /**
     * Creates a gate.
     *
     * @param store where denials are recorded
     * @param policy the policy to ask
     * @param clock when denials happen
     * @param ids ids of the denial records
     */
    AccessGate(Store store, AccessPolicy policy, Clock clock, IdSource ids) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.ids = Objects.requireNonNull(ids, "ids must not be null");
    }

    /**
     * Lets the call through, or records and refuses it.
     *
     * @param actor who calls, not null
     * @param operation what the call does
     * @param resource what it touches
     * @throws AccessDeniedException if the policy denies the call; the denial is recorded first
     * @throws NullPointerException if the actor is null
     */
    void check(Actor actor, Operation operation, Resource resource) {
        Objects.requireNonNull(actor, "actor must not be null");
        try {
            policy.check(actor, operation, resource);
        } catch (AccessDeniedException denied) {
            store.insert(RecordKind.DENIED_ACCESS, denied.toDeniedAccess(DeniedAccessId.of(ids.next()), clock.instant()));
            LOG.debug("denied actor {} ({}) {} by rule {}", actor.id(), actor.role(), operation, denied.rule());
            throw denied;
        }
    }

    /**
     * Asks without recording: for what a call shows, such as whether a client's sensitive data is
     * part of the answer.
     *
     * @param actor who calls, not null
     * @param operation what the call would do
     * @param resource what it would touch
     * @return true if the policy allows it
     */
    boolean allows(Actor actor, Operation operation, Resource resource) {
        return policy.decide(Objects.requireNonNull(actor, "actor must not be null"), operation, resource).allowed();
    }

    /**
     * Reads a case and lets the call through if the actor may view it.
     *
     * @param actor who calls, not null
     * @param caseId the case, not null
     * @return the case
     * @throws io.github.ankommen.storage.RecordNotFoundException if the case is not stored and the
     *     actor may view cases network-wide
     * @throws AccessDeniedException if the actor may not view the case, or it is not stored and the
     *     actor may not view cases network-wide
     */
    Case checkCase(Actor actor, CaseId caseId) {
        return read(actor, Operation.VIEW_CASE, RecordKind.CASE, caseId, c -> Resource.ofCase(c.contactPoint(),
                c.mentor())).value();
    }

    /**
     * Reads a record and lets the call through if the actor may make it on that record. No
     * existence oracle: a record that is not stored is checked as a resource of no contact point,
     * so an actor whose scope is some contact points or an organisation is denied an unknown record
     * by the same rule as another's; only an actor who may make the call network-wide learns that
     * it is not stored.
     *
     * @param actor who calls, not null
     * @param operation what the call does
     * @param kind the record's kind
     * @param id the record's id
     * @param on the resource a stored record is
     * @param <I> the id's type
     * @param <R> the record's type
     * @return the record, if stored
     * @throws AccessDeniedException if the policy denies the call
     */
    <I, R> Optional<Versioned<R>> find(Actor actor, Operation operation, RecordKind<I, R> kind, I id,
            Function<? super R, Resource> on) {
        Optional<Versioned<R>> found = store.find(kind, id);
        check(actor, operation, found.isPresent() ? on.apply(found.get().value()) : Resource.network());
        return found;
    }

    /**
     * As {@link #find}, for a record that must be stored.
     *
     * @param actor who calls, not null
     * @param operation what the call does
     * @param kind the record's kind
     * @param id the record's id
     * @param on the resource a stored record is
     * @param <I> the id's type
     * @param <R> the record's type
     * @return the record
     * @throws AccessDeniedException if the policy denies the call
     * @throws RecordNotFoundException if the record is not stored (and the actor may know that)
     */
    <I, R> Versioned<R> read(Actor actor, Operation operation, RecordKind<I, R> kind, I id,
            Function<? super R, Resource> on) {
        return find(actor, operation, kind, id, on).orElseThrow(() -> new RecordNotFoundException(kind, kind.key(id)));
    }

    /**
     * Reads a case and lets the call through if the actor may view its referrals: the referral
     * data of a case (ledger, progress, closing notes) is never shown to those who may not read
     * referrals, such as volunteers.
     *
     * @param actor who calls, not null
     * @param caseId the case, not null
     * @return the case
     * @throws RecordNotFoundException if the case is not stored (and the actor may know that)
     * @throws AccessDeniedException if the actor may not view the case's referrals
     */
    Case checkReferralsOfCase(Actor actor, CaseId caseId) {
        return read(actor, Operation.VIEW_REFERRAL, RecordKind.CASE, caseId, c -> Resource.ofCase(c.contactPoint(),
                c.mentor())).value();
    }

    /**
     * Lets a call that names a client through if the client is in the actor's scope: the client
     * belongs to the contact points of its cases (a case moves with an accepted transfer), and the
     * actor must be allowed the call at one of them. A stored client without any case is in the
     * scope of the contact point that registered it, or, if none is known, of whoever is allowed the
     * call's own resource, already checked by the caller; an unknown client is refused as another
     * site's.
     *
     * @param actor who calls, not null
     * @param operation what the call does
     * @param client the client, not null
     * @throws AccessDeniedException if the client is outside the actor's scope
     * @throws RecordNotFoundException if the client is not stored (and the actor may know that)
     */
    void checkClientScope(Actor actor, Operation operation, ClientId client) {
        if (checkAtOneOfCases(actor, operation, client)) {
            return;
        }
        Optional<Versioned<Client>> stored = store.find(RecordKind.CLIENT, client);
        if (stored.isEmpty()) {
            check(actor, operation, Resource.network());
            throw new RecordNotFoundException(RecordKind.CLIENT, RecordKind.CLIENT.key(client));
        }
        ContactPointId registeredAt = stored.get().value().registeredAt();
        if (registeredAt != null) {
            check(actor, operation, Resource.at(registeredAt));
        }
    }

    /**
     * Lets a call about a client through if the actor may make it at one of the client's cases, or,
     * for a client without cases, at the contact point that registered it (network-wide if none).
     *
     * @param actor who calls, not null
     * @param operation what the call does
     * @param client the client, not null
     * @throws AccessDeniedException if no case of the client allows the call
     */
    void checkForClient(Actor actor, Operation operation, ClientId client) {
        if (!checkAtOneOfCases(actor, operation, client)) {
            ContactPointId registeredAt = store.find(RecordKind.CLIENT, client)
                    .map(stored -> stored.value().registeredAt()).orElse(null);
            check(actor, operation, registeredAt == null ? Resource.network() : Resource.at(registeredAt));
        }
    }

    /**
     * Lets a call through if one of the client's cases allows it, else records and refuses it at the
     * first. The cases are read page by page only until one allows the call: a client with many
     * cases costs no more than one with a single case when the first one allows it.
     *
     * @return false if the client has no case, and nothing was checked
     */
    private boolean checkAtOneOfCases(Actor actor, Operation operation, ClientId client) {
        CaseQuery query = CaseQuery.of(client);
        Case first = null;
        Optional<PageRequest> next = Optional.of(PageRequest.first(CASES_PER_PAGE));
        while (next.isPresent()) {
            Page<Versioned<Case>> page = store.query(query, next.get());
            List<Versioned<Case>> items = page.items();
            for (int i = 0; i < items.size(); i++) {
                Case c = items.get(i).value();
                if (allows(actor, operation, Resource.ofCase(c.contactPoint(), c.mentor()))) {
                    return true;
                }
                if (first == null) {
                    first = c;
                }
            }
            next = page.next(CASES_PER_PAGE);
        }
        if (first == null) {
            return false;
        }
        check(actor, operation, Resource.ofCase(first.contactPoint(), first.mentor()));
        return true;
    }
}
