package io.github.ankommen;

import io.github.ankommen.access.AccessPolicy;
import io.github.ankommen.access.Actor;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.people.AppointmentRules;
import io.github.ankommen.people.MinorsRule;
import io.github.ankommen.referral.ReferralListener;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.ResponseDeadlines;
import io.github.ankommen.retention.RetentionPolicy;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.workflow.DroppedStateException;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The entry point: one instance wires a store, a clock and an id source, and hands out the
 * library's services.
 *
 * <pre>{@code
 * Ankommen ankommen = Ankommen.builder()
 *         .store(myStore)                          // default: a new in-memory store
 *         .clock(Clock.systemUTC())                // default: the system clock, in microseconds
 *         .ids(IdSource.random())                  // default: random UUIDs
 *         .zone(ZoneId.of("Europe/Berlin"))        // default: Europe/Berlin
 *         .workingDays(WorkingDays.of(HolidayCalendar.nrw()))  // default: NRW public holidays
 *         .caseWorkflow(CaseWorkflows.dgcc())      // default: the DGCC case-management phases
 *         .migrateCaseStates(coordinator, Map.of(oldState, newState)) // only if the workflow dropped states
 *         .accessPolicy(AccessPolicy.standard())   // default: the documented role table
 *         .listener(event -> notifySender(event))  // referral events; none by default
 *         .build();
 * ankommen.network();   // contact points, offers, the directory's questions
 * ankommen.cases();     // clients, consultations, cases and their workflow
 * ankommen.referrals(); // referrals, their history, the transfer ledger
 * ankommen.consents();  // consents, their withdrawal and expiry
 * ankommen.pathways();  // pathway templates, a case's progress and next steps
 * ankommen.statistics(); // aggregated figures with small counts suppressed, the gap report
 * ankommen.retention();  // the retention run, erasure, the access export
 * }</pre>
 *
 * <p>There is no global state: two instances with two stores are independent. This class is
 * immutable and thread-safe, as long as its store is.
 *
 * @since 0.1.0
 */
public final class Ankommen {

    private final Store store;
    private final Clock clock;
    private final IdSource ids;
    private final ZoneId zone;
    private final WorkingDays workingDays;
    private final AccessPolicy policy;
    private final NetworkService network;
    private final CaseService cases;
    private final ReferralService referrals;
    private final ConsentService consents;
    private final PathwayService pathways;
    private final StatisticsService statistics;
    private final RetentionService retention;
    private final VolunteerService volunteers;
    private final AppointmentService appointments;
    private final InterpreterService interpreters;
    private final AuditService audit;

    private Ankommen(Builder builder) {
        this.store = builder.store != null ? builder.store : new MemoryStore();
        this.clock = builder.clock;
        this.ids = builder.ids;
        this.zone = builder.zone;
        this.workingDays = builder.workingDays;
        this.policy = builder.policy;
        AccessGate gate = new AccessGate(store, policy, clock, ids);
        ReferralEvents events = ReferralEvents.of(builder.listeners);
        PageCursors cursors = new PageCursors(new SecureRandom());
        ChangeLog log = new ChangeLog(store, clock);
        this.network = new NetworkService(store, clock, gate, log, cursors);
        ResponseDeadlines deadlines = builder.responseDeadlines != null ? builder.responseDeadlines
                : ResponseDeadlines.of(workingDays);
        this.cases = new CaseService(store, clock, zone, builder.caseWorkflow, workingDays, gate, log,
                new ClosingReferrals(store, ReferralEngine.of(deadlines, zone), events, gate, builder.holdingClosure),
                cursors);
        this.referrals = new ReferralService(store, clock, zone, ids, deadlines, events, gate, log, cursors);
        this.consents = new ConsentService(store, clock, zone, events, gate, log);
        this.pathways = new PathwayService(store, clock, zone, gate, log);
        this.statistics = new StatisticsService(store, clock, zone, gate, builder.suppression, builder.caseWorkflow);
        this.retention = new RetentionService(store, clock, gate, log, builder.retentionPolicy, builder.caseWorkflow);
        this.volunteers = new VolunteerService(store, clock, gate, log, builder.minorsRule, cursors);
        this.appointments = new AppointmentService(store, clock, gate, log, builder.appointmentRules,
                workingDays.calendar(), cursors);
        this.interpreters = new InterpreterService(store, clock, gate, log, cursors);
        this.audit = new AuditService(store, gate, cursors);
    }

    /**
     * Starts a builder with the defaults: in-memory store, the system clock in UTC ticking in
     * microseconds (what SQL databases keep), random ids.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store that holds this instance's records.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    /**
     * The clock every operation takes its time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The source of new ids.
     *
     * @return the id source
     */
    public IdSource ids() {
        return ids;
    }

    /**
     * The zone in which "today" is taken.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The working days that due dates count.
     *
     * @return the working days
     */
    public WorkingDays workingDays() {
        return workingDays;
    }

    /**
     * The access policy every call is checked against.
     *
     * @return the policy
     */
    public AccessPolicy accessPolicy() {
        return policy;
    }

