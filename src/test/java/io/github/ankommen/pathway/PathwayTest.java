package io.github.ankommen.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.Organisation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.OrganisationType;
import io.github.ankommen.referral.DraftReferral;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ResponseDeadlines;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.testing.Dortmund;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PathwayTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ReferralEngine ENGINE = ReferralEngine.of(
            ResponseDeadlines.of(WorkingDays.of(HolidayCalendar.nrw())), ZONE);
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    private static final OrganisationId ORG = OrganisationId.of("org");
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    private static final Actor PARTNER = Actor.partner(ActorId.of("clerk"), ORG);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final LegalBasis ANY = LegalBasis.of("SGB X § 69", ORG, Set.of(DataCategory.BASIC), "Weg");

    private int clock;

    @Test
    void pathwaysAreValidated() {
        PathwayStep a = PathwayStep.of("a", "A", Category.WORK);
        PathwayStep b = PathwayStep.of("b", "B", Category.WORK, "a");
        Pathway p = new Pathway(PathwayId.of("p"), "Weg", "Ziel", List.of(a, b));
        assertEquals(Set.of("keysUnique"), paths(assertThrows(ConstraintViolationException.class,
                () -> p.withSteps(List.of(a, a)))));
        assertEquals(Set.of("prerequisitesEarlier"), paths(assertThrows(ConstraintViolationException.class,
                () -> p.withSteps(List.of(b, a)))));
        assertThrows(ConstraintViolationException.class, () -> p.withoutStep("a"), "b needs a");
        assertEquals(Set.of("notOwnPrerequisite"), paths(assertThrows(ConstraintViolationException.class,
                () -> PathwayStep.of("a", "A", Category.WORK, "a"))));
        assertThrows(ConstraintViolationException.class, () -> PathwayStep.of("Bad Key", "A", Category.WORK));
        assertThrows(ConstraintViolationException.class, () -> p.withSteps(List.of()));
        assertEquals(List.of("a"), p.withoutStep("b").steps().stream().map(PathwayStep::key).toList());
        assertEquals(p, p.withoutStep("zzz"));
    }

    @Test
    void theExamplesAreTheThreePathwaysOfTheIssueAndCanBeChanged() {
        List<Pathway> examples = Pathways.examples();
        assertEquals(List.of(Pathways.WORK, Pathways.SCHOOL, Pathways.NEIGHBOURHOOD),
                examples.stream().map(Pathway::id).toList());
        assertEquals(List.of("jobcenter", "integration_course", "qualification", "job_placement"),
                Pathways.work().steps().stream().map(PathwayStep::key).toList());
        assertEquals(List.of("registration", "school_place", "homework_help"),
                Pathways.school().steps().stream().map(PathwayStep::key).toList());
        assertEquals(List.of("sports_club", "culture"),
                Pathways.neighbourhood().steps().stream().map(PathwayStep::key).toList());
        // A municipality ties the first step to its own Jobcenter offer and adds a language course.
        Pathway ours = Pathways.work()
                .withStep(Pathways.work().step("jobcenter").orElseThrow().withOffer(Dortmund.JOB_PLACEMENT))
                .withStep(PathwayStep.of("language_b2", "Berufssprachkurs B2", Category.LANGUAGE_COURSE,
                        "integration_course"));
        assertEquals(Dortmund.JOB_PLACEMENT, ours.step("jobcenter").orElseThrow().offer());
        assertEquals(5, ours.steps().size());
    }

    @Test
    void progressIsDerivedFromTheReferrals() {
        Pathway school = Pathways.school();
        List<Referral> referrals = new ArrayList<>();
        PathwayProgress none = PathwayProgress.of(school, CASE, referrals);
        assertEquals(List.of(StepState.NOT_STARTED, StepState.BLOCKED, StepState.BLOCKED), states(none));

        Referral registration = requested("r-1", Category.ADMINISTRATION);
        referrals.add(registration);
        assertEquals(List.of(StepState.IN_PROGRESS, StepState.BLOCKED, StepState.BLOCKED),
                states(PathwayProgress.of(school, CASE, referrals)));

        referrals.set(0, complete(registration));
        Referral rejected = ENGINE.apply(requested("r-2", Category.EDUCATION),
                ReferralCommand.reject(ReferralReason.NO_CAPACITY, null), PARTNER, next()).updated();
        referrals.add(rejected);
        PathwayProgress afterRejection = PathwayProgress.of(school, CASE, referrals);
        assertEquals(List.of(StepState.DONE, StepState.NOT_STARTED, StepState.BLOCKED), states(afterRejection));
        assertEquals(List.of(rejected), afterRejection.step("school_place").orElseThrow().referrals());

        // Two education steps: referrals fill them in order.
        referrals.add(complete(requested("r-3", Category.EDUCATION)));
        referrals.add(requested("r-4", Category.EDUCATION));
        PathwayProgress progress = PathwayProgress.of(school, CASE, referrals);
        assertEquals(List.of(StepState.DONE, StepState.DONE, StepState.IN_PROGRESS), states(progress));
        assertEquals(List.of("r-2", "r-3"), progress.step("school_place").orElseThrow().referrals().stream()
                .map(r -> r.id().value()).toList());
        assertFalse(progress.isComplete());

        // Entered in error and other cases' referrals do not count.
        Referral error = ENGINE.apply(referrals.get(3), ReferralCommand.enteredInError(null), CASEWORKER, next()).updated();
        referrals.set(3, error);
        referrals.add(ENGINE.apply(ENGINE.draft(new DraftReferral(ReferralId.of("other"), CaseId.of("case-2"),
                ClientId.of("client-2"), BRACKEL, OfferId.of("o"), ORG, Category.EDUCATION, Set.of(DataCategory.BASIC),
                "Weg"), CASEWORKER, next()).updated(), ReferralCommand.request(TransferId.of("t"), List.of(), ANY, null),
                CASEWORKER, next()).updated());
        assertEquals(List.of(StepState.DONE, StepState.DONE, StepState.NOT_STARTED),
                states(PathwayProgress.of(school, CASE, referrals)));
    }

    @Test
    void aStepCanBeDoneBeforeItsPrerequisitesAndASpecificOfferClaimsItsReferrals() {
        OfferId special = OfferId.of("offer-special");
        Pathway p = new Pathway(PathwayId.of("p"), "Weg", "Ziel", List.of(
                PathwayStep.of("first", "Erst", Category.WORK),
                new PathwayStep("special", "Besonders", Category.WORK, special, Set.of("first"))));
        Referral toSpecial = ENGINE.apply(ENGINE.draft(new DraftReferral(ReferralId.of("r-s"), CASE, ClientId.of("c"),
                BRACKEL, special, ORG, Category.WORK, Set.of(DataCategory.BASIC), "Weg"), CASEWORKER, next()).updated(),
                ReferralCommand.request(TransferId.of("t"), List.of(), ANY, null), CASEWORKER, next()).updated();
        PathwayProgress progress = PathwayProgress.of(p, CASE, List.of(complete(toSpecial)));
        assertEquals(List.of(StepState.NOT_STARTED, StepState.DONE), states(progress));
    }

    @Test
    void nextStepsOfferWhatFitsDistrictLanguageAndCapacity() {
        District brackel = District.of("Brackel");
        Organisation club = Organisation.of(ORG, "TuS Brackel", OrganisationType.CLUB);
        Offer football = offer("football", club, Category.SPORT, Set.of(Language.GERMAN, Language.ARABIC), brackel,
                CapacityStatus.WAITLIST);
        Offer swimming = offer("swimming", club, Category.SPORT, Set.of(Language.ARABIC), brackel,
                CapacityStatus.HAS_CAPACITY);
        Offer full = offer("boxing", club, Category.SPORT, Set.of(Language.ARABIC), brackel, CapacityStatus.NO_CAPACITY);
        Offer farsiOnly = offer("chess", club, Category.SPORT, Set.of(Language.FARSI), brackel,
                CapacityStatus.HAS_CAPACITY);
        Offer elsewhere = offer("rowing", club, Category.SPORT, Set.of(Language.ARABIC), District.of("Eving"),
                CapacityStatus.HAS_CAPACITY);
        Offer culture = offer("theatre", club, Category.CULTURE, Set.of(Language.ARABIC), brackel,
                CapacityStatus.HAS_CAPACITY);
        List<Offer> offers = List.of(football, swimming, full, farsiOnly, elsewhere, culture);
        PathwayProgress progress = PathwayProgress.of(Pathways.neighbourhood(), CASE, List.of());
        List<NextStep> next = progress.nextSteps(offers, brackel, Set.of(Language.ARABIC));
        assertEquals(1, next.size(), "culture waits for the sports club");
        assertEquals("sports_club", next.get(0).step().key());
        assertEquals(List.of(swimming, football), next.get(0).offers());
        assertEquals(List.of(swimming, football, farsiOnly).size(),
                progress.nextSteps(offers, brackel, Set.of()).get(0).offers().size());
        assertEquals(List.of(), progress.nextSteps(offers, District.of("Hörde"), Set.of()).get(0).offers(),
                "a step no offer fits is a gap");
        List<PathwayProgress> both = Pathways.progress(List.of(Pathways.work(), Pathways.neighbourhood()), CASE, List.of());
        assertEquals(2, both.size());
    }

    private static Offer offer(String id, Organisation org, Category category, Set<Language> languages,
            District district, CapacityStatus capacity) {
        return new Offer(OfferId.of(id), id, org, category, languages, Set.of(district), null, Capacity.of(capacity),
                Dortmund.offers().get(0).howToRefer());
    }

    private Instant next() {
        return T0.plusSeconds(60L * ++clock);
    }

    private Referral requested(String id, Category need) {
        Referral draft = ENGINE.draft(new DraftReferral(ReferralId.of(id), CASE, ClientId.of("c"), BRACKEL,
                OfferId.of("offer-" + need.name().toLowerCase(java.util.Locale.ROOT)), ORG, need,
                Set.of(DataCategory.BASIC), "Weg"), CASEWORKER, next()).updated();
        return ENGINE.apply(draft, ReferralCommand.request(TransferId.of("t-" + id), List.of(), ANY, null), CASEWORKER,
                next()).updated();
    }

    private Referral complete(Referral requested) {
        Referral accepted = ENGINE.apply(requested, ReferralCommand.accept(), PARTNER, next()).updated();
        return ENGINE.apply(accepted, ReferralCommand.complete(ReferralOutcome.of(ReferralOutcome.Kind.REGISTERED)),
                PARTNER, next()).updated();
    }

    private static List<StepState> states(PathwayProgress progress) {
        return progress.steps().stream().map(StepProgress::state).toList();
    }

    private static Set<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
