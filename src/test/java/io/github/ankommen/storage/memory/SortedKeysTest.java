package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The chunked sorted key set behaves as a {@link TreeSet} of strings, across chunk splits. */
class SortedKeysTest {

    @Test
    void anEmptySetHasNoKeysAndNoFirst() {
        SortedKeys keys = new SortedKeys();
        assertThat(keys.size()).isZero();
        assertThat(keys).isEmpty();
        assertThat(keys.after(null).hasNext()).isFalse();
        assertThat(keys.after("a").hasNext()).isFalse();
        assertThat(keys.contains("a")).isFalse();
        assertThat(keys.remove("a")).isFalse();
        assertThatThrownBy(keys::first).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> keys.iterator().next()).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void addingAKeyTwiceKeepsOne() {
        SortedKeys keys = new SortedKeys();
        assertThat(keys.add("case-2")).isTrue();
        assertThat(keys.add("case-2")).isFalse();
        assertThat(keys.add("case-10")).isTrue();
        assertThat(keys).containsExactly("case-10", "case-2");
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void keysComeInStringOrderAfterAnyStart() {
        SortedKeys keys = new SortedKeys();
        List.of("d", "b", "f").forEach(keys::add);
        assertThat(list(keys.after("a"))).containsExactly("b", "d", "f");
        assertThat(list(keys.after("b"))).containsExactly("d", "f");
        assertThat(list(keys.after("c"))).containsExactly("d", "f");
        assertThat(list(keys.after("f"))).isEmpty();
        assertThat(list(keys.after("z"))).isEmpty();
    }

    @Test
    void ascendingKeysFillChunksAndSplitNone() {
        SortedKeys keys = new SortedKeys();
        int count = SortedKeys.CHUNK * 3 + 7;
        for (int i = 0; i < count; i++) {
            keys.add(String.format("k%06d", i));
        }
        assertThat(keys.size()).isEqualTo(count);
        assertThat(list(keys.iterator())).hasSize(count).isSorted();
        assertThat(list(keys.after(String.format("k%06d", SortedKeys.CHUNK - 1))).get(0))
                .isEqualTo(String.format("k%06d", SortedKeys.CHUNK));
    }

    @Test
    void removingEveryKeyOfAChunkDropsTheChunk() {
        SortedKeys keys = new SortedKeys();
        for (int i = 0; i < SortedKeys.CHUNK * 2; i++) {
            keys.add(String.format("k%06d", i));
        }
        for (int i = 0; i < SortedKeys.CHUNK; i++) {
            assertThat(keys.remove(String.format("k%06d", i))).isTrue();
        }
        assertThat(keys.first()).isEqualTo(String.format("k%06d", SortedKeys.CHUNK));
        assertThat(keys.contains("k000000")).isFalse();
        assertThat(keys.size()).isEqualTo(SortedKeys.CHUNK);
        keys.add("a");
        assertThat(keys.first()).isEqualTo("a");
    }

    @Test
    void aSetTakenInBulkIsSplitIntoChunksAndStaysUsable() {
        String[] sorted = new String[SortedKeys.CHUNK * 2 + 1];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = String.format("k%06d", i * 2);
        }
        SortedKeys keys = SortedKeys.ofSorted(sorted, sorted.length);
        assertThat(list(keys.iterator())).containsExactly(sorted);
        keys.add("k000001");
        keys.add("k999999");
        assertThat(keys.contains("k000001")).isTrue();
        assertThat(list(keys.iterator())).hasSize(sorted.length + 2).isSorted();
        assertThat(SortedKeys.ofSorted(new String[0], 0)).isEmpty();
    }

