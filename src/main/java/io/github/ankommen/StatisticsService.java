package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.PeopleStatistics;
import io.github.ankommen.referral.GapReport;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.statistics.ReferralRow;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The network's statistics, read from the store: for a council, for funders, for the round tables,
 * and the gap report of the referrals that found no capacity.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#statistics()}. Only actors allowed
 * {@link Operation#VIEW_STATISTICS} get a report, and a report holds aggregated, suppressed figures
 * only: no client, case or person. Contact points are placed in the district they serve on the
 * period's first day (or their first district, if none then). This class is thread-safe as long as
 * its store is.
 *
 * @since 0.1.0
 */
public final class StatisticsService {

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final AccessGate gate;
    private final Suppression suppression;

    StatisticsService(Store store, Clock clock, ZoneId zone, AccessGate gate, Suppression suppression) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.suppression = Objects.requireNonNull(suppression, "suppression must not be null");
    }

    /**
     * The report for a period.
     *
     * @param actor who asks, not null
     * @param period the period, not null
     * @return the report
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view statistics
     */
    public StatisticsReport report(Actor actor, ReportingPeriod period) {
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        Map<ContactPointId, District> districts = new HashMap<>();
        List<Case> cases = QueryResults.values(store, CaseQuery.all());
        List<AuditEntry> trails = new ArrayList<>();
        for (Case c : cases) {
            trails.addAll(QueryResults.values(store, AuditQuery.of(c.id())));
        }
        List<ReferralRow> referrals = new ArrayList<>();
        for (Referral r : QueryResults.values(store, ReferralQuery.all())) {
            if (r.requestedAt() != null) {
                referrals.add(row(r, districtOf(districts, r.contactPoint(), period.from()), period));
            }
        }
        List<Consultation> consultations = QueryResults.values(store, new ConsultationQuery(null, period.from(), period.to()));
        return StatisticsReport.builder(period, cp -> districtOf(districts, cp, period.from()))
                .suppression(suppression)
                .consultations(consultations)
                .cases(cases, trails)
                .referrals(referrals)
                .build();
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
     * @param actor who asks, not null
     * @return the report
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public GapReport gapReport(Actor actor) {
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<ContactPointId, District> districts = new HashMap<>();
        return GapReport.of(QueryResults.values(store, ReferralQuery.all()),
                r -> districtOf(districts, r.contactPoint(), today), zone);
    }

    private static ReferralRow row(Referral r, District district, ReportingPeriod period) {
        ReferralStatus status = r.status();
        Boolean successful = status == ReferralStatus.COMPLETED ? Boolean.TRUE
                : status == ReferralStatus.FAILED || status == ReferralStatus.REJECTED ? Boolean.FALSE : null;
        String reason = status == ReferralStatus.REJECTED && r.reason() != null ? r.reason().name() : null;
        return new ReferralRow(LocalDate.ofInstant(r.requestedAt(), period.zone()), district, r.need(), status.code(),
                reason, successful, r.reason() == ReferralReason.NO_CAPACITY);
    }

    private District districtOf(Map<ContactPointId, District> known, ContactPointId contactPoint, LocalDate day) {
        return known.computeIfAbsent(contactPoint, cp -> {
            Optional<ContactPoint> site = store.find(RecordKind.CONTACT_POINT, cp).map(Versioned::value);
            return site.flatMap(s -> s.districts().stream().filter(d -> d.validity().contains(day))
                    .map(ServedDistrict::district).findFirst()
                    .or(() -> s.districts().stream().map(ServedDistrict::district).findFirst()))
                    .orElse(District.of(StatisticsReport.UNKNOWN_DISTRICT));
        });
    }
}
