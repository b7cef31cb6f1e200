package io.github.ankommen.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.ConsentService;
import io.github.ankommen.NetworkService;
import io.github.ankommen.PathwayService;
import io.github.ankommen.ReferralService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.interop.HsdsExport;
import io.github.ankommen.interop.HsdsImport;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PhaseSummary;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.pathway.PathwayProgress;
import io.github.ankommen.pathway.Pathways;
import io.github.ankommen.pathway.StepProgress;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.AccompanimentId;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.AppointmentRequest;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterAnswer;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.Skill;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.people.VolunteerNeed;
import io.github.ankommen.referral.GapRow;
import io.github.ankommen.referral.OpenReferralsException;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralSettlement;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.StatisticsReport;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The README's demo: Dortmund's "Lokal willkommen" network on the in-memory store, with a fixed
 * clock and fixed ids, so that the report is the same on every run.
 *
 * <p>The scenario: the network as it stood in June 2018 and its 2018 sites being prepared;
 * volunteers who can accompany, interpreters, appointments and an accompaniment; consultations; cases opened at three sites and moved through the workflow, with a hold, a refused
 * transition and a transfer between sites; consents; referrals to the Jobcenter, an integration
 * course, a sports club and the school registration office, some rejected for no capacity; a consent
 * withdrawn; pathway progress; the gap report; a case that cannot close over its open referral and
 * closes after handing it over, and, a year later, a retention run; the statistics with small counts
 * suppressed; an anonymous consultation that becomes a case; and, last, the directory written as
 * Open Referral HSDS JSON to {@code target/dortmund-hsds.json} and read back.
 *
 * <p>It lives in the test sources so that it never ships in the library jar, and tests run it so
 * that it cannot rot. Output is UTF-8 whatever the platform's default encoding is, so "Hörde" and
 * "Lütgendortmund" print intact.
 */
public final class Demo {

    /** Monday, 4 June 2018, 10:00 in Dortmund: the day of the newspaper article. */
    static final ZonedDateTime START = ZonedDateTime.of(2018, 6, 4, 10, 0, 0, 0, Dortmund.network().zone());

    /** The clients' first names: personal data, which must never reach a log or an exception. */
    static final List<String> FIRST_NAMES = List.of("Mariam", "Yusuf", "Leyla", "Farid", "Samira", "Omid",
            "Amina", "Hassan", "Zahra", "Karim", "Noor", "Dawit");

    /** Free text that staff type: personal data as well. */
    static final List<String> NOTES = List.of("Asthma, braucht Erdgeschoss", "Umzug zur Schwester nach Aplerbeck",
            "Familie verreist bis Ende Juni", "Deutschkurs B1 abschließen", "Termin mit Frau Beispiel vereinbart");