    /**
     * The network: contact points, offers, phases, and the directory's questions.
     *
     * @return the network service
     */
    public NetworkService network() {
        return network;
    }

    /**
     * Case work: clients, consultations, and cases with their workflow, audit trail and deadlines.
     *
     * @return the case service
     */
    public CaseService cases() {
        return cases;
    }

    /**
     * Referrals: drafting, sending, the receiving side's answers, the history and the transfer ledger.
     *
     * @return the referral service
     */
    public ReferralService referrals() {
        return referrals;
    }

    /**
     * Consents: recording, withdrawal and expiry, with the flags on the referrals that depend on them.
     *
     * @return the consent service
     */
    public ConsentService consents() {
        return consents;
    }

    /**
     * Pathways: templates of typical routes, and a case's progress and next steps along them.
     *
     * @return the pathway service
     */
    public PathwayService pathways() {
        return pathways;
    }

    /**
     * Statistics for a period, aggregated with small counts suppressed, and the gap report.
     *
     * @return the statistics service
     */
    public StatisticsService statistics() {
        return statistics;
    }

    /**
     * Data protection: the retention run, erasure on request (Art. 17) and the access export (Art. 15).
     *
     * @return the retention service
     */
    public RetentionService retention() {
        return retention;
    }

    /**
     * Volunteers (<i>Ehrenamtliche</i>): profiles, "who can accompany", and accompaniments.
     *
     * @return the volunteer service
     */
    public VolunteerService volunteers() {
        return volunteers;
    }

    /**
     * Appointments (<i>Termine</i>): booking, moving, cancelling, and the next free one.
     *
     * @return the appointment service
     */
    public AppointmentService appointments() {
        return appointments;
    }

    /**
     * Interpreters (<i>Sprachmittlung</i>): the pool, "who can interpret", and requests.
     *
     * @return the interpreter service
     */
    public InterpreterService interpreters() {
        return interpreters;
    }

    /**
     * The change log: who changed which record, when, how and why; read by coordinators.
     *
     * @return the audit service
     */
    public AuditService audit() {
        return audit;
    }

    /** Configures an {@link Ankommen}; not thread-safe. */
    public static final class Builder {

        private Store store;
        private Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        private IdSource ids = IdSource.random();
        private ZoneId zone = OpeningHours.DEFAULT_ZONE;
        private WorkingDays workingDays = WorkingDays.of(HolidayCalendar.nrw());
        private Workflow<Case> caseWorkflow = CaseWorkflows.dgcc();
        private ResponseDeadlines responseDeadlines;
        private AccessPolicy policy = AccessPolicy.standard();
        private Suppression suppression = Suppression.standard();
        private RetentionPolicy retentionPolicy = RetentionPolicy.standard();
        private MinorsRule minorsRule = MinorsRule.standard();
        private AppointmentRules appointmentRules = AppointmentRules.standard();
        private final List<ReferralListener> listeners = new ArrayList<>();
        private Actor migrating;
        private Map<State, State> migration = Map.of();
        private Set<ReferralStatus> holdingClosure = ClosingReferrals.ALL_OPEN;

        private Builder() {
        }

        /**
         * Sets which referrals hold a case's closure: while a referral of the case is in one of these
         * statuses, the case can neither close nor ask for its closure, unless the closing settles the
         * referral ({@link CaseService#close}). The default is every open status; an empty set turns
         * the rule off, so that cases close over open referrals.
         *
         * @param statuses the statuses, not null, no nulls, none terminal; may be empty
         * @return this builder
         * @throws NullPointerException if the set or a status is null
         * @throws IllegalArgumentException if a status is terminal
         */
        public Builder referralsHoldingClosure(Set<ReferralStatus> statuses) {
            Set<ReferralStatus> copy = Set.copyOf(statuses);
            for (ReferralStatus status : copy) {
                if (status.isTerminal()) {
                    throw new IllegalArgumentException("a referral in terminal status " + status
                            + " cannot hold a closure");
                }
            }
            this.holdingClosure = copy;
            return this;
        }

        /**
         * Sets the zone in which "today" is taken.
         *
         * @param zone the zone, not null
         * @return this builder
         * @throws NullPointerException if the zone is null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone must not be null");
            return this;
        }

        /**
         * Sets the working days, for example with a municipality's own holidays.
         *
         * @param workingDays the working days, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder workingDays(WorkingDays workingDays) {
            this.workingDays = Objects.requireNonNull(workingDays, "workingDays must not be null");
            return this;
        }

        /**
         * Sets the workflow cases follow: the default, changed with its builder, or one of the
         * municipality's own. Every service asks it whether a case has ended (its terminal states) and
         * what the ending means ({@link Workflow#outcome(State)}): the case engine, due dates and
         * escalations, the retention run and the statistics. {@code docs/workflows.md} shows a
         * municipality's own workflow all the way through.
         *
         * @param workflow the workflow, not null
         * @return this builder
         * @throws NullPointerException if the workflow is null
         */
        public Builder caseWorkflow(Workflow<Case> workflow) {
            this.caseWorkflow = Objects.requireNonNull(workflow, "workflow must not be null");
            return this;
        }

