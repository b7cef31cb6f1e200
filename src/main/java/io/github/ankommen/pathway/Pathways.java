package io.github.ankommen.pathway;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.network.Category;
import io.github.ankommen.referral.Referral;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The example pathways the library ships, and progress along several pathways at once.
 *
 * <p>The examples are plain values: a municipality takes them as they are, changes them with
 * {@link Pathway#withStep}, {@link Pathway#withoutStep} and the other {@code with…} methods, or
 * writes its own. Their names are German, because the people who read them are.
 *
 * @since 0.1.0
 */
public final class Pathways {

    /** The id of {@link #work()}. */
    public static final PathwayId WORK = PathwayId.of("pathway-work");
    /** The id of {@link #school()}. */
    public static final PathwayId SCHOOL = PathwayId.of("pathway-school");
    /** The id of {@link #neighbourhood()}. */
    public static final PathwayId NEIGHBOURHOOD = PathwayId.of("pathway-neighbourhood");

    private Pathways() {
    }

    /**
     * The three examples: {@link #work()}, {@link #school()} and {@link #neighbourhood()}.
     *
     * @return the examples, in that order
     */
    public static List<Pathway> examples() {
        return List.of(work(), school(), neighbourhood());
    }

    /**
     * Into work: Jobcenter registration, integration course, recognition of qualifications or
     * vocational training, job placement; each step needs the one before.
     *
     * @return the pathway
     */
    public static Pathway work() {
        return new Pathway(WORK, "Weg in Arbeit", "eine Arbeitsstelle", List.of(
                PathwayStep.of("jobcenter", "Anmeldung beim Jobcenter", Category.WORK),
                PathwayStep.of("integration_course", "Integrationskurs", Category.LANGUAGE_COURSE, "jobcenter"),
                PathwayStep.of("qualification", "Anerkennung der Qualifikation oder Berufsausbildung",
                        Category.QUALIFICATION, "integration_course"),
                PathwayStep.of("job_placement", "Arbeitsvermittlung", Category.WORK, "qualification")));
    }

    /**
     * Into school: school registration office, school place, homework help; each step needs the one
     * before.
     *
     * @return the pathway
     */
    public static Pathway school() {
        return new Pathway(SCHOOL, "Weg in die Schule", "ein Schulplatz mit Unterstützung", List.of(
                PathwayStep.of("registration", "Anmeldung beim Schulamt", Category.ADMINISTRATION),
                PathwayStep.of("school_place", "Schulplatz", Category.EDUCATION, "registration"),
                PathwayStep.of("homework_help", "Hausaufgabenhilfe", Category.EDUCATION, "school_place")));
    }

    /**
     * Arriving in the neighbourhood: sports club membership, then a culture offer.
     *
     * @return the pathway
     */
    public static Pathway neighbourhood() {
        return new Pathway(NEIGHBOURHOOD, "Ankommen im Stadtteil", "Anschluss im Stadtteil", List.of(
                PathwayStep.of("sports_club", "Mitgliedschaft im Sportverein", Category.SPORT),
                PathwayStep.of("culture", "Kulturangebot", Category.CULTURE, "sports_club")));
    }

    /**
     * A case's progress along each of the pathways it follows.
     *
     * @param pathways the pathways the case follows, not null, no nulls
     * @param caseId the case, not null
     * @param referrals the case's referrals, not null, no nulls; other cases' are ignored
     * @return the progress along each pathway, in the same order
     * @throws NullPointerException if an argument or an element is null
     */
    public static List<PathwayProgress> progress(List<Pathway> pathways, CaseId caseId, Collection<Referral> referrals) {
        Objects.requireNonNull(pathways, "pathways must not be null");
        return pathways.stream().map(p -> PathwayProgress.of(p, caseId, referrals)).toList();
    }
}
