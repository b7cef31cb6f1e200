package io.github.ankommen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based tests with QuickTheories. Each property runs with a fixed seed, so every build sees
 * the same examples; set {@code -Dankommen.seed=...} to explore others. A failure reports its seed
 * and the shrunk example.
 */
class NetworkPropertiesTest {

    private static final long SEED = Long.getLong("ankommen.seed", 20_180_604L);
    private static final LocalDate BASE = LocalDate.of(2026, 3, 1);
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL = LocalDate.of(2026, 10, 25);

    private static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }

    private static Set<String> rejectedPaths(Supplier<?> construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::get);
        return Violations.paths(e);
    }

    // ---- ValidityPeriod ------------------------------------------------------------------------------

    /** A period: from BASE+a, until BASE+a+b, or open-ended when b is null. Some are invalid. */
    private static final Gen<int[]> PERIOD_PARTS = integers().between(0, 40)
            .zip(integers().between(-6, 25), booleans().all(), (a, b, open) -> new int[] {a, b, open ? 1 : 0});

    private static ValidityPeriod period(int[] parts) {
        LocalDate from = BASE.plusDays(parts[0]);
        return new ValidityPeriod(from, parts[2] == 1 ? null : from.plusDays(parts[1]));
    }

    @Test
    void periodsConstructExactlyWhenTheyDoNotEndBeforeTheyStart() {
        qt(400).forAll(PERIOD_PARTS).checkAssert(parts -> {
            boolean valid = parts[2] == 1 || parts[1] >= 0;
            if (valid) {
                ValidityPeriod p = period(parts);
                assertEquals(BASE.plusDays(parts[0]), p.start());
            } else {
                assertEquals(Set.of("endNotBeforeStart"), rejectedPaths(() -> period(parts)));
            }
        });
    }

    @Test
    void overlapsIsSymmetricAndAgreesWithADayByDayCheck() {
        Gen<int[]> valid = PERIOD_PARTS.map(p -> new int[] {p[0], Math.abs(p[1]), p[2]});
        qt(500).forAll(valid, valid).checkAssert((x, y) -> {
            ValidityPeriod a = period(x);
            ValidityPeriod b = period(y);
            boolean shared = false;
            for (LocalDate d = BASE.minusDays(1); d.isBefore(BASE.plusDays(80)); d = d.plusDays(1)) {
                boolean both = a.contains(d) && b.contains(d);
                shared |= both;
                Optional<ValidityPeriod> common = a.intersection(b);
                assertEquals(both, common.isPresent() && common.get().contains(d), a + " ∩ " + b + " on " + d);
            }
            assertEquals(a.overlaps(b), b.overlaps(a), a + " / " + b);
            assertEquals(shared, a.overlaps(b), a + " / " + b);
        });
    }

    // ---- Weekly slots and opening hours --------------------------------------------------------

    @Test
    void slotsConstructExactlyWhenTheyCloseAfterTheyOpen() {
        qt(400).forAll(Generate.enumValues(DayOfWeek.class), integers().between(0, 1439), integers().between(0, 1439))
                .checkAssert((day, opens, closes) -> {
                    Supplier<WeeklySlot> slot = () -> WeeklySlot.open(day, minute(opens), minute(closes));
                    if (closes > opens) {
                        assertEquals(minute(closes), slot.get().closes());
                    } else {
                        assertEquals(Set.of("closesAfterOpens"), rejectedPaths(slot::get));
                    }
                });
    }

    private static LocalTime minute(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** Slots on Monday or Tuesday on a half-hour grid, so that overlaps are frequent. */
    private static final Gen<List<int[]>> CROWDED_SLOTS = lists().of(integers().between(0, 1)
            .zip(integers().between(0, 46), integers().between(1, 6), (d, o, l) -> new int[] {d, o, l}))
            .ofSizeBetween(0, 5);

    @Test
    void openingHoursConstructExactlyWhenNoSlotsOverlap() {
        qt(400).forAll(CROWDED_SLOTS).checkAssert(raw -> {
            List<WeeklySlot> slots = new ArrayList<>();
            for (int[] r : raw) {
                int opens = r[1] * 30;
                int closes = Math.min(opens + r[2] * 30, 1439);
                slots.add(WeeklySlot.open(DayOfWeek.of(r[0] + 1), minute(opens), minute(closes)));
            }
            boolean overlap = false;
            for (int m = 0; m < 1440 * 2; m++) {
                int count = 0;
                for (WeeklySlot s : slots) {
                    int day = s.day().getValue() - 1;
                    int from = day * 1440 + s.opens().toSecondOfDay() / 60;
                    int to = day * 1440 + s.closes().toSecondOfDay() / 60;
                    count += m >= from && m < to ? 1 : 0;
                }
                overlap |= count > 1;
            }
            if (overlap) {
                assertEquals(Set.of("weeklySlotsDisjoint"), rejectedPaths(() -> OpeningHours.of(slots, List.of())));
            } else {
                assertEquals(slots, OpeningHours.of(slots, List.of()).weeklySlots());
            }
        });
    }

    /** A slot: day, opening quarter-hour, length in quarter-hours, walk-in or not. Half lie in Sunday nights. */
    private static final Gen<int[]> SLOT = Generate.frequency(List.of(
            Pair.of(1, integers().between(1, 7).zip(integers().between(0, 90),
                    integers().between(1, 16), (d, o, l) -> new int[] {d, o, l})),
            Pair.of(2, integers().between(4, 14).zip(integers().between(1, 10),
                    (o, l) -> new int[] {7, o, l}))))
            .zip(booleans().all(), (s, open) -> new int[] {s[0], s[1], s[2], open ? 1 : 0});

    private static final Gen<List<int[]>> SLOTS = lists().of(SLOT).ofSizeBetween(0, 4);

    /** A closure: start day offset in the search window and length in days. */
    private static final Gen<List<int[]>> CLOSURES = lists().of(integers().between(-3, 12)
            .zip(integers().between(0, 4), (s, l) -> new int[] {s, l})).ofSizeBetween(0, 2);

    /**
     * A start instant at any second: mostly in the 36 hours before the spring or fall change, sometimes
     * anywhere in the week around it or in a normal week.
     */
    private static final Gen<Instant> START = Generate.frequency(List.of(
            Pair.of(3, Generate.pick(List.of(SPRING, FALL)).zip(integers().between(-36 * 3600, 3 * 3600),
                    (day, seconds) -> ZonedDateTime.of(day, LocalTime.MIDNIGHT, OpeningHours.DEFAULT_ZONE).toInstant()
                            .plusSeconds(seconds))),
            Pair.of(1, Generate.pick(List.of(SPRING.minusDays(4), FALL.minusDays(4), LocalDate.of(2026, 6, 8)))
                    .zip(integers().between(0, 7 * 24 * 3600), (day, seconds) -> ZonedDateTime.of(day,
                            LocalTime.MIDNIGHT, OpeningHours.DEFAULT_ZONE).toInstant().plusSeconds(seconds)))));

    private static OpeningHours hours(List<int[]> rawSlots, List<int[]> rawClosures, Instant start) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (int[] r : rawSlots) {
            int opens = r[1] * 15;
            int closes = Math.min(opens + r[2] * 15, 1439);
            WeeklySlot slot = WeeklySlot.of(DayOfWeek.of(r[0]), minute(opens), minute(closes),
                    r[3] == 1 ? SlotKind.OPEN : SlotKind.APPOINTMENT_ONLY);
            if (slots.stream().noneMatch(slot::overlaps)) {
                slots.add(slot);
            }
        }
        LocalDate day = LocalDate.ofInstant(start, OpeningHours.DEFAULT_ZONE);
        List<Closure> closures = new ArrayList<>();
        for (int[] c : rawClosures) {
            LocalDate from = day.plusDays(c[0]);
            closures.add(Closure.of(ValidityPeriod.of(from, from.plusDays(c[1])), ClosureKind.HOLIDAY, "Feiertag"));
        }
        return OpeningHours.of(slots, closures);
    }

    /** The property of nextOpening, checked minute by minute against isOpenAt. */
    private static void assertNextOpening(Instant t, Optional<Instant> next, java.util.function.Predicate<Instant> open,
            String what) {
        if (next.isPresent()) {
            Instant r = next.get();
            assertFalse(r.isBefore(t), what + ": next opening " + r + " before " + t);
            assertTrue(open.test(r), what + ": not open at the next opening " + r);
            if (r.isAfter(t)) {
                assertFalse(open.test(r.minusSeconds(1)), what + ": already open a second before " + r);
                assertFalse(open.test(t), what + ": open at " + t + " but next opening is " + r);
            }
            for (Instant m = t.plusSeconds(60); m.isBefore(r); m = m.plusSeconds(60)) {
                assertFalse(open.test(m), what + ": open at " + m + ", between " + t + " and " + r);
            }
        } else {
            for (Instant m = t; m.isBefore(t.plusSeconds(21L * 24 * 3600)); m = m.plusSeconds(60)) {
                assertFalse(open.test(m), what + ": no next opening, but open at " + m);
            }
        }
    }

    @Test
    void nextOpeningIsTheFirstOpenInstant() {
        qt(300).forAll(SLOTS, CLOSURES, START, booleans().all()).checkAssert((slots, closures, t, walkIn) -> {
            OpeningHours hours = hours(slots, closures, t);
            SlotKind kind = walkIn ? SlotKind.OPEN : SlotKind.APPOINTMENT_ONLY;
            assertNextOpening(t, hours.nextOpening(t, kind), i -> hours.isOpenAt(i, kind), hours + " " + kind);
        });
    }

    /** A status history of an open site: it opens, and closes temporarily and reopens on random days. */
    private static final Gen<List<Integer>> STATUS_DAYS = lists().of(integers().between(0, 3)).ofSizeBetween(1, 5);

    @Test
    void contactPointsOpenOnlyWhileTheirStatusIsOpen() {
        qt(100).forAll(SLOTS, STATUS_DAYS, START).checkAssert((slots, gaps, t) -> {
            LocalDate day = LocalDate.ofInstant(t, OpeningHours.DEFAULT_ZONE).minusDays(2);
            List<StatusChange> history = new ArrayList<>();
            history.add(StatusChange.of(ContactPointStatus.PREPARING, day.minusDays(10), "Vorbereitung"));
            ContactPointStatus status = ContactPointStatus.OPEN;
            for (int gap : gaps) {
                day = day.plusDays(gap);
                history.add(StatusChange.of(status, day, "Wechsel"));
                status = status == ContactPointStatus.OPEN ? ContactPointStatus.TEMPORARILY_CLOSED : ContactPointStatus.OPEN;
            }
            ContactPoint site = Samples.contactPoint("cp", List.of()).withOpeningHours(hours(slots, List.of(), t));
            ContactPoint withHistory = new ContactPoint(site.id(), site.name(), site.address(), site.channels(),
                    site.districts(), site.partners(), site.team(), site.languages(), site.openingHours(), history,
                    site.phase());
            assertNextOpening(t, withHistory.nextOpening(t), withHistory::isOpenAt, history.toString());
            for (Instant m = t; m.isBefore(t.plusSeconds(7L * 24 * 3600)); m = m.plusSeconds(15 * 60)) {
                boolean statusOpen = withHistory.statusOn(LocalDate.ofInstant(m, OpeningHours.DEFAULT_ZONE))
                        .orElseThrow() == ContactPointStatus.OPEN;
                assertEquals(statusOpen && site.openingHours().isOpenAt(m), withHistory.isOpenAt(m), m.toString());
            }
        });
    }

    // ---- Languages, channels, teams, status histories ----------------------------------------

    private static final List<String> ISO_CODES = isoCodes();

    private static List<String> isoCodes() {
        List<String> codes = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
            codes.add(code);
            codes.add(Locale.forLanguageTag(code).getISO3Language());
        }
        return codes;
    }

    @Test
    void everyJdkCodeIsALanguageAndNoOtherCaseIs() {
        qt(400).forAll(Generate.pick(ISO_CODES), integers().between(0, 7)).checkAssert((code, mask) -> {
            StringBuilder variant = new StringBuilder();
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                variant.append((mask >> i & 1) == 1 ? Character.toUpperCase(c) : c);
            }
            String text = variant.toString();
            if (text.equals(code)) {
                assertEquals(code, Language.of(text).code());
            } else {
                assertEquals(Set.of("code"), rejectedPaths(() -> Language.of(text)));
            }
        });
    }

    @Test
    void lettersThatAreNoCodeAreRejected() {
        qt(400).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 4)).checkAssert(text -> {
            if (ISO_CODES.contains(text)) {
                assertEquals(text, Language.of(text).code());
            } else {
                assertEquals(Set.of("code"), rejectedPaths(() -> Language.of(text)));
            }
        });
    }

    /** Phone numbers from a small alphabet with some characters that are never allowed. */
    @Test
    void phoneNumbersFollowTheirRule() {
        Gen<String> phones = lists().of(Generate.pick(List.of("0", "2", "3", "1", "9", " ", "/", "-", "(", ")", "+",
                "a", ".", "#"))).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
        qt(600).forAll(phones).checkAssert(phone -> {
            String body = phone.startsWith("+") ? phone.substring(1) : phone;
            boolean allowed = body.chars().allMatch(c -> "0123456789 /-()".indexOf(c) >= 0);
            long digits = body.chars().filter(Character::isDigit).count();
            if (allowed && digits >= 3) {
                assertEquals(phone, Channels.phone(phone).phone());
            } else {
                assertEquals(Set.of("phone"), rejectedPaths(() -> Channels.phone(phone)));
            }
        });
    }

    @Test
    void emailAddressesNeedALocalPartAndADottedDomain() {
        Gen<String> parts = strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 3);
        Gen<String> addresses = parts.zip(parts, parts, Generate.pick(List.of("@", "", "@@", " @")),
                (local, host, tld, at) -> local + at + host + (tld.isEmpty() ? "" : "." + tld));
        qt(500).forAll(addresses).checkAssert(email -> {
            int at = email.indexOf('@');
            boolean wellFormed = at > 0 && email.indexOf('@', at + 1) < 0 && !email.contains(" ")
                    && email.substring(at + 1).matches("[a-c]+\\.[a-c]+");
            if (wellFormed) {
                assertEquals(email, Channels.email(email).email());
            } else {
                assertEquals(Set.of("email"), rejectedPaths(() -> Channels.email(email)));
            }
        });
    }

    @Test
    void teamsNeedStaffAndUniqueIds() {
        Gen<List<int[]>> members = lists().of(integers().between(1, 4).zip(booleans().all(),
                (id, staff) -> new int[] {id, staff ? 1 : 0})).ofSizeBetween(0, 5);
        qt(400).forAll(members).checkAssert(raw -> {
            List<TeamMember> list = new ArrayList<>();
            for (int[] m : raw) {
                list.add(new TeamMember(TeamMemberId.of("m-" + m[0]), "Person " + m[0],
                        m[1] == 1 ? TeamRole.STAFF : TeamRole.VOLUNTEER, Set.of(Language.GERMAN)));
            }
            Set<String> expected = new TreeSet<>();
            if (list.stream().noneMatch(m -> m.role() == TeamRole.STAFF)) {
                expected.add("staffPresent");
            }
            if (list.stream().map(TeamMember::id).distinct().count() < list.size()) {
                expected.add("memberIdsUnique");
            }
            if (expected.isEmpty()) {
                assertEquals(list, new Team(list).members());
            } else {
                assertEquals(expected, rejectedPaths(() -> new Team(list)));
            }
        });
    }

    @Test
    void statusHistoriesMustBeLegalAndInDateOrder() {
        Gen<List<int[]>> changes = lists().of(integers().between(0, 4).zip(integers().between(-2, 5),
                (s, d) -> new int[] {s, d})).ofSizeBetween(1, 6);
        qt(500).forAll(changes).checkAssert(raw -> {
            List<StatusChange> history = new ArrayList<>();
            LocalDate date = BASE;
            for (int[] c : raw) {
                date = date.plusDays(c[1]);
                history.add(StatusChange.of(ContactPointStatus.values()[c[0]], date, "Grund"));
            }
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i < history.size(); i++) {
                if (!history.get(i - 1).status().successors().contains(history.get(i).status())) {
                    expected.add("statusHistoryLegal");
                }
                if (history.get(i).date().isBefore(history.get(i - 1).date())) {
                    expected.add("statusHistoryChronological");
                }
            }
            ContactPoint base = Samples.contactPoint("cp", List.of());
            Supplier<ContactPoint> build = () -> new ContactPoint(base.id(), base.name(), base.address(),
                    base.channels(), base.districts(), base.partners(), base.team(), base.languages(),
                    base.openingHours(), history, base.phase());
            if (expected.isEmpty()) {
                assertEquals(history.get(history.size() - 1).status(), build.get().status());
            } else {
                assertEquals(expected, rejectedPaths(build::get));
            }
        });
    }

    // ---- Whole contact points: random valid ones, and one random defect -------------------------

    /** What a random contact point is made of; each int picks or sizes a part. */
    private record Recipe(List<Integer> languages, List<int[]> slots, List<int[]> districts, int staff, int volunteers,
            int defect) {
    }

    /** The defects one at a time: the broken part, and the path its violation must name. */
    private static final List<String> DEFECT_PATHS = List.of("name", "email", "phone", "code", "closesAfterOpens",
            "weeklySlotsDisjoint", "endNotBeforeStart", "staffPresent", "postalCode", "web", "partners",
            "languages", "districtsDisjoint");

    private static final Gen<Recipe> RECIPES = lists().of(integers().between(0, 3)).ofSizeBetween(1, 4)
            .zip(SLOTS, lists().of(integers().between(0, 2).zip(integers().between(0, 30), integers().between(-1, 40),
                    (d, from, len) -> new int[] {d, from, len})).ofSizeBetween(0, 3),
                    (languages, slots, districts) -> new Object[] {languages, slots, districts})
            .zip(integers().between(1, 3), integers().between(0, 3), integers().between(-1, DEFECT_PATHS.size() - 1),
                    (parts, staff, volunteers, defect) -> recipe(parts, staff, volunteers, defect));

    @SuppressWarnings("unchecked")
    private static Recipe recipe(Object[] parts, int staff, int volunteers, int defect) {
        return new Recipe((List<Integer>) parts[0], (List<int[]>) parts[1], (List<int[]>) parts[2], staff, volunteers,
                defect);
    }

    private static final List<Language> LANGUAGES = List.of(Language.ARABIC, Language.ENGLISH, Language.FARSI,
            Language.GERMAN);
    private static final List<District> DISTRICTS = List.of(District.of("Brackel"), District.of("Hörde"),
            District.of("Lütgendortmund"));

    private static ContactPoint build(Recipe r) {
        int defect = r.defect();
        Set<Language> languages = new LinkedHashSet<>();
        r.languages().forEach(i -> languages.add(LANGUAGES.get(i)));
        if (defect == 3) {
            languages.add(Language.of("xx"));
        }
        if (defect == 11) {
            languages.clear();
        }
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < (defect == 7 ? 0 : r.staff()); i++) {
            members.add(TeamMember.staff(TeamMemberId.of("s-" + i), "Staff " + i, Language.GERMAN));
        }
        for (int i = 0; i < r.volunteers(); i++) {
            members.add(TeamMember.volunteer(TeamMemberId.of("v-" + i), "Volunteer " + i, Language.ARABIC));
        }
        Team team = new Team(members);
        List<WeeklySlot> slots = new ArrayList<>();
        for (int[] s : r.slots()) {
            WeeklySlot slot = WeeklySlot.of(DayOfWeek.of(s[0]), minute(s[1] * 15), minute(Math.min(s[1] * 15 + s[2] * 15,
                    1439)), s[3] == 1 ? SlotKind.OPEN : SlotKind.APPOINTMENT_ONLY);
            if (slots.stream().noneMatch(slot::overlaps)) {
                slots.add(slot);
            }
        }
        if (defect == 4) {
            slots.add(WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)));
        }
        if (defect == 5) {
            WeeklySlot slot = WeeklySlot.open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
            slots.removeIf(slot::overlaps);
            slots.add(slot);
            slots.add(WeeklySlot.byAppointment(DayOfWeek.SATURDAY, LocalTime.of(10, 30), LocalTime.of(12, 0)));
        }
        List<ServedDistrict> districts = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int[] d : r.districts()) {
            if (used.add(d[0])) {
                LocalDate from = BASE.plusDays(d[1]);
                districts.add(ServedDistrict.of(DISTRICTS.get(d[0]),
                        ValidityPeriod.of(from, d[2] < 0 ? null : from.plusDays(d[2]))));
            }
        }
        if (defect == 6) {
            districts.add(ServedDistrict.of(District.of("Eving"), ValidityPeriod.of(BASE, BASE.minusDays(1))));
        }
        if (defect == 12) {
            districts.add(ServedDistrict.of(District.of("Eving"), ValidityPeriod.ofOpenEnd(BASE)));
            districts.add(ServedDistrict.of(District.of("Eving"), ValidityPeriod.of(BASE.minusDays(3), BASE)));
        }
        return new ContactPoint(ContactPointId.of("cp-random"),
                defect == 0 ? " " : "Lokal willkommen",
                Address.of("Beispielstraße 1", defect == 8 ? "443" : "44309", "Dortmund"),
                Channels.of(defect == 2 ? "0231 call" : "0231 12345", defect == 1 ? "brackel.example.org" : null,
                        URI.create(defect == 9 ? "ftp://example.org" : "https://example.org")),
                districts, defect == 10 ? List.of() : Samples.partners(), team, languages,
                OpeningHours.of(slots, List.of()), Samples.openSince(BASE), PhaseId.of("pilot"));
    }

    @Test
    void randomContactPointsConstructUnlessADefectIsInjected() {
        qt(400).forAll(RECIPES).checkAssert(recipe -> {
            if (recipe.defect() < 0) {
                ContactPoint site = build(recipe);
                assertEquals(recipe.staff() + recipe.volunteers(), site.team().members().size());
                assertFalse(site.toString().contains("Staff") || site.toString().contains("Volunteer"));
            } else {
                assertEquals(Set.of(DEFECT_PATHS.get(recipe.defect())), rejectedPaths(() -> build(recipe)),
                        "defect " + recipe.defect());
            }
        });
    }
}
