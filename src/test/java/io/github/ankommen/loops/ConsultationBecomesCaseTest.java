package io.github.ankommen.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.Stores;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.statistics.Suppression;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 16, point 2: a stored anonymous consultation becomes a case; through the services, on both stores. */
class ConsultationBecomesCaseTest {

    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor OTHER_SITE = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor ANALYST = Actor.analyst(ActorId.of("analyst"));
    private static final ConsultationId CONSULTATION = ConsultationId.of("con-1");
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final CaseId CASE = CaseId.of("case-1");
    private static final TeamMemberId CITY = TeamMemberId.of("brackel-city");

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    private Ankommen ankommen;
    private CaseService cases;
    private Store store;

    private void start(Supplier<Store> stores) {
        store = stores.get();
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        ankommen = Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("t"))
                .suppression(Suppression.of(1)).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        cases = ankommen.cases();
        cases.record(CASEWORKER, Consultation.anonymous(CONSULTATION, Dortmund.BRACKEL, DAY,
                Set.of(Category.WORK, Category.HOUSING), Language.ARABIC, Channel.WALK_IN));
    }

    private StatisticsReport report() {
        return ankommen.statistics().report(ANALYST, new ReportingPeriod(LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31), Dortmund.network().zone()));
    }

    private OpenCase openCase(Set<Category> needs) {
        return new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, CITY, null, needs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aConsultationBecomesTheCaseOfANewClientInOneAuditedUnit(String name, Supplier<Store> stores) {
        start(stores);
        long consultations = report().consultations().total().count();

        Versioned<Case> opened = cases.openFromConsultation(CASEWORKER, CONSULTATION, Client.of(CLIENT, "P-1"),
                openCase(Set.of(Category.LANGUAGE_COURSE)));
        assertEquals(1, opened.version());
        assertEquals(CaseWorkflows.INTAKE, opened.value().state());
        assertEquals(Set.of(Category.WORK, Category.HOUSING, Category.LANGUAGE_COURSE), opened.value().needs(),
                "the consultation's topics become needs of the case");
        assertEquals(CLIENT, cases.find(CASEWORKER, CASE).orElseThrow().value().client());
        assertEquals("P-1", store.get(RecordKind.CLIENT, CLIENT).value().pseudonym());

        Consultation linked = store.get(RecordKind.CONSULTATION, CONSULTATION).value();
        assertEquals(CLIENT, linked.client());
        assertEquals(CASE, linked.caseId());
        assertEquals(DAY, linked.date(), "the consultation keeps its date");
        assertEquals(Dortmund.BRACKEL, linked.contactPoint(), "and its site");
        assertEquals(Set.of(Category.WORK, Category.HOUSING), linked.topics(), "and its topics");

        List<AuditEntry> trail = cases.auditTrail(CASEWORKER, CASE);
        assertEquals(1, trail.size());
        assertEquals(CaseWorkflows.OPEN, trail.get(0).transition());
        assertEquals(CASEWORKER.id(), trail.get(0).actor());
        assertTrue(trail.get(0).reason().contains(CONSULTATION.value()), "the trail names the consultation");

        StatisticsReport after = report();
        assertEquals(consultations, after.consultations().total().count(), "the consultation is counted once");
        assertEquals(1, after.casesOpened().total().count(), "and the case once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aConsultationBecomesACaseOfAnExistingClientInScope(String name, Supplier<Store> stores) {
        start(stores);
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        cases.openFromConsultation(CASEWORKER, CONSULTATION, openCase(Set.of()));
        assertEquals(CASE, store.get(RecordKind.CONSULTATION, CONSULTATION).value().caseId());

        ConsultationId second = ConsultationId.of("con-2");
        cases.record(OTHER_SITE, Consultation.anonymous(second, Dortmund.APLERBECK, DAY, Set.of(), Language.FARSI,
                Channel.PHONE));
        assertThrows(AccessDeniedException.class, () -> cases.openFromConsultation(OTHER_SITE, second,
                new OpenCase(CaseId.of("case-2"), CLIENT, Dortmund.APLERBECK, TeamMemberId.of("aplerbeck-city"), null,
                        Set.of())), "a client whose cases are all at another site is out of scope");
        assertTrue(store.get(RecordKind.CONSULTATION, second).value().isAnonymous(), "nothing written");
        assertTrue(store.find(RecordKind.CASE, CaseId.of("case-2")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void onlyAStoredAnonymousConsultationAtTheCasesSiteBecomesACase(String name, Supplier<Store> stores) {
        start(stores);
        assertThrows(RecordNotFoundException.class, () -> cases.openFromConsultation(CASEWORKER,
                ConsultationId.of("nowhere"), Client.of(CLIENT, "P-1"), openCase(Set.of())));
        assertThrows(IllegalTransitionException.class, () -> cases.openFromConsultation(COORDINATOR, CONSULTATION,
                Client.of(CLIENT, "P-1"), new OpenCase(CASE, CLIENT, Dortmund.APLERBECK, CITY, null, Set.of())),
                "the case opens at the consultation's site");
        assertThrows(IllegalArgumentException.class, () -> cases.openFromConsultation(CASEWORKER, CONSULTATION,
                Client.of(ClientId.of("someone-else"), "P-2"), openCase(Set.of())), "the command names the new client");
        assertThrows(RecordNotFoundException.class, () -> cases.openFromConsultation(COORDINATOR, CONSULTATION,
                openCase(Set.of())), "an existing client must be stored");
        assertThrows(io.github.ankommen.access.AccessDeniedException.class, () -> cases.openFromConsultation(
                CASEWORKER, CONSULTATION, openCase(Set.of())), "as another site's, to those who may not know");
        assertTrue(store.find(RecordKind.CLIENT, CLIENT).isEmpty(), "no refused call wrote the client");
        assertTrue(store.find(RecordKind.CASE, CASE).isEmpty());

        cases.openFromConsultation(CASEWORKER, CONSULTATION, Client.of(CLIENT, "P-1"), openCase(Set.of()));
        IllegalTransitionException twice = assertThrows(IllegalTransitionException.class,
                () -> cases.openFromConsultation(CASEWORKER, CONSULTATION, new OpenCase(CaseId.of("case-2"), CLIENT,
                        Dortmund.BRACKEL, CITY, null, Set.of())));
        assertTrue(twice.getMessage().contains("con-1"), twice.getMessage());
        assertFalse(store.find(RecordKind.CASE, CaseId.of("case-2")).isPresent());
        assertEquals(1, ankommen.store().count(io.github.ankommen.storage.CaseQuery.all()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aCaseIdInUseWritesNeitherClientNorLink(String name, Supplier<Store> stores) {
        start(stores);
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(ClientId.of("client-0"), "P-0"));
        cases.open(CASEWORKER, new OpenCase(CASE, ClientId.of("client-0"), Dortmund.BRACKEL, CITY, null, Set.of()));
        assertThrows(ConflictException.class, () -> cases.openFromConsultation(CASEWORKER, CONSULTATION,
                Client.of(CLIENT, "P-1"), openCase(Set.of())));
        assertTrue(store.find(RecordKind.CLIENT, CLIENT).isEmpty(), "one unit: the client was not written");
        assertTrue(store.get(RecordKind.CONSULTATION, CONSULTATION).value().isAnonymous());
    }
}
