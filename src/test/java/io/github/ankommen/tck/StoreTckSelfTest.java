package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.memory.MemoryStore;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the TCK against deliberately broken stores: each must fail exactly the rules listed for it,
 * which proves that the TCK's test of each rule can fail, and that it fails for the right reason.
 * The build writes which rules each broken store fails to {@code target/tck-self-test.md}.
 */
class StoreTckSelfTest {

    private static final Path REPORT = Path.of("target", "tck-self-test.md");

    /** Broken store, the rule it breaks, and what the TCK reported: filled as the cases run. */
    private static final Map<String, String> RESULTS = new TreeMap<>();

    /**
     * A broken store, the rule it breaks, and every rule the TCK must fail it on. Where the list is
     * longer than the one rule, the other rules build on the broken one: a store that keeps the
     * first writes of a failed unit breaks S3.2 and with it the audit and ledger units of S8.1 and
     * S9.x, which are such units.
     */
    private record Case(String name, String breaks, Supplier<Store> store, Set<String> fails) {
    }

    private static List<Case> cases() {
        return List.of(
                new Case("ForgetsNewestKind", "S1.1", BrokenStores.ForgetsNewestKind::new,
                        Set.of("S1.1", "S1.2", "S1.4", "S2.1", "S2.2", "S3.1")),
                new Case("ShortTextColumns", "S1.2", BrokenStores.ShortTextColumns::new, Set.of("S1.2")),
                new Case("NeighbourOnMiss", "S1.3", BrokenStores.NeighbourOnMiss::new, Set.of("S1.3")),
                new Case("SkipsUnchangedUpdates", "S1.4", BrokenStores.SkipsUnchangedUpdates::new, Set.of("S1.4")),
                new Case("LastWriteWins", "S2.1", BrokenStores.LastWriteWins::new, Set.of("S2.1", "S6.1")),
                new Case("InsertOverwrites", "S2.2", BrokenStores.InsertOverwrites::new, Set.of("S2.2")),
                new Case("UpdateCreates", "S2.3", BrokenStores.UpdateCreates::new, Set.of("S2.3")),
                new Case("WriteLosing", "S3.1", BrokenStores.WriteLosing::new, Set.of("S3.1")),
                new Case("Piecemeal", "S3.2", BrokenStores.Piecemeal::new, Set.of("S3.2", "S8.1", "S9.1", "S9.2")),
                new Case("SkipsFailedFirstWrite", "S3.3", BrokenStores.SkipsFailedFirstWrite::new, Set.of("S3.3")),
                new Case("UnlockedReads", "S3.4", BrokenStores.UnlockedReads::new, Set.of("S3.4")),
                new Case("LeaksBackendException", "S3.5", BrokenStores.LeaksBackendException::new, Set.of("S3.5")),
                new Case("ExclusiveEndDate", "S4.1", BrokenStores.ExclusiveEndDate::new, Set.of("S4.1")),
                new Case("Collating", "S4.2", BrokenStores.Collating::new, Set.of("S4.2")),
                new Case("PageRepeating", "S4.3", BrokenStores.PageRepeating::new, Set.of("S4.3", "S4.4")),
                new Case("OffsetPaging", "S4.4", BrokenStores.OffsetPaging::new, Set.of("S4.4")),
                new Case("UnlimitedAtMaximum", "S4.5", BrokenStores.UnlimitedAtMaximum::new, Set.of("S4.5")),
                new Case("LeakingInternals", "S5.1", BrokenStores.LeakingInternals::new, Set.of("S5.1")),
                new Case("CheckThenWrite", "S6.1", BrokenStores.CheckThenWrite::new, Set.of("S6.1")),
                new Case("RowByRow", "S6.2", BrokenStores.RowByRow::new, Set.of("S3.4", "S6.2")),
                new Case("Lenient", "S7.1", BrokenStores.Lenient::new, Set.of("S7.1")),
                new Case("AuditAhead", "S8.1", BrokenStores.AuditAhead::new, Set.of("S8.1")),
                new Case("LedgerAhead", "S9.1", BrokenStores.LedgerAhead::new, Set.of("S9.1")),
                new Case("ConsentFirst", "S9.2", BrokenStores.ConsentFirst::new, Set.of("S9.2")),
                new Case("GetThrowsItsOwn", "S10.1", BrokenStores.GetThrowsItsOwn::new, Set.of("S10.1")),
                new Case("FindAllDistinct", "S10.2", BrokenStores.FindAllDistinct::new, Set.of("S10.2")),
                new Case("StreamNewestFirst", "S10.3", BrokenStores.StreamNewestFirst::new, Set.of("S10.3")),
                new Case("CountIgnoresFilters", "S10.4", BrokenStores.CountIgnoresFilters::new, Set.of("S10.4")));
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenStoreFailsExactlyTheRulesItBreaks() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.breaks() + " " + c.name(), () -> {
            Events tests = run(c.store());
            Set<String> failed = rules(tests.failed());
            RESULTS.put(sortKey(c.breaks()) + " " + c.name(), "| " + c.breaks() + " | `" + c.name() + "` | "
                    + String.join(", ", failed) + " |");
            assertTrue(failed.contains(c.breaks()), c.name() + " must fail " + c.breaks() + " but failed " + failed);
            assertEquals(new TreeSet<>(c.fails()), failed, c.name() + " must fail exactly these rules;"
                    + " failures: " + messages(tests));
        }));
    }

    @Test
    @DisplayName("a failure names the rule, the seed and the last call on the store")
    void aFailureNamesTheRuleTheSeedAndTheCall() {
        Events tests = run(BrokenStores.Collating::new);
        Throwable failure = tests.failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith("S4.2 "))
                .findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow();
        assertTrue(failure.getMessage().startsWith("[S4.2 seed 20160601, last call query("), failure.getMessage());
    }

    @Test
    @DisplayName("a store whose find returns stale versions fails the concurrency rules within seconds")
    void aStoreWithStaleReadsFailsWithinSeconds() {
        long start = System.nanoTime();
        Events tests = run(BrokenStores.StaleReads::new);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Set<String> failed = rules(tests.failed());
        RESULTS.put(sortKey("S6.1") + " StaleReads", "| stale find | `StaleReads` | " + String.join(", ", failed) + " |");
        assertTrue(failed.containsAll(Set.of("S6.1", "S6.2")), "failed " + failed);
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the whole TCK took " + took);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("tck-contender")),
                "contending threads outlived their rule");
    }

    @Test
    @DisplayName("a correct store passes every rule, S3.5 too when it offers the fault hook")
    void theCorrectStorePassesEveryRule() {
        Events tests = run(BrokenStores.FaultyBackend::new);
        assertEquals(Set.of(), rules(tests.failed()), messages(tests));
        assertEquals(Set.of(), rules(tests.aborted()));
        assertEquals(Set.of(), rules(tests.skipped()));
        assertEquals(tckRules(StoreTck.class).size(), tests.succeeded().count(), "rules run");
    }

    @Test
    @DisplayName("the memory store passes every rule it can; S3.5 is skipped without a fault hook")
    void withoutAFaultHookS3_5IsSkipped() {
        Events tests = run(MemoryStore::new);
        assertEquals(Set.of(), rules(tests.failed()), messages(tests));
        assertEquals(Set.of("S3.5"), rules(tests.aborted()));
    }

    @Test
    @DisplayName("the concurrency rules are skipped, not passed, for a store that does not claim them")
    void concurrencyRulesAreSkippedNotPassedForAStoreThatDoesNotClaimThem() {
        Events tests = run(BrokenStores.SingleThreaded::new);
        // An assumption that does not hold aborts a test; JUnit and surefire report it as skipped.
        assertEquals(Set.of("S3.4", "S3.5", "S6.1", "S6.2"), rules(tests.aborted()));
        assertEquals(Set.of(), rules(tests.failed()), messages(tests));
    }

    @Test
    @DisplayName("every rule of the contract is cited by a TCK test named after it and failed by a broken store")
    void everyRuleIsCitedByATestAndFailedByABrokenStore() throws IOException {
        Set<String> contract = new TreeSet<>();
        Matcher rule = Pattern.compile("^- \\*\\*(S\\d+\\.\\d+)\\*\\*", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("docs", "storage-contract.md"), StandardCharsets.UTF_8));
        while (rule.find()) {
            contract.add(rule.group(1));
        }
        assertTrue(contract.size() >= 25, "rules found in the contract: " + contract);
        assertEquals(contract, tckRules(StoreTck.class, AggregateTck.class), "the rules the TCK's tests cite");
        Set<String> broken = new TreeSet<>();
        cases().forEach(c -> broken.add(c.breaks()));
        broken.addAll(AggregateTckSelfTest.BROKEN);
        assertEquals(contract, broken, "the rules a broken store breaks");
    }

    @Test
    @DisplayName("the TCK calls every method of the store under test, so that overrides are what it tests")
    void theRecordedStoreForwardsEveryMethodOfTheSpi() throws NoSuchMethodException {
        for (Method method : Store.class.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                Method forwarded = RecordedStore.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
                assertEquals(RecordedStore.class, forwarded.getDeclaringClass(), method.getName());
            }
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Which rules each broken store fails");
        lines.add("");
        lines.add("| breaks | broken store | the TCK fails it on |");
        lines.add("|---|---|---|");
        lines.addAll(RESULTS.values());
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    /** The rules the TCK's tests cite, from their display names, checking each method's name too. */
    private static Set<String> tckRules(Class<?>... tcks) {
        Set<String> rules = new TreeSet<>();
        List<Method> methods = new ArrayList<>();
        for (Class<?> tck : tcks) {
            methods.addAll(List.of(tck.getDeclaredMethods()));
        }
        for (Method method : methods) {
            DisplayName name = method.getAnnotation(DisplayName.class);
            if (name != null && method.isAnnotationPresent(Test.class)) {
                String rule = name.value().split(" ")[0];
                String prefix = "s" + rule.substring(1).replace('.', '_') + "_";
                assertTrue(method.getName().startsWith(prefix), method.getName() + " must be named after " + rule);
                rules.add(rule);
            }
        }
        return rules;
    }

    private static String sortKey(String rule) {
        String[] parts = rule.substring(1).split("\\.");
        return String.format("%03d.%03d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Events run(Supplier<Store> store) {
        BrokenTck.factory = store;
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenTck.class)).execute().testEvents();
        } finally {
            BrokenTck.factory = null;
        }
    }

    /** The rule ids ("S2.1") that start the display names of the given test events. */
    private static Set<String> rules(Events events) {
        Set<String> rules = new TreeSet<>();
        events.stream().forEach(e -> rules.add(e.getTestDescriptor().getDisplayName().split(" ")[0]));
        return rules;
    }

    private static String messages(Events tests) {
        StringBuilder text = new StringBuilder();
        tests.failed().stream().forEach(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .ifPresent(t -> text.append(System.lineSeparator()).append(t.getMessage())));
        return text.toString();
    }

    /** The TCK over whichever store the case at hand makes, with the fault hook when the store has one. */
    static final class BrokenTck extends StoreTck {
        static volatile Supplier<Store> factory;
        private Store made;

        @Override
        protected Store newStore() {
            made = factory.get();
            return made;
        }

        @Override
        protected BackendFaults backendFaults() {
            return made instanceof BackendFaults faults ? faults : null;
        }

        @Override
        protected Duration stallLimit() {
            return Duration.ofSeconds(2);
        }
    }
}
