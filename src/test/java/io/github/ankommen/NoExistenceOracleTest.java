package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, point 3: an actor who may not see a record cannot tell whether it exists. Every
 * method that takes an id answers an unknown id exactly as another site's or organisation's
 * record (the same exception, operation and rule), and the access check comes before any read that
 * could tell, such as a version comparison. Cursors are sealed to their query and actor. On both
 * stores.
 */
class NoExistenceOracleTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor BRACKEL = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor APLERBECK = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final TeamMemberId MENTOR = TeamMemberId.of("brackel-volunteer");
    private static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol-1"), TeamMemberId.of("other-volunteer"),
            Dortmund.BRACKEL);
    private static final Actor OTHER_PARTNER = Actor.partner(ActorId.of("drk-1"), Dortmund.DRK);
    private static final CaseId CASE = CaseId.of("case-1");
    private static final CaseId UNKNOWN_CASE = CaseId.of("case-unknown");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final ReferralId REFERRAL = ReferralId.of("ref-1");
    private static final ReferralId UNKNOWN_REFERRAL = ReferralId.of("ref-unknown");
    private static final ConsentId CONSENT = ConsentId.of("consent-1");
    private static final String PURPOSE = "Vermittlung in Arbeit";

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    private static Ankommen brackelWithACaseAReferralAndAConsent(Supplier<Store> store) {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().store(store.get()).clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        ankommen.cases().register(BRACKEL, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        ankommen.cases().open(BRACKEL, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"),
                MENTOR, Set.of(Category.WORK)));
        ankommen.consents().record(BRACKEL, Consent.obtained(CONSENT, CLIENT, Set.of(DataCategory.BASIC),
                Dortmund.JOBCENTER, PURPOSE, BRACKEL.id(), clock.instant(), LocalDate.of(2018, 6, 4),
                LocalDate.of(2018, 12, 31)));
        ankommen.referrals().draft(BRACKEL, REFERRAL, CASE, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE);
        ankommen.referrals().request(BRACKEL, REFERRAL, null, null);
        ankommen.volunteers().register(COORDINATOR, Dortmund.volunteers().get(0)); // Brackel's
        return ankommen;
    }

    /** A call with a stored id and the same call with an unknown one. */
    private record Probe(String name, Actor actor, Executable foreign, Executable unknown) {
    }

    private static List<Probe> probes(Ankommen a) {
        CaseService cases = a.cases();
        ReferralService referrals = a.referrals();
        List<Probe> probes = new ArrayList<>();
        for (Actor actor : List.of(APLERBECK, VOLUNTEER)) {
            probes.add(new Probe("find", actor, () -> cases.find(actor, CASE), () -> cases.find(actor, UNKNOWN_CASE)));
            probes.add(new Probe("client", actor, () -> cases.client(actor, CASE),
                    () -> cases.client(actor, UNKNOWN_CASE)));
            probes.add(new Probe("fire", actor, () -> cases.apply(actor, CASE, CaseCommand.fire(CaseWorkflows.ASSESS)),
                    () -> cases.apply(actor, UNKNOWN_CASE, CaseCommand.fire(CaseWorkflows.ASSESS))));
            probes.add(new Probe("progress", actor, () -> a.pathways().progress(actor, CASE),
                    () -> a.pathways().progress(actor, UNKNOWN_CASE)));
        }
        probes.add(new Probe("apply at a version", APLERBECK,
                () -> cases.apply(APLERBECK, CASE, CaseCommand.fire(CaseWorkflows.ASSESS), 999),
                () -> cases.apply(APLERBECK, UNKNOWN_CASE, CaseCommand.fire(CaseWorkflows.ASSESS), 999)));
        probes.add(new Probe("audit trail", APLERBECK, () -> cases.auditTrail(APLERBECK, CASE),
                () -> cases.auditTrail(APLERBECK, UNKNOWN_CASE)));
        probes.add(new Probe("closed referrals", APLERBECK, () -> referrals.closedReferrals(APLERBECK, CASE),
                () -> referrals.closedReferrals(APLERBECK, UNKNOWN_CASE)));
        probes.add(new Probe("draft", APLERBECK, () -> referrals.draft(APLERBECK, ReferralId.of("ref-x"), CASE,
                Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE),
                () -> referrals.draft(APLERBECK, ReferralId.of("ref-x"), UNKNOWN_CASE, Dortmund.JOB_PLACEMENT,
                        Set.of(DataCategory.BASIC), PURPOSE)));
        for (Actor actor : List.of(APLERBECK, OTHER_PARTNER)) {
            probes.add(new Probe("find referral", actor, () -> referrals.find(actor, REFERRAL),
                    () -> referrals.find(actor, UNKNOWN_REFERRAL)));
            probes.add(new Probe("history", actor, () -> referrals.history(actor, REFERRAL),
                    () -> referrals.history(actor, UNKNOWN_REFERRAL)));
            probes.add(new Probe("apply referral", actor, () -> referrals.apply(actor, REFERRAL, ReferralCommand.accept()),
                    () -> referrals.apply(actor, UNKNOWN_REFERRAL, ReferralCommand.accept())));
        }
        probes.add(new Probe("request", APLERBECK, () -> referrals.request(APLERBECK, REFERRAL, null, null),
                () -> referrals.request(APLERBECK, UNKNOWN_REFERRAL, null, null)));
        probes.add(new Probe("withdraw", APLERBECK, () -> a.consents().withdraw(APLERBECK, CONSENT),
                () -> a.consents().withdraw(APLERBECK, ConsentId.of("consent-unknown"))));
        probes.add(new Probe("record consent", APLERBECK, () -> a.consents().record(APLERBECK,
                consent(ConsentId.of("consent-2"), CLIENT)),
                () -> a.consents().record(APLERBECK, consent(ConsentId.of("consent-3"), ClientId.of("client-unknown")))));
        VolunteerId brackelsVolunteer = Dortmund.volunteers().get(0).id();
        probes.add(new Probe("volunteer", APLERBECK, () -> a.volunteers().get(APLERBECK, brackelsVolunteer),
                () -> a.volunteers().get(APLERBECK, VolunteerId.of("vol-unknown"))));
        probes.add(new Probe("end engagement", APLERBECK, () -> a.volunteers().endEngagement(APLERBECK,
                brackelsVolunteer, LocalDate.of(2018, 6, 4)), () -> a.volunteers().endEngagement(APLERBECK,
                VolunteerId.of("vol-unknown"), LocalDate.of(2018, 6, 4))));
        for (boolean fromConsultation : List.of(false, true)) {
            probes.add(new Probe(fromConsultation ? "open from a consultation" : "open", APLERBECK,
                    () -> openAtAplerbeck(cases, fromConsultation, CLIENT),
                    () -> openAtAplerbeck(cases, fromConsultation, ClientId.of("client-unknown"))));
        }
        probes.add(new Probe("export", APLERBECK, () -> a.retention().export(APLERBECK, CLIENT),
                () -> a.retention().export(APLERBECK, ClientId.of("client-unknown"))));
        return probes;
    }

    /** Opens a case for a client at Aplerbeck, where the caseworker of Aplerbeck may open cases. */
    private static Versioned<Case> openAtAplerbeck(CaseService cases, boolean fromConsultation, ClientId client) {
        OpenCase command = new OpenCase(CaseId.of("case-a"), client, Dortmund.APLERBECK,
                TeamMemberId.of("aplerbeck-city"), null, Set.of());
        return fromConsultation ? cases.openFromConsultation(APLERBECK, ConsultationId.of("cons-a"), command)
                : cases.open(APLERBECK, command);
    }

    private static Consent consent(ConsentId id, ClientId client) {
        return Consent.obtained(id, client, Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, APLERBECK.id(),
                Instant.parse("2018-06-04T08:00:00Z"), LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p3_unknownAndNotYoursAnswerAlike(String name, Supplier<Store> store) {
        Ankommen ankommen = brackelWithACaseAReferralAndAConsent(store);
        List<String> differences = new ArrayList<>();
        for (Probe probe : probes(ankommen)) {
            AccessDeniedException foreign = assertThrows(AccessDeniedException.class, probe.foreign(),
                    probe.name() + " by " + probe.actor().id());
            AccessDeniedException unknown = assertThrows(AccessDeniedException.class, probe.unknown(),
                    probe.name() + " of an unknown id by " + probe.actor().id());
            if (foreign.operation() != unknown.operation() || !foreign.rule().equals(unknown.rule())
                    || !foreign.getMessage().equals(unknown.getMessage())) {
                differences.add(probe.name() + " by " + probe.actor().id() + ": " + foreign.getMessage() + " / "
                        + unknown.getMessage());
            }
        }
        assertEquals(List.of(), differences);
        // Nothing changed: the case is where Brackel left it.
        assertEquals(1, ankommen.cases().find(BRACKEL, CASE).orElseThrow().version());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p3_theVersionIsComparedOnlyForThoseWhoMaySeeTheCase(String name, Supplier<Store> store) {
        Ankommen ankommen = brackelWithACaseAReferralAndAConsent(store);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> ankommen.cases().apply(APLERBECK,
                CASE, CaseCommand.fire(CaseWorkflows.ASSESS), 999));
        assertEquals("caseworker.other-contact-point", denied.rule());
        // Those who may see it, and coordinators for an unknown id, still learn what is true.
        assertThrows(io.github.ankommen.storage.ConflictException.class, () -> ankommen.cases().apply(BRACKEL, CASE,
                CaseCommand.fire(CaseWorkflows.ASSESS), 999));
        assertTrue(ankommen.cases().find(COORDINATOR, UNKNOWN_CASE).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> ankommen.cases().client(COORDINATOR, UNKNOWN_CASE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p3_cursorsAreSealedToTheirQueryAndActor(String name, Supplier<Store> store) {
        Ankommen ankommen = brackelWithACaseAReferralAndAConsent(store);
        CaseService cases = ankommen.cases();
        cases.register(BRACKEL, Dortmund.BRACKEL, Client.of(ClientId.of("client-2"), "P-2"));
        cases.open(BRACKEL, new OpenCase(CaseId.of("case-2"), ClientId.of("client-2"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
        CaseQuery atBrackel = CaseQuery.at(Dortmund.BRACKEL);
        Page<Versioned<Case>> first = cases.cases(BRACKEL, atBrackel, PageRequest.first(1));
        assertEquals(List.of(CASE), first.items().stream().map(v -> v.value().id()).toList());
        assertNotNull(first.nextCursor());
        // The cursor does not show the store's key.
        assertTrue(!first.nextCursor().token().contains(CASE.value()), first.nextCursor().token());
        Page<Versioned<Case>> second = cases.cases(BRACKEL, atBrackel, first.next(1).orElseThrow());
        assertEquals(List.of(CaseId.of("case-2")), second.items().stream().map(v -> v.value().id()).toList());

        for (Cursor forged : List.of(Cursor.of("garbage"), Cursor.of(CASE.value()), Cursor.of("c1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                Cursor.of("c1.!!"))) {
            assertThrows(IllegalArgumentException.class, () -> cases.cases(BRACKEL, atBrackel,
                    PageRequest.after(forged, 1)), forged.token());
        }
        // A cursor of another query, or of another actor, is refused too.
        assertThrows(IllegalArgumentException.class, () -> cases.cases(BRACKEL, atBrackel.inState(CaseWorkflows.INTAKE),
                PageRequest.after(first.nextCursor(), 1)));
        assertThrows(IllegalArgumentException.class, () -> cases.cases(COORDINATOR, atBrackel,
                PageRequest.after(first.nextCursor(), 1)));
        assertThrows(IllegalArgumentException.class, () -> ankommen.network().offering(BRACKEL, Language.ARABIC,
                PageRequest.after(Cursor.of("garbage"), 1)));
        Page<Versioned<io.github.ankommen.network.ContactPoint>> sites = ankommen.network().offering(BRACKEL,
                Language.ARABIC, PageRequest.first(1));
        if (sites.hasNext()) {
            assertThrows(IllegalArgumentException.class, () -> ankommen.network().offering(BRACKEL, Language.FARSI,
                    sites.next(1).orElseThrow()));
            assertEquals(1, ankommen.network().offering(BRACKEL, Language.ARABIC, sites.next(1).orElseThrow())
                    .items().size());
        }
    }
}
