package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.Role;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, point 5: the change log through {@link AuditService}, on both stores: who, when, what
 * and why for each change, read by record and by actor, by coordinators only, a page at a time, and
 * the reasons gone with an erasure.
 */
class ChangeLogTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor BRACKEL = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vol-1"), TeamMemberId.of("brackel-volunteer"),
            Dortmund.BRACKEL);
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final Actor ANALYST = Actor.analyst(ActorId.of("analyst-1"));
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final CaseId CASE = CaseId.of("case-1");
    private static final Instant START = Instant.parse("2018-06-04T08:00:00Z");
    private static final String WHY = "Umzug zur Schwester nach Aplerbeck";

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    private static Ankommen brackel(Supplier<Store> store, TestClock clock) {
        Ankommen ankommen = Ankommen.builder().store(store.get()).clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        clock.advance(java.time.Duration.ofMinutes(1));
        ankommen.cases().register(BRACKEL, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        ankommen.cases().open(BRACKEL, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"),
                null, Set.of(Category.WORK)));
        ankommen.cases().apply(BRACKEL, CASE, CaseCommand.fire(CaseWorkflows.ASSESS, WHY));
        return ankommen;
    }

    private static List<ChangeRecord> all(Ankommen ankommen, Actor actor, RecordKind<ClientId, ?> kind, ClientId id) {
        return ankommen.audit().changesOf(actor, kind, id, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_aRecordsChangesNameWhoWhenWhatAndWhyVersionByVersion(String name, Supplier<Store> store) {
        TestClock clock = TestClock.at(START, Dortmund.network().zone());
        Ankommen ankommen = brackel(store, clock);

        List<ChangeRecord> ofCase = ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE,
                PageRequest.first(10)).items();
        assertEquals(List.of(ChangeRecordId.of("case", "case-1", 1), ChangeRecordId.of("case", "case-1", 2)),
                ofCase.stream().map(ChangeRecord::id).toList());
        assertEquals(List.of("open", "assess"), ofCase.stream().map(ChangeRecord::action).toList());
        assertEquals(BRACKEL.id(), ofCase.get(1).actor());
        assertEquals(Role.CASEWORKER, ofCase.get(1).role());
        assertEquals(clock.instant(), ofCase.get(1).at());
        assertEquals(WHY, ofCase.get(1).reason());
        assertFalse(ofCase.get(1).toString().contains("Umzug"), "the reason is personal data: " + ofCase.get(1));

        // Network data too: a contact point's status, with its reason, and an offer's capacity.
        ankommen.network().changeStatus(COORDINATOR, Dortmund.NETWORK, Dortmund.BRACKEL,
                ContactPointStatus.TEMPORARILY_CLOSED, "Wasserschaden");
        ankommen.network().changeCapacity(COORDINATOR, Dortmund.FOOTBALL, Capacity.of(CapacityStatus.WAITLIST));
        List<ChangeRecord> ofSite = ankommen.audit().changesOf(COORDINATOR, RecordKind.CONTACT_POINT,
                Dortmund.BRACKEL, PageRequest.first(10)).items();
        assertEquals(List.of("load_directory", "change_status"), ofSite.stream().map(ChangeRecord::action).toList());
        assertEquals("Wasserschaden", ofSite.get(1).reason());
        assertEquals(ankommen.network().contactPoint(COORDINATOR, Dortmund.BRACKEL).orElseThrow().version(),
                ofSite.get(1).id().version());
        assertEquals(List.of("load_directory", "change_capacity"), ankommen.audit().changesOf(COORDINATOR,
                RecordKind.OFFER, Dortmund.FOOTBALL, PageRequest.first(10)).items().stream()
                .map(ChangeRecord::action).toList());

        // By actor: the caseworker's three commands wrote the client once and the case twice.
        List<ChangeRecord> byCaseworker = ankommen.audit().changesBy(COORDINATOR, BRACKEL.id(), PageRequest.first(10))
                .items();
        assertEquals(List.of("case/case-1/0000000001", "case/case-1/0000000002", "client/client-1/0000000001"),
                byCaseworker.stream().map(c -> c.id().textKey()).toList());
        // A record that never existed has no changes, like one without any.
        assertEquals(List.of(), ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CaseId.of("nowhere"),
                PageRequest.first(10)).items());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_aRefusedOrFailedCommandLeavesNoChangeRecord(String name, Supplier<Store> store) {
        TestClock clock = TestClock.at(START, Dortmund.network().zone());
        Ankommen ankommen = brackel(store, clock);
        int before = ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE, PageRequest.first(10)).items().size();

        assertThrows(ConflictException.class, () -> ankommen.cases().apply(BRACKEL, CASE, CaseCommand.fire(
                CaseWorkflows.PLAN), 1));
        assertThrows(AccessDeniedException.class, () -> ankommen.cases().apply(JOBCENTER, CASE, CaseCommand.fire(
                CaseWorkflows.PLAN)));
        assertThrows(ConflictException.class, () -> ankommen.cases().register(BRACKEL, Dortmund.BRACKEL,
                Client.of(CLIENT, "P-2")));

        assertEquals(before, ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE, PageRequest.first(10))
                .items().size());
        assertEquals(1, all(ankommen, COORDINATOR, RecordKind.CLIENT, CLIENT).size());
        assertEquals(List.of(), ankommen.audit().changesBy(COORDINATOR, JOBCENTER.id(), PageRequest.first(10)).items());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_onlyCoordinatorsReadTheLogAndEveryOtherRoleIsDeniedBothWays(String name, Supplier<Store> store) {
        Ankommen ankommen = brackel(store, TestClock.at(START, Dortmund.network().zone()));
        for (Actor actor : List.of(BRACKEL, VOLUNTEER, JOBCENTER, ANALYST)) {
            // Their own records' changes and their own changes alike.
            AccessDeniedException ofRecord = assertThrows(AccessDeniedException.class,
                    () -> ankommen.audit().changesOf(actor, RecordKind.CLIENT, CLIENT, PageRequest.first(10)));
            AccessDeniedException byActor = assertThrows(AccessDeniedException.class,
                    () -> ankommen.audit().changesBy(actor, actor.id(), PageRequest.first(10)));
            assertEquals(ofRecord.rule(), byActor.rule());
            assertFalse(ofRecord.getMessage().contains("P-1"));
        }
        assertEquals(1, all(ankommen, COORDINATOR, RecordKind.CLIENT, CLIENT).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_theLogIsReadAPageAtATimeWithCursorsSealedToTheQuestion(String name, Supplier<Store> store) {
        TestClock clock = TestClock.at(START, Dortmund.network().zone());
        Ankommen ankommen = brackel(store, clock);
        for (String transition : List.of(CaseWorkflows.PLAN)) {
            ankommen.cases().apply(BRACKEL, CASE, CaseCommand.fire(transition));
        }
        ankommen.cases().apply(BRACKEL, CASE, CaseCommand.hold("Krankenhausaufenthalt"));
        ankommen.cases().apply(BRACKEL, CASE, CaseCommand.fire(CaseWorkflows.RESUME));
        long version = ankommen.cases().find(COORDINATOR, CASE).orElseThrow().version();

        List<Long> versions = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        Cursor first = null;
        while (page != null) {
            Page<ChangeRecord> found = ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE, page);
            found.items().forEach(c -> versions.add(c.id().version()));
            first = first == null ? found.nextCursor() : first;
            page = found.next(2).orElse(null);
        }
        assertEquals(LongStream.rangeClosed(1, version).boxed().toList(), versions);
        assertNotNull(first);

        Cursor cursor = first;
        assertThrows(IllegalArgumentException.class, () -> ankommen.audit().changesBy(COORDINATOR, BRACKEL.id(),
                PageRequest.after(cursor, 2)), "a cursor of another question");
        assertThrows(IllegalArgumentException.class, () -> ankommen.audit().changesOf(
                Actor.coordinator(ActorId.of("another-coordinator")), RecordKind.CASE, CASE, PageRequest.after(cursor, 2)),
                "a cursor of another actor");
        assertThrows(IllegalArgumentException.class, () -> ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE,
                CASE, PageRequest.after(Cursor.of("case/case-1/0000000002"), 2)), "a forged cursor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void p5_anErasureRemovesTheReasonsOfTheClientsRecordsAndIsLoggedItself(String name, Supplier<Store> store) {
        TestClock clock = TestClock.at(START, Dortmund.network().zone());
        Ankommen ankommen = brackel(store, clock);
        ankommen.cases().apply(BRACKEL, CASE, CaseCommand.hold(WHY));
        assertTrue(ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE, PageRequest.first(10)).items()
                .stream().anyMatch(c -> c.reason() != null));

        ankommen.retention().erase(COORDINATOR, CLIENT);

        List<ChangeRecord> ofCase = ankommen.audit().changesOf(COORDINATOR, RecordKind.CASE, CASE,
                PageRequest.first(10)).items();
        ofCase.forEach(c -> assertNull(c.reason(), c.toString()));
        assertEquals(List.of("open", "assess", "hold", "erase_client"),
                ofCase.stream().map(ChangeRecord::action).toList());
        ChangeRecord erasure = all(ankommen, COORDINATOR, RecordKind.CLIENT, CLIENT).get(1);
        assertEquals("erase_client", erasure.action());
        assertEquals(COORDINATOR.id(), erasure.actor());
        // The entries stay: who changed what and when is not the client's free text.
        assertEquals(BRACKEL.id(), ofCase.get(1).actor());
    }
}
