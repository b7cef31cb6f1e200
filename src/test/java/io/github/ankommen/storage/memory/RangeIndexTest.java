package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The range index walks the ids of a partition, or of all, whose day is on or before a day, in id
 * order from a cursor on, merged from the days' id lists.
 */
class RangeIndexTest {

    /** A record with a partition and maybe a day. */
    private record Due(String site, LocalDate day) {
    }

    private static final LocalDate JUNE_4 = LocalDate.of(2018, 6, 4);

    private static RangeIndex<Due> index() {
        return new RangeIndex<>(Due::site, d -> Optional.ofNullable(d.day()));
    }

    private static List<String> upTo(RangeIndex<Due> index, String site, LocalDate day, String after) {
        List<String> ids = new ArrayList<>();
        index.upTo(site, day, after).forEachRemaining(ids::add);
        return ids;
    }

    @Test
    void anEmptyIndexWalksNothing() {
        RangeIndex<Due> index = index();
        assertThat(upTo(index, "a", LocalDate.MAX, null)).isEmpty();
        assertThat(upTo(index, null, LocalDate.MAX, null)).isEmpty();
        assertThat(upTo(index, null, LocalDate.MAX, "c-1")).isEmpty();
        Iterator<String> none = index.upTo(null, LocalDate.MAX, null);
        assertThat(none.hasNext()).isFalse();
        assertThatThrownBy(none::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theLastDayIsIncludedAndTheNextIsNot() {
        RangeIndex<Due> index = index();
        index.update("c-2", null, new Due("a", JUNE_4));
        index.update("c-1", null, new Due("a", JUNE_4));
        index.update("c-3", null, new Due("a", JUNE_4.plusDays(1)));
        index.update("c-4", null, new Due("a", null));
        assertThat(upTo(index, "a", JUNE_4.minusDays(1), null)).isEmpty();
        assertThat(upTo(index, "a", JUNE_4, null)).containsExactly("c-1", "c-2");
        assertThat(upTo(index, "a", JUNE_4.plusDays(1), null)).containsExactly("c-1", "c-2", "c-3");
        assertThat(upTo(index, "a", LocalDate.MAX, null)).as("a record without a day is not indexed")
                .containsExactly("c-1", "c-2", "c-3");
    }

    @Test
    void manyDaysAreMergedInIdOrder() {
        RangeIndex<Due> index = index();
        // Day by day: one id, a small array, and a set past the small array's size.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("c-%02d", i);
            int daysBefore = i % 5 == 0 ? 0 : i % 2 == 0 ? 1 : 2 + i % 3;
            index.update(id, null, new Due("a", JUNE_4.minusDays(daysBefore)));
            expected.add(id);
        }
        index.update("c-99", null, new Due("a", JUNE_4.plusDays(1)));
        assertThat(upTo(index, "a", JUNE_4, null)).containsExactlyElementsOf(expected);
        assertThat(upTo(index, "a", JUNE_4.minusDays(1), null))
                .containsExactlyElementsOf(expected.stream().filter(id -> Integer.parseInt(id.substring(2)) % 5 != 0)
                        .toList());
    }

    @Test
    void allPartitionsAreMergedWhenNoneIsGiven() {
        RangeIndex<Due> index = index();
        index.update("c-5", null, new Due("a", JUNE_4));
        index.update("c-1", null, new Due("b", JUNE_4.minusDays(3)));
        index.update("c-3", null, new Due("a", JUNE_4.minusDays(1)));
        index.update("c-2", null, new Due("c", JUNE_4));
        index.update("c-4", null, new Due("b", JUNE_4.plusDays(1)));
        assertThat(upTo(index, null, JUNE_4, null)).containsExactly("c-1", "c-2", "c-3", "c-5");
        assertThat(upTo(index, "a", JUNE_4, null)).containsExactly("c-3", "c-5");
        assertThat(upTo(index, "b", JUNE_4, null)).containsExactly("c-1");
        assertThat(upTo(index, "z", JUNE_4, null)).isEmpty();
    }

    @Test
    void theWalkStartsStrictlyAfterTheCursor() {
        RangeIndex<Due> index = index();
        index.update("c-2", null, new Due("a", JUNE_4));
        index.update("c-4", null, new Due("b", JUNE_4.minusDays(2)));
        index.update("c-6", null, new Due("a", JUNE_4.minusDays(1)));
        index.update("c-8", null, new Due("b", JUNE_4));
        assertThat(upTo(index, null, JUNE_4, "c-4")).as("a cursor on an id").containsExactly("c-6", "c-8");
        assertThat(upTo(index, null, JUNE_4, "c-5")).as("a cursor between ids").containsExactly("c-6", "c-8");
        assertThat(upTo(index, null, JUNE_4, "a")).as("a cursor before all").containsExactly("c-2", "c-4", "c-6", "c-8");
        assertThat(upTo(index, null, JUNE_4, "c-8")).as("a cursor on the last id").isEmpty();
        assertThat(upTo(index, null, JUNE_4, "z")).as("a cursor after all").isEmpty();
        assertThat(upTo(index, "a", JUNE_4, "c-2")).containsExactly("c-6");
    }

    @Test
    void anIdFollowsItsRecordToAnotherDayAndPartitionAndOutOfTheIndex() {
        RangeIndex<Due> index = index();
        Due first = new Due("a", JUNE_4);
        index.update("c-1", null, first);
        index.update("c-2", null, new Due("a", JUNE_4));
        Due later = new Due("a", JUNE_4.plusDays(10));
        index.update("c-1", first, later);
        assertThat(upTo(index, "a", JUNE_4, null)).containsExactly("c-2");
        assertThat(upTo(index, "a", JUNE_4.plusDays(10), null)).containsExactly("c-1", "c-2");
        Due elsewhere = new Due("b", JUNE_4.plusDays(10));
        index.update("c-1", later, elsewhere);
        assertThat(upTo(index, "a", LocalDate.MAX, null)).containsExactly("c-2");
        assertThat(upTo(index, "b", LocalDate.MAX, null)).containsExactly("c-1");
        assertThat(upTo(index, null, LocalDate.MAX, null)).containsExactly("c-1", "c-2");
        index.update("c-1", elsewhere, new Due("b", null));
        assertThat(upTo(index, null, LocalDate.MAX, null)).containsExactly("c-2");
    }

    @Test
    void aPartitionIsKeptOnlyWhileItHoldsAnId() {
        RangeIndex<Due> index = index();
        Due atA = new Due("a", JUNE_4);
        index.update("c-1", null, atA);
        index.update("c-2", null, new Due("b", JUNE_4));
        assertThat(index.partitions()).isEqualTo(2);
        Due movedToB = new Due("b", JUNE_4.plusDays(1));
        index.update("c-1", atA, movedToB);
        assertThat(index.partitions()).as("a's last id moved to b").isEqualTo(1);
        index.update("c-1", movedToB, new Due("b", null));
        index.update("c-2", new Due("b", JUNE_4), new Due("b", null));
        assertThat(index.partitions()).as("no record has a day").isZero();
        assertThat(upTo(index, null, LocalDate.MAX, null)).isEmpty();
        index.update("c-3", null, new Due("a", JUNE_4));
        assertThat(upTo(index, "a", JUNE_4, null)).as("a partition comes back with an id").containsExactly("c-3");
    }

    @Test
    void randomUpdatesWalkAsAFilterOverAllRecords() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            RangeIndex<Due> index = index();
            Map<String, Due> records = new HashMap<>();
            for (int step = 0; step < 600; step++) {
                String id = "c-" + random.nextInt(1 + SortedKeys.SMALL * 8);
                Due record = new Due("p" + random.nextInt(3),
                        random.nextInt(6) == 0 ? null : JUNE_4.plusDays(random.nextInt(8)));
                index.update(id, records.put(id, record), record);
                assertThat(index.partitions()).as("seed %d, step %d: partitions with a day", seed, step)
                        .isEqualTo(records.values().stream().filter(d -> d.day() != null).map(Due::site)
                                .distinct().count());
                if (step % 50 == 49) {
                    String site = random.nextBoolean() ? null : "p" + random.nextInt(4);
                    LocalDate day = JUNE_4.plusDays(random.nextInt(10) - 1);
                    String after = random.nextBoolean() ? null : "c-" + random.nextInt(SortedKeys.SMALL * 9);
                    TreeSet<String> expected = new TreeSet<>();
                    records.forEach((key, due) -> {
                        if ((site == null || site.equals(due.site())) && due.day() != null && !due.day().isAfter(day)
                                && (after == null || key.compareTo(after) > 0)) {
                            expected.add(key);
                        }
                    });
                    assertThat(upTo(index, site, day, after))
                            .as("seed %d, step %d: %s up to %s after %s", seed, step, site, day, after)
                            .containsExactlyElementsOf(expected);
                }
            }
        });
    }
}
