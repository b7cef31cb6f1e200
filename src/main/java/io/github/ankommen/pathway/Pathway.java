package io.github.ankommen.pathway;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pathway (<i>Weg</i>): a reusable template of steps toward a goal, such as "work": Jobcenter
 * registration, integration course, recognition of qualifications or vocational training, job
 * placement.
 *
 * <p>Steps are in order, their keys are unique, and a step's prerequisites are earlier steps of the
 * same pathway, so a pathway can always be walked from its first step. A municipality changes a
 * pathway with the {@code with…} methods, starting from {@link Pathways#examples()} or from scratch.
 * This class is immutable and thread-safe.
 *
 * @param id the pathway's id
 * @param name its name, such as "Weg in Arbeit"; not blank, at most 200 characters
 * @param goal what it leads to, such as "eine Arbeitsstelle"; not blank, at most 500 characters
 * @param steps the steps, in order, at least one
 * @since 0.1.0
 */
public record Pathway(
        @NotNull PathwayId id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String goal,
        @NotEmpty List<@NotNull PathwayStep> steps) {

    /**
     * Creates a pathway.
     *
     * @param id the id, not null
     * @param name the name, not blank, at most 200 characters
     * @param goal the goal, not blank, at most 500 characters
     * @param steps the steps, at least one, no nulls, unique keys, prerequisites only on earlier steps
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, a key is
     *     repeated, or a prerequisite is not an earlier step
     */
    public Pathway(PathwayId id, String name, String goal, List<PathwayStep> steps) {
        this.id = id;
        this.name = name;
        this.goal = goal;
        this.steps = FrozenCollections.copyOf(steps);
        RecordValidation.valid(this);
    }

    /**
     * Finds a step.
     *
     * @param key the step's key, not null
     * @return the step, or empty if the pathway has none of that key
     * @throws NullPointerException if the key is null
     */
    public Optional<PathwayStep> step(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * Returns a copy with another name.
     *
     * @param newName the name, not blank, at most 200 characters
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the name is blank or too long
     */
    public Pathway withName(String newName) {
        return new Pathway(id, newName, goal, steps);
    }

    /**
     * Returns a copy with other steps.
     *
     * @param newSteps the steps, as for the constructor
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the steps do not fit together
     */
    public Pathway withSteps(List<PathwayStep> newSteps) {
        return new Pathway(id, name, goal, newSteps);
    }

    /**
     * Returns a copy in which a step replaces the step of the same key in place, or is appended if
     * there is none.
     *
     * @param step the step, not null
     * @return the altered copy
     * @throws NullPointerException if the step is null
     * @throws jakarta.validation.ConstraintViolationException if its prerequisites are not earlier steps
     */
    public Pathway withStep(PathwayStep step) {
        Objects.requireNonNull(step, "step must not be null");
        List<PathwayStep> changed = new ArrayList<>(steps);
        int at = indexOf(step.key());
        if (at < 0) {
            changed.add(step);
        } else {
            changed.set(at, step);
        }
        return withSteps(changed);
    }

    /**
     * Returns a copy without a step.
     *
     * @param key the step's key, not null
     * @return the altered copy; this pathway if it has no such step
     * @throws NullPointerException if the key is null
     * @throws jakarta.validation.ConstraintViolationException if another step needs it, or it was the only one
     */
    public Pathway withoutStep(String key) {
        Objects.requireNonNull(key, "key must not be null");
        int at = indexOf(key);
        if (at < 0) {
            return this;
        }
        List<PathwayStep> changed = new ArrayList<>(steps);
        changed.remove(at);
        return withSteps(changed);
    }

    private int indexOf(String key) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @AssertTrue(message = "{io.github.ankommen.pathway.Pathway.keys.message}")
    private boolean isKeysUnique() {
        if (steps == null) {
            return true;
        }
        Set<String> keys = new HashSet<>();
        for (PathwayStep s : steps) {
            if (s != null && !keys.add(s.key())) {
                return false;
            }
        }
        return true;
    }

    @AssertTrue(message = "{io.github.ankommen.pathway.Pathway.prerequisites.message}")
    private boolean isPrerequisitesEarlier() {
        if (steps == null) {
            return true;
        }
        Set<String> earlier = new HashSet<>();
        for (PathwayStep s : steps) {
            if (s == null) {
                continue;
            }
            if (!earlier.containsAll(s.prerequisites())) {
                return false;
            }
            earlier.add(s.key());
        }
        return true;
    }
}
