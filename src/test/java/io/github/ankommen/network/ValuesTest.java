package io.github.ankommen.network;

import static io.github.ankommen.network.Violations.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final LocalDate D1 = LocalDate.of(2018, 6, 4);

    @Test
    void languagesAreIso639Codes() {
        assertEquals("ar", Language.ARABIC.code());
        assertEquals("fa", Language.FARSI.code());
        assertEquals("en", Language.ENGLISH.code());
        assertEquals("de", Language.GERMAN.code());
        for (String code : new String[] {"ar", "fa", "ti", "ku", "ara", "fas", "deu", "tir"}) {
            assertEquals(code, Language.of(code).toString());
        }
        assertNotEquals(Language.of("ar"), Language.of("ara"), "codes are compared as given");
    }

    @Test
    void periods() {
        ValidityPeriod open = ValidityPeriod.ofOpenEnd(D1);
        assertTrue(open.isOpenEnded());
        assertTrue(open.contains(D1) && open.contains(LocalDate.of(2999, 1, 1)));
        assertFalse(open.contains(D1.minusDays(1)));
        ValidityPeriod day = ValidityPeriod.of(D1, D1);
        assertTrue(day.contains(D1));
        assertFalse(day.contains(D1.plusDays(1)), "until is inclusive, and only that day");
        assertTrue(day.overlaps(open) && open.overlaps(day));
        assertFalse(ValidityPeriod.of(D1.minusDays(5), D1.minusDays(1)).overlaps(day), "touching is not overlapping");
        assertEquals(Optional.of(day), open.intersection(ValidityPeriod.of(D1.minusDays(3), D1)));
        assertEquals(Optional.of(ValidityPeriod.ofOpenEnd(D1.plusDays(2))), open.intersection(ValidityPeriod.ofOpenEnd(D1.plusDays(2))));
        assertEquals(Optional.empty(), day.intersection(ValidityPeriod.ofOpenEnd(D1.plusDays(1))));
        assertEquals("2018-06-04/..", open.toString());
        assertEquals("2018-06-04/2018-06-04", day.toString());
        assertEquals(ValidityPeriod.of(D1, D1.plusDays(3)), open.withEnd(D1.plusDays(3)));
        assertRejected(() -> open.withEnd(D1.minusDays(1)), "endNotBeforeStart");
        assertThrows(NullPointerException.class, () -> open.contains(null));
    }

    @Test
    void addresses() {
        assertEquals("44309", Address.of("Beispielstraße 1", "44309", "Dortmund").postalCode());
        for (String bad : new String[] {"4430", "443090", "ABCDE", "44 309", ""}) {
            assertRejected(() -> Address.of("Beispielstraße 1", bad, "Dortmund"), "postalCode");
        }
        assertRejected(() -> Address.of(" ", "44309", "Dortmund"), "street");
        assertRejected(() -> Address.of("Beispielstraße 1", "44309", ""), "city");
    }

    @Test
    void channelsNeedAtLeastOne() {
        assertRejected(() -> Channels.of(null, null, null), "reachable");
        assertEquals(java.net.URI.create("https://example.org"),
                Channels.of(null, null, java.net.URI.create("https://example.org")).web());
    }

    @Test
    void teams() {
        TeamMember staff = TeamMember.staff(TeamMemberId.of("s-1"), "Anna Beispiel", Language.GERMAN, Language.ARABIC);
        TeamMember volunteer = TeamMember.volunteer(TeamMemberId.of("v-1"), "Lena Beispiel", Language.FARSI);
        Team team = Team.of(staff, volunteer);
        assertEquals(List.of(staff), team.withRole(TeamRole.STAFF));
        assertEquals(List.of(volunteer), team.withRole(TeamRole.VOLUNTEER));
        assertEquals(Set.of(Language.GERMAN, Language.ARABIC, Language.FARSI), team.languages());
        assertRejected(() -> Team.of(staff, TeamMember.volunteer(TeamMemberId.of("s-1"), "Doppelt", Language.GERMAN)),
                "memberIdsUnique");
        assertRejected(() -> TeamMember.staff(TeamMemberId.of("s-2"), "Ohne Sprache"), "languages");
        assertEquals("TeamMember[id=s-1, role=STAFF, languages=[de, ar]]", staff.toString());
        assertEquals(1, TeamMember.staff(TeamMemberId.of("s-3"), "Zweimal", Language.GERMAN, Language.GERMAN)
                .languages().size(), "a repeated language counts once, it is not an error");
        assertRejected(() -> TeamMember.staff(TeamMemberId.of("s-3"), "Mit Lücke", Language.GERMAN, null),
                "languages[].<iterable element>");
    }

    @Test
    void networks() {
        District brackel = District.of("Brackel");
        RolloutPhase pilot = new RolloutPhase(PhaseId.of("p"), "Pilot", Year.of(2016), Set.of(brackel),
                PhaseStatus.PLANNED);
        Network network = Network.of(NetworkId.of("n"), "Netz", Set.of(brackel), List.of(pilot));
        assertEquals(OpeningHours.DEFAULT_ZONE, network.zone());
        assertEquals(Optional.of(pilot), network.phase(PhaseId.of("p")));
        assertEquals(Optional.empty(), network.phase(PhaseId.of("q")));
        assertEquals(PhaseStatus.APPROVED, pilot.withStatus(PhaseStatus.APPROVED).status());
        assertRejected(() -> Network.of(NetworkId.of("n"), "Netz", Set.of(District.of("Hamm")), List.of(pilot)),
                "phaseDistrictsInNetwork");
        assertRejected(() -> Network.of(NetworkId.of("n"), "Netz", Set.of(brackel), List.of(pilot, pilot)),
                "phaseIdsUnique");
        assertRejected(() -> Network.of(NetworkId.of("n"), "Netz", Set.of(), List.of()), "districts");
        assertRejected(() -> new RolloutPhase(PhaseId.of("p"), "Pilot", Year.of(2016), Set.of(), PhaseStatus.PLANNED),
                "districts");
    }

    @Test
    void organisationsAndPartners() {
        Partner drk = Partner.of(OrganisationId.of("drk"), "Deutsches Rotes Kreuz", PartnerRole.STAFFING,
                PartnershipStatus.IN_DISCUSSION);
        assertEquals(PartnershipStatus.CONFIRMED, drk.withStatus(PartnershipStatus.CONFIRMED).status());
        assertEquals(OrganisationType.JOBCENTER,
                Organisation.of(OrganisationId.of("jc"), "Jobcenter", OrganisationType.JOBCENTER).type());
        assertRejected(() -> Organisation.of(OrganisationId.of("jc"), "x".repeat(201), OrganisationType.JOBCENTER), "name");
    }
}
