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
import java.util.HashMap;
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
        Builder builder = builder();
        for (Referral r : referrals) {
            if (r.requestedAt() == null || r.status() == ReferralStatus.ENTERED_IN_ERROR) {
                continue;
            }
            District district = Objects.requireNonNull(districtOf.apply(r), "districtOf must not return null");
            YearMonth month = YearMonth.from(LocalDate.ofInstant(r.requestedAt(), zone));
            builder.countRequests(district, r.need(), month, 1);
            if (r.status() == ReferralStatus.REJECTED && r.reason() == ReferralReason.NO_CAPACITY) {
                builder.countNoCapacity(district, r.need(), month, 1);
            }
            if (r.acceptedAt() != null) {
                builder.countAcceptances(district, r.need(), month, Duration.between(r.requestedAt(), r.acceptedAt()), 1);
            }
        }
        return builder.build();
    }

    /**
     * Starts a report from counts made elsewhere, such as by a store: the same report as
     * {@link #of(Collection, Function, ZoneId)} gives when the counts are those of its referrals.
     *
     * @return a builder without counts
     */
    public static Builder builder() {
        return new Builder();
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

    /**
     * Collects the counts of a gap report: requests, rejections for no capacity and times to
     * acceptance, per district, category and month. Not thread-safe.
     */
    public static final class Builder {

        private final Map<Key, long[]> counts = new TreeMap<>(Comparator.comparing((Key k) -> k.district().name())
                .thenComparing(Key::category).thenComparing(Key::month));
        private final Map<Key, Map<Duration, Long>> times = new HashMap<>();

        private Builder() {
        }

        /**
         * Counts requested referrals (not drafts, not entered in error).
         *
         * @param district the district, not null
         * @param category the need, not null
         * @param month the month of the request, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countRequests(District district, Category category, YearMonth month, long n) {
            counts(district, category, month, n)[0] += n;
            return this;
        }

        /**
         * Counts requested referrals rejected for no capacity; they must be counted as requests too.
         *
         * @param district the district, not null
         * @param category the need, not null
         * @param month the month of the request, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countNoCapacity(District district, Category category, YearMonth month, long n) {
            counts(district, category, month, n)[1] += n;
            return this;
        }

        /**
         * Counts requested referrals accepted after a time; they must be counted as requests too.
         *
         * @param district the district, not null
         * @param category the need, not null
         * @param month the month of the request, not null
         * @param time the time from request to acceptance, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countAcceptances(District district, Category category, YearMonth month, Duration time, long n) {
            Objects.requireNonNull(time, "time must not be null");
            counts(district, category, month, n)[2] += n;
            times.computeIfAbsent(new Key(district, category, month), k -> new TreeMap<>()).merge(time, n, Long::sum);
            return this;
        }

        private long[] counts(District district, Category category, YearMonth month, long n) {
            Objects.requireNonNull(district, "district must not be null");
            Objects.requireNonNull(category, "category must not be null");
            Objects.requireNonNull(month, "month must not be null");
            if (n < 0) {
                throw new IllegalArgumentException("a count must not be negative");
            }
            return this.counts.computeIfAbsent(new Key(district, category, month), k -> new long[3]);
        }

        /**
         * Builds the report: one row for each district, category and month with a request.
         *
         * @return the report
         */
        public GapReport build() {
            List<GapRow> rows = new ArrayList<>(counts.size());
            counts.forEach((key, n) -> {
                if (n[0] > 0) {
                    rows.add(new GapRow(key.district(), key.category(), key.month(), Math.toIntExact(n[0]),
                            Math.toIntExact(n[1]), Math.toIntExact(n[2]), median(times.getOrDefault(key, Map.of()), n[2])));
                }
            });
            return new GapReport(List.copyOf(rows));
        }

        /** The median of the times a sorted histogram counts: the mean of the middle two of an even number. */
        private static Duration median(Map<Duration, Long> histogram, long n) {
            if (n == 0) {
                return null;
            }
            Duration lower = at(histogram, (n - 1) / 2);
            return n % 2 == 1 ? lower : lower.plus(at(histogram, n / 2)).dividedBy(2);
        }

        /** The time at a 0-based position of the sorted times. */
        private static Duration at(Map<Duration, Long> histogram, long position) {
            long seen = 0;
            for (Map.Entry<Duration, Long> bucket : histogram.entrySet()) {
                seen += bucket.getValue();
                if (seen > position) {
                    return bucket.getKey();
                }
            }
            throw new IllegalStateException("fewer times counted than acceptances");
        }
    }

    /** A row's key. */
    private record Key(District district, Category category, YearMonth month) {
    }
}
