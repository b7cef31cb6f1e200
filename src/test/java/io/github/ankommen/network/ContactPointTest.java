package io.github.ankommen.network;

import static io.github.ankommen.network.Violations.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactPointTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static Instant at(LocalDate date, int hour) {
        return ZonedDateTime.of(date, LocalTime.of(hour, 0), OpeningHours.DEFAULT_ZONE).toInstant();
    }

    private static ContactPoint withHistory(List<StatusChange> history) {
        ContactPoint base = Samples.contactPoint("cp-1", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        return new ContactPoint(base.id(), base.name(), base.address(), base.channels(), base.districts(),
                base.partners(), base.team(), base.languages(), base.openingHours(), history, base.phase());
    }

    private static StatusChange change(ContactPointStatus status, LocalDate date) {
        return StatusChange.of(status, date, "Grund");
    }

    @Test
    void lifecycle() {
        assertEquals(EnumSet.of(ContactPointStatus.PREPARING, ContactPointStatus.CLOSED),
                ContactPointStatus.PLANNED.successors());
        assertEquals(EnumSet.of(ContactPointStatus.OPEN, ContactPointStatus.CLOSED),
                ContactPointStatus.PREPARING.successors());
        assertEquals(EnumSet.of(ContactPointStatus.TEMPORARILY_CLOSED, ContactPointStatus.CLOSED),
                ContactPointStatus.OPEN.successors());
        assertEquals(EnumSet.of(ContactPointStatus.OPEN, ContactPointStatus.CLOSED),
                ContactPointStatus.TEMPORARILY_CLOSED.successors());
        assertTrue(ContactPointStatus.CLOSED.successors().isEmpty());
        for (ContactPointStatus s : ContactPointStatus.values()) {
            assertFalse(s.canChangeTo(s), s + " may not follow itself");
        }
    }

    @Test
    void withStatusWalksTheLifecycle() {
        ContactPoint planned = withHistory(List.of(change(ContactPointStatus.PLANNED, LocalDate.of(2018, 6, 4))));
        ContactPoint open = planned
                .withStatus(ContactPointStatus.PREPARING, LocalDate.of(2018, 7, 1), "Vorbereitung beginnt")
                .withStatus(ContactPointStatus.OPEN, LocalDate.of(2018, 10, 1), "Eröffnung")
                .withStatus(ContactPointStatus.TEMPORARILY_CLOSED, LocalDate.of(2019, 1, 7), "Wasserschaden")
                .withStatus(ContactPointStatus.OPEN, LocalDate.of(2019, 2, 1), "Wieder geöffnet");
        assertEquals(ContactPointStatus.OPEN, open.status());
        assertEquals(5, open.statusHistory().size());
        assertEquals(ContactPointStatus.PLANNED, planned.status(), "the original is unchanged");
        assertEquals(Optional.of(ContactPointStatus.TEMPORARILY_CLOSED), open.statusOn(LocalDate.of(2019, 1, 31)));
        assertEquals(Optional.of(ContactPointStatus.PREPARING), open.statusOn(LocalDate.of(2018, 9, 30)));
        assertEquals(Optional.empty(), open.statusOn(LocalDate.of(2018, 6, 3)));
        assertEquals(ContactPointStatus.CLOSED, planned.withStatus(ContactPointStatus.CLOSED, LocalDate.of(2018, 9, 1),
                "Gremien lehnen ab").status(), "a planned site may be cancelled");
    }

    @Test
    void illegalStepIsRefusedWithItsData() {
        ContactPoint planned = withHistory(List.of(change(ContactPointStatus.PLANNED, LocalDate.of(2018, 6, 4))));
        IllegalStatusChangeException e = assertThrows(IllegalStatusChangeException.class,
                () -> planned.withStatus(ContactPointStatus.OPEN, LocalDate.of(2018, 7, 1), "zu früh"));
        assertEquals(planned.id(), e.contactPointId());
        assertEquals(ContactPointStatus.PLANNED, e.from());
        assertEquals(ContactPointStatus.OPEN, e.to());
        assertTrue(e.getMessage().contains("cp-1"), e.getMessage());
        assertTrue(e.getMessage().contains("PLANNED") && e.getMessage().contains("OPEN"), e.getMessage());
        assertFalse(e.getMessage().contains("zu früh"), "the reason is free text and stays out of the message");
        ContactPoint closed = planned.withStatus(ContactPointStatus.CLOSED, LocalDate.of(2018, 7, 1), "abgesagt");
        assertThrows(IllegalStatusChangeException.class,
                () -> closed.withStatus(ContactPointStatus.PLANNED, LocalDate.of(2018, 8, 1), "neu"));
    }

    @Test
    void withStatusRejectsBadArgumentsAsViolations() {
        ContactPoint open = withHistory(Samples.openSince(Samples.START));
        assertRejected(() -> open.withStatus(ContactPointStatus.CLOSED, Samples.START.minusDays(1), "Rückdatiert"),
                "statusHistoryChronological");
        assertRejected(() -> open.withStatus(ContactPointStatus.CLOSED, Samples.START, " "), "reason");
        assertRejected(() -> open.withStatus(null, Samples.START, "x"), "status");
    }

    @Test
    void historyIsValidatedOnConstructionToo() {
        assertRejected(() -> withHistory(List.of(change(ContactPointStatus.PLANNED, LocalDate.of(2018, 6, 4)),
                change(ContactPointStatus.OPEN, LocalDate.of(2018, 7, 1)))), "statusHistoryLegal");
        assertRejected(() -> withHistory(List.of(change(ContactPointStatus.PLANNED, LocalDate.of(2018, 6, 4)),
                change(ContactPointStatus.PREPARING, LocalDate.of(2018, 6, 3)))), "statusHistoryChronological");
        assertRejected(() -> withHistory(List.of()), "statusHistory");
        assertEquals(ContactPointStatus.PREPARING, withHistory(List.of(
                change(ContactPointStatus.PLANNED, LocalDate.of(2018, 6, 4)),
                change(ContactPointStatus.PREPARING, LocalDate.of(2018, 6, 4)))).status(), "same day is fine");
        assertEquals(ContactPointStatus.CLOSED, withHistory(List.of(
                change(ContactPointStatus.CLOSED, LocalDate.of(2018, 6, 4)))).status(), "the first entry may be any");
    }

    @Test
    void openOnlyWhileTheStatusIsOpen() {
        ContactPoint site = withHistory(List.of(change(ContactPointStatus.PREPARING, MONDAY.minusDays(30)),
                change(ContactPointStatus.OPEN, MONDAY.plusDays(2)),
                change(ContactPointStatus.TEMPORARILY_CLOSED, MONDAY.plusDays(7)),
                change(ContactPointStatus.OPEN, MONDAY.plusDays(14))));
        assertTrue(site.openingHours().isOpenAt(at(MONDAY, 10)));
        assertFalse(site.isOpenAt(at(MONDAY, 10)), "still preparing");
        assertTrue(site.isOpenAt(at(MONDAY.plusDays(2), 10)), "opened on Wednesday");
        assertFalse(site.isOpenAt(at(MONDAY.plusDays(7), 10)), "temporarily closed");
        assertEquals(Optional.of(at(MONDAY.plusDays(2), 9)), site.nextOpening(at(MONDAY, 8)),
                "the first slot on or after the opening date");
        assertEquals(Optional.of(at(MONDAY.plusDays(14), 9)), site.nextOpening(at(MONDAY.plusDays(2), 12)),
                "the temporary closure is skipped");
        assertTrue(site.isOpenAt(at(MONDAY.plusDays(17), 15), SlotKind.APPOINTMENT_ONLY));
        assertEquals(Optional.of(at(MONDAY.plusDays(17), 14)),
                site.nextOpening(at(MONDAY.plusDays(7), 8), SlotKind.APPOINTMENT_ONLY));
        ContactPoint closed = site.withStatus(ContactPointStatus.CLOSED, MONDAY.plusDays(21), "Projektende");
        assertEquals(Optional.empty(), closed.nextOpening(at(MONDAY.plusDays(21), 8)));
        assertFalse(closed.isOpenAt(at(MONDAY.plusDays(21), 10)));
        ContactPoint planned = withHistory(List.of(change(ContactPointStatus.PLANNED, MONDAY)));
        assertEquals(Optional.empty(), planned.nextOpening(at(MONDAY, 8)), "a planned site never opens by itself");
    }

    @Test
    void servesByValidity() {
        ContactPoint site = Samples.contactPoint("cp-1", List.of(
                ServedDistrict.of(Samples.BRACKEL, ValidityPeriod.of(Samples.START, LocalDate.of(2017, 12, 31))),
                ServedDistrict.of(Samples.BRACKEL, ValidityPeriod.ofOpenEnd(LocalDate.of(2019, 1, 1))),
                ServedDistrict.of(Samples.APLERBECK, ValidityPeriod.ofOpenEnd(Samples.START))));
        assertTrue(site.serves(Samples.BRACKEL, Samples.START));
        assertTrue(site.serves(Samples.BRACKEL, LocalDate.of(2017, 12, 31)));
        assertFalse(site.serves(Samples.BRACKEL, LocalDate.of(2018, 6, 4)), "a gap between the periods");
        assertTrue(site.serves(Samples.BRACKEL, LocalDate.of(2030, 1, 1)));
        assertFalse(site.serves(Samples.BRACKEL, Samples.START.minusDays(1)));
        assertFalse(site.serves(Samples.EVING, Samples.START));
        assertTrue(site.offers(Language.ARABIC));
        assertFalse(site.offers(Language.GERMAN));
    }

    @Test
    void componentRules() {
        assertRejected(() -> Samples.contactPoint("cp-1", List.of(
                ServedDistrict.of(Samples.BRACKEL, ValidityPeriod.of(Samples.START, LocalDate.of(2017, 12, 31))),
                ServedDistrict.of(Samples.BRACKEL, ValidityPeriod.ofOpenEnd(LocalDate.of(2017, 12, 31))))), "districtsDisjoint");
        ContactPoint site = Samples.contactPoint("cp-1", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        assertRejected(() -> site.withPartners(List.of()), "partners");
        Partner city = site.partners().get(0);
        assertRejected(() -> site.withPartners(List.of(city, city.withStatus(PartnershipStatus.IN_DISCUSSION))),
                "partnersDistinct");
        assertEquals(2, site.withPartners(List.of(city, Partner.of(city.organisation(), city.name(), PartnerRole.STAFFING,
                PartnershipStatus.CONFIRMED))).partners().size(), "one organisation may operate and staff a site");
        assertRejected(() -> site.withLanguages(Set.of()), "languages");
        assertRejected(() -> site.withTeam(null), "team");
        assertEquals(List.of(), site.withDistricts(List.of()).districts(), "a site may serve no district yet");
    }

    @Test
    void componentsAreCopiedAndUnmodifiable() {
        List<ServedDistrict> districts = new java.util.ArrayList<>(
                List.of(ServedDistrict.of(Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START))));
        ContactPoint site = Samples.contactPoint("cp-1", districts);
        districts.clear();
        assertEquals(1, site.districts().size());
        assertThrows(UnsupportedOperationException.class, () -> site.districts().clear());
        assertThrows(UnsupportedOperationException.class, () -> site.languages().clear());
        assertThrows(UnsupportedOperationException.class, () -> site.team().members().clear());
    }

    @Test
    void toStringKeepsIdsAndDropsPersonalData() {
        ContactPoint site = Samples.contactPoint("cp-1", Samples.BRACKEL, ValidityPeriod.ofOpenEnd(Samples.START));
        String text = site.toString();
        assertTrue(text.contains("cp-1") && text.contains("OPEN") && text.contains("pilot"), text);
        assertFalse(text.contains("Beispiel"), text);
        String team = site.team().toString();
        assertTrue(team.contains("s-1") && team.contains("v-1"), team);
        assertFalse(team.contains("Anna") || team.contains("Lena"), team);
        assertFalse(site.statusHistory().toString().contains("Eröffnung"));
    }
}
