package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.State;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    /** A table of ids made by a constructor that counts its calls and rejects what it must. */
    private static final class Counted {
        final AtomicInteger made = new AtomicInteger();
        final SharedValues<String, OfferId> table;

        Counted(int limit) {
            table = new SharedValues<>(limit);
        }

        OfferId get(String text) {
            return table.get(text, t -> {
                made.incrementAndGet();
                return new OfferId(t);
            });
        }
    }

    @Test
    void anEqualKeyGivesTheValueMadeFirstWithoutMakingAnother() {
        Counted ids = new Counted(SharedValues.LIMIT);
        OfferId first = ids.get(new String("offer-1"));
        OfferId second = ids.get(new String("offer-1"));
        assertSame(first, second);
        assertEquals(1, ids.made.get());
        assertNotSame(first, ids.get("offer-2"));
    }

    @Test
    void aRejectedKeyIsNotKeptAndNullGoesToTheMaker() {
        // Room for one key: what the maker rejects does not take it.
        Counted ids = new Counted(1);
        assertThrows(ConstraintViolationException.class, () -> ids.get("not an id"));
        assertThrows(ConstraintViolationException.class, () -> ids.get("not an id"));
        assertThrows(ConstraintViolationException.class, () -> ids.get(null));
        assertEquals(3, ids.made.get());
        assertTrue(ids.table.hasRoom());
        assertSame(ids.get("offer-1"), ids.get("offer-1"));
        assertFalse(ids.table.hasRoom());
    }

    @Test
    void aFullTableMakesEachValueAnewAndKeepsWhatItHas() {
        qt().withExamples(20).forAll(integers().between(1, 64)).checkAssert(limit -> {
            Counted ids = new Counted(limit);
            for (int i = 0; i < limit; i++) {
                ids.get("kept-" + i);
            }
            assertFalse(ids.table.hasRoom());
            OfferId past = ids.get("past");
            assertEquals(past, ids.get("past"));
            assertNotSame(past, ids.get("past"));
            assertSame(ids.get("kept-0"), ids.get("kept-0"));
            assertEquals(limit + 3, ids.made.get());
        });
    }

    @Test
    void threadsThatAskForOneKeyAtOnceGetOneValueAndRacesBarelyPassTheLimit() throws Exception {
        // A race is a matter of timing: twenty of them, each a fresh table.
        for (int round = 0; round < 20; round++) {
            race(8, 200, 50);
        }
    }

    /** Threads ask a table for the same keys in the same order, all at once. */
    private static void race(int threads, int keys, int limit) throws Exception {
        Counted ids = new Counted(limit);
        OfferId[][] seen = new OfferId[threads][keys];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < keys; k++) {
                        seen[thread][k] = ids.get("offer-" + k);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(ids.table.size() >= limit && ids.table.size() < limit + threads, "kept " + ids.table.size());
        for (int k = 0; k < keys; k++) {
            OfferId kept = ids.get("offer-" + k);
            for (int t = 0; t < threads; t++) {
                assertEquals(kept, seen[t][k]);
                if (k < limit) {
                    // The first keys all fit: whoever made one first, every thread got that one.
                    assertSame(kept, seen[t][k], "key " + k);
                }
            }
        }
    }

    @Test
    void daysAreSharedAndNullStaysNull() {
        // Another test in this JVM may have filled the table; its days are then kept as they come.
        assumeTrue(SharedValues.hasRoomForDays(), "the days' table is full");
        LocalDate day = LocalDate.of(2018, 6, 4);
        LocalDate shared = SharedValues.day(day);
        assertEquals(day, shared);
        assertSame(shared, SharedValues.day(LocalDate.of(2018, 6, 4)));
        assertNull(SharedValues.day(null));
    }

    @Test
    void recordsHoldTheSharedDay() {
        assumeTrue(SharedValues.hasRoomForDays(), "the days' table is full");
        FollowUp a = new FollowUp(FollowUpId.of("fu-a"), LocalDate.of(2018, 6, 5), null, null);
        FollowUp b = new FollowUp(FollowUpId.of("fu-b"), LocalDate.of(2018, 6, 5), null, null);
        assertSame(a.due(), b.due());
    }

    /** A factory of shared values, a text it accepts and one it rejects. */
    private record Factory(Class<?> type, Function<String, ?> of, String valid, String invalid) {
    }

    /**
     * The ids of what a network has few of, states, languages and districts: their factories share,
     * their constructors do not.
     */
    @Test
    void theFactoriesOfWhatANetworkHasFewOfShareEqualValues() {
        String id = "shared_values_test";
        List<Factory> factories = List.of(new Factory(ActorId.class, ActorId::of, id, "-no"),
                new Factory(ContactPointId.class, ContactPointId::of, id, "-no"),
                new Factory(NetworkId.class, NetworkId::of, id, "-no"),
                new Factory(OfferId.class, OfferId::of, id, "-no"),
                new Factory(OrganisationId.class, OrganisationId::of, id, "-no"),
                new Factory(PhaseId.class, PhaseId::of, id, "-no"),
                new Factory(TeamMemberId.class, TeamMemberId::of, id, "-no"),
                new Factory(State.class, State::of, id, "-no"),
                new Factory(Language.class, Language::of, "ti", "xx-not-a-code"),
                new Factory(District.class, District::of, "Shared Values Test", " "));
        for (Factory factory : factories) {
            // Another test in this JVM may have filled the table; its values are then made anew.
            assumeTrue(SharedValues.hasRoom(factory.type()), factory.type().getSimpleName() + "'s table is full");
            Object first = factory.of().apply(new String(factory.valid()));
            assertSame(first, factory.of().apply(new String(factory.valid())), factory.type().getName());
            assertEquals(factory.type(), first.getClass());
            assertThrows(ConstraintViolationException.class, () -> factory.of().apply(null));
            assertThrows(ConstraintViolationException.class, () -> factory.of().apply(factory.invalid()));
        }
        assertSame(Language.ARABIC, Language.of(new String("ar")));
        // The workflow's constants are made through the factory too.
        assertSame(CaseWorkflows.CLOSED, State.of(new String("closed")));
        assertNotSame(new OfferId("o-1"), new OfferId("o-1"));
        assertEquals(List.of(new OfferId("o-1")), List.of(OfferId.of("o-1")));
    }
}
