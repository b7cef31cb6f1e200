package io.github.ankommen.pathway;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.OfferId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * One step of a {@link Pathway}: a category of offer, or one specific offer, and the earlier steps
 * it needs first.
 *
 * <p>A step always names a category; naming an offer as well ties the step to that offer alone. A
 * step is referred to by its key, which is unique within its pathway. This class is immutable and
 * thread-safe.
 *
 * @param key the step's key within its pathway: a lowercase letter, then up to 63 lowercase
 *     letters, digits or underscores, such as {@code integration_course}
 * @param name what the step is, for people, such as "Integrationskurs"; not blank, at most 200 characters
 * @param category the category of offer the step needs
 * @param offer the one offer the step needs; null if any offer of the category will do
 * @param prerequisites the keys of the steps that must be done first; never the step's own
 * @since 0.1.0
 */
public record PathwayStep(
        @NotNull @Pattern(regexp = PathwayStep.KEY_PATTERN) String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        OfferId offer,
        @NotNull Set<@NotNull @Pattern(regexp = PathwayStep.KEY_PATTERN) String> prerequisites) {

    /** The pattern of a step's key. */
    public static final String KEY_PATTERN = "[a-z][a-z0-9_]{0,63}";

    /**
     * Creates a step.
     *
     * @param key the key, not null, matching {@link #KEY_PATTERN}
     * @param name the name, not blank, at most 200 characters
     * @param category the category, not null
     * @param offer the specific offer, or null
     * @param prerequisites the prerequisite keys, not null, no nulls, each matching {@link #KEY_PATTERN}, not the own key
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public PathwayStep(String key, String name, Category category, OfferId offer, Set<String> prerequisites) {
        this.key = key;
        this.name = name;
        this.category = category;
        this.offer = offer;
        this.prerequisites = FrozenCollections.copyOf(prerequisites);
        RecordValidation.valid(this);
    }

    /**
     * A step for any offer of a category.
     *
     * @param key the key, not null, matching {@link #KEY_PATTERN}
     * @param name the name, not blank, at most 200 characters
     * @param category the category, not null
     * @param prerequisites the prerequisite keys
     * @return the step
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public static PathwayStep of(String key, String name, Category category, String... prerequisites) {
        return new PathwayStep(key, name, category, null, Set.of(prerequisites));
    }

    /**
     * Returns a copy tied to one specific offer.
     *
     * @param specific the offer, or null for any offer of the category
     * @return the altered copy
     */
    public PathwayStep withOffer(OfferId specific) {
        return new PathwayStep(key, name, category, specific, prerequisites);
    }

    /**
     * Returns a copy with other prerequisites.
     *
     * @param keys the prerequisite keys, not null, no nulls
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if a key is malformed or the step's own
     */
    public PathwayStep withPrerequisites(Set<String> keys) {
        return new PathwayStep(key, name, category, offer, keys);
    }

    @AssertTrue(message = "{io.github.ankommen.pathway.PathwayStep.prerequisites.message}")
    private boolean isNotOwnPrerequisite() {
        return key == null || prerequisites == null || !prerequisites.contains(key);
    }
}
