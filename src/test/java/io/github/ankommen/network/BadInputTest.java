package io.github.ankommen.network;

import static io.github.ankommen.network.Violations.assertRejected;
import static io.github.ankommen.network.Violations.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The issue's list of bad input: each one is a violation on its component, in German and English. */
class BadInputTest {

    @Test
    void blankNames() {
        ConstraintViolationException e = assertRejected(() -> new ContactPoint(ContactPointId.of("cp"), " ",
                Samples.address(), Samples.channels(), List.of(), Samples.partners(), Samples.team(),
                Set.of(Language.ARABIC), Samples.hours(), Samples.openSince(Samples.START), Samples.PILOT), "name");
        assertEquals("must not be blank", message(e, "name", Locale.ENGLISH));
        assertEquals("darf nicht leer sein", message(e, "name", Locale.GERMAN));
        assertRejected(() -> District.of(""), "name");
        assertRejected(() -> Organisation.of(OrganisationId.of("o"), "\t", OrganisationType.CLUB), "name");
        assertRejected(() -> Partner.of(OrganisationId.of("o"), "", PartnerRole.OPERATOR, PartnershipStatus.CONFIRMED),
                "name");
        assertRejected(() -> TeamMember.staff(TeamMemberId.of("m"), "  ", Language.GERMAN), "displayName");
        assertRejected(() -> new Network(NetworkId.of("n"), " ", OpeningHours.DEFAULT_ZONE, Set.of(Samples.BRACKEL),
                List.of()), "name");
    }

    @Test
    void malformedEmail() {
        for (String bad : new String[] {"not-an-address", "a@b", "a b@example.org", "a@@example.org", "@example.org",
                "a@", ""}) {
            ConstraintViolationException e = assertRejected(() -> Channels.email(bad), "email");
            assertEquals("must be a well-formed e-mail address", message(e, "email", Locale.ENGLISH), bad);
            assertEquals("muss eine gültige E-Mail-Adresse sein", message(e, "email", Locale.GERMAN), bad);
        }
        assertEquals("team@lokal-willkommen.example", Channels.email("team@lokal-willkommen.example").email());
    }

    @Test
    void malformedPhone() {
        for (String bad : new String[] {"call me", "0231 12a", "12", "", "+", "0231+123", "++49 231 1"}) {
            ConstraintViolationException e = assertRejected(() -> Channels.phone(bad), "phone");
            assertEquals("must be a phone number: digits, spaces, /, - and parentheses, optionally after a leading +",
                    message(e, "phone", Locale.ENGLISH), bad);
            assertEquals("muss eine Telefonnummer sein: Ziffern, Leerzeichen, /, - und Klammern, wahlweise mit führendem +",
                    message(e, "phone", Locale.GERMAN), bad);
        }
        for (String good : new String[] {"0231 50-12345", "+49 (0)231 / 50 12345", "112"}) {
            assertEquals(good, Channels.phone(good).phone());
        }
    }

    @Test
    void malformedWebAddress() {
        for (String bad : new String[] {"ftp://example.org/", "example.org", "mailto:a@example.org", "https:///path"}) {
            assertRejected(() -> Channels.of(null, null, URI.create(bad)), "web");
        }
    }

    @Test
    void unknownIso639Codes() {
        for (String bad : new String[] {"xx", "qqq", "AR", "Ar", "arab", "a", "", "ar-SY"}) {
            ConstraintViolationException e = assertRejected(() -> Language.of(bad), "code");
            assertEquals("must be a known lowercase ISO 639 language code, such as \"ar\" or \"fa\"",
                    message(e, "code", Locale.ENGLISH), bad);
            assertEquals("muss ein bekannter ISO-639-Sprachcode in Kleinbuchstaben sein, etwa „ar“ oder „fa“",
                    message(e, "code", Locale.GERMAN), bad);
        }
    }

