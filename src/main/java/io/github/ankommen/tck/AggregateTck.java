package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.CaseTally;
import io.github.ankommen.storage.ConsultationTally;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralTally;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Write;
import io.github.ankommen.testing.Samples;
import io.github.ankommen.workflow.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The TCK of the aggregates of the storage SPI: one JUnit test per rule S10 of
 * {@code docs/storage-contract.md}. A store that overrides {@link Store#tally(Aggregate)} or
 * {@link Store#tallyAll(List)} must answer exactly what each aggregate's reference meaning,
 * {@link Aggregate#countIn(Store)}, answers on the same data.
 *
 * <p>An integrator extends this class as {@link StoreTck}, with one factory method:
 *
 * <pre>{@code
 * class MyStoreAggregateTest extends AggregateTck {
 *     @Override
 *     protected Store newStore() {
 *         return new MyStore(freshDataSource());
 *     }
 * }
 * }</pre>
 *
 * <p>The data are cases with audit trails that close, reopen and close again, consultations and
 * referrals from {@link Samples} with the seed {@link #seed()}, with instants at every hour of the
 * day, so that the day an instant falls on differs between zones. Instants are in whole
 * microseconds, as every store keeps them. Each test's display name starts with its rule.
 *
 * @since 0.1.0
 */
public abstract class AggregateTck {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("UTC"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneOffset.ofHours(-3));
    /** The closed states of the default workflow, and a set of several, as a workflow of one's own has. */
    private static final List<Set<State>> CLOSED_STATES = List.of(CaseWorkflows.dgcc().terminal(),
            Set.of(CaseWorkflows.CLOSED, CaseWorkflows.MONITORING, CaseWorkflows.ON_HOLD));
    private static final LocalDate FROM = LocalDate.of(2018, 3, 1);
    private static final LocalDate TO = LocalDate.of(2018, 6, 30);

    private Store store;

    /**
     * Creates the kit; subclasses need a no-argument constructor for JUnit.
     */
    protected AggregateTck() {
    }

    /**
     * Supplies a fresh, empty store for one test.
     *
     * @return a new store that holds no records
     */
    protected abstract Store newStore();

    /**
     * The seed of the sample data; override to replay a failed run.
     *
     * @return the seed
     */
    protected long seed() {
        return 20180301L;
    }

    /** Prepares a fresh store for each test. */
    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    @DisplayName("S11.1 tally answers exactly what the aggregate's reference meaning answers")
    void s11_1_tallyAnswersTheReferenceMeaning() {
        fill();
        int nonEmpty = 0;
        for (Aggregate aggregate : aggregates()) {
            Tally expected = aggregate.countIn(store);
            assertEquals(expected, store.tally(aggregate), "tally of " + aggregate + " (seed " + seed() + ")");
            nonEmpty += expected.counts().isEmpty() ? 0 : 1;
        }
        // The data must give the aggregates something to count, or the rule proved nothing.
        assertTrue(nonEmpty >= aggregates().size() / 2, "only " + nonEmpty + " aggregates counted anything");
    }

    @Test
    @DisplayName("S11.2 tallyAll answers each aggregate as tally does, in order")
    void s11_2_tallyAllAnswersEachInOrder() {
        fill();
        List<Aggregate> aggregates = aggregates();
        List<Tally> expected = new ArrayList<>();
        for (Aggregate aggregate : aggregates) {
            expected.add(aggregate.countIn(store));
        }
        assertEquals(expected, store.tallyAll(aggregates), "seed " + seed());
        assertEquals(List.of(), store.tallyAll(List.of()));
    }

    @Test
    @DisplayName("S11.3 an empty store tallies nothing")
    void s11_3_anEmptyStoreTalliesNothing() {
        for (Aggregate aggregate : aggregates()) {
            assertEquals(Tally.empty(), store.tally(aggregate), aggregate.toString());
        }
    }

    @Test
    @DisplayName("S11.4 a null aggregate is refused with a NullPointerException")
    void s11_4_nullIsRefused() {
        assertThrows(NullPointerException.class, () -> store.tally(null));
        assertThrows(NullPointerException.class, () -> store.tallyAll(null));
        List<Aggregate> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> store.tallyAll(withNull));
    }

    /** Every aggregate type and grouping, bounded and unbounded, in several zones. */
    private static List<Aggregate> aggregates() {
        List<Aggregate> all = new ArrayList<>();
        for (ConsultationTally.By by : ConsultationTally.By.values()) {
            all.add(new ConsultationTally(null, null, by));
            all.add(new ConsultationTally(FROM, TO, by));
            all.add(new ConsultationTally(FROM, null, by));
        }
        for (ZoneId zone : ZONES) {
            for (CaseTally.By by : CaseTally.By.values()) {
                for (Set<State> closed : CLOSED_STATES) {
                    all.add(new CaseTally(zone, null, null, by, closed));
                    all.add(new CaseTally(zone, FROM, TO, by, closed));
                    all.add(new CaseTally(zone, null, TO, by, closed));
                }
            }
            for (ReferralTally.By by : ReferralTally.By.values()) {
                all.add(new ReferralTally(zone, null, null, by));
                all.add(new ReferralTally(zone, FROM, TO, by));
                all.add(new ReferralTally(zone, FROM, null, by));
            }
        }
        return all;
    }

    /** Stores cases with trails, consultations and referrals with varied times to acceptance. */
    private void fill() {
        Samples samples = Samples.seeded(seed());
        Random random = new Random(seed());
        List<Write<?, ?>> writes = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Case c = samples.next(RecordKind.CASE);
            writes.add(new Write<>(RecordKind.CASE, c, 0));
            if (c.state().equals(CaseWorkflows.CLOSED)) {
                trail(c, random).forEach(e -> writes.add(new Write<>(RecordKind.AUDIT_ENTRY, e, 0)));
            }
        }
        for (int i = 0; i < 80; i++) {
            writes.add(new Write<>(RecordKind.CONSULTATION, samples.next(RecordKind.CONSULTATION), 0));
            writes.add(new Write<>(RecordKind.REFERRAL, acceptedLater(samples.next(RecordKind.REFERRAL), random), 0));
        }
        store.apply(new UnitOfWork(writes));
        assertFalse(writes.isEmpty());
    }

    /**
     * A closed case's trail: none, or entries into {@code closed} from another state, from
     * {@code closed} itself (which is no closure) and into other states, in any order of time.
     */
    private static List<AuditEntry> trail(Case c, Random random) {
        List<AuditEntry> trail = new ArrayList<>();
        int length = random.nextInt(5);
        State from = CaseWorkflows.INTAKE;
        for (int version = 1; version <= length; version++) {
            State to = random.nextInt(3) == 0 ? CaseWorkflows.MONITORING : CaseWorkflows.CLOSED;
            State entered = random.nextInt(4) == 0 ? CaseWorkflows.CLOSED : from;
            Instant at = c.createdAt().plusSeconds(random.nextInt(86_400 * 120) - 86_400L * 5)
                    .plusNanos(1_000L * random.nextInt(1_000_000));
            trail.add(new AuditEntry(c.id(), version, ActorId.of("caseworker-1"), Role.CASEWORKER, at, entered, to,
                    "close", null));
            from = to;
        }
        return trail;
    }

    /** The referral, accepted after a random time in whole microseconds if it was accepted. */
    private static Referral acceptedLater(Referral r, Random random) {
        if (r.acceptedAt() == null) {
            return r;
        }
        Instant accepted = r.requestedAt().plusSeconds(random.nextInt(16_000)).plusNanos(1_000L * random.nextInt(1_000_000));
        return new Referral(r.id(), r.caseId(), r.client(), r.contactPoint(), r.offer(), r.recipient(), r.need(),
                r.shared(), r.purpose(), r.status(), r.reason(), r.note(), r.outcome(), r.basis(), r.flag(),
                r.requestedAt(), r.respondBy(), accepted, r.lastProgressAt(), r.version(), r.createdAt(), r.updatedAt());
    }
}
