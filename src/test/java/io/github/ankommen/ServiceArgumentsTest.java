package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.pathway.PathwayId;
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
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 9: every public service method, found by reflection, answers a null argument
 * with a {@link NullPointerException} that names the parameter, before it reads or writes
 * anything; numbers out of range get a documented {@link IllegalArgumentException}.
 */
class ServiceArgumentsTest {

    /** One page of the largest size: all there is in these small tests. */
    private static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);

    /** The parameters documented "or null". */
    private static final Set<String> NULLABLE = Set.of("NetworkService.offers.category",
            "NetworkService.offers.district", "NetworkService.offers.language", "ReferralService.request.legalBasis",
            "ReferralService.request.overrideReason", "AppointmentService.nextFree.language",
            "InterpreterService.whoCanInterpret.mode");

    private Ankommen ankommen;

    @BeforeEach
    void setUp() {
        ankommen = Ankommen.builder().clock(TestClock.at(Instant.parse("2018-06-04T08:00:00Z"),
                Dortmund.network().zone())).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
    }

    /** A well-formed value of each parameter type that comes before another one; more are added as needed. */
    private static Map<Class<?>, Object> samples() {
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(Actor.class, COORDINATOR);
        samples.put(ContactPointId.class, Dortmund.BRACKEL);
        samples.put(CaseId.class, CaseId.of("case-1"));
        samples.put(ClientId.class, ClientId.of("client-1"));
        samples.put(ConsentId.class, ConsentId.of("consent-1"));
        samples.put(ReferralId.class, ReferralId.of("referral-1"));
        samples.put(OfferId.class, Dortmund.FOOTBALL);
        samples.put(NetworkId.class, Dortmund.NETWORK);
        samples.put(PathwayId.class, PathwayId.of("pathway-1"));
        samples.put(ContactPoint.class, Dortmund.contactPoints().get(0));
        samples.put(ContactPointStatus.class, ContactPointStatus.values()[0]);
        samples.put(District.class, Dortmund.Districts.BRACKEL);
        samples.put(Language.class, Language.ARABIC);
        samples.put(Category.class, Category.LANGUAGE_COURSE);
        samples.put(CaseQuery.class, CaseQuery.all());
        samples.put(CaseCommand.class, CaseCommand.fire(CaseWorkflows.ASSESS));
        samples.put(PageRequest.class, PageRequest.first(10));
        samples.put(LocalDate.class, Dortmund.REFERENCE_DATE);
        samples.put(Set.class, Set.of(DataCategory.BASIC));
        samples.put(String.class, "why");
        samples.put(ConsultationId.class, ConsultationId.of("consultation-1"));
        samples.put(List.class, List.of());
        samples.put(Collection.class, List.of());
        samples.put(ReferralQuery.class, ReferralQuery.all());
        samples.put(VolunteerId.class, VolunteerId.of("volunteer-1"));
        samples.put(Volunteer.class, Dortmund.volunteers().get(0));
        samples.put(VolunteerNeed.class, VolunteerNeed.of(Skill.ACCOMPANIMENT, Language.ARABIC,
                LocalDateTime.of(2018, 6, 5, 10, 0), Duration.ofHours(1)));
        samples.put(Accompaniment.class, new Accompaniment(AccompanimentId.of("acc-1"), VolunteerId.of("volunteer-1"),
                Dortmund.BRACKEL, null, null, Dortmund.JOB_PLACEMENT, "Jobcenter", Dortmund.REFERENCE_DATE, 60, false,
                ActorId.of("anyone"), Instant.EPOCH));
        samples.put(AppointmentId.class, AppointmentId.of("appointment-1"));
        samples.put(AppointmentRequest.class, AppointmentRequest.of(AppointmentId.of("appointment-1"), Dortmund.BRACKEL,
                LocalDateTime.of(2018, 6, 5, 10, 0)));
        samples.put(LocalDateTime.class, LocalDateTime.of(2018, 6, 5, 10, 0));
        samples.put(Duration.class, Duration.ofHours(1));
        samples.put(InterpretingMode.class, InterpretingMode.PHONE);
        samples.put(Interpreter.class, Dortmund.interpreters().get(0));
        samples.put(InterpreterRequestId.class, InterpreterRequestId.of("request-1"));
        samples.put(InterpreterRequest.class, new InterpreterRequest(InterpreterRequestId.of("request-1"),
                InterpreterId.of("interpreter-1"), Dortmund.BRACKEL, Language.ARABIC, InterpretingMode.PHONE,
                LocalDateTime.of(2018, 6, 5, 9, 0), 60, null, null, Instant.parse("2018-06-05T00:00:00Z"),
                InterpreterAnswer.PENDING, null, ActorId.of("anyone"), Instant.parse("2018-06-04T00:00:00Z")));
        samples.put(ReportingPeriod.class, ReportingPeriod.of(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30),
                ZoneId.of("Europe/Berlin")));
        samples.put(Client.class, Client.of(ClientId.of("client-2"), "P-2"));
        samples.put(RecordKind.class, RecordKind.CLIENT);
        samples.put(Object.class, ClientId.of("client-1"));
        samples.put(ActorId.class, ActorId.of("someone"));
        samples.put(OpenCase.class, new OpenCase(CaseId.of("case-2"), ClientId.of("client-2"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
        return samples;
    }

    private List<Object> services() throws ReflectiveOperationException {
        List<Object> services = new ArrayList<>();
        for (Method m : Ankommen.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType().getSimpleName().endsWith("Service")) {
                services.add(m.invoke(ankommen));
            }
        }
        return services;
    }

    @Test
    void p9_everyNullArgumentIsNamedInTheException() throws ReflectiveOperationException {
        Map<Class<?>, Object> samples = samples();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<Object> services = services();
        assertTrue(services.size() >= 7, "the services of Ankommen: " + services);
        for (Object service : services) {
            for (Method method : service.getClass().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    String key = service.getClass().getSimpleName() + "." + method.getName() + "."
                            + parameters[i].getName();
                    if (parameters[i].getType().isPrimitive() || NULLABLE.contains(key)) {
                        continue;
                    }
                    assertFalse(parameters[i].getName().matches("arg\\d+"), "compiled without -parameters: " + key);
                    Object[] args = new Object[parameters.length];
                    for (int j = 0; j < i; j++) {
                        args[j] = sample(samples, parameters[j], key);
                    }
                    for (int j = i + 1; j < parameters.length; j++) {
                        args[j] = parameters[j].getType().isPrimitive() ? sample(samples, parameters[j], key) : null;
                    }
                    checked++;
                    try {
                        method.invoke(service, args);
                        failures.add(key + ": no exception");
                    } catch (InvocationTargetException thrown) {
                        Throwable cause = thrown.getCause();
                        String expected = parameters[i].getName() + " must not be null";
                        if (!(cause instanceof NullPointerException) || !expected.equals(cause.getMessage())) {
                            failures.add(key + ": " + cause);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 60, "checked " + checked + " parameters");
        assertEquals(List.of(), failures);
    }

    private static Object sample(Map<Class<?>, Object> samples, Parameter parameter, String key) {
        Class<?> type = parameter.getType();
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return true;
        }
        if (!samples.containsKey(type)) {
            fail("no sample of " + type.getName() + " for " + key + ": add one to samples()");
        }
        return samples.get(type);
    }

    @Test
    void p9_aNullArgumentChangesNothingAndIsNotTakenForADenial() {
        CaseService cases = ankommen.cases();
        assertEquals("consultation must not be null",
                assertThrows(NullPointerException.class, () -> cases.record(CASEWORKER, null)).getMessage());
        assertEquals("query must not be null", assertThrows(NullPointerException.class,
                () -> cases.cases(CASEWORKER, null, PageRequest.first(1))).getMessage());
        assertEquals("actor must not be null", assertThrows(NullPointerException.class,
                () -> cases.cases(null, CaseQuery.all(), PageRequest.first(1))).getMessage());
        assertEquals("query must not be null", assertThrows(NullPointerException.class,
                () -> ankommen.referrals().referrals(CASEWORKER, null, PageRequest.first(1))).getMessage());
        assertEquals("period must not be null", assertThrows(NullPointerException.class,
                () -> ankommen.statistics().report(CASEWORKER, null)).getMessage());
        assertEquals("directory must not be null", assertThrows(NullPointerException.class,
                () -> ankommen.network().load(COORDINATOR, null)).getMessage());
        assertEquals("pathway must not be null", assertThrows(NullPointerException.class,
                () -> ankommen.pathways().save(COORDINATOR, null)).getMessage());
    }

    @Test
    void p9_dueWithinRefusesADistantHorizonWithTheDocumentedException() {
        CaseService cases = ankommen.cases();
        assertEquals(List.of(),
                cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, CaseService.MAX_WORKING_DAYS_AHEAD, ONE_PAGE).items());
        IllegalArgumentException tooFar = assertThrows(IllegalArgumentException.class,
                () -> cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, Integer.MAX_VALUE, ONE_PAGE));
        assertTrue(tooFar.getMessage().contains(String.valueOf(CaseService.MAX_WORKING_DAYS_AHEAD)), tooFar.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, CaseService.MAX_WORKING_DAYS_AHEAD + 1, ONE_PAGE));
        assertThrows(IllegalArgumentException.class, () -> cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, -1, ONE_PAGE));
        assertThrows(IllegalArgumentException.class, () -> cases.escalations(COORDINATOR, -1, ONE_PAGE));
    }

    @Test
    void p9_versionsAndThresholdsOutOfRangeAreRefusedWithTheDocumentedException() {
        CaseService cases = ankommen.cases();
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(ClientId.of("client-1"), "P-1"));
        cases.open(CASEWORKER, new OpenCase(CaseId.of("case-1"), ClientId.of("client-1"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), null, Set.of()));
        assertInstanceOf(IllegalArgumentException.class, assertThrows(RuntimeException.class,
                () -> cases.apply(CASEWORKER, CaseId.of("case-1"), CaseCommand.fire(CaseWorkflows.ASSESS), 0)));
        assertEquals(1, cases.find(CASEWORKER, CaseId.of("case-1")).orElseThrow().version());
        assertThrows(IllegalArgumentException.class, () -> ankommen.referrals().stalled(COORDINATOR, 0, ONE_PAGE));
        assertThrows(IllegalArgumentException.class, () -> ankommen.referrals().stalled(COORDINATOR, Integer.MIN_VALUE,
                ONE_PAGE));
        assertEquals(List.of(), ankommen.referrals().stalled(COORDINATOR, Integer.MAX_VALUE,
                ONE_PAGE).items());
        assertEquals(List.of(), cases.escalations(COORDINATOR, Integer.MAX_VALUE, ONE_PAGE).items());
    }
}
