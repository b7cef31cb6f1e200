package io.github.ankommen.pathway;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralStatus;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case's progress along a pathway, derived from the case's referrals alone.
 *
 * <p><b>Which referral counts for which step.</b> Referrals entered in error are ignored. The others
 * are taken oldest first (by {@code createdAt}, then id). A referral <i>matches</i> a step that names
 * its offer, or a step without an offer whose category is the referral's need, unless another step
 * of the pathway names the referral's offer. A matching referral counts for the first matching step,
 * in pathway order, that has no completed referral yet; if all matching steps have one, for the last
 * of them. So when two steps share a category (school place and homework help are both education),
 * referrals fill them in order.
 *
 * <p><b>A step's state</b>, the first that applies: {@link StepState#DONE} if one of its referrals is
 * completed; {@link StepState#IN_PROGRESS} if one is open (drafted, requested, accepted, in progress
 * or on hold); {@link StepState#BLOCKED} if a prerequisite step is not done; otherwise
 * {@link StepState#NOT_STARTED}, also when earlier attempts were rejected, failed or cancelled.
 * What happened counts, so a step can be done before its prerequisites.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pathway the pathway
 * @param caseId the case
 * @param steps each step's progress, in pathway order
 * @since 0.1.0
 */
public record PathwayProgress(@NotNull Pathway pathway, @NotNull CaseId caseId,
        @NotNull List<@NotNull StepProgress> steps) {

    /**
     * Creates a progress value.
     *
     * @param pathway the pathway, not null
     * @param caseId the case, not null
     * @param steps the steps' progress, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public PathwayProgress(Pathway pathway, CaseId caseId, List<StepProgress> steps) {
        this.pathway = pathway;
        this.caseId = caseId;
        this.steps = FrozenCollections.copyOf(steps);
        RecordValidation.valid(this);
    }

    /**
     * Derives a case's progress along a pathway.
     *
     * @param pathway the pathway, not null
     * @param caseId the case, not null
     * @param referrals the case's referrals, not null, no nulls; other cases' are ignored
     * @return the progress
     * @throws NullPointerException if an argument or a referral is null
     */
    public static PathwayProgress of(Pathway pathway, CaseId caseId, Collection<Referral> referrals) {
        Objects.requireNonNull(pathway, "pathway must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(referrals, "referrals must not be null");
        List<Referral> ours = new ArrayList<>();
        for (Referral r : referrals) {
            Objects.requireNonNull(r, "referrals must not hold null");
            if (r.caseId().equals(caseId) && r.status() != ReferralStatus.ENTERED_IN_ERROR) {
                ours.add(r);
            }
        }
        ours.sort(Comparator.comparing(Referral::createdAt).thenComparing(r -> r.id().value()));
        Set<OfferId> named = new HashSet<>();
        for (PathwayStep s : pathway.steps()) {
            if (s.offer() != null) {
                named.add(s.offer());
            }
        }
        Map<String, List<Referral>> assigned = new LinkedHashMap<>();
        pathway.steps().forEach(s -> assigned.put(s.key(), new ArrayList<>()));
        Set<String> done = new HashSet<>();
        for (Referral r : ours) {
            PathwayStep chosen = null;
            for (PathwayStep s : pathway.steps()) {
                boolean matches = s.offer() != null ? s.offer().equals(r.offer())
                        : s.category() == r.need() && !named.contains(r.offer());
                if (matches) {
                    chosen = s;
                    if (!done.contains(s.key())) {
                        break;
                    }
                }
            }
            if (chosen != null) {
                assigned.get(chosen.key()).add(r);
                if (r.status() == ReferralStatus.COMPLETED) {
                    done.add(chosen.key());
                }
            }
        }
        List<StepProgress> steps = new ArrayList<>();
        for (PathwayStep s : pathway.steps()) {
            List<Referral> rs = assigned.get(s.key());
            StepState state;
            if (rs.stream().anyMatch(r -> r.status() == ReferralStatus.COMPLETED)) {
                state = StepState.DONE;
            } else if (rs.stream().anyMatch(Referral::isOpen)) {
                state = StepState.IN_PROGRESS;
            } else if (!done.containsAll(s.prerequisites())) {
                state = StepState.BLOCKED;
            } else {
                state = StepState.NOT_STARTED;
            }
            steps.add(new StepProgress(s, state, rs));
        }
        return new PathwayProgress(pathway, caseId, steps);
    }

    /**
     * A step's progress.
     *
     * @param key the step's key, not null
     * @return its progress, or empty if the pathway has no such step
     * @throws NullPointerException if the key is null
     */
    public Optional<StepProgress> step(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return steps.stream().filter(s -> s.step().key().equals(key)).findFirst();
    }

    /**
     * Asks whether every step is done.
     *
     * @return true if the case has reached the pathway's goal
     */
    public boolean isComplete() {
        return steps.stream().allMatch(s -> s.state() == StepState.DONE);
    }

    /**
     * The steps the case can take next, each with the offers that fit the client.
     *
     * <p>The next steps are those {@link StepState#NOT_STARTED}, in pathway order. An offer fits a
     * step if it is the step's offer, or of the step's category when the step names none; if it serves
     * the district; if it is available in one of the client's languages (any language when none is
     * given); and if its capacity is not {@link CapacityStatus#NO_CAPACITY}. Offers with free places
     * come before those with a waiting list, then by id.
     *
     * @param offers the offers to choose from, not null, no nulls
     * @param district the district of the client, or of the case's contact point, not null
     * @param languages the client's languages, not null, no nulls; may be empty
     * @return the next steps with their offers; a step no offer fits has an empty list
     * @throws NullPointerException if an argument or an element is null
     */
    public List<NextStep> nextSteps(Collection<Offer> offers, District district, Set<Language> languages) {
        Objects.requireNonNull(offers, "offers must not be null");
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(languages, "languages must not be null");
        List<NextStep> next = new ArrayList<>();
        for (StepProgress p : steps) {
            if (p.state() != StepState.NOT_STARTED) {
                continue;
            }
            PathwayStep s = p.step();
            List<Offer> fitting = new ArrayList<>();
            for (Offer o : offers) {
                boolean matches = s.offer() != null ? s.offer().equals(o.id()) : s.category() == o.category();
                if (matches && o.serves(district) && o.capacity().status() != CapacityStatus.NO_CAPACITY
                        && (languages.isEmpty() || !Collections.disjoint(o.languages(), languages))) {
                    fitting.add(o);
                }
            }
            fitting.sort(Comparator.comparing((Offer o) -> o.capacity().status()).thenComparing(o -> o.id().value()));
            next.add(new NextStep(s, fitting));
        }
        return List.copyOf(next);
    }

    /**
     * Shows the pathway's id, the case and each step's state.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PathwayProgress[pathway=" + pathway.id() + ", case=" + caseId + ", steps="
                + steps.stream().map(s -> s.step().key() + "=" + s.state()).toList() + "]";
    }
}
