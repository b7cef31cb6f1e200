package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Store;
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

/**
 * Issue 13, point 1: a client belongs to the contact points of its cases; another site reaches it
 * only when a case moves there by an accepted transfer. Volunteers never see referral data. The
 * breaches of the issue, tried through the public API on both stores.
 */
class ClientScopeTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor BRACKEL = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor APLERBECK = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final TeamMemberId MENTOR = TeamMemberId.of("brackel-volunteer");
    private static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol-1"), MENTOR, Dortmund.BRACKEL);
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final CaseId CASE_OF_B = CaseId.of("case-b");
    private static final ClientId CLIENT_OF_B = ClientId.of("client-b");
    private static final ConsentId CONSENT_OF_B = ConsentId.of("consent-b");
    private static final ReferralId REFERRAL_OF_B = ReferralId.of("ref-b");
    private static final String PURPOSE = "Vermittlung in Arbeit";

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    /** Brackel's client with health notes, a mentored case, a consent and a requested referral. */
    private static Ankommen brackel(Supplier<Store> store) {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().store(store.get()).clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        ankommen.cases().register(BRACKEL, Dortmund.BRACKEL, Client.of(CLIENT_OF_B, "P-B")
                .withSensitive(new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, "Diabetes")));
        ankommen.cases().open(BRACKEL, new OpenCase(CASE_OF_B, CLIENT_OF_B, Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), MENTOR, Set.of(Category.WORK)));
        ankommen.consents().record(BRACKEL, Consent.obtained(CONSENT_OF_B, CLIENT_OF_B, Set.of(DataCategory.BASIC),
                Dortmund.JOBCENTER, PURPOSE, BRACKEL.id(), clock.instant(), LocalDate.of(2018, 6, 4),
                LocalDate.of(2018, 12, 31)));
        ankommen.referrals().draft(BRACKEL, REFERRAL_OF_B, CASE_OF_B, Dortmund.JOB_PLACEMENT,
                Set.of(DataCategory.BASIC), PURPOSE);
        ankommen.referrals().request(BRACKEL, REFERRAL_OF_B, null, null);
        return ankommen;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p1_anotherSiteCannotOpenACaseForAClientOfBrackelNorReachItThroughOne(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> ankommen.cases().open(APLERBECK,
                new OpenCase(CaseId.of("case-a"), CLIENT_OF_B, Dortmund.APLERBECK, TeamMemberId.of("aplerbeck-city"),
                        null, Set.of())));
        assertEquals("caseworker.other-contact-point", denied.rule());
        assertTrue(ankommen.cases().find(COORDINATOR, CaseId.of("case-a")).isEmpty());
        // So none of the paths of the issue opens: the client, the ledger, the consent.
        assertThrows(AccessDeniedException.class, () -> ankommen.cases().client(APLERBECK, CASE_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().ledger(APLERBECK, CLIENT_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.consents().withdraw(APLERBECK, CONSENT_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.retention().export(APLERBECK, CLIENT_OF_B));
        assertEquals(List.of(), ankommen.cases().cases(APLERBECK, CaseQuery.at(Dortmund.APLERBECK),
                PageRequest.first(10)).items());
        assertTrue(ankommen.consents().withdraw(BRACKEL, CONSENT_OF_B).value().withdrawnAt() != null);
        // Brackel itself, and the coordinator, keep their way in.
        assertEquals("Diabetes", ankommen.cases().client(BRACKEL, CASE_OF_B).sensitive().healthNotes());
        assertEquals(1, ankommen.referrals().ledger(BRACKEL, CLIENT_OF_B).size());
        ankommen.cases().open(COORDINATOR, new OpenCase(CaseId.of("case-b2"), CLIENT_OF_B, Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p1_aClientWithoutCasesBelongsToTheContactPointThatRegisteredIt(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store);
        ClientId newcomer = ClientId.of("client-new");
        ankommen.cases().register(BRACKEL, Dortmund.BRACKEL, Client.of(newcomer, "P-N"));

        // Aplerbeck may open cases at Aplerbeck, but not for Brackel's newcomer, nor take its consent;
        // it is refused exactly as for a client it does not know.
        OpenCase atAplerbeck = new OpenCase(CaseId.of("case-a"), newcomer, Dortmund.APLERBECK,
                TeamMemberId.of("aplerbeck-city"), null, Set.of());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> ankommen.cases().open(APLERBECK, atAplerbeck));
        AccessDeniedException unknown = assertThrows(AccessDeniedException.class, () -> ankommen.cases().open(APLERBECK,
                new OpenCase(CaseId.of("case-a"), ClientId.of("client-unknown"), Dortmund.APLERBECK,
                        TeamMemberId.of("aplerbeck-city"), null, Set.of())));
        assertEquals(unknown.getMessage(), denied.getMessage());
        assertThrows(AccessDeniedException.class, () -> ankommen.consents().record(APLERBECK, Consent.obtained(
                ConsentId.of("consent-a"), newcomer, Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE,
                APLERBECK.id(), Instant.parse("2018-06-04T08:00:00Z"), LocalDate.of(2018, 6, 4),
                LocalDate.of(2018, 12, 31))));
        assertTrue(ankommen.cases().find(COORDINATOR, CaseId.of("case-a")).isEmpty());

        // Brackel records the consent and opens the case; from then on the case decides.
        ankommen.consents().record(BRACKEL, Consent.obtained(ConsentId.of("consent-n"), newcomer,
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, BRACKEL.id(),
                Instant.parse("2018-06-04T08:00:00Z"), LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        ankommen.cases().open(BRACKEL, new OpenCase(CaseId.of("case-n"), newcomer, Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
        assertThrows(AccessDeniedException.class, () -> ankommen.cases().client(APLERBECK, CaseId.of("case-n")));
        // A client names the contact point that registers it, or none.
        assertThrows(IllegalArgumentException.class, () -> ankommen.cases().register(APLERBECK, Dortmund.APLERBECK,
                Client.of(ClientId.of("client-x"), "P-X").withRegisteredAt(Dortmund.BRACKEL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p1_aConsultationLinksOnlyAClientAndCaseInScopeAndOfEachOther(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store);
        LocalDate day = LocalDate.of(2018, 6, 4);
        Consultation atAplerbeck = new Consultation(ConsultationId.of("cons-1"), Dortmund.APLERBECK, day,
                Set.of(Category.WORK), Language.ARABIC, Channel.values()[0], CLIENT_OF_B, CASE_OF_B);
        assertThrows(AccessDeniedException.class, () -> ankommen.cases().record(APLERBECK, atAplerbeck));
        ankommen.cases().register(BRACKEL, Dortmund.BRACKEL, Client.of(ClientId.of("client-2"), "P-2"));
        Consultation mismatched = new Consultation(ConsultationId.of("cons-2"), Dortmund.BRACKEL, day,
                Set.of(Category.WORK), Language.ARABIC, Channel.values()[0], ClientId.of("client-2"), CASE_OF_B);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ankommen.cases().record(BRACKEL, mismatched));
        assertTrue(refused.getMessage().contains(CASE_OF_B.value()), refused.getMessage());
        ankommen.cases().record(BRACKEL, new Consultation(ConsultationId.of("cons-3"), Dortmund.BRACKEL, day,
                Set.of(Category.WORK), Language.ARABIC, Channel.values()[0], CLIENT_OF_B, CASE_OF_B));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p1_aTransferAcceptedByAplerbeckMovesTheClientIntoItsScope(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store);
        CaseService cases = ankommen.cases();
        assertThrows(AccessDeniedException.class, () -> cases.client(APLERBECK, CASE_OF_B));
        cases.apply(BRACKEL, CASE_OF_B, CaseCommand.requestTransfer(Dortmund.APLERBECK, "Umzug"));
        cases.apply(APLERBECK, CASE_OF_B, CaseCommand.acceptTransfer(TeamMemberId.of("aplerbeck-city")));
        assertEquals(CLIENT_OF_B, cases.client(APLERBECK, CASE_OF_B).id());
        assertThrows(AccessDeniedException.class, () -> cases.client(BRACKEL, CASE_OF_B));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p1_volunteersNeverSeeReferralDataOfTheCasesTheyMentor(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store);
        // The volunteer mentors the case and sees its basic data ...
        assertEquals(CASE_OF_B, ankommen.cases().find(VOLUNTEER, CASE_OF_B).orElseThrow().value().id());
        assertFalse(ankommen.cases().client(VOLUNTEER, CASE_OF_B).sensitive().healthNotes() != null);
        // ... but no referral data, through any method.
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().ledger(VOLUNTEER, CLIENT_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().closedReferrals(VOLUNTEER, CASE_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.pathways().progress(VOLUNTEER, CASE_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().find(VOLUNTEER, REFERRAL_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().history(VOLUNTEER, REFERRAL_OF_B));
        // The partner the referral is addressed to sees the referral, not the case's client.
        assertEquals(REFERRAL_OF_B, ankommen.referrals().find(JOBCENTER, REFERRAL_OF_B).orElseThrow().value().id());
        assertThrows(AccessDeniedException.class, () -> ankommen.cases().client(JOBCENTER, CASE_OF_B));
        assertThrows(AccessDeniedException.class, () -> ankommen.referrals().ledger(JOBCENTER, CLIENT_OF_B));
    }
}
