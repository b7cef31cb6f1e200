package io.github.ankommen.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.ReferralService;
import io.github.ankommen.Stores;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.retention.ClientDataExport;
import io.github.ankommen.retention.ExportDocument;
import io.github.ankommen.storage.Store;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 16, point 4: the Art. 15 export as plain records; through the services, on both stores. */
class ExportDocumentTest {

    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ReferralId REFERRAL = ReferralId.of("ref-1");
    private static final String PURPOSE = "Vermittlung in Arbeit";

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theDocumentHoldsEverythingTheStoreHoldsAboutTheClient(String name, Supplier<Store> store) {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().store(store.get()).clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        CaseService cases = ankommen.cases();
        ReferralService referrals = ankommen.referrals();
        cases.register(CASEWORKER, Dortmund.BRACKEL, new Client(CLIENT, "P-1", new BasicData("Amira", Year.of(1990), 2,
                Set.of(Language.ARABIC), YearMonth.of(2016, 3), 4),
                new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, "Diabetes")));
        cases.record(CASEWORKER, Consultation.anonymous(ConsultationId.of("con-1"), Dortmund.BRACKEL,
                LocalDate.of(2018, 6, 1), Set.of(Category.WORK), Language.ARABIC, Channel.WALK_IN));
        cases.openFromConsultation(CASEWORKER, ConsultationId.of("con-1"), new OpenCase(CASE, CLIENT,
                Dortmund.BRACKEL, TeamMemberId.of("brackel-city"), null, Set.of()));
        cases.apply(CASEWORKER, CASE, CaseCommand.assess());
        cases.apply(CASEWORKER, CASE, CaseCommand.addGoal(GoalId.of("g-1"), "Arbeit als Schneiderin", List.of("CV"),
                LocalDate.of(2018, 12, 1)));
        cases.apply(CASEWORKER, CASE, CaseCommand.hold("im Krankenhaus"));
        ankommen.consents().record(CASEWORKER, Consent.obtained(ConsentId.of("consent-1"), CLIENT,
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, CASEWORKER.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), null));
        referrals.draft(CASEWORKER, REFERRAL, CASE, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE);
        referrals.request(CASEWORKER, REFERRAL, null, null);
        referrals.apply(JOBCENTER, REFERRAL, ReferralCommand.accept());

        ExportDocument document = ankommen.retention().export(COORDINATOR, CLIENT).toDocument();
        assertEquals(ExportDocument.FORMAT, document.format());
        assertEquals("client-1", document.client());
        assertEquals("P-1", document.pseudonym());
        assertEquals("2018-06-04T08:00:00Z", document.exportedAt());
        assertEquals(new ExportDocument.Basic("Amira", 1990, 2, List.of("ar"), "2016-03", 4), document.basic());
        assertEquals(new ExportDocument.Sensitive("ASYLUM_PROCEDURE", "Diabetes"), document.sensitive());

        ExportDocument.CaseEntry c = document.cases().get(0);
        assertEquals(List.of("case-1", "on_hold", "assessment", "WORK"), List.of(c.id(), c.state(), c.previousState(),
                c.needs().get(0)));
        assertEquals(cases.auditTrail(COORDINATOR, CASE).size(), c.auditTrail().size(), "every audit entry");
        assertEquals("from consultation con-1", c.auditTrail().get(0).reason());
        assertEquals("im Krankenhaus", c.auditTrail().get(c.auditTrail().size() - 1).reason());
        assertEquals(List.of("CV"), c.goals().get(0).actions());
        assertEquals("2018-12-01", c.goals().get(0).targetDate());

        ExportDocument.ReferralEntry r = document.referrals().get(0);
        assertEquals(List.of("ref-1", "ACCEPTED", "CONSENT", "consent-1"), List.of(r.id(), r.status(), r.basis(),
                r.basisReference()));
        assertEquals(referrals.history(COORDINATOR, REFERRAL).size(), r.history().size());
        assertEquals("RECEIVER", r.history().get(r.history().size() - 1).side());
        assertEquals(1, document.consents().size());
        assertNull(document.consents().get(0).validUntil());
        assertEquals(referrals.ledger(COORDINATOR, CLIENT).size(), document.transfers().size(), "the transfer ledger");
        assertEquals(List.of("jobcenter-dortmund", "CONSENT", "consent-1"), List.of(document.transfers().get(0)
                .recipient(), document.transfers().get(0).basis(), document.transfers().get(0).reference()));
        assertEquals("case-1", document.consultations().get(0).caseId());
        assertFalse(document.toString().contains("Amira") || document.toString().contains("Diabetes"),
                document.toString());
    }

    /** What a JSON library needs: nothing but strings, numbers, lists and the document's own records. */
    @Test
    void theDocumentIsMadeOfPlainValuesOnly() {
        for (Class<?> type : recordTypes()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Type t = component.getGenericType();
                if (t instanceof ParameterizedType list) {
                    assertEquals(List.class, list.getRawType(), type.getSimpleName() + "." + component.getName());
                    t = list.getActualTypeArguments()[0];
                }
                Class<?> c = (Class<?>) t;
                assertTrue(c == String.class || c == long.class || c == Integer.class
                        || c.getEnclosingClass() == ExportDocument.class, type.getSimpleName() + "." + component.getName());
            }
        }
    }

    /** Every field name is documented in docs/data-protection.md. */
    @Test
    void everyFieldIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/data-protection.md"), StandardCharsets.UTF_8);
        for (Class<?> type : recordTypes()) {
            assertTrue(doc.contains("`" + type.getSimpleName() + "`"), type.getSimpleName());
            for (RecordComponent component : type.getRecordComponents()) {
                assertTrue(doc.contains("`" + component.getName() + "`"), type.getSimpleName() + "." + component.getName());
            }
        }
    }

    /** The text rendering's labels come from the bundles, with the same keys in German and English. */
    @Test
    void theTextLabelsAreInBundlesOfBothLanguages() {
        ResourceBundle german = ResourceBundle.getBundle("io.github.ankommen.retention.ExportLabels", Locale.GERMAN);
        ResourceBundle english = ResourceBundle.getBundle("io.github.ankommen.retention.ExportLabels", Locale.ENGLISH);
        assertEquals(english.keySet(), german.keySet());
        assertEquals("Fälle", german.getString("export.cases"));
        assertEquals(" at contact point ", english.getString("export.at.contact.point"), "spaces survive");
        ClientDataExport export = new ClientDataExport(Client.of(CLIENT, "P-1"), List.of(), List.of(), List.of(),
                List.of(), List.of(), Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        assertTrue(export.toText(Locale.GERMAN).contains("3. Fälle (0)"), export.toText(Locale.GERMAN));
        assertTrue(export.toText(Locale.FRENCH).contains("3. Cases (0)"), "English for every other language");
    }

    private static Set<Class<?>> recordTypes() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ExportDocument.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Type t = component.getGenericType();
                if (t instanceof ParameterizedType list) {
                    t = list.getActualTypeArguments()[0];
                }
                if (t instanceof Class<?> c && c.isRecord()) {
                    todo.push(c);
                }
            }
        }
        return seen;
    }
}
