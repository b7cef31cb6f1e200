package io.github.ankommen.referral;

import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where the network lacks capacity: per district, category of need and month, the referrals
 * requested, the rejections for {@link ReferralReason#NO_CAPACITY}, and the median time to
 * acceptance. This is what the coordinators bring to the round tables (<i>Runde Tische</i>).
 *
 * <p>A referral counts in the month of its request, in the municipality's time zone, under its need
 * and under the district the caller assigns it (the sending contact point's or the client's).
 * Drafts and referrals cancelled as drafts were never requested and do not count; referrals entered
 * in error do not count at all. A rejection for no capacity counts in the row of its request. The
 * median of an even number of times is the mean of the two middle ones. Rows are ordered by
 * district name, category and month; only rows with at least one request exist. The report holds
 * counts only, no personal data. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapReport {

    private final List<GapRow> rows;

    private GapReport(List<GapRow> rows) {
        this.rows = rows;
    }

    /**
     * Builds the report.
     *
     * @param referrals the referrals, not null, no nulls
     * @param districtOf the district a referral counts for, not null; must not return null
     * @param zone the municipality's time zone, not null
     * @return the report
     * @throws NullPointerException if an argument or a referral is null, or the function returns null
     */
    public static GapReport of(Collection<Referral> referrals, Function<Referral, District> districtOf, ZoneId zone) {
        Objects.requireNonNull(referrals, "referrals must not be null");
        Objects.requireNonNull(districtOf, "districtOf must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Map<Key, List<Referral>> groups = new TreeMap<>(Comparator.comparing((Key k) -> k.district().name())
                .thenComparing(Key::category).thenComparing(Key::month));
        for (Referral r : referrals) {
            if (r.requestedAt() == null || r.status() == ReferralStatus.ENTERED_IN_ERROR) {
                continue;
            }
            District district = Objects.requireNonNull(districtOf.apply(r), "districtOf must not return null");
            Key key = new Key(district, r.need(), YearMonth.from(LocalDate.ofInstant(r.requestedAt(), zone)));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<GapRow> rows = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> {
            int noCapacity = 0;
            List<Duration> times = new ArrayList<>();
            for (Referral r : group) {
                if (r.status() == ReferralStatus.REJECTED && r.reason() == ReferralReason.NO_CAPACITY) {
                    noCapacity++;
                }
                if (r.acceptedAt() != null) {
                    times.add(Duration.between(r.requestedAt(), r.acceptedAt()));
                }
            }
            rows.add(new GapRow(key.district(), key.category(), key.month(), group.size(), noCapacity, times.size(),
                    median(times)));
        });
        return new GapReport(List.copyOf(rows));
    }

    /**
     * The report as it may be published beyond the coordinators: every row that shows a small
     * figure is withheld whole. A figure is small from 1 to {@code k - 1}; the figures of a row are
     * its requests, its rejections for no capacity and its acceptances, and, since each can be
     * subtracted from the requests, the requests not rejected for no capacity and the requests not
     * accepted. So no median is published of fewer than {@code k} acceptances, and as the report
     * publishes no totals, a withheld row cannot be recomputed from the others.
     *
     * @param k the threshold, at least 1; 1 withholds nothing
     * @return the report without the rows that show a small figure
     * @throws IllegalArgumentException if {@code k} is less than 1
     * @since 0.1.0
     */
    public GapReport suppressed(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the threshold must be 1 or more, not " + k);
        }
        List<GapRow> kept = new ArrayList<>();
        for (GapRow row : rows) {
            boolean small = isSmall(row.requested(), k) || isSmall(row.rejectedNoCapacity(), k)
                    || isSmall(row.accepted(), k) || isSmall(row.requested() - row.rejectedNoCapacity(), k)
                    || isSmall(row.requested() - row.accepted(), k);
            if (!small) {
                kept.add(row);
            }
        }
        return new GapReport(List.copyOf(kept));
    }

    private static boolean isSmall(int count, int k) {
        return count >= 1 && count < k;
    }

    /**
     * The rows, ordered by district name, category and month.
     *
     * @return the rows, unmodifiable
     */
    public List<GapRow> rows() {
        return rows;
    }

    /**
     * Finds one row.
     *
     * @param district the district, not null
     * @param category the category, not null
     * @param month the month, not null
     * @return the row, or empty if no referral counts there
     * @throws NullPointerException if an argument is null
     */
    public Optional<GapRow> row(District district, Category category, YearMonth month) {
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(month, "month must not be null");
        return rows.stream().filter(r -> r.district().equals(district) && r.category() == category
                && r.month().equals(month)).findFirst();
    }

    private static Duration median(List<Duration> times) {
        if (times.isEmpty()) {
            return null;
        }
        times.sort(Comparator.naturalOrder());
        int middle = times.size() / 2;
        return times.size() % 2 == 1 ? times.get(middle) : times.get(middle - 1).plus(times.get(middle)).dividedBy(2);
    }

    /** A row's key. */
    private record Key(District district, Category category, YearMonth month) {
    }
}
