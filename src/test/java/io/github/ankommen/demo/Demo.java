package io.github.ankommen.demo;

import io.github.ankommen.Ankommen;
import io.github.ankommen.IdSource;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseService;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.NetworkService;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PhaseSummary;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The README's demo: Dortmund's "Lokal willkommen" network on the in-memory store, with a fixed
 * clock and fixed ids, so that the report is the same on every run.
 *
 * <p>It lives in the test sources so that it never ships in the library jar, and {@code DemoTest}
 * runs it so that it cannot rot. Output is UTF-8 whatever the platform's default encoding is, so
 * "Hörde" and "Lütgendortmund" print intact.
 */
public final class Demo {

    /** Monday, 4 June 2018, 10:00 in Dortmund: the day of the newspaper article. */
    static final ZonedDateTime START = ZonedDateTime.of(2018, 6, 4, 10, 0, 0, 0, Dortmund.network().zone());

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm", Locale.GERMAN);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator-1"));

    private Demo() {
    }

    /**
     * Runs the demo and prints its report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /**
     * Runs the demo.
     *
     * @param out where the report goes
     */
    static void run(PrintStream out) {
        TestClock clock = TestClock.at(START.toInstant(), START.getZone());
        Ankommen ankommen = Ankommen.builder().clock(clock).ids(IdSource.sequence("demo")).build();
        out.println("ankommen demo: Dortmund \"Lokal willkommen\"");
        out.println("=========================================");
        out.println("Scenario clock: " + WHEN.format(START) + " " + START.getZone());
        out.println();
        network(out, ankommen, clock);
        cases(out, ankommen, clock);
    }

    private static void network(PrintStream out, Ankommen ankommen, TestClock clock) {
        heading(out, "Network");
        NetworkService network = ankommen.network();
        network.load(COORDINATOR, Dortmund.directory());
        Instant now = clock.instant();
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
                out.println("    open now:  " + (site.isOpenAt(now) ? "yes" : "no" + site.nextOpening(now)
                        .map(next -> ", next opening " + WHEN.format(next.atZone(START.getZone())))
                        .orElse(", no opening hours yet")));
            }
        }
        out.println();
    }

    private static void cases(PrintStream out, Ankommen ankommen, TestClock clock) {
        heading(out, "Cases");
        CaseService cases = ankommen.cases();
        Actor brackel = Actor.caseworker(ActorId.of("caseworker-brackel"), Dortmund.BRACKEL);
        Actor hoerde = Actor.caseworker(ActorId.of("caseworker-hoerde"), Dortmund.HOERDE_HOMBRUCH);

        cases.record(brackel, Consultation.anonymous(ConsultationId.of(ankommen.ids().next()), Dortmund.BRACKEL,
                START.toLocalDate(), Set.of(Category.LANGUAGE_COURSE, Category.WORK), Language.ARABIC, Channel.WALK_IN));
        cases.record(hoerde, Consultation.anonymous(ConsultationId.of(ankommen.ids().next()), Dortmund.HOERDE_HOMBRUCH,
                START.toLocalDate(), Set.of(Category.EDUCATION), Language.FARSI, Channel.HOME_VISIT));

        CaseId first = open(ankommen, brackel, Dortmund.BRACKEL, "brackel-city", Category.LANGUAGE_COURSE);
        CaseId second = open(ankommen, hoerde, Dortmund.HOERDE_HOMBRUCH, "hoerde-hombruch-welfare", Category.EDUCATION);

        cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.ASSESS));
        cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.PLAN));
        try {
            cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.LINK));
        } catch (IllegalTransitionException refused) {
            out.println("refused: " + refused.attempted() + " on " + refused.caseId() + " in " + refused.current().name()
                    + " (" + refused.refusal().kind() + ")");
        }
        GoalId goal = GoalId.of(ankommen.ids().next());
        cases.apply(brackel, first, new CaseCommand.AddGoal(goal, "Integrationskurs abschließen", List.of("anmelden"),
                LocalDate.of(2018, 12, 14)));
        cases.apply(brackel, first, new CaseCommand.AgreeGoal(goal));
        cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.LINK));
        cases.apply(brackel, first, new CaseCommand.AddFollowUp(FollowUpId.of(ankommen.ids().next()),
                LocalDate.of(2018, 6, 6), null));
        cases.apply(brackel, first, CaseCommand.fire(CaseWorkflows.MONITOR));

        cases.apply(hoerde, second, CaseCommand.fire(CaseWorkflows.ASSESS));
        cases.apply(hoerde, second, CaseCommand.hold("Familie verreist"));
        cases.apply(hoerde, second, CaseCommand.resume());
        cases.apply(hoerde, second, CaseCommand.close(ClosureOutcome.CLIENT_MOVED_AWAY));

        for (CaseId id : List.of(first, second)) {
            var current = cases.find(COORDINATOR, id).orElseThrow();
            out.printf("%s at %s: %s, version %d%n", id, current.value().contactPoint(), current.value().state().name(),
                    current.version());
            for (AuditEntry entry : cases.auditTrail(COORDINATOR, id)) {
                out.printf("    %d  %-15s %-10s -> %-10s by %s%n", entry.version(), entry.transition(),
                        entry.from() == null ? "-" : entry.from().name(), entry.to().name(), entry.actor());
            }
        }
        clock.advanceWorkingDays(3, ankommen.workingDays());
        out.println("On " + WHEN.format(clock.instant().atZone(START.getZone())) + ", overdue at " + Dortmund.BRACKEL + ":");
        for (Deadline deadline : cases.overdue(COORDINATOR, Dortmund.BRACKEL)) {
            out.printf("    %s %s of %s, due %s, %d working day(s) late%n", deadline.kind(), deadline.followUp(),
                    deadline.caseId(), deadline.due(), deadline.workingDaysOverdue());
        }
        out.println();
    }

    private static CaseId open(Ankommen ankommen, Actor caseworker, ContactPointId site, String staff, Category need) {
        ClientId client = ClientId.of(ankommen.ids().next());
        ankommen.cases().register(caseworker, site, Client.of(client, "P-" + client.value()));
        CaseId id = CaseId.of(ankommen.ids().next());
        ankommen.cases().open(caseworker, new OpenCase(id, client, site, TeamMemberId.of(staff), null, Set.of(need)));
        return id;
    }

    private static String served(ServedDistrict served) {
        return served.district().name() + " from " + served.validity().from();
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
