package io.github.ankommen.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store of the hand-written bound and the peers: each case's current record in a
 * {@code ConcurrentHashMap}, replaced optimistically (compare-and-set on the record read), and its
 * audit trail, one entry per change, in a second map. This is the store work that the library's
 * {@code MemoryStore} does for it, without indexes or validation.
 */
public final class PeerStore {

    /** The phases of the case lifecycle, in the same order as the library's DGCC workflow. */
    public enum Phase { INTAKE, ASSESSMENT, PLANNING, LINKING, MONITORING, CLOSED }

    /** The five transitions of one lifecycle. */
    public enum Step {
        ASSESS(Phase.INTAKE, Phase.ASSESSMENT),
        PLAN(Phase.ASSESSMENT, Phase.PLANNING),
        LINK(Phase.PLANNING, Phase.LINKING),
        MONITOR(Phase.LINKING, Phase.MONITORING),
        CLOSE(Phase.MONITORING, Phase.CLOSED);

        final Phase from;
        final Phase to;
        final String action;

        Step(Phase from, Phase to) {
            this.from = from;
            this.to = to;
            this.action = name().toLowerCase(Locale.ROOT);
        }

        /** The guard: link needs a need (as the library's replaced guard), close no pending transfer. */
        boolean allows(CaseRecord c) {
            switch (this) {
                case LINK:
                    return !c.needs.isEmpty();
                case CLOSE:
                    return c.transferTo == null;
                default:
                    return true;
            }
        }
    }

    /** A caseworker: may change the cases of one contact point. */
    public record Worker(String id, String contactPoint) {
    }

    /** A case's current value; compared by identity, so that replacing it is a compare-and-set. */
    public static final class CaseRecord {
        final String id;
        final String client;
        final String contactPoint;
        final Set<String> needs;
        final Phase phase;
        final Phase previous;
        final String outcome;
        final String transferTo;
        final long version;
        final Instant createdAt;
        final Instant updatedAt;

        CaseRecord(String id, String client, String contactPoint, Set<String> needs, Phase phase, Phase previous,
                String outcome, String transferTo, long version, Instant createdAt, Instant updatedAt) {
            this.id = id;
            this.client = client;
            this.contactPoint = contactPoint;
            this.needs = needs;
            this.phase = phase;
            this.previous = previous;
            this.outcome = outcome;
            this.transferTo = transferTo;
            this.version = version;
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
        }

        /** The next value after a transition, one version higher. */
        CaseRecord next(Phase to, String newOutcome, Instant at) {
            return new CaseRecord(id, client, contactPoint, needs, to, phase, newOutcome, transferTo, version + 1,
                    createdAt, at);
        }

        /** The current phase. */
        public Phase phase() {
            return phase;
        }
    }

    /** One audit entry: who, when, from, to, which transition. */
    public record AuditRecord(String caseId, long version, String actor, Instant at, Phase from, Phase to,
            String transition) {
    }

    private final ConcurrentHashMap<String, CaseRecord> cases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<AuditRecord>> trails = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * Creates an empty store.
     *
     * @param clock where the instants of changes come from
     */
    public PeerStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens a case in intake at the actor's contact point, with its first audit entry; refuses a
     * second case with its id.
     */
    CaseRecord open(String id, String client, Worker actor, Set<String> needs) {
        Instant at = clock.instant();
        CaseRecord opened = new CaseRecord(id, client, actor.contactPoint(), needs, Phase.INTAKE, null, null, null, 1,
                at, at);
        if (cases.putIfAbsent(id, opened) != null) {
            throw new IllegalStateException("case " + id + " exists");
        }
        List<AuditRecord> trail = new ArrayList<>(8);
        trail.add(new AuditRecord(id, 1, actor.id(), at, null, Phase.INTAKE, "open"));
        trails.put(id, trail);
        return opened;
    }

    /** The case as it is now. */
    CaseRecord get(String id) {
        CaseRecord c = cases.get(id);
        if (c == null) {
            throw new IllegalStateException("no case " + id);
        }
        return c;
    }

    /** Whether the actor may change the case: a caseworker at the case's contact point. */
    static boolean mayChange(Worker actor, CaseRecord c) {
        return actor.contactPoint().equals(c.contactPoint);
    }

    /**
     * Writes a case's next value and its audit entry, provided the case is still the value that was
     * read; fails otherwise and writes nothing.
     */
    CaseRecord change(CaseRecord current, Phase to, String outcome, Worker actor, String transition) {
        Instant now = clock.instant();
        Instant at = now.isBefore(current.updatedAt) ? current.updatedAt : now;
        CaseRecord next = current.next(to, outcome, at);
        if (!cases.replace(current.id, current, next)) {
            throw new IllegalStateException("case " + current.id + " changed concurrently");
        }
        AuditRecord entry = new AuditRecord(current.id, next.version, actor.id(), at, current.phase, to, transition);
        trails.computeIfPresent(current.id, (id, trail) -> {
            trail.add(entry);
            return trail;
        });
        return next;
    }

    /** How many cases are stored. */
    int size() {
        return cases.size();
    }

    /** How many audit entries a case has. */
    int trailLength(String id) {
        return trails.get(id).size();
    }
}
