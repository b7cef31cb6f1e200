package io.github.ankommen.statistics;

import static io.github.ankommen.statistics.Histories.BERLIN;
import static io.github.ankommen.statistics.Histories.BRACKEL;
import static io.github.ankommen.statistics.Histories.DISTRICTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsReportTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            BERLIN);

    private static StatisticsReport report(Histories h, List<ReferralRow> referrals, int k) {
        return StatisticsReport.builder(YEAR, DISTRICTS).suppression(Suppression.of(k)).consultations(h.consultations)
                .cases(h.cases, h.trail, CaseWorkflows.dgcc()).referrals(referrals).build();
    }

    @Test
    void figuresWithoutSuppressionAreTheTrueCounts() {
        Histories h = Histories.of(7, 60);
        StatisticsReport r = report(h, List.of(), 1);
        long consultations = h.consultations.stream().filter(c -> YEAR.contains(c.date())).count();
        assertEquals(consultations, r.consultations().total().count());
        long opened = h.cases.stream().filter(c -> YEAR.contains(c.createdAt())).count();
        assertEquals(opened, r.casesOpened().total().count());
        long closed = h.cases.stream().filter(c -> c.state().name().equals("closed")).count();
        assertEquals(closed, r.casesClosed().total().count());
        assertEquals(List.of("Brackel / cp-brackel", "Eving / cp-eving", "Hörde / cp-hoerde"), r.casesOpened().rows());
        assertEquals(Channel.values().length, r.consultations().columns().size());
        assertEquals(StatisticsReport.ALL_DISTRICTS, r.closureTimes().get(r.closureTimes().size() - 1).group());
    }

    @Test
    void closureTimesAreNearestRankAndSuppressedBelowK() {
        Histories h = Histories.of(11, 80);
        StatisticsReport open = report(h, List.of(), 1);
        ClosureTimes all = open.closureTimes().get(open.closureTimes().size() - 1);
        List<Long> days = new ArrayList<>();
        for (Case c : h.cases) {
            if (c.state().name().equals("closed")) {
                AuditEntry last = h.trail.stream().filter(e -> e.caseId().equals(c.id()) && e.to().name().equals("closed"))
                        .reduce((a, b) -> b).orElseThrow();
                days.add(java.time.Duration.between(c.createdAt(), last.at()).toDays());
            }
        }
        Collections.sort(days);
        assertEquals(days.get((days.size() + 1) / 2 - 1), all.medianDays());
        assertEquals(days.get((int) Math.ceil(0.9 * days.size()) - 1), all.p90Days());
        StatisticsReport strict = report(h, List.of(), days.size() + 1);
        assertTrue(strict.closureTimes().stream().allMatch(ClosureTimes::suppressed));
    }

    @Test
    void referralsAreCountedAndRatesProtected() {
        District brackel = District.of("Brackel");
        District eving = District.of("Eving");
        LocalDate day = LocalDate.of(2026, 5, 4);
        List<ReferralRow> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(new ReferralRow(day, brackel, Category.WORK, "completed", null, true, false));
        }
        for (int i = 0; i < 6; i++) {
            rows.add(new ReferralRow(day, brackel, Category.LANGUAGE_COURSE, "rejected", "no_capacity", false, true));
        }
        rows.add(new ReferralRow(day, eving, Category.SPORT, "requested", null, null, false));
        rows.add(new ReferralRow(day, eving, Category.SPORT, "rejected", "no_capacity", false, true));
        rows.add(new ReferralRow(day.minusYears(1), eving, Category.SPORT, "completed", null, true, false));
        StatisticsReport r = report(Histories.of(1, 0), rows, 5);
        assertEquals(Cell.of(8), r.referralsByStatus().cell("Brackel", "completed"));
        assertEquals(Cell.of(0), r.referralsByStatus().cell("Eving", "completed"));
        assertTrue(r.referralsByStatus().cell("Eving", "requested").suppressed());
        // Eving's single gap is small; the sums would reveal it unless Brackel's 6 is withheld too.
        assertTrue(r.noCapacity().cell("Eving", "SPORT").suppressed());
        assertTrue(r.noCapacity().cell("Brackel", "LANGUAGE_COURSE").suppressed());
        assertEquals(Cell.of(7), r.noCapacity().total());
        assertEquals(new SuccessRate("Brackel", false, 57), r.referralSuccess().get(0));
        assertEquals(new SuccessRate("Eving", true, null), r.referralSuccess().get(1));
        assertEquals(new SuccessRate(StatisticsReport.ALL_DISTRICTS, false, 53), r.referralSuccess().get(2));
        assertEquals(16, r.referralsByStatus().total().count());
    }

    @Test
    void theReportIsDeterministicWhateverTheInputOrder() {
        Histories h = Histories.of(3, 50);
        StatisticsReport first = report(h, List.of(), 5);
        Collections.shuffle(h.cases, new Random(1));
        Collections.shuffle(h.trail, new Random(2));
        Collections.shuffle(h.consultations, new Random(3));
        assertEquals(first, report(h, List.of(), 5));
    }

    @Test
    void theReportNamesNoClient() {
        Histories h = Histories.of(5, 40);
        String text = report(h, List.of(), 5).toString();
        for (Client c : h.clients) {
            assertFalse(text.contains(c.id().value() + ",") || text.contains(c.id().value() + "]")
                    || text.contains(c.pseudonym()), c.id().value());
        }
        assertFalse(text.contains("case-"));
    }

    @Test
    void consultationsOutsideThePeriodAreSkipped() {
        Consultation before = Consultation.anonymous(ConsultationId.of("c-0"), BRACKEL, LocalDate.of(2025, 12, 31),
                Set.of(Category.WORK), Language.of("ar"), Channel.PHONE);
        StatisticsReport r = StatisticsReport.builder(YEAR, DISTRICTS).suppression(Suppression.of(1))
                .consultations(List.of(before)).build();
        assertEquals(Cell.of(0), r.consultations().total());
        assertEquals(List.of(), r.consultations().rows());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(ConstraintViolationException.class,
                () -> ReportingPeriod.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), BERLIN));
        assertThrows(ConstraintViolationException.class,
                () -> new ReferralRow(LocalDate.of(2026, 1, 1), null, Category.WORK, " ", "", null, false));
        assertThrows(ConstraintViolationException.class, () -> new ClosureTimes("x", true, 3L, null));
        assertThrows(ConstraintViolationException.class, () -> new SuccessRate("x", false, null));
        assertThrows(NullPointerException.class, () -> StatisticsReport.builder(YEAR, null));
    }
}
