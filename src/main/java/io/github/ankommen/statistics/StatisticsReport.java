package io.github.ankommen.statistics;

import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The network's statistics for a period: every figure aggregated, small counts suppressed, and no
 * client, case or person named.
 *
 * <p>Rows of the per-contact-point tables are labelled "district / contact point id" and sorted by
 * that label; columns are the values of the grouping enum in declaration order, so that every table
 * of the same kind has the same columns. Each table is suppressed on its own by the
 * {@link Suppression} the report was built with; see {@code docs/data-protection.md} for what that
 * does and does not protect. The same inputs always give an equal report. This class is immutable
 * and thread-safe.
 *
 * @param period the period reported on
 * @param k the suppression threshold used
 * @param consultations consultations in the period, per contact point and channel
 * @param consultationTopics consultations in the period, per contact point and topic; a consultation
 *     on several topics counts once for each
 * @param casesOpened cases opened in the period, per contact point (one column, {@code opened})
 * @param caseNeeds cases opened in the period, per contact point and need category; a case with
 *     several needs counts once for each, one without needs under {@code none}
 * @param casesClosed cases closed in the period, per contact point and closure outcome: cases in a
 *     terminal state of their workflow, under the outcome recorded at closure, else the outcome their
 *     terminal state names, else {@code OTHER}
 * @param closureTimes days from intake to closure of the cases closed in the period, per district in
 *     order of name, then for all districts
 * @param referralsByStatus referrals sent in the period, per district and status
 * @param rejections rejected referrals sent in the period, per district and rejection reason
 * @param noCapacity referrals sent in the period that met no capacity, per district and offer
 *     category: the gaps in the network
 * @param referralSuccess the success rate of the concluded referrals sent in the period, per district
 *     in order of name, then for all districts
 * @since 0.1.0
 */