    @Test
    void slotEndingBeforeItStarts() {
        ConstraintViolationException e = assertRejected(
                () -> WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)), "closesAfterOpens");
        assertEquals("the slot must close after it opens, on the same day",
                message(e, "closesAfterOpens", Locale.ENGLISH));
        assertEquals("die Sprechzeit muss am selben Tag nach ihrem Beginn enden",
                message(e, "closesAfterOpens", Locale.GERMAN));
        assertRejected(() -> WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON), "closesAfterOpens");
    }

    @Test
    void overlappingSlots() {
        ConstraintViolationException e = assertRejected(() -> OpeningHours.of(List.of(
                WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                WeeklySlot.byAppointment(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))), List.of()),
                "weeklySlotsDisjoint");
        assertEquals("weekly slots on the same day must not overlap", message(e, "weeklySlotsDisjoint", Locale.ENGLISH));
        assertEquals("Sprechzeiten am selben Wochentag dürfen sich nicht überschneiden",
                message(e, "weeklySlotsDisjoint", Locale.GERMAN));
    }

    @Test
    void validityEndingBeforeItStarts() {
        ConstraintViolationException e = assertRejected(
                () -> ValidityPeriod.of(LocalDate.of(2018, 6, 4), LocalDate.of(2018, 6, 3)), "endNotBeforeStart");
        assertEquals("the period must not end before it starts", message(e, "endNotBeforeStart", Locale.ENGLISH));
        assertEquals("der Zeitraum darf nicht enden, bevor er beginnt", message(e, "endNotBeforeStart", Locale.GERMAN));
    }

    @Test
    void teamWithoutStaff() {
        ConstraintViolationException e = assertRejected(
                () -> Team.of(TeamMember.volunteer(TeamMemberId.of("v-1"), "Lena Beispiel", Language.FARSI)),
                "staffPresent");
        assertEquals("a team needs at least one staff member", message(e, "staffPresent", Locale.ENGLISH));
        assertEquals("ein Team braucht mindestens eine hauptamtliche Person", message(e, "staffPresent", Locale.GERMAN));
        assertRejected(() -> Team.of(), "staffPresent");
    }

    @Test
    void nullsAreViolationsNeverNullPointerExceptions() {
        assertRejected(() -> new ContactPoint(null, null, null, null, null, null, null, null, null, null, null),
                "id", "name", "address", "channels", "districts", "partners", "team", "languages", "openingHours",
                "statusHistory", "phase");
        assertRejected(() -> new Offer(null, null, null, null, null, null, null, null, null),
                "id", "name", "organisation", "category", "languages", "districts", "capacity", "howToRefer");
        assertRejected(() -> new OpeningHours(null, null, null), "zone", "weeklySlots", "closures");
        assertRejected(() -> new WeeklySlot(null, null, null, null), "day", "opens", "closes", "kind");
        assertRejected(() -> new Closure(null, null, null), "period", "kind", "reason");
        assertRejected(() -> new Network(null, null, null, null, null), "id", "name", "zone", "districts", "phases");
        assertRejected(() -> new RolloutPhase(null, null, null, null, null), "id", "name", "year", "districts", "status");
        assertRejected(() -> new Directory(null, null, null), "network", "contactPoints", "offers");
        assertRejected(() -> new Team(null), "members");
        assertRejected(() -> new TeamMember(null, null, null, null), "id", "displayName", "role", "languages");
        assertRejected(() -> new Address(null, null, null), "street", "postalCode", "city");
        assertRejected(() -> new ValidityPeriod(null, null), "start");
        assertRejected(() -> new ServedDistrict(null, null), "district", "validity");
        assertRejected(() -> new StatusChange(null, null, null), "status", "date", "reason");
        assertRejected(() -> new Partner(null, null, null, null), "organisation", "name", "role", "status");
        assertRejected(() -> new Capacity(null, null), "status");
        assertRejected(() -> new Language(null), "code");
        assertRejected(() -> new PhaseSummary(null, null, null, null), "phase", "sites", "districts", "status");
    }

    @Test
    void nullElementsAreViolationsOnTheElement() {
        assertRejected(() -> new Team(java.util.Arrays.asList(
                TeamMember.staff(TeamMemberId.of("s"), "Anna Beispiel", Language.GERMAN), null)),
                "members[1].<list element>");
        assertRejected(() -> OpeningHours.of(java.util.Arrays.asList((WeeklySlot) null), List.of()),
                "weeklySlots[0].<list element>");
    }
}
