package io.github.ankommen.network;

import static io.github.ankommen.network.Violations.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryTest {

    private static final LocalDate D2018 = LocalDate.of(2018, 1, 1);

    private static Network network() {
        return Network.of(NetworkId.of("n"), "Netz", Set.of(Samples.BRACKEL, Samples.APLERBECK, Samples.EVING), List.of(
                new RolloutPhase(PhaseId.of("later"), "Später", Year.of(2018), Set.of(Samples.EVING), PhaseStatus.PLANNED),
                new RolloutPhase(Samples.PILOT, "Pilot", Year.of(2016), Set.of(Samples.BRACKEL, Samples.APLERBECK),
                        PhaseStatus.STARTED)));
    }

    private static Offer offer(String id, Category category, Set<District> districts, Set<Language> languages) {
        return new Offer(OfferId.of(id), "Angebot " + id,
                Organisation.of(OrganisationId.of("org-" + id), "Träger", OrganisationType.OTHER), category, languages,
                districts, null, Capacity.of(CapacityStatus.HAS_CAPACITY), ReferralChannel.via(Channels.phone("0231 1")));
    }

    @Test
    void twoContactPointsMayNotServeADistrictOnTheSameDay() {
        ContactPoint first = Samples.contactPoint("cp-a", Samples.BRACKEL, ValidityPeriod.of(Samples.START, D2018));
        ContactPoint second = Samples.contactPoint("cp-b", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(D2018));
        DistrictConflictException e = assertThrows(DistrictConflictException.class,
                () -> new Directory(network(), List.of(first, second), List.of()));
        assertEquals(Samples.BRACKEL, e.district());
        assertEquals(ContactPointId.of("cp-a"), e.first());
        assertEquals(ContactPointId.of("cp-b"), e.second());
        assertEquals(ValidityPeriod.of(D2018, D2018), e.period());
        assertTrue(e.getMessage().contains("cp-a") && e.getMessage().contains("cp-b")
                && e.getMessage().contains("Brackel"), e.getMessage());
        Directory handover = new Directory(network(), List.of(first,
                Samples.contactPoint("cp-b", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(D2018.plusDays(1)))), List.of());
        assertEquals(Optional.of(ContactPointId.of("cp-a")),
                handover.servingContactPoint(Samples.BRACKEL, D2018).map(ContactPoint::id));
        assertEquals(Optional.of(ContactPointId.of("cp-b")),
                handover.servingContactPoint(Samples.BRACKEL, D2018.plusDays(1)).map(ContactPoint::id));
        assertEquals(Optional.empty(), handover.servingContactPoint(Samples.BRACKEL, Samples.START.minusDays(1)));
        assertEquals(Optional.empty(), handover.servingContactPoint(Samples.EVING, D2018));
    }

    @Test
    void checkNoConflictForAStorageBackedService() {
        ContactPoint existing = Samples.contactPoint("cp-a", Samples.APLERBECK, ValidityPeriod.ofOpenEnd(Samples.START));
        ContactPoint candidate = Samples.contactPoint("cp-b", Samples.APLERBECK, ValidityPeriod.of(D2018, D2018.plusDays(9)));
        DistrictConflictException e = assertThrows(DistrictConflictException.class,
                () -> Directory.checkNoConflict(candidate, List.of(existing)));
        assertEquals(existing.id(), e.first());
        assertEquals(candidate.id(), e.second());
        assertEquals(ValidityPeriod.of(D2018, D2018.plusDays(9)), e.period());
        Directory.checkNoConflict(existing.withDistricts(List.of()), List.of(existing));
        Directory.checkNoConflict(candidate, List.of(existing.withDistricts(List.of(
                ServedDistrict.of(Samples.APLERBECK, ValidityPeriod.of(Samples.START, D2018.minusDays(1)))))));
        assertThrows(NullPointerException.class, () -> Directory.checkNoConflict(null, List.of()));
    }

    @Test
    void withContactPointReplacesByIdAndChecksConflicts() {
        ContactPoint a = Samples.contactPoint("cp-a", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        Directory directory = new Directory(network(), List.of(a), List.of());
        Directory moved = directory.withContactPoint(a.withDistricts(List.of(
                ServedDistrict.of(Samples.APLERBECK, ValidityPeriod.ofOpenEnd(Samples.START)))));
        assertEquals(1, moved.contactPoints().size());
        assertEquals(Optional.empty(), moved.servingContactPoint(Samples.BRACKEL, D2018));
        assertThrows(DistrictConflictException.class, () -> directory.withContactPoint(
                Samples.contactPoint("cp-b", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(D2018))));
    }

    @Test
    void directoryRules() {
        ContactPoint a = Samples.contactPoint("cp-a", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        assertRejected(() -> new Directory(network(), List.of(a, a), List.of()), "contactPointIdsUnique");
        ContactPoint lost = new ContactPoint(a.id(), a.name(), a.address(), a.channels(), a.districts(), a.partners(),
                a.team(), a.languages(), a.openingHours(), a.statusHistory(), PhaseId.of("nowhere"));
        assertRejected(() -> new Directory(network(), List.of(lost), List.of()), "contactPointPhasesKnown");
        ContactPoint outside = Samples.contactPoint("cp-x", District.of("Hamm"), ValidityPeriod.ofOpenEnd(Samples.START));
        assertRejected(() -> new Directory(network(), List.of(outside), List.of()), "servedDistrictsInNetwork");
        ContactPoint newYork = a.withOpeningHours(a.openingHours().withZone(ZoneId.of("America/New_York")));
        assertRejected(() -> new Directory(network(), List.of(newYork), List.of()), "openingHoursInNetworkZone");
        Offer o = offer("o", Category.SPORT, Set.of(Samples.BRACKEL), Set.of(Language.GERMAN));
        assertRejected(() -> new Directory(network(), List.of(), List.of(o, o)), "offerIdsUnique");
        assertRejected(() -> new Directory(network(), List.of(),
                List.of(offer("o", Category.SPORT, Set.of(District.of("Hamm")), Set.of(Language.GERMAN)))),
                "offerDistrictsInNetwork");
        assertRejected(() -> new Directory(network(), java.util.Arrays.asList(a, null), List.of()),
                "contactPoints[1].<list element>");
    }

    @Test
    void queriesKeepDirectoryOrder() {
        ContactPoint a = Samples.contactPoint("cp-a", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        ContactPoint b = Samples.contactPoint("cp-b", Samples.APLERBECK, ValidityPeriod.ofOpenEnd(Samples.START))
                .withLanguages(Set.of(Language.FARSI, Language.ARABIC));
        Offer sportArabic = offer("sport-ar", Category.SPORT, Set.of(Samples.BRACKEL), Set.of(Language.ARABIC));
        Offer sportGerman = offer("sport-de", Category.SPORT, Set.of(Samples.BRACKEL), Set.of(Language.GERMAN));
        Offer sportElsewhere = offer("sport-apl", Category.SPORT, Set.of(Samples.APLERBECK), Set.of(Language.ARABIC));
        Offer culture = offer("culture", Category.CULTURE, Set.of(Samples.BRACKEL), Set.of(Language.ARABIC));
        Offer sportBoth = offer("sport-both", Category.SPORT, Set.of(Samples.APLERBECK, Samples.BRACKEL),
                Set.of(Language.GERMAN, Language.ARABIC));
        Directory directory = new Directory(network(), List.of(b, a),
                List.of(sportBoth, sportArabic, sportGerman, sportElsewhere, culture));
        assertEquals(List.of(b, a), directory.offering(Language.ARABIC));
        assertEquals(List.of(b), directory.offering(Language.FARSI));
        assertEquals(List.of(a), directory.offering(Language.ENGLISH));
        assertEquals(List.of(), directory.offering(Language.GERMAN));
        assertEquals(List.of(sportBoth, sportArabic), directory.offers(Category.SPORT, Samples.BRACKEL, Language.ARABIC));
        assertEquals(List.of(culture), directory.offers(Category.CULTURE, Samples.BRACKEL, Language.ARABIC));
        assertEquals(List.of(), directory.offers(Category.HEALTH, Samples.BRACKEL, Language.ARABIC));
        assertEquals(Optional.of(b), directory.contactPoint(b.id()));
        assertEquals(Optional.of(culture), directory.offer(culture.id()));
        assertEquals("Directory[network=n, contactPoints=2, offers=5]", directory.toString());
    }

    @Test
    void growthByYear() {
        ContactPoint a = Samples.contactPoint("cp-a", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        ContactPoint b = Samples.contactPoint("cp-b", Samples.APLERBECK, ValidityPeriod.ofOpenEnd(Samples.START));
        List<PhaseSummary> growth = new Directory(network(), List.of(a, b), List.of()).growth();
        assertEquals(2, growth.size());
        assertEquals(Samples.PILOT, growth.get(0).phase().id(), "2016 before 2018, whatever the network's order");
        assertEquals(List.of(a.id(), b.id()), growth.get(0).sites());
        assertEquals(Set.of(Samples.BRACKEL, Samples.APLERBECK), growth.get(0).districts());
        assertEquals(PhaseStatus.STARTED, growth.get(0).status());
        assertEquals(List.of(), growth.get(1).sites());
        assertEquals(Set.of(Samples.EVING), growth.get(1).districts(), "a phase without sites still names its districts");
        assertEquals(PhaseStatus.PLANNED, growth.get(1).status());
    }

    @Test
    void offerCapacityAndPrivacy() {
        Offer o = new Offer(OfferId.of("o"), "Kurs", Organisation.of(OrganisationId.of("org"), "Träger",
                OrganisationType.COURSE_PROVIDER), Category.LANGUAGE_COURSE, Set.of(Language.GERMAN), Set.of(Samples.BRACKEL),
                "Nur für Frau Geheim", Capacity.of(CapacityStatus.WAITLIST, "Frau Geheim wartet"),
                ReferralChannel.of("Herr Geheim", Channels.email("geheim@example.org")));
        Offer full = o.withCapacity(Capacity.of(CapacityStatus.NO_CAPACITY));
        assertEquals(CapacityStatus.NO_CAPACITY, full.capacity().status());
        assertEquals(CapacityStatus.WAITLIST, o.capacity().status());
        assertTrue(!o.toString().contains("Geheim") && !o.toString().contains("geheim"), o.toString());
        assertTrue(!o.howToRefer().toString().contains("Geheim") && !o.howToRefer().toString().contains("geheim"));
        assertTrue(!o.capacity().toString().contains("Geheim"));
        assertRejected(() -> new ReferralChannel(null, null), "reachable");
        assertRejected(() -> ReferralChannel.of(" ", null), "contactPerson");
        assertRejected(() -> Capacity.of(CapacityStatus.WAITLIST, " "), "note");
        assertRejected(() -> o.withCapacity(null), "capacity");
    }
}