public record StatisticsReport(
        @NotNull ReportingPeriod period,
        @Min(1) int k,
        @NotNull SuppressedTable consultations,
        @NotNull SuppressedTable consultationTopics,
        @NotNull SuppressedTable casesOpened,
        @NotNull SuppressedTable caseNeeds,
        @NotNull SuppressedTable casesClosed,
        @NotNull List<@NotNull ClosureTimes> closureTimes,
        @NotNull SuppressedTable referralsByStatus,
        @NotNull SuppressedTable rejections,
        @NotNull SuppressedTable noCapacity,
        @NotNull List<@NotNull SuccessRate> referralSuccess) {

    /** The label of the group of all districts in {@link #closureTimes()} and {@link #referralSuccess()}. */
    public static final String ALL_DISTRICTS = "all districts";
    /** The row label part for a contact point whose district is not known. */
    public static final String UNKNOWN_DISTRICT = "unknown";

    /**
     * Creates a report; use {@link #builder(ReportingPeriod, Function)} to compute one.
     *
     * @param period the period, not null
     * @param k the threshold, at least 1
     * @param consultations not null
     * @param consultationTopics not null
     * @param casesOpened not null
     * @param caseNeeds not null
     * @param casesClosed not null
     * @param closureTimes not null, without nulls
     * @param referralsByStatus not null
     * @param rejections not null
     * @param noCapacity not null
     * @param referralSuccess not null, without nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public StatisticsReport(ReportingPeriod period, int k, SuppressedTable consultations,
            SuppressedTable consultationTopics, SuppressedTable casesOpened, SuppressedTable caseNeeds,
            SuppressedTable casesClosed, List<ClosureTimes> closureTimes, SuppressedTable referralsByStatus,
            SuppressedTable rejections, SuppressedTable noCapacity, List<SuccessRate> referralSuccess) {
        this.period = period;
        this.k = k;
        this.consultations = consultations;
        this.consultationTopics = consultationTopics;
        this.casesOpened = casesOpened;
        this.caseNeeds = caseNeeds;
        this.casesClosed = casesClosed;
        this.closureTimes = FrozenCollections.copyOf(closureTimes);
        this.referralsByStatus = referralsByStatus;
        this.rejections = rejections;
        this.noCapacity = noCapacity;
        this.referralSuccess = FrozenCollections.copyOf(referralSuccess);
        RecordValidation.valid(this);
    }

    /**
     * Starts a report.
     *
     * @param period the period, not null
     * @param districts the district of each contact point, not null; may answer null for a contact
     *     point whose district is not known, which is then reported as {@value #UNKNOWN_DISTRICT}
     * @return a builder with no data and the default suppression
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ReportingPeriod period, Function<ContactPointId, District> districts) {
        return new Builder(period, districts);
    }

    /**
     * Collects the data of a report. Every collection is optional; what is not given counts as empty.
     * A builder is not thread-safe.
     */
    public static final class Builder {

        private final ReportingPeriod period;
        private final Function<ContactPointId, District> districts;
        private Suppression suppression = Suppression.standard();
        private Collection<Consultation> consultations = List.of();
        private Collection<Case> cases = List.of();
        private Collection<AuditEntry> trail = List.of();
        private Workflow<Case> workflow;
        private Collection<ReferralRow> referrals = List.of();
        private final List<Counted> counted = new ArrayList<>();
        private final List<Closed> closedCounts = new ArrayList<>();
        private final List<CountedRow> countedRows = new ArrayList<>();

        private Builder(ReportingPeriod period, Function<ContactPointId, District> districts) {
            this.period = Objects.requireNonNull(period, "period must not be null");
            this.districts = Objects.requireNonNull(districts, "districts must not be null");
        }

        /**
         * Sets the suppression.
         *
         * @param value the suppression, not null
         * @return this builder
         * @throws NullPointerException if it is null
         */
        public Builder suppression(Suppression value) {
            this.suppression = Objects.requireNonNull(value, "suppression must not be null");
            return this;
        }

        /**
         * Sets the consultations; those outside the period are skipped.
         *
         * @param values the consultations, not null, without nulls
         * @return this builder
         * @throws NullPointerException if the collection is null
         */
        public Builder consultations(Collection<Consultation> values) {
            this.consultations = List.copyOf(values);
            return this;
        }

        /**
         * Sets the cases, their audit trails and their workflow.
         *
         * <p>A case is closed while it is in a terminal state of the workflow, whatever the state is
         * called. Its closure is the time of the last audit entry that entered a terminal state from a
         * state that is not terminal; if the trail holds none, or a
         * {@linkplain io.github.ankommen.casework.CaseWorkflows#MIGRATE_STATE migration} came after it,
         * its last change (which a migration keeps). Its outcome is the one recorded when it closed,
         * else the one its terminal state names ({@link Workflow#outcome(State)}), else
         * {@link ClosureOutcome#OTHER}.
         *
         * @param values the cases, not null, without nulls
         * @param entries the audit entries of these cases, in any order, not null, without nulls;
         *     entries of other cases are ignored
         * @param caseWorkflow the workflow the cases follow, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder cases(Collection<Case> values, Collection<AuditEntry> entries, Workflow<Case> caseWorkflow) {
            this.workflow = Objects.requireNonNull(caseWorkflow, "caseWorkflow must not be null");
            this.cases = List.copyOf(values);
            this.trail = List.copyOf(entries);
            return this;
        }

        /**
         * Sets the referral rows; those sent outside the period are skipped.
         *
         * @param values the rows, not null, without nulls
         * @return this builder
         * @throws NullPointerException if the collection is null
         */
        public Builder referrals(Collection<ReferralRow> values) {
            this.referrals = List.copyOf(values);
            return this;
        }

        /**
         * Adds consultations counted elsewhere, such as by a store: {@code n} consultations in the
         * period at a contact point through a channel.
         *
         * @param contactPoint the contact point, not null
         * @param channel the channel, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countConsultations(ContactPointId contactPoint, Channel channel, long n) {
            return count(Table.CHANNEL, contactPoint, Objects.requireNonNull(channel, "channel must not be null").name(), n);
        }

        /**
         * Adds consultation topics counted elsewhere: {@code n} consultations in the period at a
         * contact point on a topic.
         *
         * @param contactPoint the contact point, not null
         * @param topic the topic, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countConsultationTopics(ContactPointId contactPoint, Category topic, long n) {
            return count(Table.TOPIC, contactPoint, Objects.requireNonNull(topic, "topic must not be null").name(), n);
        }

        /**
         * Adds cases counted elsewhere: {@code n} cases opened in the period at a contact point.
         *
         * @param contactPoint the contact point, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if the contact point is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countOpenedCases(ContactPointId contactPoint, long n) {
            return count(Table.OPENED, contactPoint, "opened", n);
        }

        /**
         * Adds case needs counted elsewhere: {@code n} cases opened in the period at a contact point
         * with a need, or without needs.
         *
         * @param contactPoint the contact point, not null
         * @param need the need, or null for cases without needs
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if the contact point is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countCaseNeeds(ContactPointId contactPoint, Category need, long n) {
            return count(Table.NEED, contactPoint, need == null ? "none" : need.name(), n);
        }

        /**
         * Adds closed cases counted elsewhere: {@code n} cases at a contact point closed in the
         * period with an outcome, each after the given whole days from intake to closure.
         *
         * @param contactPoint the contact point, not null
         * @param outcome the outcome, or null for none (reported as {@link ClosureOutcome#OTHER})
         * @param days the whole days from intake to closure, not negative
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if the contact point is null
         * @throws IllegalArgumentException if days or n is negative
         */
        public Builder countClosedCases(ContactPointId contactPoint, ClosureOutcome outcome, long days, long n) {
            Objects.requireNonNull(contactPoint, "contactPoint must not be null");
            if (days < 0 || n < 0) {
                throw new IllegalArgumentException("days and counts must not be negative");
            }
            closedCounts.add(new Closed(contactPoint, outcome == null ? ClosureOutcome.OTHER : outcome, days, n));
            return this;
        }

        /**
         * Adds {@code n} referrals that each give the same row; they count if the row's day is in the
         * period, as rows given to {@link #referrals(Collection)} do.
         *
         * @param row the row, not null
         * @param n how many, not negative
         * @return this builder
         * @throws NullPointerException if the row is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder countReferrals(ReferralRow row, long n) {
            Objects.requireNonNull(row, "row must not be null");
            if (n < 0) {
                throw new IllegalArgumentException("a count must not be negative");
            }
            countedRows.add(new CountedRow(row, n));
            return this;
        }

        private Builder count(Table table, ContactPointId contactPoint, String column, long n) {
            Objects.requireNonNull(contactPoint, "contactPoint must not be null");
            if (n < 0) {
                throw new IllegalArgumentException("a count must not be negative");
            }
            counted.add(new Counted(table, contactPoint, column, n));
            return this;
        }

        /**
         * Computes the report.
         *
         * @return the report
         */
        public StatisticsReport build() {
            List<Counted> counts = new ArrayList<>(counted);
            for (Consultation c : consultations) {
                if (period.contains(c.date())) {
                    counts.add(new Counted(Table.CHANNEL, c.contactPoint(), c.channel().name(), 1));
                    c.topics().forEach(t -> counts.add(new Counted(Table.TOPIC, c.contactPoint(), t.name(), 1)));
                }
            }
            List<Closed> closedCases = new ArrayList<>(closedCounts);
            Map<CaseId, Instant> closures = closures();
            for (Case c : cases) {
                if (period.contains(c.createdAt())) {
                    counts.add(new Counted(Table.OPENED, c.contactPoint(), "opened", 1));
                    if (c.needs().isEmpty()) {
                        counts.add(new Counted(Table.NEED, c.contactPoint(), "none", 1));
                    }
                    c.needs().forEach(n -> counts.add(new Counted(Table.NEED, c.contactPoint(), n.name(), 1)));
                }
                if (workflow != null && workflow.isTerminal(c.state())) {
                    Instant closedAt = closures.getOrDefault(c.id(), c.updatedAt());
                    if (period.contains(closedAt)) {
                        closedCases.add(new Closed(c.contactPoint(), outcome(c), Math.max(0, Duration.between(c.createdAt(), closedAt).toDays()), 1));
                    }
                }
            }

            CountTable.Builder byChannel = CountTable.builder().columns(names(Channel.values()));
            CountTable.Builder byTopic = CountTable.builder().columns(names(Category.values()));
            CountTable.Builder opened = CountTable.builder().columns(List.of("opened"));
            List<String> needColumns = new ArrayList<>(names(Category.values()));
            needColumns.add("none");
            CountTable.Builder needs = CountTable.builder().columns(needColumns);
            Map<Table, CountTable.Builder> tables = Map.of(Table.CHANNEL, byChannel, Table.TOPIC, byTopic,
                    Table.OPENED, opened, Table.NEED, needs);
            for (Counted c : counts) {
                tables.get(c.table()).add(label(c.contactPoint()), c.column(), c.n());
            }
            CountTable.Builder closed = CountTable.builder().columns(names(ClosureOutcome.values()));
            Map<String, Map<Long, Long>> days = new TreeMap<>();
            Map<Long, Long> allDays = new TreeMap<>();
            for (Closed c : closedCases) {
                closed.add(label(c.contactPoint()), c.outcome().name(), c.n());
                if (c.n() > 0) {
                    days.computeIfAbsent(district(c.contactPoint()), x -> new TreeMap<>()).merge(c.days(), c.n(), Long::sum);
                    allDays.merge(c.days(), c.n(), Long::sum);
                }
            }
            List<ClosureTimes> times = new ArrayList<>();
            days.forEach((district, histogram) -> times.add(times(district, histogram)));
            times.add(times(ALL_DISTRICTS, allDays));

            CountTable.Builder byStatus = CountTable.builder();
            CountTable.Builder byReason = CountTable.builder();
            CountTable.Builder gaps = CountTable.builder().columns(names(Category.values()));
            Map<String, long[]> outcomes = new TreeMap<>();
            long[] allOutcomes = new long[2];
            List<CountedRow> rows = new ArrayList<>(countedRows);
            referrals.forEach(r -> rows.add(new CountedRow(r, 1)));
            for (CountedRow counted : rows) {
                ReferralRow r = counted.row();
                long n = counted.n();
                if (!period.contains(r.date()) || n == 0) {
                    continue;
                }
                String district = r.district().name();
                byStatus.add(district, r.status(), n);
                if (r.rejectionReason() != null) {
                    byReason.add(district, r.rejectionReason(), n);
                }
                if (r.noCapacity()) {
                    gaps.add(district, r.category().name(), n);
                }
                if (r.successful() != null) {
                    int i = r.successful() ? 0 : 1;
                    outcomes.computeIfAbsent(district, x -> new long[2])[i] += n;
                    allOutcomes[i] += n;
                }
            }
            List<SuccessRate> rates = new ArrayList<>();
            outcomes.forEach((district, n) -> rates.add(rate(district, n)));
            rates.add(rate(ALL_DISTRICTS, allOutcomes));

            return new StatisticsReport(period, suppression.k(), suppression.apply(byChannel.build()),
                    suppression.apply(byTopic.build()), suppression.apply(opened.build()),
                    suppression.apply(needs.build()), suppression.apply(closed.build()), times,
                    suppression.apply(byStatus.build()), suppression.apply(byReason.build()),
                    suppression.apply(gaps.build()), rates);
        }

        /** When each case entered its terminal state, as far as the trail tells; see {@link #cases}. */
        private Map<CaseId, Instant> closures() {
            Map<CaseId, Instant> closures = new HashMap<>();
            Map<CaseId, Long> versions = new HashMap<>();
            Map<CaseId, Long> migrations = new HashMap<>();
            if (workflow == null) {
                return closures;
            }
            for (AuditEntry e : trail) {
                if (e.transition().equals(CaseWorkflows.MIGRATE_STATE)) {
                    migrations.merge(e.caseId(), e.version(), Math::max);
                } else if (workflow.isTerminal(e.to()) && (e.from() == null || !workflow.isTerminal(e.from()))
                        && e.version() > versions.getOrDefault(e.caseId(), 0L)) {
                    closures.put(e.caseId(), e.at());
                    versions.put(e.caseId(), e.version());
                }
            }
            migrations.forEach((id, version) -> {
                if (version > versions.getOrDefault(id, 0L)) {
                    closures.remove(id);
                }
            });
            return closures;
        }

        /** The outcome a closed case is counted under; see {@link #cases}. */
        private ClosureOutcome outcome(Case c) {
            if (c.outcome() != null) {
                return c.outcome();
            }
            return workflow.outcome(c.state()).filter(ClosureOutcome.class::isInstance).map(ClosureOutcome.class::cast)
                    .orElse(ClosureOutcome.OTHER);
        }

        private String district(ContactPointId contactPoint) {
            District d = districts.apply(contactPoint);
            return d == null ? UNKNOWN_DISTRICT : d.name();
        }

        private String label(ContactPointId contactPoint) {
            return district(contactPoint) + " / " + contactPoint;
        }

        private ClosureTimes times(String group, Map<Long, Long> histogram) {
            long n = histogram.values().stream().mapToLong(Long::longValue).sum();
            if (n < suppression.k() || n == 0) {
                return new ClosureTimes(group, true, null, null);
            }
            return new ClosureTimes(group, false, rank(histogram, n, 50), rank(histogram, n, 90));
        }

        private SuccessRate rate(String group, long[] successfulAndNot) {
            long yes = successfulAndNot[0];
            long no = successfulAndNot[1];
            long all = yes + no;
            if (all < suppression.k() || all == 0 || suppression.isSmall(yes) || suppression.isSmall(no)) {
                return new SuccessRate(group, true, null);
            }
            return new SuccessRate(group, false, (int) ((200 * yes + all) / (2 * all)));
        }

        /** The nearest-rank percentile of the durations a sorted histogram counts. */
        private static long rank(Map<Long, Long> histogram, long n, int percentile) {
            long rank = Math.max((percentile * n + 99) / 100, 1);
            long seen = 0;
            long last = 0;
            for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
                seen += bucket.getValue();
                last = bucket.getKey();
                if (seen >= rank) {
                    break;
                }
            }
            return last;
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }

        /** The table a counted cell belongs to. */
        private enum Table { CHANNEL, TOPIC, OPENED, NEED }

        /** A cell count of a per-contact-point table. */
        private record Counted(Table table, ContactPointId contactPoint, String column, long n) {
        }

        /** Closed cases of one contact point, outcome and duration. */
        private record Closed(ContactPointId contactPoint, ClosureOutcome outcome, long days, long n) {
        }

        /** Referrals that give the same row. */
        private record CountedRow(ReferralRow row, long n) {
        }
    }
}