        /**
         * Moves the stored cases that sit in states the case workflow no longer has into states it has,
         * when the instance is built (decision D21).
         *
         * <p>{@link #build()} refuses a case workflow that drops a state in which stored cases sit, with
         * a {@link DroppedStateException} naming each such state and how many cases sit in it. To adopt
         * the workflow anyway, map each dropped state to a state of the workflow: {@code build()} then
         * moves each of those cases, in a unit of work of its own with an audit entry named
         * {@link io.github.ankommen.casework.CaseWorkflows#MIGRATE_STATE}, before it returns (see
         * {@link io.github.ankommen.casework.CaseEngine#migrate}). Once moved, no case sits in a mapped
         * state any more, so the mapping may stay in the configuration: later builds move nothing.
         * Adopt a changed workflow while no other instance writes cases with the old one.
         *
         * @param actor who migrates, not null; the access policy must allow it to change every case it
         *     moves ({@link io.github.ankommen.access.Operation#CHANGE_CASE}), which by default a
         *     coordinator may
         * @param mapping each dropped state to a state of the workflow, not null, without nulls; a state
         *     the workflow still has must not be mapped
         * @return this builder
         * @throws NullPointerException if an argument, a key or a value is null
         */
        public Builder migrateCaseStates(Actor actor, Map<State, State> mapping) {
            this.migrating = Objects.requireNonNull(actor, "actor must not be null");
            this.migration = Map.copyOf(Objects.requireNonNull(mapping, "mapping must not be null"));
            return this;
        }

        /**
         * Sets the store.
         *
         * @param store the store, not null
         * @return this builder
         * @throws NullPointerException if the store is null
         */
        public Builder store(Store store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Sets the id source.
         *
         * @param ids the id source, not null
         * @return this builder
         * @throws NullPointerException if the id source is null
         */
        public Builder ids(IdSource ids) {
            this.ids = Objects.requireNonNull(ids, "ids must not be null");
            return this;
        }

        /**
         * Sets the access policy: the standard one refined, or the municipality's own.
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws NullPointerException if the policy is null
         */
        public Builder accessPolicy(AccessPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy must not be null");
            return this;
        }

        /**
         * Sets the retention periods per data category; the default is documented in
         * {@code docs/data-protection.md}.
         *
         * @param retention the policy, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder retentionPolicy(RetentionPolicy retention) {
            this.retentionPolicy = Objects.requireNonNull(retention, "retention must not be null");
            return this;
        }

        /**
         * Sets how long a volunteer's certificate of conduct counts for work with minors; the
         * default is five years.
         *
         * @param rule the rule, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder minorsRule(MinorsRule rule) {
            this.minorsRule = Objects.requireNonNull(rule, "rule must not be null");
            return this;
        }

        /**
         * Sets the length of appointments and how many each time holds; the default is 30 minutes,
         * two per time in appointment-only slots and one in walk-in slots.
         *
         * @param rules the rules, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder appointmentRules(AppointmentRules rules) {
            this.appointmentRules = Objects.requireNonNull(rules, "rules must not be null");
            return this;
        }

        /**
         * Sets how statistics suppress small counts; the default suppresses 1 to 4.
         *
         * @param suppression the suppression, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder suppression(Suppression suppression) {
            this.suppression = Objects.requireNonNull(suppression, "suppression must not be null");
            return this;
        }

        /**
         * Sets the response deadlines of referrals per offer category. The default gives every
         * category {@value ResponseDeadlines#DEFAULT_WORKING_DAYS} working days of the builder's
         * working days.
         *
         * @param deadlines the deadlines, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder responseDeadlines(ResponseDeadlines deadlines) {
            this.responseDeadlines = Objects.requireNonNull(deadlines, "deadlines must not be null");
            return this;
        }

        /**
         * Adds a listener for referral events: every status change on either side, flags after a
         * consent is withdrawn or expires. Listeners are told after the change is stored, in the order
         * they were added; one that throws does not stop the others.
         *
         * @param listener the listener, not null
         * @return this builder
         * @throws NullPointerException if the listener is null
         */
        public Builder listener(ReferralListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
            return this;
        }

        /**
         * Builds the instance, and adopts the case workflow over the store: checks that no stored case
         * sits in a state the workflow does not have, and moves the cases of the states mapped with
         * {@link #migrateCaseStates(Actor, Map)}. The check asks the store how many cases sit in each of
         * the workflow's states, and reads the cases only if those do not add up to all cases.
         *
         * @return the instance
         * @throws io.github.ankommen.workflow.WorkflowDefinitionException if the case workflow uses a
         *     name the case engine reserves, or the migration maps a state the workflow still has or to
         *     a state it does not have
         * @throws DroppedStateException if stored cases sit in states the case workflow does not have
         *     and no migration moves them; nothing is written
         * @throws io.github.ankommen.access.AccessDeniedException if the migrating actor may not change
         *     a case to be moved; nothing is moved
         * @throws io.github.ankommen.storage.StoreException if the store fails
         */
        public Ankommen build() {
            Ankommen ankommen = new Ankommen(this);
            ankommen.cases.adopt(migrating, migration);
            return ankommen;
        }
    }
}
