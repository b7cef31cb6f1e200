package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The open-addressing map behaves as a {@link HashMap}, across growth and removals in runs. */
class FlatMapTest {

    /** A key whose hash the test chooses, so that keys collide on purpose. */
    private record Colliding(int hash, String name) {
        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Test
    void anEmptyMapHasNothing() {
        FlatMap<String, String> map = new FlatMap<>();
        assertThat(map.size()).isZero();
        assertThat(map.get("a")).isNull();
        assertThat(map.remove("a")).isNull();
        assertThat(map.keys(new String[0])).isEmpty();
    }

    @Test
    void putReplacesAndReturnsTheValueBefore() {
        FlatMap<String, String> map = new FlatMap<>();
        assertThat(map.put("case-1", "one")).isNull();
        assertThat(map.put("case-1", "uno")).isEqualTo("one");
        assertThat(map.get("case-1")).isEqualTo("uno");
        assertThat(map.size()).isEqualTo(1);
        assertThatThrownBy(() -> map.put("case-2", null)).isInstanceOf(NullPointerException.class);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void removingFromARunOfCollidingKeysKeepsTheOthersFindable() {
        FlatMap<Colliding, Integer> map = new FlatMap<>();
        Colliding[] keys = new Colliding[6];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Colliding(42, "k" + i);
            map.put(keys[i], i);
        }
        map.put(new Colliding(43, "other"), 99);
        assertThat(map.remove(keys[0])).isZero();
        assertThat(map.remove(keys[3])).isEqualTo(3);
        for (int i : new int[] {1, 2, 4, 5}) {
            assertThat(map.get(keys[i])).as("key %d", i).isEqualTo(i);
        }
        assertThat(map.get(new Colliding(43, "other"))).isEqualTo(99);
        assertThat(map.get(keys[0])).isNull();
        assertThat(map.size()).isEqualTo(5);
    }

    @Test
    void aKeyWhoseMixedHashIsZeroStaysApartFromTheEmptySlots() {
        // The slots mark empty with hash 0, so a hash that mixes to 0 is kept as 1: make both.
        int multiplier = 0x9E3779B1;
        int inverse = multiplier;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - multiplier * inverse;
        }
        Colliding mixesToZero = new Colliding(0, "zero");
        Colliding mixesToOne = new Colliding(inverse, "one");
        FlatMap<Colliding, String> map = new FlatMap<>();
        map.put(mixesToZero, "z");
        map.put(mixesToOne, "o");
        assertThat(map.get(mixesToZero)).isEqualTo("z");
        assertThat(map.get(mixesToOne)).isEqualTo("o");
        assertThat(map.remove(mixesToZero)).isEqualTo("z");
        assertThat(map.get(mixesToOne)).isEqualTo("o");
        assertThat(map.get(mixesToZero)).isNull();
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void growsAndKeepsEveryEntry() {
        FlatMap<String, Integer> map = new FlatMap<>();
        for (int i = 0; i < 10_000; i++) {
            map.put("case-" + i, i);
        }
        assertThat(map.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(map.get("case-" + i)).isEqualTo(i);
        }
        String[] keys = map.keys(new String[0]);
        assertThat(keys).hasSize(10_000).doesNotContainNull();
        Map<String, Integer> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).hasSize(10_000).containsEntry("case-9999", 9999);
    }

    @Test
    void noSegmentOutgrowsTheLargestSizeWhateverTheEntries() {
        FlatMap<String, Integer> map = new FlatMap<>();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            map.put("case-" + i, i);
        }
        // 256 KiB per array at the most: below G1's humongous threshold at any region size.
        assertThat(map.largestSegment()).isEqualTo(FlatMap.MAX_SEGMENT);
        assertThat(map.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 7) {
            assertThat(map.get("case-" + i)).isEqualTo(i);
        }
        for (int i = 0; i < n; i += 2) {
            assertThat(map.remove("case-" + i)).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(n / 2);
        assertThat(map.get("case-2")).isNull();
        assertThat(map.get("case-3")).isEqualTo(3);
        assertThat(map.keys(new String[0])).hasSize(n / 2).doesNotContain("case-0").contains("case-299999");
    }

    @Test
    void keysThatNoSplitTellsApartGrowOneSegmentPastTheLargestSize() {
        FlatMap<Colliding, Integer> map = new FlatMap<>(16);
        for (int i = 0; i < 100; i++) {
            map.put(new Colliding(7, "k" + i), i);
        }
        assertThat(map.largestSegment()).isGreaterThan(16);
        for (int i = 0; i < 100; i++) {
            assertThat(map.get(new Colliding(7, "k" + i))).isEqualTo(i);
        }
        assertThat(map.remove(new Colliding(7, "k50"))).isEqualTo(50);
        assertThat(map.get(new Colliding(7, "k51"))).isEqualTo(51);
        assertThat(map.size()).isEqualTo(99);
    }

    @Test
    void aLargestSegmentThatIsNoPowerOfTwoFromSixteenIsRefused() {
        assertThatThrownBy(() -> new FlatMap<String, String>(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlatMap<String, String>(24)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomPutsAndRemovesAcrossSplitsMatchAHashMap() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            // Segments of 256 slots split at 171 entries into halves of about 85: well apart from
            // full, so every segment stays at 256.
            FlatMap<String, Integer> map = new FlatMap<>(256);
            playAgainstAHashMap(seed, random, map, 12_000, 4, () -> "case-" + random.nextInt(5_000));
            assertThat(map.largestSegment()).as("seed %d", seed).isEqualTo(256);
        });
    }

    @Test
    void randomPutsAndRemovesMatchAHashMap() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            // Few distinct hashes, so that runs are long and wrap around the table's end.
            int hashes = 1 + random.nextInt(40);
            playAgainstAHashMap(seed, random, new FlatMap<>(), 3_000, 3,
                    () -> new Colliding(random.nextInt(hashes) * 31 + Integer.MIN_VALUE / 3, "k" + random.nextInt(200)));
        });
    }

    /**
     * Puts and removes random keys, one step in {@code removeOneIn} a removal, in the map and in a
     * {@code HashMap}, checking each answer, then compares every entry.
     */
    private static <K> void playAgainstAHashMap(long seed, Random random, FlatMap<K, Integer> map, int steps,
            int removeOneIn, Supplier<K> keys) {
        Map<K, Integer> model = new HashMap<>();
        for (int step = 0; step < steps; step++) {
            K key = keys.get();
            if (random.nextInt(removeOneIn) == 0) {
                assertThat(map.remove(key)).as("seed %d, remove %s", seed, key).isEqualTo(model.remove(key));
            } else {
                assertThat(map.put(key, step)).as("seed %d, put %s", seed, key).isEqualTo(model.put(key, step));
            }
        }
        assertThat(map.size()).as("seed %d", seed).isEqualTo(model.size());
        model.forEach((key, value) -> assertThat(map.get(key)).as("seed %d, get %s", seed, key).isEqualTo(value));
        Map<K, Integer> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).as("seed %d", seed).isEqualTo(model);
        assertThat(Arrays.asList(map.keys(new Object[0]))).as("seed %d", seed)
                .containsExactlyInAnyOrderElementsOf(model.keySet());
    }
}
