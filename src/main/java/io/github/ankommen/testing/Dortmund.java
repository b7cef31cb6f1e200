package io.github.ankommen.testing;

import io.github.ankommen.network.Address;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Channels;
import io.github.ankommen.network.Closure;
import io.github.ankommen.network.ClosureKind;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.Organisation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.OrganisationType;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PartnerRole;
import io.github.ankommen.network.PartnershipStatus;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.PhaseStatus;
import io.github.ankommen.network.ReferralChannel;
import io.github.ankommen.network.RolloutPhase;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.Team;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.people.Availability;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.people.Skill;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dortmund's "Lokal willkommen" network as a newspaper article of 4 June 2018 describes it: a
 * fixture for tests and demos.
 *
 * <p><b>From the article:</b> the pilot phase 2016 in Brackel and Aplerbeck; the first expansion
 * 2017 with sites in Mengede/Huckarde and Hörde/Hombruch; a second expansion 2018 with one site each
 * in Eving/Scharnhorst and Lütgendortmund, subject to the political committees; the German Red Cross
 * (DRK) for Eving/Scharnhorst and European Homecare for Lütgendortmund as partners "in discussion".
 * Public reports add that each office had one city employee and one welfare-organisation employee
 * and advised in Arabic, English and Farsi.
 *
 * <p><b>Reference date</b> {@link #REFERENCE_DATE}, the article's date, 2018-06-04: the 2016 and
 * 2017 phases have started and their four sites are {@link ContactPointStatus#OPEN}; the 2018 phase
 * is {@link PhaseStatus#PLANNED} (the administration's board backs it, the committees have not yet
 * agreed) and its two sites are {@link ContactPointStatus#PLANNED}.
 *
 * <p><b>Invented, and marked so:</b> the article gives no exact dates, addresses, phone numbers,
 * opening hours or team members. The opening dates ({@link #PILOT_OPENED},
 * {@link #EXPANSION_2017_OPENED}, {@link #EXPANSION_2018_PLANNED_START}) are assumptions; streets,
 * phone numbers, e-mail and web addresses (under the reserved {@code .example} domain) and every
 * person's name ("Beispiel") are fictional; postal codes are those of the districts. The offers'
 * organisations other than Jobcenter Dortmund are fictional too, and so is every capacity.
 *
 * <p>Every method returns new immutable values; this class holds no state.
 *
 * @since 0.1.0
 */
public final class Dortmund {

    /** The date of the article, and the date as of which the fixture's statuses hold: 2018-06-04. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2018, 6, 4);

    /** When the pilot sites opened; assumed, the article says only "2016": 2016-04-01. */
    public static final LocalDate PILOT_OPENED = LocalDate.of(2016, 4, 1);

    /** When the 2017 sites opened; assumed, the article says only "2017": 2017-05-02. */
    public static final LocalDate EXPANSION_2017_OPENED = LocalDate.of(2017, 5, 2);

    /** When the 2018 sites are to start serving their districts; assumed: 2018-10-01. */
    public static final LocalDate EXPANSION_2018_PLANNED_START = LocalDate.of(2018, 10, 1);

    /** The network's id. */
    public static final NetworkId NETWORK = NetworkId.of("dortmund-lokal-willkommen");

    /** The pilot phase, 2016. */
    public static final PhaseId PILOT_2016 = PhaseId.of("pilot-2016");

    /** The first expansion, 2017. */
    public static final PhaseId EXPANSION_2017 = PhaseId.of("expansion-2017");

    /** The second expansion, 2018. */
    public static final PhaseId EXPANSION_2018 = PhaseId.of("expansion-2018");

    /** The site in Brackel (pilot 2016). */
    public static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");

    /** The site in Aplerbeck (pilot 2016). */
    public static final ContactPointId APLERBECK = ContactPointId.of("cp-aplerbeck");

    /** The site for Mengede and Huckarde (2017). */
    public static final ContactPointId MENGEDE_HUCKARDE = ContactPointId.of("cp-mengede-huckarde");

    /** The site for Hörde and Hombruch (2017). */
    public static final ContactPointId HOERDE_HOMBRUCH = ContactPointId.of("cp-hoerde-hombruch");

    /** The planned site for Eving and Scharnhorst (2018), with the DRK. */
    public static final ContactPointId EVING_SCHARNHORST = ContactPointId.of("cp-eving-scharnhorst");

    /** The planned site in Lütgendortmund (2018), with European Homecare. */
    public static final ContactPointId LUETGENDORTMUND = ContactPointId.of("cp-luetgendortmund");

    /** The City of Dortmund, which runs every site. */
    public static final OrganisationId CITY = OrganisationId.of("stadt-dortmund");

    /** The German Red Cross (DRK), in discussion for Eving/Scharnhorst. */
    public static final OrganisationId DRK = OrganisationId.of("drk-dortmund");

    /** European Homecare, in discussion for Lütgendortmund. */
    public static final OrganisationId EUROPEAN_HOMECARE = OrganisationId.of("european-homecare");

    /** Jobcenter Dortmund. */
    public static final OrganisationId JOBCENTER = OrganisationId.of("jobcenter-dortmund");

    /** The Jobcenter's job placement for refugees. */
    public static final OfferId JOB_PLACEMENT = OfferId.of("offer-jobcenter-placement");

    /** An integration course with literacy training, by a fictional course provider. */
    public static final OfferId INTEGRATION_COURSE = OfferId.of("offer-integration-course");

    /** Open football training of a fictional sports club. */
    public static final OfferId FOOTBALL = OfferId.of("offer-football");

    /** A fictional district library's culture programme. */
    public static final OfferId LIBRARY_CULTURE = OfferId.of("offer-library-culture");

    /** School registration for newly arrived children, at a fictional municipal office. */
    public static final OfferId SCHOOL_REGISTRATION = OfferId.of("offer-school-registration");

    private static final List<ContactPointId> SITES =
            List.of(BRACKEL, APLERBECK, MENGEDE_HUCKARDE, HOERDE_HOMBRUCH, EVING_SCHARNHORST, LUETGENDORTMUND);

    private static final Set<Language> ADVICE_LANGUAGES =
            set(Language.GERMAN, Language.ARABIC, Language.ENGLISH, Language.FARSI);

    private Dortmund() {
    }

    /** The nine city districts the network serves. */
    public static final class Districts {

        /** Brackel. */
        public static final District BRACKEL = District.of("Brackel");
        /** Aplerbeck. */
        public static final District APLERBECK = District.of("Aplerbeck");
        /** Mengede. */
        public static final District MENGEDE = District.of("Mengede");
        /** Huckarde. */
        public static final District HUCKARDE = District.of("Huckarde");
        /** Hörde. */
        public static final District HOERDE = District.of("Hörde");
        /** Hombruch. */
        public static final District HOMBRUCH = District.of("Hombruch");
        /** Eving. */
        public static final District EVING = District.of("Eving");
        /** Scharnhorst. */
        public static final District SCHARNHORST = District.of("Scharnhorst");
        /** Lütgendortmund. */
        public static final District LUETGENDORTMUND = District.of("Lütgendortmund");

        private Districts() {
        }

        /**
         * All nine, in the order the network grew.
         *
         * @return the districts
         */
        public static Set<District> all() {
            return set(BRACKEL, APLERBECK, MENGEDE, HUCKARDE, HOERDE, HOMBRUCH, EVING, SCHARNHORST, LUETGENDORTMUND);
        }
    }

    /**
     * The network: nine districts, three phases, Europe/Berlin.
     *
     * @return the network
     */
    public static Network network() {
        return Network.of(NETWORK, "Lokal willkommen", Districts.all(), List.of(
                new RolloutPhase(PILOT_2016, "Pilotphase", Year.of(2016),
                        set(Districts.BRACKEL, Districts.APLERBECK), PhaseStatus.STARTED),
                new RolloutPhase(EXPANSION_2017, "Erste Erweiterungsphase", Year.of(2017),
                        set(Districts.MENGEDE, Districts.HUCKARDE, Districts.HOERDE, Districts.HOMBRUCH),
                        PhaseStatus.STARTED),
                new RolloutPhase(EXPANSION_2018, "Zweite Erweiterung", Year.of(2018),
                        set(Districts.EVING, Districts.SCHARNHORST, Districts.LUETGENDORTMUND), PhaseStatus.PLANNED)));
    }

    /**
     * The six sites, in the order the network grew.
     *
     * @return the contact points
     */
    public static List<ContactPoint> contactPoints() {
        return List.of(
                site(BRACKEL, "Brackel", "Beispielstraße 1", "44309", PILOT_2016, PILOT_OPENED,
                        List.of(Districts.BRACKEL), cityOnly(), team("brackel", true),
                        hours(slot(DayOfWeek.MONDAY, 9, 12), slot(DayOfWeek.WEDNESDAY, 9, 12),
                                WeeklySlot.byAppointment(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)))),
                site(APLERBECK, "Aplerbeck", "Musterweg 2", "44287", PILOT_2016, PILOT_OPENED,
                        List.of(Districts.APLERBECK), cityOnly(), team("aplerbeck", false),
                        hours(slot(DayOfWeek.TUESDAY, 9, 12), slot(DayOfWeek.THURSDAY, 9, 12),
                                WeeklySlot.byAppointment(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))
                                .withClosure(Closure.of(ValidityPeriod.of(LocalDate.of(2018, 7, 16), LocalDate.of(2018, 7, 27)),
                                        ClosureKind.TEMPORARY_CLOSURE, "Renovierung der Räume (fiktiv)"))),
                site(MENGEDE_HUCKARDE, "Mengede/Huckarde", "Probeplatz 3", "44359", EXPANSION_2017, EXPANSION_2017_OPENED,
                        List.of(Districts.MENGEDE, Districts.HUCKARDE), cityOnly(), team("mengede-huckarde", true),
                        hours(slot(DayOfWeek.TUESDAY, 9, 12), slot(DayOfWeek.FRIDAY, 9, 12),
                                WeeklySlot.byAppointment(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)))),
                site(HOERDE_HOMBRUCH, "Hörde/Hombruch", "Fiktivallee 4", "44263", EXPANSION_2017, EXPANSION_2017_OPENED,
                        List.of(Districts.HOERDE, Districts.HOMBRUCH), cityOnly(), team("hoerde-hombruch", false),
                        hours(slot(DayOfWeek.MONDAY, 10, 13), slot(DayOfWeek.THURSDAY, 10, 13),
                                WeeklySlot.byAppointment(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)))),
                planned(EVING_SCHARNHORST, "Eving/Scharnhorst", "Platzhalterstraße 5", "44339",
                        List.of(Districts.EVING, Districts.SCHARNHORST),
                        Partner.of(DRK, "Deutsches Rotes Kreuz (DRK)", PartnerRole.STAFFING, PartnershipStatus.IN_DISCUSSION),
                        "eving-scharnhorst"),
                planned(LUETGENDORTMUND, "Lütgendortmund", "Vorlageweg 6", "44388",
                        List.of(Districts.LUETGENDORTMUND),
                        Partner.of(EUROPEAN_HOMECARE, "European Homecare", PartnerRole.STAFFING,
                                PartnershipStatus.IN_DISCUSSION),
                        "luetgendortmund"));
    }

    /**
     * Five offers a contact point refers to: the Jobcenter, an integration course, a sports club,
     * a library's culture programme and the school registration.
     *
     * @return the offers
     */
    public static List<Offer> offers() {
        return List.of(
                new Offer(JOB_PLACEMENT, "Arbeitsvermittlung für Geflüchtete",
                        Organisation.of(JOBCENTER, "Jobcenter Dortmund", OrganisationType.JOBCENTER),
                        Category.WORK, set(Language.GERMAN, Language.ENGLISH, Language.ARABIC), Districts.all(),
                        "Erwerbsfähige Leistungsberechtigte nach dem SGB II", Capacity.of(CapacityStatus.HAS_CAPACITY),
                        ReferralChannel.via(Channels.of("0231 000000-10", "vermittlung@jobcenter.example", null))),
                new Offer(INTEGRATION_COURSE, "Integrationskurs mit Alphabetisierung",
                        Organisation.of(OrganisationId.of("sprachschule-beispiel"), "Sprachschule Beispiel gGmbH (fiktiv)",
                                OrganisationType.COURSE_PROVIDER),
                        Category.LANGUAGE_COURSE, set(Language.GERMAN, Language.ARABIC, Language.FARSI),
                        set(Districts.BRACKEL, Districts.APLERBECK, Districts.HOERDE, Districts.HOMBRUCH),
                        "Mit Berechtigung oder Verpflichtung zum Integrationskurs",
                        Capacity.of(CapacityStatus.WAITLIST, "Der nächste Kurs beginnt im September."),
                        ReferralChannel.of("Frau Beispiel (fiktiv)",
                                Channels.of("0231 000000-20", "kurse@sprachschule.example", null)),
                        new Address("Beispielstraße 12 (fiktiv)", "44135", "Dortmund")),
                new Offer(FOOTBALL, "Offenes Fußballtraining für alle",
                        Organisation.of(OrganisationId.of("sv-beispiel-1920"), "SV Beispiel 1920 e. V. (fiktiv)",
                                OrganisationType.CLUB),
                        Category.SPORT, set(Language.GERMAN, Language.ENGLISH),
                        set(Districts.MENGEDE, Districts.HUCKARDE), null, Capacity.of(CapacityStatus.HAS_CAPACITY),
                        ReferralChannel.of("Trainer Tom Beispiel (fiktiv)", null)),
                new Offer(LIBRARY_CULTURE, "Sprachcafé und Lesungen",
                        Organisation.of(OrganisationId.of("bibliothek-beispiel"), "Stadtteilbibliothek Beispiel (fiktiv)",
                                OrganisationType.PUBLIC_LIBRARY),
                        Category.CULTURE, set(Language.GERMAN, Language.ARABIC, Language.FARSI, Language.ENGLISH),
                        set(Districts.APLERBECK, Districts.HOERDE, Districts.HOMBRUCH), null,
                        Capacity.of(CapacityStatus.HAS_CAPACITY),
                        ReferralChannel.via(Channels.of(null, null, URI.create("https://bibliothek.example/sprachcafe")))),
                new Offer(SCHOOL_REGISTRATION, "Schulanmeldung für neu zugewanderte Kinder",
                        Organisation.of(OrganisationId.of("schulanmeldung-beispiel"), "Schulanmeldestelle (fiktiv)",
                                OrganisationType.MUNICIPAL_OFFICE),
                        Category.EDUCATION, set(Language.GERMAN, Language.ENGLISH, Language.ARABIC), Districts.all(),
                        "Kinder und Jugendliche im schulpflichtigen Alter", Capacity.of(CapacityStatus.HAS_CAPACITY),
                        ReferralChannel.via(Channels.of("0231 000000-30", "schulanmeldung@stadt.example", null))));
    }

    /**
     * The directory of the network, its six sites and its five offers.
     *
     * @return the directory
     */
    public static Directory directory() {
        return new Directory(network(), contactPoints(), offers());
    }

    /**
     * Volunteers' profiles at the open sites (invented, as every name here): Brackel's team volunteer
     * (who also signs in, as team member {@code brackel-volunteer}), and two volunteers at
     * H&ouml;rde/Hombruch, one speaking Arabic with a certificate of conduct, one speaking Tigrinya.
     *
     * @return the profiles
     */
    public static List<Volunteer> volunteers() {
        return List.of(
                new Volunteer(VolunteerId.of("vol-brackel-lena"), BRACKEL, TeamMemberId.of("brackel-volunteer"),
                        "Lena Beispiel (fiktiv)", set(Language.GERMAN, Language.FARSI, Language.ENGLISH),
                        set(Skill.ACCOMPANIMENT, Skill.MENTORING),
                        List.of(Availability.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                                Availability.of(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))),
                        LocalDate.of(2016, 9, 1), PILOT_OPENED, null),
                new Volunteer(VolunteerId.of("vol-hoerde-samira"), HOERDE_HOMBRUCH, null, "Samira Beispiel (fiktiv)",
                        set(Language.ARABIC, Language.GERMAN), set(Skill.ACCOMPANIMENT, Skill.HOMEWORK_HELP),
                        List.of(Availability.of(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))),
                        LocalDate.of(2017, 6, 1), EXPANSION_2017_OPENED, null),
                new Volunteer(VolunteerId.of("vol-hoerde-tesfay"), HOERDE_HOMBRUCH, null, "Tesfay Beispiel (fiktiv)",
                        set(Language.of("ti"), Language.ENGLISH), set(Skill.ACCOMPANIMENT, Skill.TRANSLATION_HELP),
                        List.of(Availability.of(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                        null, LocalDate.of(2018, 1, 15), null));
    }

    /**
     * The interpreters' pool (invented): a Tigrinya interpreter for the whole network, in person on
     * Tuesday and Thursday mornings, and a professional Arabic and Farsi interpreter for Brackel, by
     * phone or video on weekday mornings.
     *
     * @return the pool
     */
    public static List<Interpreter> interpreters() {
        List<Availability> weekdayMornings = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdayMornings.add(Availability.of(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        }
        return List.of(
                new Interpreter(InterpreterId.of("int-network-tigrinya"), Set.of(), "Yonas Beispiel (fiktiv)",
                        set(Language.of("ti")), set(InterpretingMode.IN_PERSON), false,
                        List.of(Availability.of(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                Availability.of(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))),
                new Interpreter(InterpreterId.of("int-brackel-arabic"), Set.of(BRACKEL), "Rana Beispiel (fiktiv)",
                        set(Language.ARABIC, Language.FARSI), set(InterpretingMode.PHONE, InterpretingMode.VIDEO), true,
                        weekdayMornings));
    }

    private static ContactPoint site(ContactPointId id, String place, String street, String postalCode, PhaseId phase,
            LocalDate opened, List<District> districts, List<Partner> partners, Team team, OpeningHours hours) {
        return new ContactPoint(id, "Lokal willkommen " + place, Address.of(street + " (fiktiv)", postalCode, "Dortmund"),
                channels(id), served(districts, opened), partners, team, ADVICE_LANGUAGES, hours,
                List.of(StatusChange.of(ContactPointStatus.PREPARING, opened.minusMonths(2),
                                "Standort beschlossen, Räume und Team werden vorbereitet"),
                        StatusChange.of(ContactPointStatus.OPEN, opened, "Eröffnung")),
                phase);
    }

    private static ContactPoint planned(ContactPointId id, String place, String street, String postalCode,
            List<District> districts, Partner staffing, String key) {
        List<Partner> partners = new ArrayList<>(cityOnly());
        partners.add(staffing);
        return new ContactPoint(id, "Lokal willkommen " + place, Address.of(street + " (fiktiv)", postalCode, "Dortmund"),
                channels(id), served(districts, EXPANSION_2018_PLANNED_START), partners,
                Team.of(TeamMember.staff(TeamMemberId.of(key + "-city"), "Koordination Beispiel (fiktiv)",
                        Language.GERMAN, Language.ENGLISH)),
                ADVICE_LANGUAGES, OpeningHours.none(),
                List.of(StatusChange.of(ContactPointStatus.PLANNED, REFERENCE_DATE,
                        "Verwaltungsvorstand befürwortet den Standort; die politischen Gremien müssen zustimmen")),
                EXPANSION_2018);
    }

    private static Channels channels(ContactPointId id) {
        String key = id.value().substring("cp-".length());
        return Channels.of("0231 000000-" + (101 + SITES.indexOf(id)), key + "@lokal-willkommen.example",
                URI.create("https://lokal-willkommen.example/" + key));
    }

    private static List<ServedDistrict> served(List<District> districts, LocalDate from) {
        return districts.stream().map(d -> ServedDistrict.of(d, ValidityPeriod.ofOpenEnd(from))).toList();
    }

    private static List<Partner> cityOnly() {
        return List.of(Partner.of(CITY, "Stadt Dortmund", PartnerRole.OPERATOR, PartnershipStatus.CONFIRMED));
    }

    private static Team team(String key, boolean withVolunteer) {
        List<TeamMember> members = new ArrayList<>();
        members.add(TeamMember.staff(TeamMemberId.of(key + "-city"), "Anna Beispiel (fiktiv)",
                Language.GERMAN, Language.ENGLISH, Language.ARABIC));
        members.add(TeamMember.staff(TeamMemberId.of(key + "-welfare"), "Karim Beispiel (fiktiv)",
                Language.GERMAN, Language.ARABIC, Language.FARSI));
        if (withVolunteer) {
            members.add(TeamMember.volunteer(TeamMemberId.of(key + "-volunteer"), "Lena Beispiel (fiktiv)",
                    Language.GERMAN, Language.FARSI, Language.ENGLISH));
        }
        return new Team(members);
    }

    private static WeeklySlot slot(DayOfWeek day, int opens, int closes) {
        return WeeklySlot.open(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }

    /** Public holidays in North Rhine-Westphalia after the reference date, and the turn of the year. */
    private static OpeningHours hours(WeeklySlot... slots) {
        return OpeningHours.of(List.of(slots), List.of(
                Closure.holiday(LocalDate.of(2018, 10, 3), "Tag der Deutschen Einheit"),
                Closure.holiday(LocalDate.of(2018, 11, 1), "Allerheiligen"),
                Closure.of(ValidityPeriod.of(LocalDate.of(2018, 12, 24), LocalDate.of(2019, 1, 1)), ClosureKind.HOLIDAY,
                        "Weihnachten und Jahreswechsel")));
    }

    @SafeVarargs
    private static <T> Set<T> set(T... values) {
        Set<T> set = new LinkedHashSet<>();
        for (T value : values) {
            set.add(value);
        }
        return Collections.unmodifiableSet(set);
    }
}