    /** One page of the largest size: all there is in this small network. */
    private static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm", Locale.GERMAN);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator-1"));
    private static final List<ContactPointId> SITES = List.of(Dortmund.BRACKEL, Dortmund.APLERBECK,
            Dortmund.HOERDE_HOMBRUCH);
    private static final OrganisationId COURSE_PROVIDER = OrganisationId.of("sprachschule-beispiel");
    private static final OrganisationId SPORTS_CLUB = OrganisationId.of("sv-beispiel-1920");

    private Demo() {
    }

    /** What a run leaves behind, for the tests: the instance, and the exceptions the scenario met. */
    record Run(Ankommen ankommen, List<RuntimeException> refusals) {
    }

    /**
     * Runs the demo and prints its report to standard output: on the in-memory store, or with
     * {@code --postgres} on a PostgreSQL that the demo starts itself from the test dependencies.
     *
     * @param args {@code --postgres} to run on PostgreSQL, else nothing
     * @throws IOException if PostgreSQL cannot be started
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (List.of(args).contains("--postgres")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                run(out, JdbcStore.builder(postgres.getPostgresDatabase()).migrateOnBuild(true).build(),
                        "PostgreSQL (embedded, started by the demo)");
            }
        } else {
            run(out, new MemoryStore(), "in memory");
        }
        out.flush();
    }

    /**
     * Runs the demo on the in-memory store.
     *
     * @param out where the report goes
     * @return the instance the scenario ran on and the refusals it met
     */
    static Run run(PrintStream out) {
        return run(out, new MemoryStore(), "in memory");
    }

    /**
     * Runs the demo on a store.
     *
     * @param out where the report goes
     * @param store an empty store
     * @param storeName what the report calls the store
     * @return the instance the scenario ran on and the refusals it met
     */
    static Run run(PrintStream out, Store store, String storeName) {
        TestClock clock = TestClock.at(START.toInstant(), START.getZone());
        Ankommen ankommen = Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("demo")).build();
        List<RuntimeException> refusals = new ArrayList<>();
        out.println("ankommen demo: Dortmund \"Lokal willkommen\"");
        out.println("=========================================");
        out.println("Store: " + storeName);
        out.println("Scenario clock: " + WHEN.format(START) + " " + START.getZone());
        out.println();
        network(out, ankommen, clock);
        people(out, ankommen);
        List<CaseId> cases = cases(out, ankommen, clock, refusals);
        referrals(out, ankommen, clock, cases, refusals);
        retention(out, ankommen, clock, cases);
        statistics(out, ankommen);
        consultationToCase(out, ankommen, clock);
        openData(out, ankommen);
        return new Run(ankommen, refusals);
    }

    private static void network(PrintStream out, Ankommen ankommen, TestClock clock) {
        heading(out, "Network");
        NetworkService network = ankommen.network();
        network.load(COORDINATOR, Dortmund.directory());
        for (ContactPointId site : List.of(Dortmund.EVING_SCHARNHORST, Dortmund.LUETGENDORTMUND)) {
            network.changeStatus(COORDINATOR, Dortmund.NETWORK, site, ContactPointStatus.PREPARING,
                    "Beschluss der Bezirksvertretung");
        }
        for (PhaseSummary phase : network.growth(COORDINATOR, Dortmund.NETWORK)) {
            out.printf("%s %s (%s): %s%n", phase.phase().year(), phase.phase().name(), phase.status(),
                    phase.districts().stream().map(d -> d.name()).collect(Collectors.joining(", ")));
            for (ContactPointId id : phase.sites()) {
                ContactPoint site = network.contactPoint(COORDINATOR, id).orElseThrow().value();
                out.printf("  %s [%s], %s%n", site.name(), site.id(), site.status());
                out.println("    districts: " + site.districts().stream().map(Demo::served)
                        .collect(Collectors.joining(", ")));
                out.println("    partners:  " + site.partners().stream().map(Demo::partner)
                        .collect(Collectors.joining(", ")));
                out.println("    languages: " + site.languages().stream().map(Language::code).sorted()
                        .collect(Collectors.joining(", ")));
                out.println("    open now:  " + (site.isOpenAt(clock.instant()) ? "yes" : "no" + site.nextOpening(
                        clock.instant()).map(next -> ", next opening " + WHEN.format(next.atZone(START.getZone())))
                        .orElse(", no opening hours yet")));
            }
        }
        out.println();
    }

    /** Volunteers, interpreters and an appointment; takes no ids from the id source and leaves the clock. */
    private static void people(PrintStream out, Ankommen ankommen) {
        heading(out, "People");
        Dortmund.volunteers().forEach(v -> ankommen.volunteers().register(COORDINATOR, v));
        Dortmund.interpreters().forEach(i -> ankommen.interpreters().save(COORDINATOR, i));
        ContactPointId hoerde = Dortmund.HOERDE_HOMBRUCH;
        LocalDateTime tuesday = LocalDate.of(2018, 6, 5).atTime(10, 0);
        out.println("accompany a minor in Arabic at " + hoerde + " on " + WHEN.format(tuesday) + ": "
                + ankommen.volunteers().whoCanAccompany(COORDINATOR, hoerde, VolunteerNeed.of(Skill.ACCOMPANIMENT,
                        Language.ARABIC, tuesday, Duration.ofHours(2)).forMinor()).stream()
                        .map(v -> v.id().value()).collect(Collectors.joining(", ")));
        List<Interpreter> tigrinya = ankommen.interpreters().whoCanInterpret(COORDINATOR, Dortmund.BRACKEL,
                Language.of("ti"), tuesday.minusHours(1), Duration.ofHours(1), null);
        out.println("interpret Tigrinya at " + Dortmund.BRACKEL + " on " + WHEN.format(tuesday.minusHours(1)) + ": "
                + tigrinya.stream().map(i -> i.id().value()).collect(Collectors.joining(", ")));
        Interpreter interpreter = tigrinya.get(0);
        Actor brackel = caseworker(Dortmund.BRACKEL);
        InterpreterRequestId asked = InterpreterRequestId.of("interpreting-1");
        ankommen.interpreters().request(brackel, new InterpreterRequest(asked, interpreter.id(), Dortmund.BRACKEL,
                Language.of("ti"), interpreter.modes().iterator().next(), tuesday.minusHours(1), 60, null, null,
                START.toInstant().plus(Duration.ofHours(20)), InterpreterAnswer.PENDING, null, brackel.id(),
                START.toInstant()));
        out.println("asked " + interpreter.id() + " to interpret: "
                + ankommen.interpreters().answer(brackel, asked, true).value().answer());
        Actor caseworker = caseworker(hoerde);
        ankommen.appointments().book(caseworker, AppointmentRequest.of(AppointmentId.of("appt-1"), hoerde,
                LocalDate.of(2018, 6, 5).atTime(14, 0)).withLanguage(Language.ARABIC)
                .withVolunteer(VolunteerId.of("vol-hoerde-samira")));
        ankommen.appointments().book(caseworker, AppointmentRequest.of(AppointmentId.of("appt-2"), hoerde,
                LocalDate.of(2018, 6, 5).atTime(14, 0)).withLanguage(Language.ARABIC));
        out.println("booked appt-1 and appt-2 at " + hoerde + " on " + WHEN.format(LocalDate.of(2018, 6, 5)
                .atTime(14, 0)) + ", with " + ankommen.appointments().get(caseworker, AppointmentId.of("appt-1"))
                .value().advisor() + " and " + ankommen.appointments().get(caseworker, AppointmentId.of("appt-2"))
                .value().advisor());
        out.println("next free appointment with an Arabic speaker at " + hoerde + " (walk-in hours included): "
                + ankommen.appointments().nextFree(caseworker, hoerde, Language.ARABIC).map(WHEN::format).orElse("none"));
        ankommen.volunteers().recordAccompaniment(caseworker, new Accompaniment(AccompanimentId.of("acc-1"),
                VolunteerId.of("vol-hoerde-samira"), hoerde, null, null, Dortmund.JOB_PLACEMENT, "Jobcenter Dortmund",
                LocalDate.of(2018, 6, 4), 120, false, COORDINATOR.id(), START.toInstant()));
        out.println("accompaniments recorded at " + hoerde + ": "
                + ankommen.volunteers().accompaniments(caseworker, hoerde, ONE_PAGE).items().size());
        out.println();
    }

    private static List<CaseId> cases(PrintStream out, Ankommen ankommen, TestClock clock,
            List<RuntimeException> refusals) {
        heading(out, "Cases");
        CaseService cases = ankommen.cases();
        for (int i = 0; i < 24; i++) {
            ContactPointId site = SITES.get(i % SITES.size());
            cases.record(caseworker(site), Consultation.anonymous(ConsultationId.of(ankommen.ids().next()), site,
                    START.toLocalDate().minusDays(i), Set.of(Category.values()[i % 4]), i % 3 == 0 ? Language.FARSI
                            : Language.ARABIC, i % 5 == 0 ? Channel.HOME_VISIT : Channel.WALK_IN));
        }
        out.println("24 consultations recorded at " + SITES.size() + " sites, anonymously");

        List<CaseId> opened = new ArrayList<>();
        for (int i = 0; i < FIRST_NAMES.size(); i++) {
            ContactPointId site = SITES.get(i % SITES.size());
            Actor caseworker = caseworker(site);
            ClientId client = ClientId.of(ankommen.ids().next());
            cases.register(caseworker, site, new Client(client, "P-" + (1000 + i),
                    new BasicData(FIRST_NAMES.get(i), Year.of(1979 + i), 1 + i % 4, Set.of(Language.ARABIC),
                            YearMonth.of(2016, 1 + i % 12), 1 + i % 5),
                    i % 4 == 0 ? new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, NOTES.get(0)) : SensitiveData.none()));
            CaseId id = CaseId.of(ankommen.ids().next());
            cases.open(caseworker, new OpenCase(id, client, site, staff(site), null,
                    Set.of(i % 3 == 0 ? Category.LANGUAGE_COURSE : Category.WORK)));
            cases.apply(caseworker, id, CaseCommand.fire(CaseWorkflows.ASSESS));
            opened.add(id);
        }
        CaseId first = opened.get(0);
        Actor brackel = caseworker(Dortmund.BRACKEL);
        cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.PLAN));
        try {
            cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.LINK));
        } catch (IllegalTransitionException refused) {
            refusals.add(refused);
            out.println("refused: " + refused.attempted() + " on " + refused.caseId() + " in " + refused.current().name()
                    + " (" + refused.refusal().kind() + ": no agreed goal yet)");
        }
        for (int i = 0; i < opened.size(); i++) {
            CaseId id = opened.get(i);
            Actor caseworker = caseworker(SITES.get(i % SITES.size()));
            if (i != 0) {
                cases.apply(caseworker, id, CaseCommand.fire(CaseWorkflows.PLAN));
            }
            GoalId goal = GoalId.of(ankommen.ids().next());
            cases.apply(caseworker, id, new CaseCommand.AddGoal(goal, NOTES.get(3), List.of("anmelden"),
                    LocalDate.of(2018, 12, 14)));
            cases.apply(caseworker, id, new CaseCommand.AgreeGoal(goal));
            cases.apply(caseworker, id, CaseCommand.fire(CaseWorkflows.LINK));
        }
        Actor hoerde = caseworker(Dortmund.HOERDE_HOMBRUCH);
        CaseId held = opened.get(2);
        cases.apply(hoerde, held, CaseCommand.hold(NOTES.get(2)));
        cases.apply(hoerde, held, CaseCommand.resume());
        cases.apply(brackel, first, new CaseCommand.AddFollowUp(FollowUpId.of(ankommen.ids().next()),
                LocalDate.of(2018, 6, 6), NOTES.get(4)));

        CaseId moving = opened.get(3);
        cases.apply(brackel, moving, CaseCommand.requestTransfer(Dortmund.APLERBECK, NOTES.get(1)));
        cases.apply(caseworker(Dortmund.APLERBECK), moving, CaseCommand.acceptTransfer(staff(Dortmund.APLERBECK)));
        out.println("transfer: " + moving + " from " + Dortmund.BRACKEL + " accepted by " + Dortmund.APLERBECK
                + ", now with " + cases.find(COORDINATOR, moving).orElseThrow().value().caseworker());

        for (CaseId id : List.of(first, held)) {
            var current = cases.find(COORDINATOR, id).orElseThrow();
            out.printf("%s at %s: %s, version %d%n", id, current.value().contactPoint(), current.value().state().name(),
                    current.version());
            for (AuditEntry entry : cases.auditTrail(COORDINATOR, id)) {
                out.printf("    %2d  %-15s %-10s -> %-10s by %s%n", entry.version(), entry.transition(),
                        entry.from() == null ? "-" : entry.from().name(), entry.to().name(), entry.actor());
            }
        }
        clock.advanceWorkingDays(3, ankommen.workingDays());
        out.println("On " + WHEN.format(clock.instant().atZone(START.getZone())) + ", overdue at " + Dortmund.BRACKEL + ":");
        for (Deadline deadline : cases.overdue(brackel, Dortmund.BRACKEL, ONE_PAGE).items()) {
            out.printf("    %s %s of %s, due %s, %d working day(s) late%n", deadline.kind(), deadline.followUp(),
                    deadline.caseId(), deadline.due(), deadline.workingDaysOverdue());
        }
        out.println();
        return opened;
    }

    private static void referrals(PrintStream out, Ankommen ankommen, TestClock clock, List<CaseId> cases,
            List<RuntimeException> refusals) {
        heading(out, "Referrals and pathways");
        ReferralService referrals = ankommen.referrals();
        ConsentService consentService = ankommen.consents();
        PathwayService pathways = ankommen.pathways();
        Pathways.examples().forEach(pathway -> pathways.save(COORDINATOR, pathway));
        Actor jobcenter = Actor.partner(ActorId.of("jobcenter-1"), Dortmund.JOBCENTER);
        Actor course = Actor.partner(ActorId.of("sprachschule-1"), COURSE_PROVIDER);
        Actor club = Actor.partner(ActorId.of("verein-1"), SPORTS_CLUB);
        List<ConsentId> consents = new ArrayList<>();
        int completed = 0;
        int rejected = 0;
        for (int i = 0; i < cases.size(); i++) {
            CaseId caseId = cases.get(i);
            var c = ankommen.cases().find(COORDINATOR, caseId).orElseThrow().value();
            Actor sender = caseworker(c.contactPoint());
            OfferId offer = i % 3 == 0 ? Dortmund.INTEGRATION_COURSE : i % 3 == 1 ? Dortmund.JOB_PLACEMENT
                    : Dortmund.FOOTBALL;
            OrganisationId recipient = i % 3 == 0 ? COURSE_PROVIDER : i % 3 == 1 ? Dortmund.JOBCENTER : SPORTS_CLUB;
            String purpose = "Vermittlung: " + offer.value();
            ConsentId consent = ConsentId.of(ankommen.ids().next());
            consentService.record(sender, Consent.obtained(consent, c.client(), Set.of(DataCategory.BASIC), recipient, purpose,
                    sender.id(), clock.instant(), clock.instant().atZone(START.getZone()).toLocalDate(), null));
            consents.add(consent);
            ReferralId referral = ReferralId.of(ankommen.ids().next());
            referrals.draft(sender, referral, caseId, offer, Set.of(DataCategory.BASIC), purpose);
            referrals.request(sender, referral, null, null);
            clock.advance(Duration.ofHours(2));
            if (recipient.equals(COURSE_PROVIDER)) {
                referrals.apply(course, referral, ReferralCommand.reject(ReferralReason.NO_CAPACITY, null));
                rejected++;
            } else if (recipient.equals(Dortmund.JOBCENTER)) {
                referrals.apply(jobcenter, referral, ReferralCommand.accept());
                referrals.apply(jobcenter, referral, ReferralCommand.start());
                if (i % 2 == 1) {
                    referrals.apply(jobcenter, referral, ReferralCommand.complete(
                            ReferralOutcome.of(ReferralOutcome.Kind.JOB_TAKEN)));
                    completed++;
                }
            } else {
                referrals.apply(club, referral, ReferralCommand.accept());
            }
        }
        out.printf("%d referrals sent with consent: %d rejected for no capacity, %d completed (job taken)%n",
                cases.size(), rejected, completed);
        try {
            referrals.apply(club, ReferralId.of("demo-999"), ReferralCommand.accept());
        } catch (RuntimeException unknown) {
            refusals.add(unknown);
        }
        var beforeWithdrawal = referrals.ledger(COORDINATOR, ankommen.cases().find(COORDINATOR, cases.get(2)).orElseThrow()
                .value().client()).size();
        consentService.withdraw(COORDINATOR, consents.get(2));
        for (var referral : referrals.referrals(COORDINATOR, io.github.ankommen.storage.ReferralQuery.basedOn(consents.get(2)),
                ONE_PAGE).items()) {
            if (referral.flag() != null) {
                out.println("consent " + consents.get(2) + " withdrawn: referral " + referral.id() + " to " + referral.recipient()
                        + " flagged for its sender (" + referral.flag().kind() + ")");
            }
        }
        out.println("transfer ledger of that client: " + beforeWithdrawal + " transfer(s); a withdrawal sends nothing");

        PathwayProgress work = pathways.progress(COORDINATOR, cases.get(1)).stream()
                .filter(p -> p.pathway().id().equals(Pathways.WORK)).findFirst().orElseThrow();
        out.println("pathway \"" + work.pathway().name() + "\" of " + cases.get(1) + ":");
        for (StepProgress step : work.steps()) {
            out.printf("    %-45s %s%n", step.step().name(), step.state());
        }
        out.println();
        heading(out, "Gaps");
        for (GapRow row : ankommen.statistics().gapReport(COORDINATOR).rows()) {
            out.printf("%-15s %-16s %s: requested %d, no capacity %d, accepted %d%s%n", row.district().name(),
                    row.category(), row.month(), row.requested(), row.rejectedNoCapacity(), row.accepted(),
                    row.medianTimeToAcceptance() == null ? "" : ", median to acceptance " + row.medianTimeToAcceptance());
        }
        out.println();
    }

    private static void retention(PrintStream out, Ankommen ankommen, TestClock clock, List<CaseId> cases) {
        heading(out, "Data protection");
        CaseId closing = cases.get(4);
        Actor aplerbeck = caseworker(ankommen.cases().find(COORDINATOR, closing).orElseThrow().value().contactPoint());
        try {
            ankommen.cases().apply(aplerbeck, closing, CaseCommand.close(ClosureOutcome.CLIENT_MOVED_AWAY));
        } catch (OpenReferralsException refused) {
            out.println("refused: " + refused.attempted() + " on " + closing + ", its referral(s) "
                    + refused.openReferrals().stream().map(ReferralId::value).collect(Collectors.joining(", "))
                    + " still open");
            List<ReferralSettlement> handOver = refused.openReferrals().stream()
                    .map(id -> ReferralSettlement.of(id, ReferralReason.OTHER, "Fall geschlossen, Übergabe an den Träger"))
                    .toList();
            ankommen.cases().close(aplerbeck, closing, CaseCommand.close(ClosureOutcome.CLIENT_MOVED_AWAY), handOver);
            for (ReferralSettlement settled : handOver) {
                Referral referral = ankommen.referrals().find(COORDINATOR, settled.referral()).orElseThrow().value();
                out.println("handed over: referral " + referral.id() + " to " + referral.recipient() + ", now "
                        + referral.status().code());
            }
        }
        out.println(closing + " closed: client moved away");
        clock.advance(Duration.ofDays(400));
        var report = ankommen.retention().run(COORDINATOR);
        out.println("retention run on " + WHEN.format(clock.instant().atZone(START.getZone())) + ": " + report.total()
                + " record(s) anonymised in " + report.cases().size() + " case(s); a second run changes "
                + ankommen.retention().run(COORDINATOR).total());
        out.println();
    }

    private static void statistics(PrintStream out, Ankommen ankommen) {
        heading(out, "Statistics (2018, cells of 1 to 4 suppressed as " + "•" + ")");
        StatisticsReport report = ankommen.statistics().report(Actor.analyst(ActorId.of("analyst-1")),
                new ReportingPeriod(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), START.getZone()));
        out.println("Consultations per contact point and channel:");
        out.print(report.consultations().toText());
        out.println("Cases opened per contact point:");
        out.print(report.casesOpened().toText());
        out.println("Referrals per district and status:");
        out.print(report.referralsByStatus().toText());
        out.println("No-capacity gaps per district and offer category:");
        out.print(report.noCapacity().toText());
    }

    /** Where the demo writes the directory as HSDS JSON, relative to the working directory. */
    static final Path HSDS_FILE = Path.of("target", "dortmund-hsds.json");

    private static void openData(PrintStream out, Ankommen ankommen) {
        out.println();
        heading(out, "Open data");
        Directory directory = ankommen.network().directory(COORDINATOR, Dortmund.NETWORK);
        Map<String, List<Map<String, Object>>> hsds = HsdsExport.from(directory, "Nordrhein-Westfalen");
        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(HSDS_FILE.getParent());
            Files.writeString(HSDS_FILE, json.writerWithDefaultPrettyPrinter().writeValueAsString(hsds),
                    StandardCharsets.UTF_8);
            HsdsImport.Result back = HsdsImport.from(json.readValue(HSDS_FILE.toFile(),
                    new TypeReference<LinkedHashMap<String, Object>>() { }));
            out.printf("HSDS 3.0: %d organizations, %d services, %d locations, %d schedules written to %s%n",
                    hsds.get("organization").size(), hsds.get("service").size(), hsds.get("location").size(),
                    hsds.get("schedule").size(), HSDS_FILE.toString().replace('\\', '/'));
            out.printf("read back: %s directory, %d omission(s)%n",
                    back.directory().equals(directory) ? "an equal" : "a DIFFERENT", back.omissions().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void consultationToCase(PrintStream out, Ankommen ankommen, TestClock clock) {
        heading(out, "A consultation becomes a case");
        CaseService cases = ankommen.cases();
        Actor brackel = caseworker(Dortmund.BRACKEL);
        ConsultationId walkIn = ConsultationId.of(ankommen.ids().next());
        cases.record(brackel, Consultation.anonymous(walkIn, Dortmund.BRACKEL,
                clock.instant().atZone(START.getZone()).toLocalDate(), Set.of(Category.HOUSING), Language.FARSI,
                Channel.WALK_IN));
        long before = ankommen.store().count(io.github.ankommen.storage.ConsultationQuery.all());
        ClientId client = ClientId.of(ankommen.ids().next());
        CaseId caseId = CaseId.of(ankommen.ids().next());
        Case opened = cases.openFromConsultation(brackel, walkIn, new Client(client, "P-2000", BasicData.none(),
                SensitiveData.none()), new OpenCase(caseId, client, Dortmund.BRACKEL, staff(Dortmund.BRACKEL), null,
                        Set.of(Category.LANGUAGE_COURSE))).value();
        out.println("anonymous consultation " + walkIn + " at " + Dortmund.BRACKEL + " became case " + opened.id()
                + " of new client " + client + ", in " + opened.state().name() + ", needs " + opened.needs().stream()
                        .map(Category::name).sorted().collect(Collectors.joining(", ")));
        out.println("consultations stored: " + before + " before, "
                + ankommen.store().count(io.github.ankommen.storage.ConsultationQuery.all()) + " after; opening entry: "
                + cases.auditTrail(COORDINATOR, caseId).get(0).reason());
        out.println();
    }

    private static Actor caseworker(ContactPointId site) {
        return Actor.caseworker(ActorId.of("caseworker-" + site.value().substring(3)), site);
    }

    private static TeamMemberId staff(ContactPointId site) {
        return TeamMemberId.of(site.value().substring(3) + "-city");
    }

    private static String served(ServedDistrict served) {
        return served.district().name() + " from " + served.validity().start();
    }

    private static String partner(Partner partner) {
        return partner.name() + " (" + partner.role().name().toLowerCase(Locale.ROOT) + ", "
                + partner.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private static void heading(PrintStream out, String title) {
        out.println(title);
        out.println("-".repeat(title.length()));
    }
}
