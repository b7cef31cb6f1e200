package io.github.ankommen.people;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.referral.ReferralId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accompaniment (<i>Begleitung</i>): a volunteer went with a client to an institution or an
 * offer, on a day, for a while.
 *
 * <p>It may be linked to a case, or to a referral of one. A linked accompaniment is about a known
 * client, so it needs the client's consent to being accompanied and recorded (path
 * {@code consentWhenLinked}); an anonymous one records no client at all. The destination is free
 * text and is left out of {@link #toString()}. This class is immutable and thread-safe.
 *
 * @param id the accompaniment's id, not null
 * @param volunteer who accompanied, not null
 * @param contactPoint the contact point it was arranged by, not null
 * @param caseId the case it belongs to; null for an anonymous accompaniment
 * @param referral the referral it served; null if none
 * @param offer the offer the client was accompanied to; null if it was not an offer of the directory
 * @param destination where to, such as {@code Jobcenter Dortmund} or {@code Ausländerbehörde}, not
 *     blank, at most 200 characters
 * @param date the day, not null
 * @param minutes how long, including the way there and back, 1 to 1440
 * @param clientConsented whether the client consented; required when a case or referral is linked
 * @param recordedBy who recorded it, not null
 * @param recordedAt when it was recorded, not null
 * @since 0.1.0
 */
public record Accompaniment(
        @NotNull AccompanimentId id,
        @NotNull VolunteerId volunteer,
        @NotNull ContactPointId contactPoint,
        CaseId caseId,
        ReferralId referral,
        OfferId offer,
        @NotBlank @Size(max = 200) String destination,
        @NotNull LocalDate date,
        @Positive @Max(1440) int minutes,
        boolean clientConsented,
        @NotNull ActorId recordedBy,
        @NotNull Instant recordedAt) {

    /**
     * Creates an accompaniment.
     *
     * @param id the id, not null
     * @param volunteer who accompanied, not null
     * @param contactPoint the contact point, not null
     * @param caseId the case, or null
     * @param referral the referral, or null
     * @param offer the offer, or null
     * @param destination where to, not blank, at most 200 characters
     * @param date the day, not null
     * @param minutes how long, 1 to 1440
     * @param clientConsented whether the client consented
     * @param recordedBy who recorded it, not null
     * @param recordedAt when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or out of
     *     bounds, or a case or referral is linked without the client's consent
     */
    public Accompaniment(AccompanimentId id, VolunteerId volunteer, ContactPointId contactPoint, CaseId caseId,
            ReferralId referral, OfferId offer, String destination, LocalDate date, int minutes,
            boolean clientConsented, ActorId recordedBy, Instant recordedAt) {
        this.id = id;
        this.volunteer = volunteer;
        this.contactPoint = contactPoint;
        this.caseId = caseId;
        this.referral = referral;
        this.offer = offer;
        this.destination = destination;
        this.date = date;
        this.minutes = minutes;
        this.clientConsented = clientConsented;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        RecordValidation.valid(this);
    }

    /**
     * Asks whether the accompaniment names a client, through a case or a referral.
     *
     * @return true if a case or referral is linked
     */
    public boolean isLinked() {
        return caseId != null || referral != null;
    }

    /**
     * Returns the ids, date and length, without the destination.
     *
     * @return for example {@code Accompaniment[id=acc-1, volunteer=vol-1, ...]}
     */
    @Override
    public String toString() {
        return "Accompaniment[id=" + id + ", volunteer=" + volunteer + ", contactPoint=" + contactPoint + ", caseId="
                + caseId + ", referral=" + referral + ", offer=" + offer + ", date=" + date + ", minutes=" + minutes
                + ", clientConsented=" + clientConsented + ", recordedBy=" + recordedBy + ", recordedAt="
                + recordedAt + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.people.Accompaniment.consentWhenLinked.message}")
    private boolean isConsentWhenLinked() {
        return clientConsented || (caseId == null && referral == null);
    }
}
