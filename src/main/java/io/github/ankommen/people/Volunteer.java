package io.github.ankommen.people;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A volunteer's profile (<i>Ehrenamtliche</i>) at a contact point: the languages they speak, what
 * they offer to do, when they are available, and whether they may work with minors.
 *
 * <p>Working with minors needs an extended certificate of conduct (<i>erweitertes
 * F&uuml;hrungszeugnis</i>); the profile records the date it was issued, and a {@link MinorsRule}
 * says how long it counts. An engagement that ends keeps its profile (for the statistics and the
 * accompaniments that name it) with the date it ended; the volunteer is then matched no more.
 *
 * <p>The display name is personal data and is left out of {@link #toString()}; log the id. This
 * class is immutable and thread-safe.
 *
 * @param id the profile's id, not null
 * @param contactPoint the contact point the volunteer works at, not null
 * @param member the volunteer's team member, when they also sign in as an actor; may be null
 * @param displayName the name shown to colleagues, not blank, at most 200 characters
 * @param languages the languages the volunteer speaks, at least one
 * @param skills what the volunteer offers to do, at least one
 * @param availability when the volunteer is available each week, no nulls; may be empty
 * @param certificateIssuedOn when the extended certificate of conduct was issued; null if none
 *     is documented
 * @param engagedSince when the engagement started, not null
 * @param engagementEnded the last day of the engagement; null while it lasts; not before
 *     {@code engagedSince}
 * @since 0.1.0
 */
public record Volunteer(
        @NotNull VolunteerId id,
        @NotNull ContactPointId contactPoint,
        TeamMemberId member,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Language> languages,
        @NotEmpty Set<@NotNull Skill> skills,
        @NotNull List<@NotNull Availability> availability,
        LocalDate certificateIssuedOn,
        @NotNull LocalDate engagedSince,
        LocalDate engagementEnded) {

    /**
     * Creates a profile.
     *
     * @param id the profile's id, not null
     * @param contactPoint the contact point, not null
     * @param member the team member, or null
     * @param displayName the name, not blank, at most 200 characters
     * @param languages the languages, at least one, no nulls
     * @param skills the skills, at least one, no nulls
     * @param availability the weekly availability, not null, no nulls
     * @param certificateIssuedOn the certificate's date, or null
     * @param engagedSince when the engagement started, not null
     * @param engagementEnded its last day, or null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank,
     *     too long or empty, or the engagement ends before it starts
     */
    public Volunteer(VolunteerId id, ContactPointId contactPoint, TeamMemberId member, String displayName,
            Set<Language> languages, Set<Skill> skills, List<Availability> availability,
            LocalDate certificateIssuedOn, LocalDate engagedSince, LocalDate engagementEnded) {
        this.id = id;
        this.contactPoint = contactPoint;
        this.member = member;
        this.displayName = displayName;
        this.languages = FrozenCollections.copyOf(languages);
        this.skills = FrozenCollections.copyOf(skills);
        this.availability = FrozenCollections.copyOf(availability);
        this.certificateIssuedOn = certificateIssuedOn;
        this.engagedSince = engagedSince;
        this.engagementEnded = engagementEnded;
        RecordValidation.valid(this);
    }

    /**
     * Asks whether the engagement lasts on a date.
     *
     * @param date the date, not null
     * @return true if the date is on or after {@code engagedSince} and not after {@code engagementEnded}
     * @throws NullPointerException if the date is null
     */
    public boolean isEngagedOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return !date.isBefore(engagedSince) && (engagementEnded == null || !date.isAfter(engagementEnded));
    }

    /**
     * Asks whether the volunteer is available for a stretch of local time.
     *
     * @param start the local start, not null
     * @param length how long, not null
     * @return true if one weekly availability covers it wholly
     * @throws NullPointerException if an argument is null
     */
    public boolean isAvailable(LocalDateTime start, Duration length) {
        return availability.stream().anyMatch(a -> a.covers(start, length));
    }

    /**
     * Returns a copy whose engagement ends on a date; the profile itself is kept.
     *
     * @param lastDay the last day of the engagement, not null, not before {@code engagedSince}
     * @return the changed profile
     * @throws jakarta.validation.ConstraintViolationException if the date is null or before the start
     */
    public Volunteer withEngagementEnded(LocalDate lastDay) {
        if (lastDay == null) {
            RecordValidation.valid(new EndOfEngagement(null));
        }
        return new Volunteer(id, contactPoint, member, displayName, languages, skills, availability,
                certificateIssuedOn, engagedSince, lastDay);
    }

    /**
     * Returns a copy with a newly documented certificate of conduct.
     *
     * @param issuedOn when the certificate was issued, not null
     * @return the changed profile
     * @throws jakarta.validation.ConstraintViolationException if the date is null
     */
    public Volunteer withCertificateIssuedOn(LocalDate issuedOn) {
        if (issuedOn == null) {
            RecordValidation.valid(new EndOfEngagement(null));
        }
        return new Volunteer(id, contactPoint, member, displayName, languages, skills, availability, issuedOn,
                engagedSince, engagementEnded);
    }

    /**
     * Returns the ids, languages, skills and dates, without the name.
     *
     * @return for example {@code Volunteer[id=vol-1, contactPoint=cp-hoerde, languages=[ar], ...]}
     */
    @Override
    public String toString() {
        return "Volunteer[id=" + id + ", contactPoint=" + contactPoint + ", member=" + member + ", languages="
                + languages + ", skills=" + skills + ", availability=" + availability + ", certificateIssuedOn="
                + certificateIssuedOn + ", engagedSince=" + engagedSince + ", engagementEnded=" + engagementEnded
                + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.people.Volunteer.endsAfterStart.message}")
    private boolean isEndsAfterStart() {
        return engagedSince == null || engagementEnded == null || !engagementEnded.isBefore(engagedSince);
    }

    /** A date argument, validated before use. */
    private record EndOfEngagement(@NotNull LocalDate date) {
    }
}
