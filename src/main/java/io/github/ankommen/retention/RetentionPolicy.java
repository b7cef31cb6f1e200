package io.github.ankommen.retention;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.Case;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How long each category of a client's data is kept after the client's case is closed
 * (<i>Löschfristen</i>).
 *
 * <p>A case is closed while it is in a terminal state of its workflow, whichever the workflow names
 * ({@link Workflow#isTerminal(State)}): the default workflow's {@code closed}, or a municipality's
 * {@code completed}, {@code dropped_out} and {@code moved_away}. The policy asks the workflow each
 * time, so it never misses a case that ended in a state of the municipality's own.
 *
 * <p>A period runs from the day a case was closed, in the policy's zone: data of a case closed on
 * 2026-03-02 with a period of one year is due on 2027-03-02. The defaults, {@link #standard()}, are
 * one year for {@link DataCategory#SENSITIVE} and three years for {@link DataCategory#BASIC}, in
 * {@code Europe/Berlin}; {@code docs/data-protection.md} gives the reasons. A municipality sets its
 * own with {@link #with(DataCategory, Period)}. Free text in a case (goal descriptions and actions,
 * follow-up notes, reasons) may hold anything, including sensitive data, so it is due as soon as the
 * first category is. This class is immutable and thread-safe.
 *
 * <p>A volunteer's profile is kept while the engagement lasts and for {@link #volunteerProfiles()}
 * after its last day (default three months, the latest deletion § 72a (5) SGB VIII allows for what
 * was seen of the certificate of conduct); then the run removes its name, sign-in link,
 * availability and certificate date ({@link Anonymiser#anonymise(Volunteer)}).
 *
 * @param periods the period per category; every category has one, none is negative
 * @param zone the zone in which closures are read as days
 * @param volunteerProfiles how long a volunteer's profile is kept after the engagement's last day
 * @since 0.1.0
 */
public record RetentionPolicy(@NotNull Map<@NotNull DataCategory, @NotNull Period> periods, @NotNull ZoneId zone,
        @NotNull Period volunteerProfiles) {

    /** The default time a volunteer's profile is kept after the engagement ended: three months. */
    public static final Period VOLUNTEER_PROFILES = Period.ofMonths(3);

    /**
     * Creates a policy.
     *
     * @param periods a period for every category, not null, none negative
     * @param zone the zone, not null
     * @param volunteerProfiles how long a volunteer's profile is kept after its last day, not null,
     *     not negative
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, a category
     *     has no period ({@code complete}) or a period is negative ({@code periodsNotNegative})
     */
    public RetentionPolicy(Map<DataCategory, Period> periods, ZoneId zone, Period volunteerProfiles) {
        this.periods = periods == null ? null : FrozenCollections.copyOf(sorted(periods));
        this.zone = zone;
        this.volunteerProfiles = volunteerProfiles;
        RecordValidation.valid(this);
    }

    /**
     * Creates a policy that keeps volunteers' profiles for {@link #VOLUNTEER_PROFILES}.
     *
     * @param periods a period for every category, not null, none negative
     * @param zone the zone, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, a category
     *     has no period ({@code complete}) or a period is negative ({@code periodsNotNegative})
     */
    public RetentionPolicy(Map<DataCategory, Period> periods, ZoneId zone) {
        this(periods, zone, VOLUNTEER_PROFILES);
    }

    /**
     * The defaults: sensitive data one year, basic data three years after closure, in Europe/Berlin.
     *
     * @return the policy
     */
    public static RetentionPolicy standard() {
        return new RetentionPolicy(Map.of(DataCategory.SENSITIVE, Period.ofYears(1), DataCategory.BASIC,
                Period.ofYears(3)), ZoneId.of("Europe/Berlin"));
    }

    /**
     * Returns a copy with another period for one category.
     *
     * @param category the category, not null
     * @param period the period, not null, not negative
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if an argument is null or the period is
     *     negative
     */
    public RetentionPolicy with(DataCategory category, Period period) {
        Map<DataCategory, Period> changed = new EnumMap<>(DataCategory.class);
        changed.putAll(periods);
        if (category != null) {
            changed.put(category, period);
        } else {
            RecordValidation.valid(new Entry(null, period));
        }
        return new RetentionPolicy(changed, zone, volunteerProfiles);
    }

    /**
     * Returns a copy in another zone.
     *
     * @param other the zone, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the zone is null
     */
    public RetentionPolicy withZone(ZoneId other) {
        return new RetentionPolicy(periods, other, volunteerProfiles);
    }

    /**
     * Returns a copy that keeps volunteers' profiles for another period after their last day.
     *
     * @param period the period, not null, not negative
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the period is null or negative
     */
    public RetentionPolicy withVolunteerProfiles(Period period) {
        return new RetentionPolicy(periods, zone, period);
    }

    /**
     * Asks whether a volunteer's profile is due: the engagement ended, and its last day lies
     * {@link #volunteerProfiles()} or more before the day of {@code now} in the policy's zone.
     *
     * @param volunteer the profile, not null
     * @param now the instant of the run, not null
     * @return true if the run removes the profile's personal data
     * @throws NullPointerException if an argument is null
     */
    public boolean isDue(Volunteer volunteer, Instant now) {
        Objects.requireNonNull(now, "now must not be null");
        LocalDate lastDay = Objects.requireNonNull(volunteer, "volunteer must not be null").engagementEnded();
        return lastDay != null && !lastDay.plus(volunteerProfiles).isAfter(LocalDate.ofInstant(now, zone));
    }

    /**
     * The period of a category.
     *
     * @param category the category, not null
     * @return the period
     * @throws NullPointerException if the category is null
     */
    public Period period(DataCategory category) {
        return periods.get(Objects.requireNonNull(category, "category must not be null"));
    }

    /**
     * Decides what of a case's data is due. A case that is not in a terminal state of its workflow has
     * nothing due. A closed case cannot change until it is reopened (and moving it out of a state its
     * workflow dropped keeps its last change), so its last change is its closure.
     *
     * @param c the case, not null
     * @param workflow the case's workflow, not null; its terminal states are the closed ones
     * @param now the instant of the run, not null
     * @return the decision
     * @throws NullPointerException if an argument is null
     */
    public RetentionDecision due(Case c, Workflow<Case> workflow, Instant now) {
        Objects.requireNonNull(c, "case must not be null");
        Objects.requireNonNull(workflow, "workflow must not be null");
        Objects.requireNonNull(now, "now must not be null");
        if (!workflow.isTerminal(c.state())) {
            return new RetentionDecision(c.id(), null, Set.of(), false);
        }
        LocalDate closedOn = LocalDate.ofInstant(c.updatedAt(), zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Set<DataCategory> due = EnumSet.noneOf(DataCategory.class);
        periods.forEach((category, period) -> {
            if (!today.isBefore(closedOn.plus(period))) {
                due.add(category);
            }
        });
        return new RetentionDecision(c.id(), closedOn, due, !due.isEmpty());
    }

    /**
     * Decides what of a client's data is due: a category is due only if it is due for every one of
     * the client's cases, and only if the client has a case.
     *
     * @param casesOfClient all cases of one client, not null, without nulls
     * @param workflow the cases' workflow, not null
     * @param now the instant of the run, not null
     * @return the categories due, empty if none
     * @throws NullPointerException if an argument or a case is null
     */
    public Set<DataCategory> dueForClient(Collection<Case> casesOfClient, Workflow<Case> workflow, Instant now) {
        Objects.requireNonNull(casesOfClient, "casesOfClient must not be null");
        Objects.requireNonNull(workflow, "workflow must not be null");
        if (casesOfClient.isEmpty()) {
            return Set.of();
        }
        Set<DataCategory> due = EnumSet.allOf(DataCategory.class);
        for (Case c : casesOfClient) {
            due.retainAll(due(c, workflow, now).due());
        }
        return Set.copyOf(due);
    }

    private static Map<DataCategory, Period> sorted(Map<DataCategory, Period> periods) {
        Map<DataCategory, Period> sorted = new EnumMap<>(DataCategory.class);
        for (Map.Entry<DataCategory, Period> e : periods.entrySet()) {
            if (e.getKey() == null) {
                return periods;
            }
            sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
    }

    @AssertTrue(message = "{io.github.ankommen.retention.RetentionPolicy.complete.message}")
    private boolean isComplete() {
        return periods == null || periods.keySet().containsAll(EnumSet.allOf(DataCategory.class));
    }

    @AssertTrue(message = "{io.github.ankommen.retention.RetentionPolicy.periodsNotNegative.message}")
    private boolean isPeriodsNotNegative() {
        return periods == null || periods.values().stream().allMatch(p -> p == null || !p.isNegative());
    }

    @AssertTrue(message = "{io.github.ankommen.retention.RetentionPolicy.periodsNotNegative.message}")
    private boolean isVolunteerProfilesNotNegative() {
        return volunteerProfiles == null || !volunteerProfiles.isNegative();
    }

    /** The arguments of {@link #with(DataCategory, Period)}, for the violation of a null category. */
    private record Entry(@NotNull DataCategory category, Period period) {
    }
}