    @Test
    void aBulkSetMustBeStrictlyAscending() {
        assertThatThrownBy(() -> SortedKeys.ofSorted(new String[] {"b", "a"}, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SortedKeys.ofSorted(new String[] {"a", "a"}, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndexValueIsNothingOneIdOrASet() {
        Object none = null;
        Object one = SortedKeys.plus(none, "b");
        assertThat(one).isEqualTo("b");
        assertThat(SortedKeys.plus(one, "b")).isSameAs(one);
        Object two = SortedKeys.plus(one, "a");
        assertThat(two).isEqualTo(new String[] {"a", "b"});
        assertThat(SortedKeys.of(two)).containsExactly("a", "b");
        assertThat(SortedKeys.plus(two, "b")).isSameAs(two);
        assertThat(SortedKeys.minus(two, "c")).isSameAs(two);
        assertThat(SortedKeys.minus(two, "a")).isEqualTo("b");
        assertThat(SortedKeys.minus(two, "b")).isEqualTo("a");
        Object three = SortedKeys.plus(two, "ab");
        assertThat(three).isEqualTo(new String[] {"a", "ab", "b"});
        assertThat(SortedKeys.minus(three, "ab")).isEqualTo(new String[] {"a", "b"});
        assertThat(two).as("an array value is never changed in place").isEqualTo(new String[] {"a", "b"});
        assertThat(SortedKeys.minus("b", "x")).isEqualTo("b");
        assertThat(SortedKeys.minus("b", "b")).isNull();
        assertThat(SortedKeys.minus(null, "b")).isNull();
        assertThat(SortedKeys.of(null)).isEmpty();
        assertThat(SortedKeys.of("b")).containsExactly("b");
        assertThatThrownBy(() -> SortedKeys.plus(null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIndexValueIsReadAfterAKeyInEveryForm() {
        assertThat(list(SortedKeys.idsAfter(null, null))).isEmpty();
        assertThat(list(SortedKeys.idsAfter("b", null))).containsExactly("b");
        assertThat(list(SortedKeys.idsAfter("b", "a"))).containsExactly("b");
        assertThat(list(SortedKeys.idsAfter("b", "b"))).isEmpty();
        String[] few = {"b", "d", "f"};
        assertThat(list(SortedKeys.idsAfter(few, null))).containsExactly("b", "d", "f");
        assertThat(list(SortedKeys.idsAfter(few, "b"))).containsExactly("d", "f");
        assertThat(list(SortedKeys.idsAfter(few, "c"))).containsExactly("d", "f");
        assertThat(list(SortedKeys.idsAfter(few, "a"))).containsExactly("b", "d", "f");
        assertThat(list(SortedKeys.idsAfter(few, "f"))).isEmpty();
        SortedKeys set = SortedKeys.ofSorted(few, few.length);
        assertThat(list(SortedKeys.idsAfter(set, "d"))).containsExactly("f");
        Iterator<String> read = SortedKeys.idsAfter(few, null);
        read.next();
        assertThatThrownBy(read::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(few).as("the array is read in place, never changed").containsExactly("b", "d", "f");
    }

    @Test
    void anIndexValueBecomesASetBeyondTheSmallArrayAndOneIdWhenTheRestIsRemoved() {
        Object ids = null;
        for (int i = SortedKeys.SMALL; i >= 0; i--) {
            ids = SortedKeys.plus(ids, "id-" + i);
        }
        assertThat(ids).isInstanceOf(SortedKeys.class);
        assertThat(list(SortedKeys.of(ids).iterator())).hasSize(SortedKeys.SMALL + 1).isSorted();
        for (int i = 1; i <= SortedKeys.SMALL; i++) {
            ids = SortedKeys.minus(ids, "id-" + i);
        }
        assertThat(ids).isEqualTo("id-0");
        assertThat(SortedKeys.minus(ids, "id-0")).isNull();
    }

    @Test
    void randomIndexValuesMatchATreeSet() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Object ids = null;
            TreeSet<String> model = new TreeSet<>();
            for (int step = 0; step < 400; step++) {
                String id = "r-" + random.nextInt(1 + SortedKeys.SMALL * 2);
                if (random.nextInt(3) == 0) {
                    ids = SortedKeys.minus(ids, id);
                    model.remove(id);
                } else {
                    ids = SortedKeys.plus(ids, id);
                    model.add(id);
                }
                assertThat(SortedKeys.of(ids)).as("seed %d, step %d", seed, step).containsExactlyElementsOf(model);
                assertThat(ids == null).as("seed %d: null only when empty", seed).isEqualTo(model.isEmpty());
            }
        });
    }

    @Test
    void randomAddsAndRemovesMatchATreeSet() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            SortedKeys keys = new SortedKeys();
            TreeSet<String> model = new TreeSet<>();
            int range = 1 + random.nextInt(SortedKeys.CHUNK * 6);
            for (int step = 0; step < 4_000; step++) {
                String key = "case-" + random.nextInt(range);
                if (random.nextInt(3) == 0) {
                    assertThat(keys.remove(key)).as("seed %d, remove %s", seed, key).isEqualTo(model.remove(key));
                } else {
                    assertThat(keys.add(key)).as("seed %d, add %s", seed, key).isEqualTo(model.add(key));
                }
            }
            assertThat(keys.size()).as("seed %d", seed).isEqualTo(model.size());
            assertThat(list(keys.iterator())).as("seed %d", seed).containsExactlyElementsOf(model);
            String from = "case-" + random.nextInt(range);
            assertThat(list(keys.after(from))).as("seed %d, after %s", seed, from)
                    .containsExactlyElementsOf(model.tailSet(from, false));
            assertThat(keys.contains(from)).as("seed %d", seed).isEqualTo(model.contains(from));
        });
    }

    private static List<String> list(Iterator<String> keys) {
        List<String> all = new ArrayList<>();
        keys.forEachRemaining(all::add);
        return all;
    }
}
