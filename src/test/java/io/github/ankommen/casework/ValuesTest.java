package io.github.ankommen.casework;

import static io.github.ankommen.casework.Fixtures.BRACKEL;
import static io.github.ankommen.casework.Fixtures.CASE;
import static io.github.ankommen.casework.Fixtures.CLIENT;
import static io.github.ankommen.casework.Fixtures.DAY0;
import static io.github.ankommen.casework.Fixtures.EVING;
import static io.github.ankommen.casework.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Role;
import io.github.ankommen.base.ViolationMessages;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.State;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final String SECRET = "Fatima Geheim";

    @Test
    void clientsShowNoPersonalData() {
        Client client = new Client(CLIENT, SECRET,
                new BasicData(SECRET, Year.of(1990), 2, Set.of(Language.of("ar")), YearMonth.of(2024, 5), 4),
                new SensitiveData(ResidenceStatus.TOLERATION, SECRET));
        String shown = client + " " + client.basic() + " " + client.sensitive();
        assertFalse(shown.contains("Fatima"), shown);
        assertFalse(shown.contains("1990"), shown);
        assertFalse(shown.contains("TOLERATION"), shown);
        assertEquals("Client[id=client-1]", client.toString());
        assertEquals("SensitiveData[recorded=residenceStatus, healthNotes]", client.sensitive().toString());
    }

    @Test
    void aClientLosesOneCategoryOfDataAtATime() {
        Client client = Client.of(CLIENT, "K-17")
                .withBasic(new BasicData("F.", null, null, Set.of(), null, 2))
                .withSensitive(new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, null));
        Client withoutSensitive = client.without(DataCategory.SENSITIVE);
        assertEquals(SensitiveData.none(), withoutSensitive.sensitive());
        assertEquals(client.basic(), withoutSensitive.basic());
        Client withoutBasic = client.without(DataCategory.BASIC);
        assertEquals(BasicData.none(), withoutBasic.basic());
        assertEquals("K-17", withoutBasic.pseudonym());
    }

    @Test
    void badClientDataIsRejectedWithoutShowingIt() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> new BasicData(" ", null, 5, null, null, 0));
        assertEquals(Set.of("firstNameOrInitialsNotBlank", "birthQuarter", "birthQuarterWithYear", "languages",
                "householdSize"), paths(e));
        assertFalse(e.getMessage().contains(SECRET));
        ConstraintViolationException notes = assertThrows(ConstraintViolationException.class,
                () -> new SensitiveData(null, SECRET.repeat(400)));
        assertFalse(notes.getMessage().contains("Fatima"), notes.getMessage());
        assertEquals(Set.of("id", "pseudonym", "basic", "sensitive"),
                paths(assertThrows(ConstraintViolationException.class, () -> new Client(null, " ", null, null))));
        ConstraintViolationException quarter = assertThrows(ConstraintViolationException.class,
                () -> new BasicData(null, null, 1, Set.of(), null, null));
        assertEquals("ein Geburtsquartal braucht ein Geburtsjahr",
                ViolationMessages.message(quarter.getConstraintViolations().iterator().next(), Locale.GERMAN));
    }

    @Test
    void consultationsAreAnonymousUntilLinked() {
        Consultation c = Consultation.anonymous(ConsultationId.of("k1"), BRACKEL, DAY0, Set.of(Category.HOUSING),
                Language.of("fa"), Channel.WALK_IN);
        assertTrue(c.isAnonymous());
        Consultation linked = c.withCase(CLIENT, CASE);
        assertFalse(linked.isAnonymous());
        assertEquals(CASE, linked.caseId());
        assertEquals(CASE, linked.withClient(CLIENT).caseId());
        assertEquals(null, linked.withClient(ClientId.of("other")).caseId());
        assertEquals(Set.of("caseLinkedWithClient"), paths(assertThrows(ConstraintViolationException.class,
                () -> new Consultation(ConsultationId.of("k1"), BRACKEL, DAY0, Set.of(), Language.of("fa"),
                        Channel.PHONE, null, CASE))));
        assertThrows(NullPointerException.class, () -> c.withClient(null));
    }

    @Test
    void statisticsCountWithoutPersonalData() {
        List<Consultation> all = List.of(
                Consultation.anonymous(ConsultationId.of("k1"), BRACKEL, DAY0, Set.of(Category.HOUSING, Category.WORK),
                        Language.of("fa"), Channel.WALK_IN),
                Consultation.anonymous(ConsultationId.of("k2"), BRACKEL, DAY0.plusDays(1), Set.of(Category.WORK),
                        Language.of("ar"), Channel.PHONE).withCase(CLIENT, CASE),
                Consultation.anonymous(ConsultationId.of("k3"), EVING, DAY0, Set.of(), Language.of("en"), Channel.PHONE),
                Consultation.anonymous(ConsultationId.of("k4"), BRACKEL, DAY0.plusDays(40), Set.of(), Language.of("en"),
                        Channel.PHONE));
        ConsultationStatistics s = ConsultationStatistics.count(all, BRACKEL, DAY0, DAY0.plusDays(30));
        assertEquals(2, s.total());
        assertEquals(2L, s.byTopic().get(Category.WORK));
        assertEquals(1L, s.byTopic().get(Category.HOUSING));
        assertEquals(1L, s.byChannel().get(Channel.PHONE));
        assertEquals(List.of(Language.of("ar"), Language.of("fa")), List.copyOf(s.byLanguage().keySet()));
    }

    @Test
    void freeTextNeverShowsInToString() {
        Goal goal = new Goal(GoalId.of("g1"), SECRET, List.of(SECRET), DAY0, GoalStatus.OPEN, null);
        FollowUp followUp = new FollowUp(FollowUpId.of("f1"), DAY0, SECRET, null);
        Transfer transfer = new Transfer(EVING, ActorId.of("a"), T0, SECRET);
        Reopening reopening = new Reopening(ActorId.of("a"), T0, SECRET, ClosureOutcome.OTHER);
        AuditEntry entry = new AuditEntry(CASE, 1, ActorId.of("a"), Role.CASEWORKER, T0, null, State.of("intake"), "open",
                SECRET);
        CaseCommand.Fire fire = CaseCommand.hold(SECRET);
        CaseCommand.AddGoal addGoal = new CaseCommand.AddGoal(GoalId.of("g1"), SECRET, List.of(SECRET), DAY0);
        CaseCommand.AddFollowUp addFollowUp = new CaseCommand.AddFollowUp(FollowUpId.of("f1"), DAY0, SECRET);
        for (Object value : List.of(goal, followUp, transfer, reopening, entry, fire, addGoal, addFollowUp)) {
            assertFalse(value.toString().contains("Fatima"), value.toString());
        }
    }

    @Test
    void casesRejectComponentsThatDoNotFit() {
        Goal g = new Goal(GoalId.of("g1"), "Ziel", List.of(), DAY0, GoalStatus.OPEN, null);
        FollowUp f = new FollowUp(FollowUpId.of("f1"), DAY0, null, null);
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> new Case(CASE, CLIENT,
                BRACKEL, Fixtures.ANNA, null, Set.of(), List.of(g, g), List.of(f, f), State.of("intake"), null, null,
                new Transfer(BRACKEL, ActorId.of("a"), T0, null), List.of(), 1, T0, T0.minusSeconds(1)));
        assertEquals(Set.of("goalIdsUnique", "followUpIdsUnique", "transferElsewhere", "updatedNotBeforeCreated"),
                paths(e));
        assertEquals(Set.of("id", "client", "contactPoint", "caseworker", "needs", "goals", "followUps", "state",
                "reopenings", "version", "createdAt", "updatedAt"),
                paths(assertThrows(ConstraintViolationException.class, () -> new Case(null, null, null, null, null, null,
                        null, null, null, null, null, null, null, 0, null, null))));
        assertEquals(Set.of("needs[].<iterable element>"),
                paths(assertThrows(ConstraintViolationException.class, () -> new Case(CASE, CLIENT, BRACKEL,
                        Fixtures.ANNA, null, new java.util.HashSet<>(Arrays.asList((Category) null)), List.of(),
                        List.of(), State.of("intake"), null, null, null, List.of(), 1, T0, T0))));
    }

    @Test
    void hotPathRecordsRejectExactlyWhatTheValidatorRejects() {
        // Every Case, AuditEntry and Fire that a constructor accepts has no violations at all: the hand-written
        // check in front of the validator is never more lenient than the annotations (decision D10).
        Goal g = new Goal(GoalId.of("g1"), "Ziel", List.of(), DAY0, GoalStatus.OPEN, null);
        List<Object[]> choices = List.of(
                new Object[] {CASE, null}, new Object[] {CLIENT, null}, new Object[] {BRACKEL, null},
                new Object[] {Fixtures.ANNA, null}, new Object[] {TeamMemberId.of("m"), null},
                new Object[] {Set.of(Category.WORK), null, new java.util.HashSet<>(Arrays.asList((Category) null))},
                new Object[] {List.of(g), List.of(g, g), null, Arrays.asList((Goal) null)},
                new Object[] {List.of(), null}, new Object[] {State.of("intake"), null},
                new Object[] {0L, 1L, -1L}, new Object[] {T0, null}, new Object[] {T0, T0.minusSeconds(1), null},
                new Object[] {new Transfer(BRACKEL, ActorId.of("a"), T0, null), new Transfer(EVING, ActorId.of("a"), T0,
                        null), null},
                new Object[] {"open", "Open", "", null, "x".repeat(65)}, new Object[] {null, "r", "r".repeat(2001)});
        qt().withExamples(2000).forAll(lists().of(integers().between(0, 4)).ofSize(choices.size())).checkAssert(picks -> {
            Object[] v = new Object[choices.size()];
            for (int i = 0; i < v.length; i++) {
                Object[] options = choices.get(i);
                v[i] = options[picks.get(i) % options.length];
            }
            assertAcceptedOnlyIfValid(() -> new Case((CaseId) v[0], (ClientId) v[1], (io.github.ankommen.network.ContactPointId) v[2],
                    (TeamMemberId) v[3], (TeamMemberId) v[4], cast(v[5]), cast(v[6]), cast(v[7]), (State) v[8], null,
                    null, (Transfer) v[12], List.of(), (Long) v[9], (Instant) v[10], (Instant) v[11]));
            assertAcceptedOnlyIfValid(() -> new AuditEntry((CaseId) v[0], (Long) v[9], ActorId.of("a"), Role.CASEWORKER,
                    (Instant) v[10], null, (State) v[8], (String) v[13], (String) v[14]));
            assertAcceptedOnlyIfValid(() -> new CaseCommand.Fire((String) v[13], (String) v[14], null, null, null));
            assertAcceptedOnlyIfValid(() -> new Transfer(BRACKEL, ActorId.of("a"), (Instant) v[10], (String) v[14]));
            assertAcceptedOnlyIfValid(() -> new Reopening(ActorId.of("a"), (Instant) v[11], (String) v[14], null));
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static void assertAcceptedOnlyIfValid(Supplier<Object> construction) {
        Object value;
        try {
            value = construction.get();
        } catch (ConstraintViolationException refused) {
            return;
        }
        assertEquals(Set.of(), RecordValidation.validator().validate(value).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()), value.getClass().getSimpleName());
    }

    @Test
    void deadlinesNameTheItemOfTheirKind() {
        assertEquals(Set.of("itemOfKind"), paths(assertThrows(ConstraintViolationException.class,
                () -> new Deadline(CASE, BRACKEL, DeadlineKind.GOAL, null, FollowUpId.of("f1"), DAY0, 0))));
        assertEquals(LocalDate.of(2026, 3, 2), OverdueQuery.at(BRACKEL, T0, java.time.ZoneId.of("Europe/Berlin")).today());
    }

    private static Set<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
