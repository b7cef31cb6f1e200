package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.ServedDistrict;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Selects contact points. Every filter is optional (null); the result holds the contact points that
 * pass all filters that are set, ordered by id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param district contact points that serve this district: on {@code servesOn} if that is set,
 *     else at any time
 * @param servesOn with {@code district}: the date the district is served on
 * @param language contact points that offer advice in this language
 * @param status contact points in this status
 * @param phase contact points of this rollout phase
 * @since 0.1.0
 */
public record ContactPointQuery(District district, LocalDate servesOn, Language language,
        ContactPointStatus status, PhaseId phase) implements Query<ContactPoint> {

    /**
     * Creates a query.
     *
     * @param district contact points that serve this district (on {@code servesOn} if set), or null
     * @param servesOn the date the district is served on, or null for any time; needs a district
     * @param language contact points that offer advice in this language, or null
     * @param status contact points in this status, or null
     * @param phase contact points of this rollout phase, or null
     * @throws jakarta.validation.ConstraintViolationException if a date is set without a district
     */
    public ContactPointQuery(District district, LocalDate servesOn, Language language,
            ContactPointStatus status, PhaseId phase) {
        this.district = district;
        this.servesOn = servesOn;
        this.language = language;
        this.status = status;
        this.phase = phase;
        if (!isDateWithDistrict()) {
            RecordValidation.valid(this);
        }
    }

    /**
     * All contact points.
     *
     * @return the query
     */
    public static ContactPointQuery all() {
        return new ContactPointQuery(null, null, null, null, null);
    }

    /**
     * The contact points that serve a district on a date.
     *
     * @param district the district, not null
     * @param date the date, not null
     * @return the query
     * @throws NullPointerException if an argument is null
     */
    public static ContactPointQuery serving(District district, LocalDate date) {
        return new ContactPointQuery(Objects.requireNonNull(district, "district must not be null"),
                Objects.requireNonNull(date, "date must not be null"), null, null, null);
    }

    /**
     * The contact points that serve a district at any time, past, present or future: what a check
     * for overlapping service periods needs.
     *
     * @param district the district, not null
     * @return the query
     * @throws NullPointerException if the district is null
     */
    public static ContactPointQuery serving(District district) {
        return new ContactPointQuery(Objects.requireNonNull(district, "district must not be null"), null, null, null,
                null);
    }

    /**
     * The contact points that offer a language.
     *
     * @param language the language, not null
     * @return the query
     * @throws NullPointerException if the language is null
     */
    public static ContactPointQuery offering(Language language) {
        return new ContactPointQuery(null, null, Objects.requireNonNull(language, "language must not be null"), null, null);
    }

    /**
     * This query, narrowed to contact points in a status.
     *
     * @param status the status, or null for any
     * @return the narrowed query
     */
    public ContactPointQuery withStatus(ContactPointStatus status) {
        return new ContactPointQuery(district, servesOn, language, status, phase);
    }

    /**
     * This query, narrowed to the contact points of a rollout phase.
     *
     * @param phase the phase, or null for any
     * @return the narrowed query
     */
    public ContactPointQuery withPhase(PhaseId phase) {
        return new ContactPointQuery(district, servesOn, language, status, phase);
    }

    @Override
    public RecordKind<?, ContactPoint> kind() {
        return RecordKind.CONTACT_POINT;
    }

    @Override
    public boolean matches(ContactPoint contactPoint) {
        return (district == null || servesOn == null && servesEver(contactPoint)
                        || servesOn != null && contactPoint.serves(district, servesOn))
                && (language == null || contactPoint.languages().contains(language))
                && (status == null || contactPoint.status() == status)
                && (phase == null || phase.equals(contactPoint.phase()));
    }

    private boolean servesEver(ContactPoint contactPoint) {
        for (ServedDistrict served : contactPoint.districts()) {
            if (served.district().equals(district)) {
                return true;
            }
        }
        return false;
    }

    @AssertTrue(message = "{io.github.ankommen.storage.ContactPointQuery.dateNeedsDistrict.message}")
    private boolean isDateWithDistrict() {
        return servesOn == null || district != null;
    }
}
