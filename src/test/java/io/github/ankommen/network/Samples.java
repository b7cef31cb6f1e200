package io.github.ankommen.network;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Small valid building blocks for the network tests. */
final class Samples {

    static final District BRACKEL = District.of("Brackel");
    static final District APLERBECK = District.of("Aplerbeck");
    static final District EVING = District.of("Eving");
    static final PhaseId PILOT = PhaseId.of("pilot");
    static final LocalDate START = LocalDate.of(2016, 4, 1);

    private Samples() {
    }

    static Address address() {
        return Address.of("Beispielstraße 1", "44309", "Dortmund");
    }

    static Channels channels() {
        return Channels.of("0231 123456", "brackel@example.org", URI.create("https://example.org/brackel"));
    }

    static Team team() {
        return Team.of(TeamMember.staff(TeamMemberId.of("s-1"), "Anna Beispiel", Language.GERMAN, Language.ARABIC),
                TeamMember.volunteer(TeamMemberId.of("v-1"), "Lena Beispiel", Language.FARSI));
    }

    static List<Partner> partners() {
        return List.of(Partner.of(OrganisationId.of("city"), "Stadt", PartnerRole.OPERATOR, PartnershipStatus.CONFIRMED));
    }

    /** Mondays and Wednesdays 09:00-12:00 walk-in, Thursdays 14:00-16:00 by appointment; Europe/Berlin. */
    static OpeningHours hours() {
        return OpeningHours.of(List.of(
                WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                WeeklySlot.open(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                WeeklySlot.byAppointment(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))), List.of());
    }

    static List<StatusChange> openSince(LocalDate date) {
        return List.of(StatusChange.of(ContactPointStatus.OPEN, date, "Eröffnung"));
    }

    static ContactPoint contactPoint(String id, List<ServedDistrict> districts) {
        return new ContactPoint(ContactPointId.of(id), "Lokal willkommen " + id, address(), channels(), districts,
                partners(), team(), Set.of(Language.ARABIC, Language.ENGLISH), hours(), openSince(START), PILOT);
    }

    static ContactPoint contactPoint(String id, District district, ValidityPeriod validity) {
        return contactPoint(id, List.of(ServedDistrict.of(district, validity)));
    }
}
