package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.PeopleStatistics;
import io.github.ankommen.referral.GapReport;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.statistics.ReferralRow;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.CaseTally;
import io.github.ankommen.storage.ConsultationTally;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralTally;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The network's statistics, read from the store: for a council, for funders, for the round tables,
 * and the gap report of the referrals that found no capacity.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#statistics()}. Only actors allowed
 * {@link Operation#VIEW_STATISTICS} get a report, and a report holds aggregated, suppressed figures
 * only: no client, case or person. Contact points are placed in the district they serve on the
 * period's first day (or their first district, if none then). Closures are the cases in a terminal
 * state of the case workflow, counted under the outcome recorded or the one their state names (see
 * {@link StatisticsReport.Builder#cases}). This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class StatisticsService {

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final AccessGate gate;
    private final Suppression suppression;
    private final Workflow<Case> workflow;

    StatisticsService(Store store, Clock clock, ZoneId zone, AccessGate gate, Suppression suppression,
            Workflow<Case> workflow) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.suppression = Objects.requireNonNull(suppression, "suppression must not be null");
        this.workflow = Objects.requireNonNull(workflow, "workflow must not be null");
    }

    /**
     * The report for a period.
     *
     * <p>The figures are counted by the store ({@link Store#tallyAll(List)}): a handful of
     * aggregate statements and one read of the contact points involved, however many cases and
     * referrals there are, all figures from one snapshot where the store offers one.
     *
     * @param actor who asks, not null
     * @param period the period, not null; for an analyst a whole calendar month, quarter or year, so
     *     that two overlapping reports cannot be subtracted to reveal a few people
     * @return the report
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view statistics
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the actor is an analyst and the period is not a whole
     *     calendar month, quarter or year
     */
    public StatisticsReport report(Actor actor, ReportingPeriod period) {
        checkPeriod(actor, period);
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        return reports(period, List.of(period)).get(0);
    }

    /**
     * The reports for each calendar month of a period, each as {@link #report(Actor, ReportingPeriod)}
     * gives it for that month (the first and last month cut to the period), counted together with
     * as few statements as one report.
     *
     * @param actor who asks, not null
     * @param period the period, not null
     * @return one report per month, in order
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view statistics
     */
    public List<StatisticsReport> reportByMonth(Actor actor, ReportingPeriod period) {
        checkPeriod(actor, period);
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        List<ReportingPeriod> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            months.add(ReportingPeriod.of(first, last, period.zone()));
        }
        return reports(period, months);
    }

    /** The reports of parts of a period, each a whole period or one month of it, from one set of tallies. */
    private List<StatisticsReport> reports(ReportingPeriod whole, List<ReportingPeriod> parts) {
        LocalDate from = whole.from();
        LocalDate to = whole.to();
        ZoneId reportZone = whole.zone();
        List<Tally> tallies = store.tallyAll(List.of(
                new ConsultationTally(from, to, ConsultationTally.By.CHANNEL),
                new ConsultationTally(from, to, ConsultationTally.By.TOPIC),
                CaseTally.of(reportZone, from, to, CaseTally.By.OPENED),
                CaseTally.of(reportZone, from, to, CaseTally.By.NEED),
                new CaseTally(reportZone, from, to, CaseTally.By.CLOSED, workflow.terminal()),
                new ReferralTally(reportZone, from, to, ReferralTally.By.STATUS)));
        Map<ContactPointId, ContactPoint> sites = sites(tallies);
        boolean whollyOne = parts.size() == 1 && parts.get(0).equals(whole);
        List<StatisticsReport> reports = new ArrayList<>(parts.size());
        for (ReportingPeriod part : parts) {
            String month = YearMonth.from(part.from()).toString();
            Map<ContactPointId, District> districts = new HashMap<>();
            Function<ContactPointId, District> districtOf = cp -> districts.computeIfAbsent(cp,
                    c -> districtOf(sites.get(c), part.from()));
            StatisticsReport.Builder builder = StatisticsReport.builder(part, districtOf).suppression(suppression);
            for (int t = 0; t < tallies.size(); t++) {
                for (Map.Entry<List<String>, Long> e : tallies.get(t).counts().entrySet()) {
                    List<String> key = e.getKey();
                    if (whollyOne || key.get(1).equals(month)) {
                        add(builder, t, key, e.getValue(), part, districtOf);
                    }
                }
            }
            reports.add(builder.build());
        }
        return reports;
    }

    /**
     * The outcome a closed case counts under: the one recorded at its closure, else the one its
     * terminal state names, else none (counted as {@link ClosureOutcome#OTHER}).
     */
    private ClosureOutcome outcome(String recorded, String state) {
        if (!recorded.isEmpty()) {
            return ClosureOutcome.valueOf(recorded);
        }
        return workflow.outcome(State.of(state)).filter(ClosureOutcome.class::isInstance)
                .map(ClosureOutcome.class::cast).orElse(null);
    }

    /** Adds one count of the t-th tally of {@link #reports} to a report. */
    private void add(StatisticsReport.Builder builder, int t, List<String> key, long n, ReportingPeriod part,
            Function<ContactPointId, District> districtOf) {
        ContactPointId cp = ContactPointId.of(key.get(0));
        switch (t) {
            case 0 -> builder.countConsultations(cp, Channel.valueOf(key.get(2)), n);
            case 1 -> builder.countConsultationTopics(cp, Category.valueOf(key.get(2)), n);
            case 2 -> builder.countOpenedCases(cp, n);
            case 3 -> builder.countCaseNeeds(cp, key.get(2).isEmpty() ? null : Category.valueOf(key.get(2)), n);
            case 4 -> builder.countClosedCases(cp, outcome(key.get(2), key.get(4)), Long.parseLong(key.get(3)), n);
            default -> {
                // A day of the part in the key's month: the referrals were requested within both.
                LocalDate firstOfMonth = YearMonth.parse(key.get(1)).atDay(1);
                LocalDate day = firstOfMonth.isBefore(part.from()) ? part.from() : firstOfMonth;
                builder.countReferrals(row(day, districtOf.apply(cp), Category.valueOf(key.get(2)),
                        ReferralStatus.valueOf(key.get(3)), key.get(4).isEmpty() ? null : ReferralReason.valueOf(key.get(4))), n);
            }
        }
    }

    /**
     * The figures of the people of the network for a period, per contact point and month:
     * accompaniments, volunteer hours, interpreter requests met and unmet, appointments kept and
     * missed, and unmet interpreter requests per language; small counts suppressed as in
     * {@link #report}. Pending interpreter requests count as unmet once their deadline has passed.
     *
     * @param actor who asks, not null
     * @param period the period, not null
     * @return the figures
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view statistics
     */
    public PeopleStatistics people(Actor actor, ReportingPeriod period) {
        checkPeriod(actor, period);
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        List<Accompaniment> accompaniments = new ArrayList<>();
        List<InterpreterRequest> requests = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        for (ContactPoint site : QueryResults.values(store, ContactPointQuery.all())) {
            accompaniments.addAll(QueryResults.values(store, OwnedQuery.accompaniments(site.id())));
            requests.addAll(QueryResults.values(store, OwnedQuery.interpreterRequests(site.id())));
            appointments.addAll(QueryResults.values(store, OwnedQuery.appointments(site.id())));
        }
        return PeopleStatistics.of(period, suppression, clock.instant(), accompaniments, requests, appointments);
    }

    /**
     * The gap report: per district of the sending contact point, offer category and month, the
     * referrals requested, the rejections for no capacity and the median time to acceptance.
     * Contact points are placed in the district they serve today.
     *
     * <p>The store counts the referrals ({@link Store#tallyAll(List)}): two aggregate statements and
     * one read of the contact points involved, however many referrals there are.
     *
     * <p>Only coordinators see every row. For everyone else (analysts, caseworkers) the report goes
     * through the service's suppression: a row that shows a figure from 1 to k - 1, or a median of
     * fewer than k acceptances, is withheld ({@link GapReport#suppressed(int)}).
     *
     * @param actor who asks, not null
     * @return the report, suppressed unless the actor is a coordinator
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if the actor is null
     */
    public GapReport gapReport(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Tally> tallies = store.tallyAll(List.of(new ReferralTally(zone, null, null, ReferralTally.By.STATUS),
                new ReferralTally(zone, null, null, ReferralTally.By.ACCEPTANCE)));
        Map<ContactPointId, ContactPoint> sites = sites(tallies);
        Map<ContactPointId, District> districts = new HashMap<>();
        Function<String, District> districtOf = cp -> districts.computeIfAbsent(ContactPointId.of(cp),
                c -> districtOf(sites.get(c), today));
        GapReport.Builder builder = GapReport.builder();
        tallies.get(0).counts().forEach((key, n) -> {
            ReferralStatus status = ReferralStatus.valueOf(key.get(3));
            if (status == ReferralStatus.ENTERED_IN_ERROR) {
                return;
            }
            District district = districtOf.apply(key.get(0));
            Category need = Category.valueOf(key.get(2));
            YearMonth month = YearMonth.parse(key.get(1));
            builder.countRequests(district, need, month, n);
            if (status == ReferralStatus.REJECTED && key.get(4).equals(ReferralReason.NO_CAPACITY.name())) {
                builder.countNoCapacity(district, need, month, n);
            }
        });
        tallies.get(1).counts().forEach((key, n) -> builder.countAcceptances(districtOf.apply(key.get(0)),
                Category.valueOf(key.get(2)), YearMonth.parse(key.get(1)), Duration.ofNanos(Long.parseLong(key.get(3))), n));
        GapReport report = builder.build();
        return actor.role() == Role.COORDINATOR ? report : report.suppressed(suppression.k());
    }

    /** Refuses nulls, and an analyst's period that is not a whole calendar month, quarter or year. */
    private static void checkPeriod(Actor actor, ReportingPeriod period) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(period, "period must not be null");
        if (actor.role() == Role.ANALYST && !isWholeMonthQuarterOrYear(period)) {
            throw new IllegalArgumentException("an analyst's reporting period is a whole calendar month, quarter or year, not "
                    + period.from() + " to " + period.to());
        }
    }

    private static boolean isWholeMonthQuarterOrYear(ReportingPeriod period) {
        LocalDate from = period.from();
        if (from.getDayOfMonth() != 1) {
            return false;
        }
        return period.to().equals(from.plusMonths(1).minusDays(1))
                || from.getMonthValue() % 3 == 1 && period.to().equals(from.plusMonths(3).minusDays(1))
                || from.getMonthValue() == 1 && period.to().equals(from.plusYears(1).minusDays(1));
    }

    /** The contact points the tallies name, read at once; those not stored are left out. */
    private Map<ContactPointId, ContactPoint> sites(List<Tally> tallies) {
        Set<ContactPointId> ids = new TreeSet<>(Comparator.comparing(ContactPointId::value));
        tallies.forEach(t -> t.counts().keySet().forEach(key -> ids.add(ContactPointId.of(key.get(0)))));
        Map<ContactPointId, ContactPoint> sites = new HashMap<>();
        for (Versioned<ContactPoint> site : store.findAll(RecordKind.CONTACT_POINT, ids)) {
            sites.put(site.value().id(), site.value());
        }
        return sites;
    }

    private static ReferralRow row(LocalDate day, District district, Category need, ReferralStatus status,
            ReferralReason reason) {
        Boolean successful = status == ReferralStatus.COMPLETED ? Boolean.TRUE
                : status == ReferralStatus.FAILED || status == ReferralStatus.REJECTED ? Boolean.FALSE : null;
        String rejection = status == ReferralStatus.REJECTED && reason != null ? reason.name() : null;
        return new ReferralRow(day, district, need, status.code(), rejection, successful,
                reason == ReferralReason.NO_CAPACITY);
    }

    /** The district a contact point serves on a day, else its first, else unknown. */
    private static District districtOf(ContactPoint site, LocalDate day) {
        if (site == null) {
            return District.of(StatisticsReport.UNKNOWN_DISTRICT);
        }
        return site.districts().stream().filter(d -> d.validity().contains(day)).map(ServedDistrict::district)
                .findFirst().or(() -> site.districts().stream().map(ServedDistrict::district).findFirst())
                .orElse(District.of(StatisticsReport.UNKNOWN_DISTRICT));
    }
}
