package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.EscalationListener;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
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
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.pathway.Pathways;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.AccompanimentId;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.AppointmentRequest;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterAnswer;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.people.Skill;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.people.VolunteerNeed;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2: every public service method, found by reflection, called by every role with
 * Brackel's own records and as an actor of the same role from outside them, against the matrix in
 * {@code docs/access-control.md} ("## Every service method, by role"). A cell is ✓ when the call
 * passes the access check (it returns, or fails for another reason) and ✗ when it is refused with
 * {@link AccessDeniedException}; each cell holds two marks, for the own and the foreign actor. A
 * method without a row, a row without a method, or any cell that differs fails the build; the
 * observed matrix is written to {@code target/access-matrix.md}.
 */
class AccessMatrixTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final TeamMemberId MENTOR = TeamMemberId.of("brackel-volunteer");
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final LocalDateTime TUESDAY_NINE = LocalDateTime.of(2018, 6, 5, 9, 0);
    private static final String OWN = "own";
    private static final String FOREIGN = "foreign";

    /** Per role, the actor whose records these are (own) and one of the same role elsewhere (foreign). */
    private static final Map<String, Map<String, Actor>> ACTORS = actors();

    private static Map<String, Map<String, Actor>> actors() {
        Map<String, Map<String, Actor>> actors = new LinkedHashMap<>();
        actors.put("coordinator", Map.of(OWN, COORDINATOR, FOREIGN, Actor.coordinator(ActorId.of("coordinator-2"))));
        actors.put("caseworker", Map.of(OWN, Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL),
                FOREIGN, Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK)));
        actors.put("volunteer", Map.of(OWN, Actor.volunteer(ActorId.of("vol-brackel"), MENTOR, Dortmund.BRACKEL),
                // The same team member id at another site: the contact point, not the id alone, decides.
                FOREIGN, Actor.volunteer(ActorId.of("vol-aplerbeck"), MENTOR, Dortmund.APLERBECK)));
        actors.put("partner", Map.of(OWN, Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER),
                FOREIGN, Actor.partner(ActorId.of("drk-1"), Dortmund.DRK)));
        actors.put("analyst", Map.of(OWN, Actor.analyst(ActorId.of("analyst-1")),
                FOREIGN, Actor.analyst(ActorId.of("analyst-2"))));
        return actors;
    }

    /**
     * Brackel's records: a client with a case mentored by Brackel's volunteer, a consent and a
     * requested referral to the Jobcenter, a pathway, the people of the network, an appointment,
     * an interpreter request and an accompaniment.
     */
    private static Ankommen brackel() {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().clock(clock).ids(IdSource.sequence("t")).build();
        Actor own = ACTORS.get("caseworker").get(OWN);
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        ankommen.pathways().save(COORDINATOR, Pathways.examples().get(0));
        Dortmund.volunteers().forEach(v -> ankommen.volunteers().register(COORDINATOR, v));
        Dortmund.interpreters().forEach(i -> ankommen.interpreters().save(COORDINATOR, i));
        ankommen.cases().register(own, Dortmund.BRACKEL, Client.of(ClientId.of("client-1"), "P-1"));
        ankommen.cases().open(own, new OpenCase(CaseId.of("case-1"), ClientId.of("client-1"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), MENTOR, Set.of(Category.WORK)));
        ankommen.consents().record(own, Consent.obtained(ConsentId.of("consent-1"), ClientId.of("client-1"),
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, own.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        ankommen.referrals().draft(own, ReferralId.of("ref-1"), CaseId.of("case-1"), Dortmund.JOB_PLACEMENT,
                Set.of(DataCategory.BASIC), PURPOSE);
        ankommen.referrals().request(own, ReferralId.of("ref-1"), null, null);
        LocalDateTime free = ankommen.appointments().nextFree(own, Dortmund.BRACKEL, Language.GERMAN).orElseThrow();
        ankommen.appointments().book(own, AppointmentRequest.of(AppointmentId.of("appt-1"), Dortmund.BRACKEL, free));
        ankommen.interpreters().request(own, interpreterRequest("request-1"));
        ankommen.volunteers().recordAccompaniment(own, accompaniment("acc-1"));
        ankommen.cases().record(own, consultation("consultation-1"));
        return ankommen;
    }

    private static InterpreterRequest interpreterRequest(String id) {
        return new InterpreterRequest(InterpreterRequestId.of(id), InterpreterId.of("int-brackel-arabic"),
                Dortmund.BRACKEL, Language.ARABIC, InterpretingMode.PHONE, TUESDAY_NINE, 60, null, null,
                Instant.parse("2018-06-05T00:00:00Z"), InterpreterAnswer.PENDING, null, ActorId.of("anyone"),
                Instant.parse("2018-06-04T00:00:00Z"));
    }

    private static Accompaniment accompaniment(String id) {
        return new Accompaniment(AccompanimentId.of(id), VolunteerId.of("vol-brackel-lena"), Dortmund.BRACKEL, null,
                null, Dortmund.JOB_PLACEMENT, "Jobcenter", LocalDate.of(2018, 6, 4), 60, false, ActorId.of("anyone"),
                Instant.parse("2018-06-04T00:00:00Z"));
    }

    private static Consultation consultation(String id) {
        return Consultation.anonymous(ConsultationId.of(id), Dortmund.BRACKEL, LocalDate.of(2018, 6, 4),
                Set.of(Category.WORK), Language.ARABIC, Channel.WALK_IN);
    }

    /** The argument of each type, naming Brackel's records. */
    private static Map<Class<?>, Object> arguments() {
        Map<Class<?>, Object> args = new HashMap<>();
        args.put(ContactPointId.class, Dortmund.BRACKEL);
        args.put(CaseId.class, CaseId.of("case-1"));
        args.put(ClientId.class, ClientId.of("client-1"));
        args.put(ConsentId.class, ConsentId.of("consent-1"));
        args.put(ReferralId.class, ReferralId.of("ref-1"));
        args.put(ReferralCommand.class, ReferralCommand.enteredInError("Test"));
        args.put(OfferId.class, Dortmund.JOB_PLACEMENT);
        args.put(NetworkId.class, Dortmund.NETWORK);
        args.put(PathwayId.class, Pathways.examples().get(0).id());
        args.put(ContactPoint.class, Dortmund.contactPoints().get(0));
        args.put(ContactPointStatus.class, ContactPointStatus.OPEN);
        args.put(District.class, Dortmund.Districts.BRACKEL);
        args.put(Language.class, Language.ARABIC);
        args.put(Category.class, Category.WORK);
        args.put(CaseQuery.class, CaseQuery.at(Dortmund.BRACKEL));
        args.put(ReferralQuery.class, ReferralQuery.all().from(Dortmund.BRACKEL));
        args.put(CaseCommand.class, CaseCommand.fire(CaseWorkflows.ASSESS));
        args.put(PageRequest.class, PageRequest.first(10));
        args.put(LocalDate.class, LocalDate.of(2018, 6, 5));
        args.put(LocalDateTime.class, TUESDAY_NINE);
        args.put(Duration.class, Duration.ofHours(1));
        args.put(Set.class, Set.of(DataCategory.BASIC));
        args.put(String.class, "Grund");
        args.put(ConsultationId.class, ConsultationId.of("consultation-1"));
        args.put(List.class, List.of());
        args.put(Collection.class, List.of());
        args.put(VolunteerId.class, VolunteerId.of("vol-brackel-lena"));
        args.put(Volunteer.class, Dortmund.volunteers().get(0));
        args.put(VolunteerNeed.class, VolunteerNeed.of(Skill.ACCOMPANIMENT, Language.GERMAN, TUESDAY_NINE,
                Duration.ofHours(1)));
        args.put(Accompaniment.class, accompaniment("acc-2"));
        args.put(AppointmentId.class, AppointmentId.of("appt-1"));
        args.put(AppointmentRequest.class, AppointmentRequest.of(AppointmentId.of("appt-2"), Dortmund.BRACKEL,
                TUESDAY_NINE));
        args.put(InterpretingMode.class, InterpretingMode.PHONE);
        args.put(Interpreter.class, Dortmund.interpreters().get(1));
        args.put(InterpreterRequestId.class, InterpreterRequestId.of("request-1"));
        args.put(InterpreterRequest.class, interpreterRequest("request-2"));
        args.put(ReportingPeriod.class, ReportingPeriod.of(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30),
                ZoneId.of("Europe/Berlin")));
        args.put(Client.class, Client.of(ClientId.of("client-2"), "P-2"));
        args.put(OpenCase.class, new OpenCase(CaseId.of("case-2"), ClientId.of("client-1"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
        args.put(RecordKind.class, RecordKind.CLIENT);
        args.put(Object.class, ClientId.of("client-1"));
        args.put(ActorId.class, ActorId.of("cw-brackel"));
        args.put(Consultation.class, consultation("consultation-2"));
        args.put(Pathway.class, Pathways.examples().get(0));
        args.put(Network.class, Dortmund.network());
        args.put(Directory.class, Dortmund.directory());
        args.put(Offer.class, Dortmund.offers().get(0));
        args.put(Capacity.class, Capacity.of(
                CapacityStatus.WAITLIST));
        args.put(EscalationListener.class,
                (EscalationListener) escalation -> { });
        args.put(Consent.class, Consent.obtained(ConsentId.of("consent-2"), ClientId.of("client-1"),
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, ActorId.of("cw-brackel"),
                Instant.parse("2018-06-04T08:00:00Z"), LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        args.put(int.class, 5);
        args.put(long.class, 1L);
        args.put(boolean.class, true);
        return args;
    }

    @Test
    void p2_everyServiceMethodDecidesForEveryRoleOwnAndForeignAsTheMatrixSays() throws Exception {
        Map<String, String> observed = observe();
        StringBuilder table = new StringBuilder("| method | " + String.join(" | ", ACTORS.keySet()) + " |\n|---|"
                + "---|".repeat(ACTORS.size()) + "\n");
        observed.forEach((method, cells) -> table.append("| `").append(method).append("` | ").append(cells)
                .append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access-matrix.md"), table, StandardCharsets.UTF_8);

        assertTrue(observed.size() >= 70, "methods found: " + observed.size());
        assertEquals(documented(), observed, "see target/access-matrix.md for the observed matrix");
    }

    /** The matrix as observed: per method, the five cells in the order of {@link #ACTORS}. */
    private static Map<String, String> observe() throws Exception {
        Map<String, String> rows = new TreeMap<>();
        Ankommen ankommen = brackel();
        for (Method getter : Ankommen.class.getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getReturnType().getSimpleName().endsWith("Service")) {
                continue;
            }
            List<Method> methods = new ArrayList<>(List.of(getter.getReturnType().getDeclaredMethods()));
            methods.sort(Comparator.comparing(Method::toGenericString));
            for (Method method : methods) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Map<String, Actor> role : ACTORS.values()) {
                    StringBuilder cell = new StringBuilder();
                    for (String side : List.of(OWN, FOREIGN)) {
                        if (method.getParameterCount() == 0 || method.getParameterTypes()[0] != Actor.class) {
                            cell.append(cell.length() == 0 ? "—" : "");
                            continue;
                        }
                        Throwable thrown = call(ankommen, getter, method, role.get(side));
                        boolean denied = thrown instanceof AccessDeniedException;
                        if (!denied) {
                            ankommen = brackel(); // the call may have changed the records
                        }
                        cell.append(cell.length() == 0 ? "" : " ").append(denied ? "✗" : "✓");
                    }
                    cells.add(cell.toString());
                }
                String name = getter.getReturnType().getSimpleName() + "." + method.getName();
                String row = String.join(" | ", cells);
                String earlier = rows.putIfAbsent(name, row);
                if (earlier != null && !earlier.equals(row)) {
                    rows.put(name, "overloads disagree: " + earlier + " / " + row);
                }
            }
        }
        return rows;
    }

    private static Throwable call(Ankommen ankommen, Method getter, Method method, Actor actor) throws Exception {
        Map<Class<?>, Object> args = arguments();
        Object[] values = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        values[0] = actor;
        for (int i = 1; i < types.length; i++) {
            String parameter = method.getParameters()[i].getName();
            if (parameter.equals("overrideReason") || parameter.equals("legalBasis")) {
                continue; // what is documented "or null" stays null: an override is a call of its own
            }
            if (!args.containsKey(types[i])) {
                throw new AssertionError("no argument of " + types[i].getName() + " for " + method);
            }
            values[i] = args.get(types[i]);
            if (types[i] == OpenCase.class && List.of(types).contains(Client.class)) {
                values[i] = new OpenCase(CaseId.of("case-2"), ClientId.of("client-2"), Dortmund.BRACKEL,
                        TeamMemberId.of("brackel-city"), null, Set.of()); // the case of the new client
            }
            if (types[i] == CaseCommand.class && method.getName().equals("close")) {
                values[i] = CaseCommand.close(ClosureOutcome.OTHER); // close takes a closing command only
            }
        }
        try {
            method.invoke(getter.invoke(ankommen), values);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }

    /** The matrix as documented. */
    private static Map<String, String> documented() throws IOException {
        String page = Files.readString(Path.of("docs", "access-control.md"), StandardCharsets.UTF_8);
        int start = page.indexOf("## Every service method, by role");
        Map<String, String> rows = new TreeMap<>();
        if (start < 0) {
            return rows;
        }
        String section = page.substring(start, page.indexOf("\n## ", start + 1) < 0 ? page.length()
                : page.indexOf("\n## ", start + 1));
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                List<String> marks = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    marks.add(cells[i].trim());
                }
                rows.put(cells[0].trim().replace("`", ""), String.join(" | ", marks));
            }
        }
        return rows;
    }
}
