package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the aggregate TCK against stores whose tallies are slightly wrong: each must fail the rule it
 * breaks, which proves that those rules' tests can fail.
 */
class AggregateTckSelfTest {

    /** The rules of S11 that a broken store of this self-test fails, each proved by a test below. */
    static final Set<String> BROKEN = Set.of("S11.1", "S11.2", "S11.3", "S11.4");

    @Test
    void storeThatLosesOneGroupOfATallyFailsS11_1AndS11_2() {
        assertFails(GroupLosingTck.class, "S11.1", "S11.2");
    }

    @Test
    void storeThatCountsARecordTwiceFailsS11_1AndS11_2() {
        assertFails(DoubleCountingTck.class, "S11.1", "S11.2");
    }

    @Test
    void storeWhoseTallyAllAnswersOutOfOrderFailsS11_2Only() {
        Events tests = run(ReversedTck.class);
        assertEquals(Set.of("S11.2"), rules(tests.failed()));
    }

    @Test
    void storeThatTalliesSomethingWhenEmptyFailsS11_3Only() {
        Events tests = run(EmptyTallyingTck.class);
        assertEquals(Set.of("S11.3"), rules(tests.failed()));
    }

    @Test
    void storeThatAnswersANullAggregateFailsS11_4Only() {
        Events tests = run(NullTolerantTck.class);
        assertEquals(Set.of("S11.4"), rules(tests.failed()));
    }

    @Test
    void theCorrectStorePassesEveryRule() {
        Events tests = run(CorrectTck.class);
        assertEquals(Set.of(), rules(tests.failed()));
        assertEquals(Set.of("S11.1", "S11.2", "S11.3", "S11.4"), rules(tests.succeeded()));
    }

    private static void assertFails(Class<? extends AggregateTck> tck, String... rules) {
        Set<String> failed = rules(run(tck).failed());
        for (String rule : rules) {
            assertTrue(failed.contains(rule), tck.getSimpleName() + " should fail " + rule + " but failed " + failed);
        }
    }

    private static Events run(Class<? extends AggregateTck> tck) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tck)).execute().testEvents();
    }

    private static Set<String> rules(Events events) {
        Set<String> rules = new TreeSet<>();
        events.stream().forEach(e -> rules.add(e.getTestDescriptor().getDisplayName().split(" ")[0]));
        return rules;
    }

    /** Leaves out the last group of every tally that has more than one. */
    static final class GroupLosing extends ForwardingStore {
        @Override
        public Tally tally(Aggregate aggregate) {
            Map<List<String>, Long> counts = new LinkedHashMap<>(aggregate.countIn(this).counts());
            if (counts.size() > 1) {
                counts.remove(List.copyOf(counts.keySet()).get(counts.size() - 1));
            }
            return new Tally(counts);
        }
    }

    /** Counts the first group of every tally once too often. */
    static final class DoubleCounting extends ForwardingStore {
        @Override
        public Tally tally(Aggregate aggregate) {
            Map<List<String>, Long> counts = new LinkedHashMap<>(aggregate.countIn(this).counts());
            counts.entrySet().stream().findFirst().ifPresent(e -> e.setValue(e.getValue() + 1));
            return new Tally(counts);
        }
    }

    /** Answers several aggregates right, but in reverse order. */
    static final class Reversed extends ForwardingStore {
        @Override
        public List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
            List<Tally> tallies = new ArrayList<>(super.tallyAll(aggregates));
            Collections.reverse(tallies);
            return tallies;
        }
    }

    /** Answers a tally over a store without records with one made-up group. */
    static final class EmptyTallying extends ForwardingStore {
        @Override
        public Tally tally(Aggregate aggregate) {
            Tally right = aggregate.countIn(this);
            return right.counts().isEmpty() ? new Tally(Map.of(List.of("made-up"), 1L)) : right;
        }
    }

    /** Answers a null aggregate with an empty tally instead of refusing it. */
    static final class NullTolerant extends ForwardingStore {
        @Override
        public Tally tally(Aggregate aggregate) {
            return aggregate == null ? new Tally(Map.of()) : super.tally(aggregate);
        }

        @Override
        public List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
            if (aggregates == null) {
                return List.of();
            }
            List<Tally> tallies = new ArrayList<>();
            aggregates.forEach(a -> tallies.add(tally(a)));
            return tallies;
        }
    }

    static final class EmptyTallyingTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new EmptyTallying();
        }
    }

    static final class NullTolerantTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new NullTolerant();
        }
    }

    static final class GroupLosingTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new GroupLosing();
        }
    }

    static final class DoubleCountingTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new DoubleCounting();
        }
    }

    static final class ReversedTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new Reversed();
        }
    }

    static final class CorrectTck extends AggregateTck {
        @Override
        protected Store newStore() {
            return new MemoryStore();
        }
    }
}
