package io.github.ankommen.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.statistics.Histories;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final RetentionPolicy STANDARD = RetentionPolicy.standard();

    private static Case closedCase(long seed) {
        for (long s = seed; ; s++) {
            for (Case c : Histories.of(s, 20).cases) {
                if (c.state().name().equals("closed")) {
                    return c;
                }
            }
        }
    }

    @Test
    void standardPeriodsAreOneAndThreeYearsInBerlin() {
        assertEquals(Period.ofYears(1), STANDARD.period(DataCategory.SENSITIVE));
        assertEquals(Period.ofYears(3), STANDARD.period(DataCategory.BASIC));
        assertEquals(ZoneId.of("Europe/Berlin"), STANDARD.zone());
    }

    @Test
    void periodsRunFromTheDayOfClosureInThePolicysZone() {
        Case c = closedCase(1);
        LocalDate closedOn = LocalDate.ofInstant(c.updatedAt(), STANDARD.zone());
        Instant dayBefore = closedOn.plusYears(1).minusDays(1).atTime(23, 59).atZone(STANDARD.zone()).toInstant();
        Instant dueDay = closedOn.plusYears(1).atStartOfDay(STANDARD.zone()).toInstant();
        assertEquals(new RetentionDecision(c.id(), closedOn, Set.of(), false),
                STANDARD.due(c, CaseWorkflows.dgcc(), dayBefore));
        assertEquals(new RetentionDecision(c.id(), closedOn, Set.of(DataCategory.SENSITIVE), true),
                STANDARD.due(c, CaseWorkflows.dgcc(), dueDay));
        Instant later = closedOn.plusYears(3).atStartOfDay(STANDARD.zone()).toInstant();
        assertEquals(EnumSet.allOf(DataCategory.class), STANDARD.due(c, CaseWorkflows.dgcc(), later).due());
    }

    @Test
    void nothingIsDueForAnOpenCaseOrAClientWithAnOpenCase() {
        Histories h = Histories.of(2, 40);
        Case open = h.cases.stream().filter(c -> !c.state().name().equals("closed")).findFirst().orElseThrow();
        Instant farFuture = Instant.parse("2100-01-01T00:00:00Z");
        assertFalse(STANDARD.due(open, CaseWorkflows.dgcc(), farFuture).isAnythingDue());
        Case closed = closedCase(2);
        assertEquals(EnumSet.allOf(DataCategory.class),
                STANDARD.dueForClient(List.of(closed), CaseWorkflows.dgcc(), farFuture));
        assertEquals(Set.of(), STANDARD.dueForClient(List.of(closed, open), CaseWorkflows.dgcc(), farFuture));
        assertEquals(Set.of(), STANDARD.dueForClient(List.of(), CaseWorkflows.dgcc(), farFuture));
    }

    @Test
    void aMunicipalityConfiguresItsOwnPeriods() {
        RetentionPolicy ours = STANDARD.with(DataCategory.SENSITIVE, Period.ofMonths(6)).withZone(ZoneId.of("UTC"));
        assertEquals(Period.ofMonths(6), ours.period(DataCategory.SENSITIVE));
        assertEquals(Period.ofYears(3), ours.period(DataCategory.BASIC));
        assertEquals(Set.of("periodsNotNegative"), paths(() -> STANDARD.with(DataCategory.BASIC, Period.ofDays(-1))));
        assertEquals(Set.of("periods[BASIC].<map value>"), paths(() -> STANDARD.with(DataCategory.BASIC, null)));
        assertEquals(Set.of("category"), paths(() -> STANDARD.with(null, Period.ZERO)));
        assertEquals(Set.of("complete"),
                paths(() -> new RetentionPolicy(Map.of(DataCategory.BASIC, Period.ZERO), ZoneId.of("UTC"))));
        assertEquals(Set.of("zone"), paths(() -> STANDARD.withZone(null)));
    }

    @Test
    void anonymisingAClientKeepsIdPseudonymAndBirthQuarter() {
        Client client = Histories.of(4, 5).clients.get(0).withSensitive(new SensitiveData(null, "Notiz"));
        Client anonymous = Anonymiser.anonymise(client);
        assertEquals(client.id(), anonymous.id());
        assertEquals(client.pseudonym(), anonymous.pseudonym());
        assertNull(anonymous.basic().firstNameOrInitials());
        assertEquals(client.basic().birthYear(), anonymous.basic().birthYear());
        assertEquals(client.basic().birthQuarter(), anonymous.basic().birthQuarter());
        assertEquals(SensitiveData.none(), anonymous.sensitive());
        Client sensitiveOnly = Anonymiser.anonymise(client, Set.of(DataCategory.SENSITIVE));
        assertEquals(client.basic(), sensitiveOnly.basic());
        assertEquals(SensitiveData.none(), sensitiveOnly.sensitive());
        assertSame(client, Anonymiser.anonymise(client, Set.of()));
    }

    @Test
    void anonymisingACaseRemovesFreeTextAndKeepsStructure() {
        Case c = closedCase(5);
        assertTrue(Anonymiser.hasFreeText(c));
        Case anonymous = Anonymiser.anonymise(c);
        assertFalse(Anonymiser.hasFreeText(anonymous));
        assertEquals(Anonymiser.REMOVED, anonymous.goals().get(0).description());
        assertEquals(List.of(), anonymous.goals().get(0).actions());
        assertNull(anonymous.followUps().get(0).note());
        assertTrue(anonymous.reopenings().stream().allMatch(r -> r.reason() == null));
        assertEquals(List.of(c.id(), c.client(), c.contactPoint(), c.state(), c.outcome(), c.version(), c.createdAt(),
                c.updatedAt(), c.needs(), c.goals().get(0).id(), c.goals().get(0).targetDate()),
                List.of(anonymous.id(), anonymous.client(), anonymous.contactPoint(), anonymous.state(),
                        anonymous.outcome(), anonymous.version(), anonymous.createdAt(), anonymous.updatedAt(),
                        anonymous.needs(), anonymous.goals().get(0).id(), anonymous.goals().get(0).targetDate()));
    }

    @Test
    void anonymisingIsIdempotent() {
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 3)).checkAssert((seed, mask) -> {
            Histories h = Histories.of(seed, 8);
            Set<DataCategory> due = EnumSet.noneOf(DataCategory.class);
            if ((mask & 1) != 0) {
                due.add(DataCategory.BASIC);
            }
            if ((mask & 2) != 0) {
                due.add(DataCategory.SENSITIVE);
            }
            for (Client c : h.clients) {
                Client once = Anonymiser.anonymise(c, due);
                assertEquals(once, Anonymiser.anonymise(once, due));
                assertEquals(Anonymiser.anonymise(c), Anonymiser.anonymise(Anonymiser.anonymise(c)));
            }
            for (Case c : h.cases) {
                Case once = Anonymiser.anonymise(c);
                assertEquals(once, Anonymiser.anonymise(once));
                assertSame(once, Anonymiser.anonymise(once));
            }
            for (AuditEntry e : h.trail) {
                AuditEntry once = Anonymiser.anonymise(e);
                assertNull(once.reason());
                assertEquals(once, Anonymiser.anonymise(once));
            }
        });
    }

    @Test
    void statisticsAreTheSameBeforeAndAfterAnonymisingEverything() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            Histories h = Histories.of(seed, 60);
            ReportingPeriod year = ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Histories.BERLIN);
            StatisticsReport before = StatisticsReport.builder(year, Histories.DISTRICTS).consultations(h.consultations)
                    .cases(h.cases, h.trail, CaseWorkflows.dgcc()).build();
            List<Case> cases = h.cases.stream().map(Anonymiser::anonymise).toList();
            List<AuditEntry> trail = h.trail.stream().map(Anonymiser::anonymise).toList();
            StatisticsReport after = StatisticsReport.builder(year, Histories.DISTRICTS).consultations(h.consultations)
                    .cases(cases, trail, CaseWorkflows.dgcc()).build();
            assertEquals(before, after);
            StatisticsReport unsuppressed = StatisticsReport.builder(year, Histories.DISTRICTS)
                    .suppression(Suppression.of(1)).consultations(h.consultations)
                    .cases(h.cases, h.trail, CaseWorkflows.dgcc()).build();
            assertEquals(unsuppressed, StatisticsReport.builder(year, Histories.DISTRICTS)
                    .suppression(Suppression.of(1)).consultations(h.consultations)
                    .cases(cases, trail, CaseWorkflows.dgcc()).build());
        });
    }

    private static Set<String> paths(Runnable construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
