package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The range index answers by partition and day, and, where it keeps them, each id's day. */
class RangeIndexTest {

    /** A record with a partition and maybe a day. */
    private record Due(String site, LocalDate day) {
    }

    private static final LocalDate JUNE_4 = LocalDate.of(2018, 6, 4);

    private static RangeIndex<Due> index(boolean keepsDays) {
        return new RangeIndex<>(Due::site, d -> Optional.ofNullable(d.day()), keepsDays);
    }

    @Test
    void idsUpToADayComeSortedFromOnePartitionOrAll() {
        RangeIndex<Due> index = index(false);
        index.update("c-2", null, new Due("a", JUNE_4));
        index.update("c-1", null, new Due("a", JUNE_4.minusDays(3)));
        index.update("c-3", null, new Due("b", JUNE_4.minusDays(1)));
        index.update("c-4", null, new Due("a", JUNE_4.plusDays(1)));
        index.update("c-5", null, new Due("a", null));
        assertThat(index.upTo("a", JUNE_4)).containsExactly("c-1", "c-2");
        assertThat(index.upTo(null, JUNE_4)).containsExactly("c-1", "c-2", "c-3");
        assertThat(index.upTo("z", JUNE_4)).isEmpty();
        assertThatThrownBy(() -> index.isUpTo("c-1", JUNE_4)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIdsDayFollowsItsRecordThroughMovesAndRemoval() {
        RangeIndex<Due> index = index(true);
        Due first = new Due("a", JUNE_4);
        index.update("c-1", null, first);
        assertThat(index.isUpTo("c-1", JUNE_4)).isTrue();
        assertThat(index.isUpTo("c-1", JUNE_4.minusDays(1))).isFalse();
        Due later = new Due("b", JUNE_4.plusDays(10));
        index.update("c-1", first, later);
        assertThat(index.isUpTo("c-1", JUNE_4)).isFalse();
        assertThat(index.isUpTo("c-1", JUNE_4.plusDays(10))).isTrue();
        assertThat(index.upTo("a", JUNE_4.plusDays(30))).isEmpty();
        assertThat(index.upTo("b", JUNE_4.plusDays(30))).containsExactly("c-1");
        Due none = new Due("b", null);
        index.update("c-1", later, none);
        assertThat(index.isUpTo("c-1", LocalDate.MAX)).isFalse();
        assertThat(index.upTo(null, LocalDate.MAX)).isEmpty();
        assertThat(index.isUpTo("c-9", LocalDate.MAX)).isFalse();
    }
}
