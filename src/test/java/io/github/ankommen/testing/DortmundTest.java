package io.github.ankommen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PartnershipStatus;
import io.github.ankommen.network.PhaseStatus;
import io.github.ankommen.network.PhaseSummary;
import io.github.ankommen.network.TeamRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture tells the story of the 2018 article, and is valid. */
class DortmundTest {

    private static final Directory DIRECTORY = Dortmund.directory();

    private static Instant berlin(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), Dortmund.network().zone()).toInstant();
    }

    @Test
    void sixSitesServeNineDistricts() {
        assertEquals(6, DIRECTORY.contactPoints().size());
        assertEquals(9, Dortmund.network().districts().size());
        assertEquals(Dortmund.Districts.all(), Dortmund.network().districts());
        assertEquals(List.of("Brackel", "Aplerbeck", "Mengede", "Huckarde", "Hörde", "Hombruch", "Eving", "Scharnhorst",
                "Lütgendortmund"), Dortmund.Districts.all().stream().map(District::name).toList());
        Map<District, ContactPointId> served = Map.of(
                Dortmund.Districts.BRACKEL, Dortmund.BRACKEL,
                Dortmund.Districts.APLERBECK, Dortmund.APLERBECK,
                Dortmund.Districts.MENGEDE, Dortmund.MENGEDE_HUCKARDE,
                Dortmund.Districts.HUCKARDE, Dortmund.MENGEDE_HUCKARDE,
                Dortmund.Districts.HOERDE, Dortmund.HOERDE_HOMBRUCH,
                Dortmund.Districts.HOMBRUCH, Dortmund.HOERDE_HOMBRUCH,
                Dortmund.Districts.EVING, Dortmund.EVING_SCHARNHORST,
                Dortmund.Districts.SCHARNHORST, Dortmund.EVING_SCHARNHORST,
                Dortmund.Districts.LUETGENDORTMUND, Dortmund.LUETGENDORTMUND);
        LocalDate later = Dortmund.EXPANSION_2018_PLANNED_START;
        served.forEach((district, site) -> assertEquals(Optional.of(site),
                DIRECTORY.servingContactPoint(district, later).map(ContactPoint::id), district.name()));
    }

    @Test
    void onTheReferenceDateTheSecondExpansionIsStillAPlan() {
        LocalDate date = Dortmund.REFERENCE_DATE;
        assertEquals(LocalDate.of(2018, 6, 4), date);
        assertEquals(Optional.of(Dortmund.BRACKEL),
                DIRECTORY.servingContactPoint(Dortmund.Districts.BRACKEL, date).map(ContactPoint::id));
        assertEquals(Optional.empty(), DIRECTORY.servingContactPoint(Dortmund.Districts.EVING, date));
        assertEquals(Optional.empty(), DIRECTORY.servingContactPoint(Dortmund.Districts.HOERDE,
                Dortmund.EXPANSION_2017_OPENED.minusDays(1)));
        Map<ContactPointId, ContactPointStatus> status = DIRECTORY.contactPoints().stream()
                .collect(Collectors.toMap(ContactPoint::id, ContactPoint::status));
        assertEquals(Map.of(Dortmund.BRACKEL, ContactPointStatus.OPEN, Dortmund.APLERBECK, ContactPointStatus.OPEN,
                Dortmund.MENGEDE_HUCKARDE, ContactPointStatus.OPEN, Dortmund.HOERDE_HOMBRUCH, ContactPointStatus.OPEN,
                Dortmund.EVING_SCHARNHORST, ContactPointStatus.PLANNED, Dortmund.LUETGENDORTMUND,
                ContactPointStatus.PLANNED), status);
    }

    @Test
    void growthTellsTheArticlesHistory() {
        List<PhaseSummary> growth = DIRECTORY.growth();
        assertEquals(List.of(Year.of(2016), Year.of(2017), Year.of(2018)),
                growth.stream().map(p -> p.phase().year()).toList());
        assertEquals(List.of(Dortmund.BRACKEL, Dortmund.APLERBECK), growth.get(0).sites());
        assertEquals(List.of(Dortmund.MENGEDE_HUCKARDE, Dortmund.HOERDE_HOMBRUCH), growth.get(1).sites());
        assertEquals(List.of(Dortmund.EVING_SCHARNHORST, Dortmund.LUETGENDORTMUND), growth.get(2).sites());
        assertEquals(Set.of(Dortmund.Districts.MENGEDE, Dortmund.Districts.HUCKARDE, Dortmund.Districts.HOERDE,
                Dortmund.Districts.HOMBRUCH), growth.get(1).districts());
        assertEquals(List.of(PhaseStatus.STARTED, PhaseStatus.STARTED, PhaseStatus.PLANNED),
                growth.stream().map(PhaseSummary::status).toList());
    }

    @Test
    void partnersAreInDiscussionAsTheArticleSays() {
        ContactPoint eving = DIRECTORY.contactPoint(Dortmund.EVING_SCHARNHORST).orElseThrow();
        ContactPoint luetgendortmund = DIRECTORY.contactPoint(Dortmund.LUETGENDORTMUND).orElseThrow();
        Partner drk = eving.partners().stream().filter(p -> p.organisation().equals(Dortmund.DRK)).findFirst()
                .orElseThrow();
        Partner homecare = luetgendortmund.partners().stream()
                .filter(p -> p.organisation().equals(Dortmund.EUROPEAN_HOMECARE)).findFirst().orElseThrow();
        assertEquals(PartnershipStatus.IN_DISCUSSION, drk.status());
        assertEquals(PartnershipStatus.IN_DISCUSSION, homecare.status());
        assertTrue(drk.name().contains("Rotes Kreuz"));
        assertEquals("European Homecare", homecare.name());
    }

    @Test
    void adviceInArabicEnglishAndFarsiEverywhere() {
        for (Language language : List.of(Language.ARABIC, Language.ENGLISH, Language.FARSI)) {
            assertEquals(6, DIRECTORY.offering(language).size(), language.code());
        }
        for (ContactPoint site : DIRECTORY.contactPoints().subList(0, 4)) {
            assertEquals(2, site.team().withRole(TeamRole.STAFF).size(), "one city and one welfare employee at " + site.id());
            assertTrue(site.team().languages().containsAll(Set.of(Language.ARABIC, Language.ENGLISH, Language.FARSI)));
        }
    }

    @Test
    void offersAnswerTheQuestions() {
        assertEquals(5, DIRECTORY.offers().size());
        assertEquals(List.of(Dortmund.JOB_PLACEMENT), ids(DIRECTORY.offers(Category.WORK, Dortmund.Districts.EVING,
                Language.ARABIC)));
        assertEquals(List.of(Dortmund.INTEGRATION_COURSE), ids(DIRECTORY.offers(Category.LANGUAGE_COURSE,
                Dortmund.Districts.BRACKEL, Language.FARSI)));
        assertEquals(List.of(), ids(DIRECTORY.offers(Category.LANGUAGE_COURSE, Dortmund.Districts.MENGEDE,
                Language.FARSI)));
        assertEquals(List.of(Dortmund.FOOTBALL), ids(DIRECTORY.offers(Category.SPORT, Dortmund.Districts.HUCKARDE,
                Language.ENGLISH)));
        assertEquals(List.of(Dortmund.LIBRARY_CULTURE), ids(DIRECTORY.offers(Category.CULTURE,
                Dortmund.Districts.HOERDE, Language.FARSI)));
        assertEquals(List.of(Dortmund.SCHOOL_REGISTRATION), ids(DIRECTORY.offers(Category.EDUCATION,
                Dortmund.Districts.LUETGENDORTMUND, Language.ENGLISH)));
    }

    private static List<Object> ids(List<Offer> offers) {
        return offers.stream().map(o -> (Object) o.id()).toList();
    }

    @Test
    void consultationHoursWithHolidays() {
        ContactPoint brackel = DIRECTORY.contactPoint(Dortmund.BRACKEL).orElseThrow();
        LocalDate monday = Dortmund.REFERENCE_DATE;
        assertTrue(brackel.isOpenAt(berlin(monday, 10, 0)));
        assertFalse(brackel.isOpenAt(berlin(monday, 13, 0)));
        assertEquals(Optional.of(berlin(monday.plusDays(2), 9, 0)), brackel.nextOpening(berlin(monday, 13, 0)));
        assertEquals(Optional.of(berlin(LocalDate.of(2019, 1, 2), 9, 0)),
                brackel.nextOpening(berlin(LocalDate.of(2018, 12, 21), 12, 0)),
                "closed between the years; Wednesday 2 January is the first day back");
        assertEquals(Optional.of(berlin(LocalDate.of(2018, 10, 1), 9, 0)),
                brackel.nextOpening(berlin(LocalDate.of(2018, 9, 27), 12, 0)));
        assertFalse(brackel.isOpenAt(berlin(LocalDate.of(2018, 10, 3), 10, 0)), "Tag der Deutschen Einheit");
        ContactPoint aplerbeck = DIRECTORY.contactPoint(Dortmund.APLERBECK).orElseThrow();
        assertEquals(Optional.of(berlin(LocalDate.of(2018, 7, 31), 9, 0)),
                aplerbeck.nextOpening(berlin(LocalDate.of(2018, 7, 13), 12, 0)), "after the temporary closure");
        ContactPoint eving = DIRECTORY.contactPoint(Dortmund.EVING_SCHARNHORST).orElseThrow();
        assertEquals(Optional.empty(), eving.nextOpening(berlin(monday, 8, 0)), "a planned site has no hours yet");
    }

    @Test
    void freshValuesAndNoPersonalDataInToString() {
        assertNotSame(Dortmund.directory(), Dortmund.directory());
        assertEquals(Dortmund.directory(), Dortmund.directory());
        for (ContactPoint site : DIRECTORY.contactPoints()) {
            assertFalse(site.toString().contains("Beispiel"), site.toString());
            assertFalse(site.team().toString().contains("Beispiel"), site.team().toString());
        }
        for (Offer offer : DIRECTORY.offers()) {
            String text = offer.toString() + offer.howToRefer() + offer.capacity();
            if (offer.howToRefer().contactPerson() != null) {
                assertFalse(text.contains(offer.howToRefer().contactPerson()), text);
            }
            if (offer.eligibility() != null) {
                assertFalse(text.contains(offer.eligibility()), text);
            }
            if (offer.capacity().note() != null) {
                assertFalse(text.contains(offer.capacity().note()), text);
            }
        }
    }
}
