package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.statistics.Histories;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Write;
import io.github.ankommen.storage.jdbc.CountingPool;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.Samples;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements a report sends to PostgreSQL do not grow with the data, and the rows a statistics
 * report reads are a small fraction of the records: counted at two sizes, four times apart, never
 * timed. (The rows of a gap report are one per key of district, month, need and status, and one per
 * distinct time to acceptance; with the spread-out sample data they are not yet fewer than the
 * referrals at these sizes, so only its statements are asserted.)
 */
class StatisticsScaleTest {

    private static final Actor ANALYST = Actor.analyst(ActorId.of("analyst-1"));
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator-1"));
    private static final ReportingPeriod YEAR = ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            Histories.BERLIN);

    @Test
    void reportsSendAsManyStatementsAtFourTimesTheData() {
        Counts small = measure(60);
        Counts large = measure(240);
        assertEquals(small.report(), large.report(), "statements of a report");
        assertEquals(small.byMonth(), large.byMonth(), "statements of a report by month");
        assertEquals(small.gap(), large.gap(), "statements of a gap report");
        assertEquals(small.report(), small.byMonth(), "twelve monthly reports cost what one report costs");
        assertTrue(large.reportRows() * 4 < large.records(), "a report read " + large.reportRows() + " rows of "
                + large.records() + " records");
    }

    private record Counts(long report, long byMonth, long gap, long reportRows, long records) {
    }

    private static Counts measure(int clients) {
        CountingPool pool = new CountingPool(Postgres.newDatabase("scale"));
        JdbcStore store = JdbcStore.builder(pool).migrateOnBuild(true).build();
        Histories h = Histories.of(11L, clients);
        List<Write<?, ?>> writes = new ArrayList<>();
        h.clients.forEach(c -> writes.add(new Write<>(RecordKind.CLIENT, c, 0)));
        h.consultations.forEach(c -> writes.add(new Write<>(RecordKind.CONSULTATION, c, 0)));
        h.cases.forEach(c -> writes.add(new Write<>(RecordKind.CASE, c, 0)));
        h.trail.forEach(e -> writes.add(new Write<>(RecordKind.AUDIT_ENTRY, e, 0)));
        Dortmund.contactPoints().forEach(cp -> writes.add(new Write<>(RecordKind.CONTACT_POINT, cp, 0)));
        Samples samples = Samples.seeded(11L);
        int referrals = clients * 2;
        for (int i = 0; i < referrals; i++) {
            writes.add(new Write<>(RecordKind.REFERRAL, samples.next(RecordKind.REFERRAL), 0));
        }
        store.apply(new UnitOfWork(writes));
        Ankommen ankommen = Ankommen.builder().store(store)
                .clock(TestClock.at(Instant.parse("2026-09-01T10:00:00Z"), Histories.BERLIN)).build();

        pool.reset();
        ankommen.statistics().report(ANALYST, YEAR);
        long report = pool.statements();
        long reportRows = pool.rows();
        pool.reset();
        ankommen.statistics().reportByMonth(ANALYST, YEAR);
        long byMonth = pool.statements();
        pool.reset();
        ankommen.statistics().gapReport(COORDINATOR);
        return new Counts(report, byMonth, pool.statements(), reportRows,
                h.consultations.size() + h.cases.size() + h.trail.size() + referrals);
    }
}
