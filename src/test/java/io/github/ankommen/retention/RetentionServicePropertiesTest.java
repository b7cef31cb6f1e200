package io.github.ankommen.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.Ankommen;
import io.github.ankommen.RetentionService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.statistics.Histories;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retention runs and erasures over random but realistic histories, stored. */
class RetentionServicePropertiesTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final RetentionPolicy POLICY = RetentionPolicy.standard();
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private static KeptStore stored(Histories h) {
        KeptStore store = new KeptStore();
        h.clients.forEach(c -> store.insert(RecordKind.CLIENT, c));
        h.consultations.forEach(c -> store.insert(RecordKind.CONSULTATION, c));
        h.cases.forEach(c -> store.insert(RecordKind.CASE, c));
        h.trail.forEach(e -> store.insert(RecordKind.AUDIT_ENTRY, e));
        return store;
    }

    private static StatisticsReport statistics(KeptStore store, Suppression suppression) {
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                Histories.BERLIN);
        return StatisticsReport.builder(period, Histories.DISTRICTS).suppression(suppression)
                .consultations(store.all(RecordKind.CONSULTATION))
                .cases(store.all(RecordKind.CASE), store.all(RecordKind.AUDIT_ENTRY), CaseWorkflows.dgcc()).build();
    }

    @Test
    void aRunAnonymisesExactlyWhatIsDueKeepsTheFiguresAndIsIdempotent() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 6 * 366)).checkAssert((seed, days) -> {
            Histories h = Histories.of(seed, 25);
            KeptStore store = stored(h);
            TestClock clock = TestClock.at(START.plus(Duration.ofDays(days)), Histories.BERLIN);
            RetentionService service = Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("denied"))
                    .retentionPolicy(POLICY).build().retention();
            StatisticsReport exact = statistics(store, Suppression.of(1));
            StatisticsReport suppressed = statistics(store, Suppression.standard());
            Map<String, Versioned<?>> before = store.snapshot();

            RetentionReport report = service.run(COORDINATOR);

            assertEquals(exact, statistics(store, Suppression.of(1)));
            assertEquals(suppressed, statistics(store, Suppression.standard()));
            Instant now = clock.instant();
            for (Case original : h.cases) {
                Case now0 = store.get(RecordKind.CASE, original.id()).value();
                if (POLICY.due(original, CaseWorkflows.dgcc(), now).freeText()) {
                    assertFalse(Anonymiser.hasFreeText(now0), original.id().value());
                    store.all(RecordKind.AUDIT_ENTRY).stream().filter(e -> e.caseId().equals(original.id()))
                            .forEach(e -> assertNull(e.reason()));
                } else {
                    assertEquals(original, now0, "nothing of a case not due changes");
                }
            }
            for (Client original : h.clients) {
                List<Case> ofClient = h.cases.stream().filter(c -> c.client().equals(original.id())).toList();
                Set<DataCategory> due = POLICY.dueForClient(ofClient, CaseWorkflows.dgcc(), now);
                assertEquals(Anonymiser.anonymise(original, due), store.get(RecordKind.CLIENT, original.id()).value());
            }
            for (Consultation c : h.consultations) {
                assertEquals(c, store.get(RecordKind.CONSULTATION, c.id()).value());
            }
            long written = before.keySet().stream().filter(k -> !before.get(k).equals(store.snapshot().get(k))).count();
            assertTrue(written >= report.total(), "every reported change was written");

            Map<String, Versioned<?>> once = store.snapshot();
            assertFalse(service.run(COORDINATOR).hasChanges());
            assertEquals(once, store.snapshot());
        });
    }

    @Test
    void anErasureKeepsTheFiguresLeavesNoTextOfTheClientAndIsIdempotent() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 24)).checkAssert((seed, pick) -> {
            Histories h = Histories.of(seed, 25);
            KeptStore store = stored(h);
            RetentionService service = Ankommen.builder().store(store).clock(TestClock.at(START.plus(Duration.ofDays(400)),
                    Histories.BERLIN)).ids(IdSource.sequence("denied"))
                    .retentionPolicy(POLICY).build().retention();
            Client client = h.clients.get(pick % h.clients.size());
            StatisticsReport exact = statistics(store, Suppression.of(1));

            service.erase(COORDINATOR, client.id());

            assertEquals(exact, statistics(store, Suppression.of(1)));
            assertTrue(RetentionService.isErased(store.get(RecordKind.CLIENT, client.id()).value()));
            for (Case c : store.all(RecordKind.CASE)) {
                if (c.client().equals(client.id())) {
                    assertFalse(Anonymiser.hasFreeText(c));
                    for (AuditEntry e : store.all(RecordKind.AUDIT_ENTRY)) {
                        if (e.caseId().equals(c.id())) {
                            assertNull(e.reason());
                        }
                    }
                }
            }
            assertTrue(store.all(RecordKind.CONSULTATION).stream().noneMatch(c -> client.id().equals(c.client())));
            Map<String, Versioned<?>> once = store.snapshot();
            assertEquals(0, service.erase(COORDINATOR, client.id()).total());
            assertEquals(once, store.snapshot());
        });
    }
}
