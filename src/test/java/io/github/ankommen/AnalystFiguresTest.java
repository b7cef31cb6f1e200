package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.GapRow;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: the figures an analyst (or anyone but a coordinator) sees are suppressed, the
 * gap report included, and an analyst's reporting periods are whole months, quarters or years.
 */
class AnalystFiguresTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor ANALYST = Actor.analyst(ActorId.of("analyst"));
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final ZoneId ZONE = Dortmund.network().zone();

    private TestClock clock;
    private Ankommen ankommen;

    @BeforeEach
    void setUp() {
        clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), ZONE);
        ankommen = Ankommen.builder().clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
    }

    /** A client with a case, a consent and a referral to the Jobcenter that it accepts an hour later. */
    private void acceptedReferral(int n) {
        ClientId client = ClientId.of("client-" + n);
        CaseId caseId = CaseId.of("case-" + n);
        ankommen.cases().register(CASEWORKER, Dortmund.BRACKEL, Client.of(client, "P-" + n));
        ankommen.cases().open(CASEWORKER, new OpenCase(caseId, client, Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of(Category.WORK)));
        ankommen.consents().record(CASEWORKER, Consent.obtained(ConsentId.of("consent-" + n), client,
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, CASEWORKER.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        ReferralId referral = ReferralId.of("ref-" + n);
        ankommen.referrals().draft(CASEWORKER, referral, caseId, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC),
                PURPOSE);
        ankommen.referrals().request(CASEWORKER, referral, null, null);
        clock.advance(Duration.ofHours(1));
        ankommen.referrals().apply(JOBCENTER, referral, ReferralCommand.accept());
    }

    @Test
    void p6_theGapReportOfOneReferralShowsNothingToAnAnalyst() {
        acceptedReferral(1);
        List<GapRow> all = ankommen.statistics().gapReport(COORDINATOR).rows();
        assertEquals(1, all.size());
        assertEquals(1, all.get(0).requested());
        assertEquals(Duration.ofHours(1), all.get(0).medianTimeToAcceptance());
        assertEquals(List.of(), ankommen.statistics().gapReport(ANALYST).rows());
        assertEquals(List.of(), ankommen.statistics().gapReport(CASEWORKER).rows());
    }

    @Test
    void p6_aRowOfAtLeastTheThresholdIsPublishedWithItsMedian() {
        for (int n = 1; n <= 5; n++) {
            acceptedReferral(n);
        }
        List<GapRow> rows = ankommen.statistics().gapReport(ANALYST).rows();
        assertEquals(1, rows.size());
        assertEquals(5, rows.get(0).requested());
        assertEquals(5, rows.get(0).accepted());
        assertNotNull(rows.get(0).medianTimeToAcceptance());
    }

    @Test
    void p6_aRowWhoseComplementIsSmallIsWithheldToo() {
        for (int n = 1; n <= 5; n++) {
            acceptedReferral(n);
        }
        // A sixth, not accepted: 6 requested and 5 accepted would reveal the one not accepted.
        ClientId client = ClientId.of("client-6");
        ankommen.cases().register(CASEWORKER, Dortmund.BRACKEL, Client.of(client, "P-6"));
        ankommen.cases().open(CASEWORKER, new OpenCase(CaseId.of("case-6"), client, Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of(Category.WORK)));
        ankommen.consents().record(CASEWORKER, Consent.obtained(ConsentId.of("consent-6"), client,
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, CASEWORKER.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        ankommen.referrals().draft(CASEWORKER, ReferralId.of("ref-6"), CaseId.of("case-6"), Dortmund.JOB_PLACEMENT,
                Set.of(DataCategory.BASIC), PURPOSE);
        ankommen.referrals().request(CASEWORKER, ReferralId.of("ref-6"), null, null);
        assertEquals(6, ankommen.statistics().gapReport(COORDINATOR).rows().get(0).requested());
        assertEquals(List.of(), ankommen.statistics().gapReport(ANALYST).rows());
    }

    @Test
    void p6_anAnalystsPeriodIsAWholeMonthQuarterOrYear() {
        StatisticsService statistics = ankommen.statistics();
        statistics.report(ANALYST, ReportingPeriod.of(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30), ZONE));
        statistics.report(ANALYST, ReportingPeriod.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30), ZONE));
        statistics.report(ANALYST, ReportingPeriod.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), ZONE));
        for (ReportingPeriod overlapping : List.of(
                ReportingPeriod.of(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 29), ZONE),
                ReportingPeriod.of(LocalDate.of(2018, 6, 2), LocalDate.of(2018, 6, 30), ZONE),
                ReportingPeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 4, 30), ZONE),
                ReportingPeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2019, 1, 31), ZONE),
                ReportingPeriod.of(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31), ZONE))) {
            assertThrows(IllegalArgumentException.class, () -> statistics.report(ANALYST, overlapping),
                    overlapping.toString());
        }
        statistics.report(COORDINATOR, ReportingPeriod.of(LocalDate.of(2018, 6, 2), LocalDate.of(2018, 6, 30), ZONE));
    }
}
