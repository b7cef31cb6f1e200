package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.referral.OpenReferralsException;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralChange;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralEvent;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralSettlement;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule that a case closes only over settled referrals: a closing transition (one into a
 * terminal state, or one that records a closure outcome, such as a request for closure) is refused
 * while a referral of the case is in a status that holds the closure, unless its sender settles it
 * in the same unit of work. Not API: {@link CaseService} applies it.
 */
final class ClosingReferrals {

    /** The default: every open status holds a closure. */
    static final Set<ReferralStatus> ALL_OPEN = Set.copyOf(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.REQUESTED,
            ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD));

    private final Store store;
    private final ReferralEngine engine;
    private final ReferralEvents events;
    private final AccessGate gate;
    private final Set<ReferralStatus> holding;

    ClosingReferrals(Store store, ReferralEngine engine, ReferralEvents events, AccessGate gate,
            Set<ReferralStatus> holding) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        this.events = Objects.requireNonNull(events, "events must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.holding = Set.copyOf(holding);
    }

    /**
     * The names of a workflow's transitions that close a case or ask for its closure: those that
     * require an outcome or lead to a terminal state. A service works them out once, not per command.
     */
    static Set<String> closingTransitions(Workflow<Case> workflow) {
        Set<String> closing = new HashSet<>();
        for (Transition<Case> t : workflow.transitions()) {
            State to = t.to().fixedState();
            if (t.requiredInputs().contains(Input.OUTCOME) || to != null && workflow.isTerminal(to)) {
                closing.add(t.name());
            }
        }
        return Set.copyOf(closing);
    }

    /**
     * Settles the referrals a closing names and adds their writes to the unit; refuses the closing
     * if a referral in a holding status is left unsettled.
     *
     * @return the events to publish once the unit is written
     */
    List<ReferralEvent> settle(UnitOfWork.Builder unit, Actor actor, Case c, String attempted,
            Collection<ReferralSettlement> settlements, Instant at) {
        if (holding.isEmpty() && settlements.isEmpty()) {
            return List.of();
        }
        Map<ReferralId, ReferralSettlement> byReferral = settlements.isEmpty() ? Map.of() : new LinkedHashMap<>();
        for (ReferralSettlement s : settlements) {
            if (byReferral.put(Objects.requireNonNull(s, "settlement must not be null").referral(), s) != null) {
                throw new IllegalArgumentException("referral " + s.referral() + " is settled twice");
            }
        }
        List<Versioned<Referral>> ofCase = QueryResults.versioned(store, ReferralQuery.ofCase(c.id()));
        if (ofCase.isEmpty() && byReferral.isEmpty()) {
            return List.of();
        }
        List<Referral> unsettled = new ArrayList<>();
        List<ReferralEvent> published = new ArrayList<>();
        Set<ReferralId> known = new HashSet<>();
        for (Versioned<Referral> stored : ofCase) {
            Referral r = stored.value();
            known.add(r.id());
            ReferralSettlement settlement = byReferral.get(r.id());
            if (settlement == null) {
                if (holding.contains(r.status())) {
                    unsettled.add(r);
                }
                continue;
            }
            gate.check(actor, Operation.SEND_REFERRAL, Resource.referral(r.contactPoint(), r.recipient(), r.shared(),
                    r.shared()));
            Instant when = at.isBefore(r.updatedAt()) ? r.updatedAt() : at;
            ReferralChange change = engine.apply(r, settlement.commandFor(r.status()), actor, when);
            ReferralService.addTo(unit, change, stored);
            published.addAll(change.events());
        }
        for (ReferralId id : byReferral.keySet()) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("referral " + id + " is not a referral of case " + c.id());
            }
        }
        if (!unsettled.isEmpty()) {
            throw new OpenReferralsException(c.id(), c.state(), attempted, unsettled);
        }
        return published;
    }

    /** Hands the events of a written unit to the listeners. */
    void publish(List<ReferralEvent> written) {
        events.publishAll(written);
    }
}
