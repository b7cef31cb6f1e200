package io.github.ankommen.internal;

import io.github.ankommen.IdSource;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.AccessPolicy;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DeniedAccessId;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every service asks the access policy, before it reads or writes anything. A denied call is
 * recorded as a {@code DeniedAccess} in the store, logged by ids, and refused with the policy's
 * {@link AccessDeniedException}; nothing else changes.
 */
public final class Gate {

    private static final Logger LOG = LoggerFactory.getLogger(Gate.class);

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
    public Gate(Store store, AccessPolicy policy, Clock clock, IdSource ids) {
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
    public void check(Actor actor, Operation operation, Resource resource) {
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
    public boolean allows(Actor actor, Operation operation, Resource resource) {
        return policy.decide(Objects.requireNonNull(actor, "actor must not be null"), operation, resource).allowed();
    }
}
