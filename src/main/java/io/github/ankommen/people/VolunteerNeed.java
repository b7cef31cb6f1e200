package io.github.ankommen.people;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a client needs a volunteer for: a skill, at a local time for a while, optionally in a
 * language, and whether the client is a minor. The question "who can accompany" asks it of every
 * volunteer of a contact point.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param skill what the volunteer is to do, not null
 * @param language the language the volunteer must speak; null if any will do
 * @param start the local start, in the contact point's time zone, not null
 * @param length how long, not null, positive, at most one day
 * @param minors whether the client is a minor, so that the volunteer needs a valid certificate
 * @since 0.1.0
 */
public record VolunteerNeed(@NotNull Skill skill, Language language, @NotNull LocalDateTime start,
        @NotNull Duration length, boolean minors) {

    /**
     * Creates a need.
     *
     * @param skill the skill, not null
     * @param language the language, or null
     * @param start the local start, not null
     * @param length how long, not null, positive, at most a day
     * @param minors whether the client is a minor
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     length is out of bounds
     */
    public VolunteerNeed(Skill skill, Language language, LocalDateTime start, Duration length, boolean minors) {
        this.skill = skill;
        this.language = language;
        this.start = start;
        this.length = length;
        this.minors = minors;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a need for an adult client.
     *
     * @param skill the skill, not null
     * @param language the language, or null
     * @param start the local start, not null
     * @param length how long, not null, positive, at most a day
     * @return the need
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     length is out of bounds
     */
    public static VolunteerNeed of(Skill skill, Language language, LocalDateTime start, Duration length) {
        return new VolunteerNeed(skill, language, start, length, false);
    }

    /**
     * Returns a copy for a client who is a minor.
     *
     * @return the changed need
     */
    public VolunteerNeed forMinor() {
        return new VolunteerNeed(skill, language, start, length, true);
    }

    /**
     * Asks whether a volunteer meets the need: engaged on the day, offering the skill, speaking the
     * language, available for the whole time, and, for a minor, allowed by the rule.
     *
     * @param volunteer the volunteer, not null
     * @param rule the minors rule, not null
     * @return true if the volunteer can take it on
     * @throws NullPointerException if an argument is null
     */
    public boolean isMetBy(Volunteer volunteer, MinorsRule rule) {
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        return volunteer.isEngagedOn(start.toLocalDate()) && volunteer.skills().contains(skill)
                && (language == null || volunteer.languages().contains(language))
                && volunteer.isAvailable(start, length)
                && (!minors || rule.allows(volunteer, start.toLocalDate()));
    }

    @AssertTrue(message = "{io.github.ankommen.people.VolunteerNeed.length.message}")
    private boolean isLengthInBounds() {
        return length == null || (!length.isNegative() && !length.isZero() && length.compareTo(Duration.ofDays(1)) <= 0);
    }
}
