package io.github.ankommen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.NetworkService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkServiceTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));

    private Store store;
    private NetworkService network;

    @BeforeEach
    void setUp() {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T10:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().clock(clock).build();
        store = ankommen.store();
        network = ankommen.network();
        network.load(COORDINATOR, Dortmund.directory());
    }

    @Test
    void answersTheDirectoryQuestionsFromTheStore() {
        Directory expected = Dortmund.directory();
        for (District district : Dortmund.Districts.all()) {
            for (LocalDate day : List.of(LocalDate.of(2016, 1, 1), Dortmund.REFERENCE_DATE, LocalDate.of(2019, 1, 1))) {
                assertEquals(expected.servingContactPoint(district, day), network.servingContactPoint(COORDINATOR, district, day),
                        district + " on " + day);
            }
        }
        assertEquals(expected.offering(Language.FARSI).stream().map(ContactPoint::id).sorted(
                java.util.Comparator.comparing(ContactPointId::value)).toList(),
                network.offering(COORDINATOR, Language.FARSI, PageRequest.first(100)).items().stream().map(v -> v.value().id()).toList());
        for (Category category : Category.values()) {
            assertEquals(expected.offers(category, Dortmund.Districts.BRACKEL, Language.ARABIC).stream().map(Offer::id).sorted(
                    java.util.Comparator.comparing(OfferId::value)).toList(),
                    network.offers(COORDINATOR, category, Dortmund.Districts.BRACKEL, Language.ARABIC, PageRequest.first(100)).items()
                            .stream().map(v -> v.value().id()).toList());
        }
        // The store lists a phase's sites by id.
        Directory byId = new Directory(expected.network(), expected.contactPoints().stream()
                .sorted(java.util.Comparator.comparing(cp -> cp.id().value())).toList(), expected.offers());
        assertEquals(byId.growth(), network.growth(COORDINATOR, Dortmund.NETWORK));
        Directory stored = network.directory(COORDINATOR, Dortmund.NETWORK);
        assertEquals(expected.network(), stored.network());
        assertEquals(new java.util.HashSet<>(expected.contactPoints()), new java.util.HashSet<>(stored.contactPoints()));
        assertEquals(new java.util.HashSet<>(expected.offers()), new java.util.HashSet<>(stored.offers()));
    }

    @Test
    void aSecondSiteForTheSameDistrictAndPeriodIsRefusedNamingBoth() {
        ContactPoint brackel = network.contactPoint(COORDINATOR, Dortmund.BRACKEL).orElseThrow().value();
        ContactPoint rival = new ContactPoint(ContactPointId.of("cp-rival"), "Zweite Anlaufstelle", brackel.address(),
                brackel.channels(), brackel.districts(), brackel.partners(), brackel.team(), brackel.languages(),
                brackel.openingHours(), brackel.statusHistory(), brackel.phase());
        long networkVersion = store.get(RecordKind.NETWORK, Dortmund.NETWORK).version();
        DistrictConflictException conflict = assertThrows(DistrictConflictException.class,
                () -> network.add(COORDINATOR, Dortmund.NETWORK, rival));
        assertEquals(Dortmund.BRACKEL, conflict.first());
        assertEquals(ContactPointId.of("cp-rival"), conflict.second());
        assertTrue(conflict.getMessage().contains("cp-brackel") && conflict.getMessage().contains("cp-rival"),
                conflict.getMessage());
        assertTrue(network.contactPoint(COORDINATOR, ContactPointId.of("cp-rival")).isEmpty());
        assertEquals(networkVersion, store.get(RecordKind.NETWORK, Dortmund.NETWORK).version());
    }

    @Test
    void aSiteOfAnUnknownPhaseIsRefused() {
        ContactPoint brackel = network.contactPoint(COORDINATOR, Dortmund.BRACKEL).orElseThrow().value();
        ContactPoint stray = new ContactPoint(ContactPointId.of("cp-stray"), "Irgendwo", brackel.address(),
                brackel.channels(), List.of(), brackel.partners(), brackel.team(), brackel.languages(),
                brackel.openingHours(), brackel.statusHistory(), PhaseId.of("phase-unknown"));
        assertThrows(ConstraintViolationException.class, () -> network.add(COORDINATOR, Dortmund.NETWORK, stray));
        assertTrue(network.contactPoint(COORDINATOR, ContactPointId.of("cp-stray")).isEmpty());
    }

    @Test
    void statusChangesAreDatedByTheClockAndFollowTheLifecycle() {
        Versioned<ContactPoint> preparing = network.changeStatus(COORDINATOR, Dortmund.NETWORK, Dortmund.EVING_SCHARNHORST,
                ContactPointStatus.PREPARING, "Beschluss der Bezirksvertretung");
        assertEquals(2, preparing.version());
        assertEquals(ContactPointStatus.PREPARING, preparing.value().status());
        assertEquals(Dortmund.REFERENCE_DATE, preparing.value().statusHistory().get(preparing.value().statusHistory().size() - 1).date());
        assertThrows(IllegalStatusChangeException.class, () -> network.changeStatus(COORDINATOR, Dortmund.NETWORK,
                Dortmund.EVING_SCHARNHORST, ContactPointStatus.TEMPORARILY_CLOSED, "nicht erlaubt"));
        assertEquals(preparing, network.contactPoint(COORDINATOR, Dortmund.EVING_SCHARNHORST).orElseThrow());
    }

    @Test
    void updatingWithAStaleVersionIsAConflict() {
        Versioned<ContactPoint> brackel = network.contactPoint(COORDINATOR, Dortmund.BRACKEL).orElseThrow();
        network.update(COORDINATOR, Dortmund.NETWORK, brackel.value().withLanguages(java.util.Set.of(Language.ARABIC)), 1);
        assertThrows(ConflictException.class, () -> network.update(COORDINATOR, Dortmund.NETWORK, brackel.value(), 1));
        assertEquals(List.of(Dortmund.BRACKEL), network.offering(COORDINATOR, Language.ARABIC, PageRequest.first(100)).items().stream()
                .map(v -> v.value().id()).filter(Dortmund.BRACKEL::equals).toList());
    }

    @Test
    void onlyCoordinatorsManageTheNetworkAndAnalystsDoNotReadIt() {
        Actor caseworker = Actor.caseworker(ActorId.of("cw"), Dortmund.BRACKEL);
        io.github.ankommen.access.AccessDeniedException denied = assertThrows(
                io.github.ankommen.access.AccessDeniedException.class, () -> network.changeCapacity(caseworker,
                        Dortmund.INTEGRATION_COURSE, Capacity.of(CapacityStatus.NO_CAPACITY)));
        assertEquals("coordinator.only", denied.rule());
        assertEquals(1, network.offer(caseworker, Dortmund.INTEGRATION_COURSE).orElseThrow().version());
        assertThrows(io.github.ankommen.access.AccessDeniedException.class,
                () -> network.growth(Actor.analyst(ActorId.of("analyst")), Dortmund.NETWORK));
    }

    @Test
    void capacityChangesAreStored() {
        Versioned<Offer> changed = network.changeCapacity(COORDINATOR, Dortmund.INTEGRATION_COURSE,
                Capacity.of(CapacityStatus.NO_CAPACITY, "Kurs voll"));
        assertEquals(CapacityStatus.NO_CAPACITY, network.offer(COORDINATOR, Dortmund.INTEGRATION_COURSE).orElseThrow().value()
                .capacity().status());
        assertEquals(2, changed.version());
        assertEquals(1, store.count(ContactPointQuery.serving(Dortmund.Districts.BRACKEL)));
    }
}
