package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the TCK against deliberately broken stores: each must fail the rule it breaks, which proves
 * that the TCK's test for that rule can fail.
 */
class StoreTckSelfTest {

    @Test
    void versionBlindStoreFailsTheConflictRules() {
        assertFails(VersionBlindTck.class, "S2.1", "S2.2", "S2.3");
    }

    @Test
    void storeThatLosesAWriteOfAUnitFailsS3_1() {
        assertFails(WriteLosingTck.class, "S3.1");
    }

    @Test
    void storeThatAppliesUnitsPiecemealFailsS3_2() {
        assertFails(PiecemealTck.class, "S3.2");
    }

    @Test
    void storeThatSkipsConflictingWritesFailsS3_3() {
        assertFails(BestEffortTck.class, "S3.3");
    }

    @Test
    void storeThatWritesAuditEntriesAheadOfTheirUnitFailsS8_1() {
        assertFails(AuditAheadTck.class, "S8.1");
    }

    @Test
    void storeThatWritesTheLedgerAheadOfItsUnitFailsS9_1() {
        assertFails(LedgerAheadTck.class, "S9.1");
    }

    @Test
    void storeThatSavesAConsentApartFromItsFlagsFailsS9_2() {
        assertFails(ConsentFirstTck.class, "S9.2");
    }

    @Test
    void unorderedStoreFailsS4_2() {
        assertFails(UnorderedTck.class, "S4.2");
    }

    @Test
    void storeThatRepeatsItemsAcrossPagesFailsS4_3AndS4_4() {
        assertFails(PageRepeatingTck.class, "S4.3", "S4.4");
    }

    @Test
    void storeThatLeaksItsInternalsFailsS5_1() {
        assertFails(LeakingInternalsTck.class, "S5.1");
    }

    @Test
    void concurrencyRulesAreSkippedNotPassedForAStoreThatDoesNotClaimThem() {
        Events tests = run(SingleThreadedTck.class);
        // An assumption that does not hold aborts a test; JUnit and surefire report it as skipped.
        assertEquals(Set.of("S6.1", "S6.2"), rules(tests.aborted()));
        assertEquals(Set.of(), rules(tests.failed()));
    }

    @Test
    void theCorrectStorePassesEveryRule() {
        Events tests = run(CorrectTck.class);
        assertEquals(Set.of(), rules(tests.failed()));
        assertEquals(Set.of(), rules(tests.skipped()));
        assertEquals(Set.of(), rules(tests.aborted()));
        assertTrue(tests.succeeded().count() >= 20, "rules run: " + tests.succeeded().count());
    }

    private static void assertFails(Class<? extends StoreTck> tck, String... rules) {
        Events tests = run(tck);
        Set<String> failed = rules(tests.failed());
        for (String rule : rules) {
            assertTrue(failed.contains(rule), tck.getSimpleName() + " should fail " + rule + " but failed " + failed);
        }
    }

    private static Events run(Class<? extends StoreTck> tck) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tck)).execute().testEvents();
    }

    /** The rule ids ("S2.1") that start the display names of the given test events. */
    private static Set<String> rules(Events events) {
        Set<String> rules = new TreeSet<>();
        events.stream().forEach(e -> rules.add(e.getTestDescriptor().getDisplayName().split(" ")[0]));
        return rules;
    }

    static final class CorrectTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new MemoryStore();
        }
    }

    static final class VersionBlindTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.VersionBlind();
        }
    }

    static final class WriteLosingTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.WriteLosing();
        }
    }

    static final class PiecemealTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.Piecemeal();
        }
    }

    static final class BestEffortTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.BestEffort();
        }
    }

    static final class AuditAheadTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.AuditAhead();
        }
    }

    static final class LedgerAheadTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.LedgerAhead();
        }
    }

    static final class ConsentFirstTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.ConsentFirst();
        }
    }

    static final class UnorderedTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.Unordered();
        }
    }

    static final class PageRepeatingTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.PageRepeating();
        }
    }

    static final class LeakingInternalsTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.LeakingInternals();
        }
    }

    static final class SingleThreadedTck extends StoreTck {
        @Override
        protected Store newStore() {
            return new BrokenStores.SingleThreaded();
        }
    }
}
