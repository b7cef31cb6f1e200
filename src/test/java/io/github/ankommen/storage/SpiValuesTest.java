package io.github.ankommen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ankommen.casework.AuditEntryId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.Ids;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Offer;
import io.github.ankommen.referral.ReferralClosedId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.testing.Samples;
import io.github.ankommen.workflow.State;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SPI's values refuse what the contract forbids, each with a violation on the right path. */
class SpiValuesTest {

    private final Samples samples = Samples.seeded(7);

    @Test
    void aUnitNeedsWritesAndWritesEachRecordOnce() {
        assertEquals(Set.of("writes"), paths(() -> new UnitOfWork(List.of())));
        assertEquals(Set.of("writes[0].<list element>"), paths(() -> new UnitOfWork(Arrays.asList((Write<?, ?>) null))));
        Offer offer = samples.next(RecordKind.OFFER);
        assertEquals(Set.of("eachRecordWrittenOnce"), paths(() -> UnitOfWork.builder()
                .insert(RecordKind.OFFER, offer).update(RecordKind.OFFER, offer, 1).build()));
        // Large units take another path through the check.
        List<Write<?, ?>> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Write<>(RecordKind.OFFER, samples.next(RecordKind.OFFER), 0));
        }
        new UnitOfWork(many);
        many.add(new Write<>(RecordKind.OFFER, offer, 0));
        many.add(new Write<>(RecordKind.OFFER, samples.changed(RecordKind.OFFER, offer), 3));
        assertEquals(Set.of("eachRecordWrittenOnce"), paths(() -> new UnitOfWork(many)));
    }

    @Test
    void aBuiltUnitKeepsItsWritesWhileTheBuilderGoesOn() {
        // Units built at every size around the builder's growth steps, then more writes after them.
        List<Write<?, ?>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(new Write<>(RecordKind.OFFER, samples.next(RecordKind.OFFER), 0));
        }
        qt().forAll(integers().between(1, 10), integers().between(0, 10)).checkAssert((first, more) -> {
            UnitOfWork.Builder builder = UnitOfWork.builder();
            List<Write<?, ?>> view = builder.writes();
            for (Write<?, ?> write : all.subList(0, first)) {
                builder.insert(RecordKind.OFFER, (Offer) write.record());
            }
            UnitOfWork unit = builder.build();
            for (Write<?, ?> write : all.subList(first, first + more)) {
                builder.insert(RecordKind.OFFER, (Offer) write.record());
            }
            assertEquals(all.subList(0, first), unit.writes());
            assertEquals(all.subList(0, first + more), view);
            assertEquals(all.subList(0, first + more), builder.build().writes());
            assertEquals(all.subList(0, first), unit.writes());
            assertThrows(UnsupportedOperationException.class, () -> view.add(all.get(0)));
            assertThrows(IndexOutOfBoundsException.class, () -> view.get(first + more));
        });
        assertEquals(List.of(all.get(0)), UnitOfWork.of(all.get(0)).writes());
    }

    @Test
    void versionsAndPageSizesHaveBounds() {
        assertEquals(Set.of("expectedVersion"), paths(() -> new Write<>(RecordKind.OFFER, samples.next(RecordKind.OFFER), -1)));
        assertThrows(IllegalArgumentException.class, () -> UnitOfWork.builder().update(RecordKind.OFFER,
                samples.next(RecordKind.OFFER), 0));
        assertEquals(Set.of("version"), paths(() -> Versioned.of("x", 0)));
        assertEquals(Set.of("value"), paths(() -> Versioned.of(null, 1)));
        assertEquals(Set.of("size"), paths(() -> PageRequest.first(0)));
        assertEquals(Set.of("size"), paths(() -> PageRequest.first(PageRequest.MAX_SIZE + 1)));
        assertEquals(PageRequest.MAX_SIZE, PageRequest.first(PageRequest.MAX_SIZE).size());
        assertEquals(Set.of("items[1].<list element>"), paths(() -> Page.of(Arrays.asList("a", null), null)));
    }

    @Test
    void cursorsAreReadBackOnlyForTheirKind() {
        assertEquals(Set.of("token"), paths(() -> Cursor.of(" ")));
        assertEquals(Set.of("token"), paths(() -> Cursor.of("x".repeat(1001))));
        assertEquals("cp-1", Cursor.of("cp-1").key(RecordKind.CONTACT_POINT));
        assertThrows(IllegalArgumentException.class, () -> Cursor.of("not an id!").key(RecordKind.CONTACT_POINT));
        assertThrows(IllegalArgumentException.class, () -> Cursor.of("case-1").key(RecordKind.AUDIT_ENTRY));
    }

    @Test
    void queriesRefuseFiltersThatDoNotFitTogether() {
        assertEquals(Set.of("dateWithDistrict"), paths(() -> new ContactPointQuery(null, LocalDate.of(2018, 1, 1), null,
                null, null)));
        assertEquals(Set.of("ordered"), paths(() -> new ConsultationQuery(null, LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 1, 1))));
        new ContactPointQuery(District.of("Brackel"), null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> new OwnedQuery<>(RecordKind.OFFER, "x"));
    }

    @Test
    void compositeKeysRoundTripAndSortByVersion() {
        AuditEntryId nine = AuditEntryId.of(CaseId.of("case-1"), 9);
        AuditEntryId ten = AuditEntryId.of(CaseId.of("case-1"), 10);
        assertEquals("case-1/0000000009", nine.key());
        assertEquals(nine, AuditEntryId.parse(nine.key()));
        assertEquals(-1, Integer.signum(nine.key().compareTo(ten.key())));
        assertThrows(IllegalArgumentException.class, () -> AuditEntryId.parse("case-1/12"));
        ReferralClosedId closed = new ReferralClosedId(ReferralId.of("ref-1"), ReferralStatus.ENTERED_IN_ERROR);
        assertEquals(closed, ReferralClosedId.parse(closed.key()));
        assertThrows(IllegalArgumentException.class, () -> ReferralClosedId.parse("ref-1/nothing"));
    }

    @Test
    void theHandWrittenChecksAgreeWithThePatterns() {
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 70))
                .checkAssert(s -> {
                    assertEquals(s.matches(Ids.PATTERN), Ids.isValid(s), s);
                    assertEquals(s.matches(State.NAME_PATTERN), State.isName(s), s);
                });
        qt().withExamples(3000).forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 70))
                .checkAssert(s -> {
                    assertEquals(s.matches(Ids.PATTERN), Ids.isValid(s), s);
                    assertEquals(s.matches(State.NAME_PATTERN), State.isName(s), s);
                });
    }

    private static Set<String> paths(Runnable construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
