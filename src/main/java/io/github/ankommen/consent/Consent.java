package io.github.ankommen.consent;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A client's consent (<i>Einwilligung</i>) to share data of some categories with one recipient for
 * one purpose.
 *
 * <p>Blanket consent is invalid: a consent always names at least one data category, a recipient
 * and a purpose, or it cannot be constructed. It is valid from the first to the last day given (or
 * without end), in the municipality's time zone, and until it is withdrawn. Purposes compare exactly
 * as written, so an application should take them from a fixed list, such as "referral to an
 * integration course". The purpose may reveal personal data and is left out of
 * {@link #toString()}. This class is immutable and thread-safe.
 *
 * @param id the consent's id
 * @param client the client who consented
 * @param categories the data categories it covers, at least one
 * @param recipient the organisation the data may go to
 * @param purpose what for, not blank, at most 200 characters
 * @param obtainedBy who obtained it from the client
 * @param obtainedAt when
 * @param validFrom the first day it is valid
 * @param validUntil the last day it is valid; null if it does not expire
 * @param withdrawnAt when it was withdrawn; null if it was not
 * @since 0.1.0
 */
public record Consent(
        @NotNull ConsentId id,
        @NotNull ClientId client,
        @NotEmpty Set<@NotNull DataCategory> categories,
        @NotNull OrganisationId recipient,
        @NotBlank @Size(max = 200) String purpose,
        @NotNull ActorId obtainedBy,
        @NotNull Instant obtainedAt,
        @NotNull LocalDate validFrom,
        LocalDate validUntil,
        Instant withdrawnAt) {

    /**
     * Creates a consent.
     *
     * @param id the consent's id, not null
     * @param client the client, not null
     * @param categories the data categories, at least one, no nulls
     * @param recipient the recipient, not null
     * @param purpose the purpose, not blank, at most 200 characters
     * @param obtainedBy who obtained it, not null
     * @param obtainedAt when, not null
     * @param validFrom the first valid day, not null
     * @param validUntil the last valid day, or null; not before {@code validFrom}
     * @param withdrawnAt when it was withdrawn, or null; not before {@code obtainedAt}
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty, or the dates do not fit together
     */
    public Consent(ConsentId id, ClientId client, Set<DataCategory> categories, OrganisationId recipient,
            String purpose, ActorId obtainedBy, Instant obtainedAt, LocalDate validFrom, LocalDate validUntil,
            Instant withdrawnAt) {
        this.id = id;
        this.client = client;
        this.categories = FrozenCollections.copyOf(categories);
        this.recipient = recipient;
        this.purpose = purpose;
        this.obtainedBy = obtainedBy;
        this.obtainedAt = obtainedAt;
        this.validFrom = SharedValues.day(validFrom);
        this.validUntil = SharedValues.day(validUntil);
        this.withdrawnAt = withdrawnAt;
        RecordValidation.valid(this);
    }

    /**
     * Records a consent that has just been obtained and is not withdrawn.
     *
     * @param id the consent's id, not null
     * @param client the client, not null
     * @param categories the data categories, at least one, no nulls
     * @param recipient the recipient, not null
     * @param purpose the purpose, not blank, at most 200 characters
     * @param obtainedBy who obtained it, not null
     * @param obtainedAt when, not null
     * @param validFrom the first valid day, not null
     * @param validUntil the last valid day, or null; not before {@code validFrom}
     * @return the consent
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty, or the dates do not fit together
     */
    public static Consent obtained(ConsentId id, ClientId client, Set<DataCategory> categories,
            OrganisationId recipient, String purpose, ActorId obtainedBy, Instant obtainedAt, LocalDate validFrom,
            LocalDate validUntil) {
        return new Consent(id, client, categories, recipient, purpose, obtainedBy, obtainedAt, validFrom, validUntil,
                null);
    }

    /**
     * Returns the consent withdrawn at an instant. Withdrawing a withdrawn consent changes nothing:
     * the first withdrawal stands.
     *
     * @param at when it was withdrawn, not null, not before {@link #obtainedAt()}
     * @return the withdrawn consent
     * @throws NullPointerException if the instant is null
     * @throws jakarta.validation.ConstraintViolationException if the instant is before the consent
     *     was obtained
     */
    public Consent withdraw(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        if (withdrawnAt != null) {
            return this;
        }
        return new Consent(id, client, categories, recipient, purpose, obtainedBy, obtainedAt, validFrom, validUntil, at);
    }

    /**
     * Asks whether the consent has been withdrawn.
     *
     * @return true if it has a withdrawal instant
     */
    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /**
     * Asks whether the consent has expired on the day an instant falls on: that day is after
     * {@link #validUntil()}.
     *
     * @param at the instant, not null
     * @param zone the municipality's time zone, not null
     * @return true if it has expired
     * @throws NullPointerException if an argument is null
     */
    public boolean isExpiredAt(Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(Objects.requireNonNull(at, "at must not be null"),
                Objects.requireNonNull(zone, "zone must not be null"));
        return validUntil != null && day.isAfter(validUntil);
    }

    /**
     * Asks whether the consent covers a transfer: same recipient and purpose, all its categories,
     * and valid at the instant.
     *
     * @param recipient the organisation the data goes to, not null
     * @param purpose what for, not null
     * @param shared the data categories to share, not null, no nulls
     * @param at when, not null
     * @param zone the municipality's time zone, not null
     * @return true if {@link #gaps} is empty
     * @throws NullPointerException if an argument is null
     */
    public boolean covers(OrganisationId recipient, String purpose, Set<DataCategory> shared, Instant at, ZoneId zone) {
        return gaps(recipient, purpose, shared, at, zone).isEmpty();
    }

    /**
     * Says what keeps this consent from covering a transfer.
     *
     * <p>The transfer's day is the day the instant falls on in the zone. The consent is valid on it
     * if it was obtained no later than the instant, the day is within {@link #validFrom()} and
     * {@link #validUntil()}, and it was not withdrawn at or before the instant.
     *
     * @param recipient the organisation the data goes to, not null
     * @param purpose what for, not null
     * @param shared the data categories to share, not null, no nulls
     * @param at when, not null
     * @param zone the municipality's time zone, not null
     * @return the gaps, empty if the consent covers the transfer;
     *     {@link ConsentGap#NO_CONSENT_FOR_RECIPIENT} alone if the recipient differs
     * @throws NullPointerException if an argument is null
     */
    public Set<ConsentGap> gaps(OrganisationId recipient, String purpose, Set<DataCategory> shared, Instant at,
            ZoneId zone) {
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Objects.requireNonNull(shared, "shared must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Set<ConsentGap> gaps = EnumSet.noneOf(ConsentGap.class);
        if (!this.recipient.equals(recipient)) {
            gaps.add(ConsentGap.NO_CONSENT_FOR_RECIPIENT);
            return Collections.unmodifiableSet(gaps);
        }
        if (!this.purpose.equals(purpose)) {
            gaps.add(ConsentGap.PURPOSE_NOT_COVERED);
        }
        if (!categories.containsAll(shared)) {
            gaps.add(ConsentGap.CATEGORIES_NOT_COVERED);
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (at.isBefore(obtainedAt) || day.isBefore(validFrom)) {
            gaps.add(ConsentGap.NOT_YET_VALID);
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            gaps.add(ConsentGap.EXPIRED);
        }
        if (withdrawnAt != null && !at.isBefore(withdrawnAt)) {
            gaps.add(ConsentGap.WITHDRAWN);
        }
        return Collections.unmodifiableSet(gaps);
    }

    /**
     * Shows ids, categories and validity; never the purpose.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Consent[id=" + id + ", client=" + client + ", recipient=" + recipient + ", categories=" + categories
                + ", valid=" + validFrom + ".." + (validUntil == null ? "" : validUntil)
                + (withdrawnAt == null ? "" : ", withdrawnAt=" + withdrawnAt) + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.consent.Consent.validUntil.message}")
    private boolean isValidUntilNotBeforeValidFrom() {
        return validFrom == null || validUntil == null || !validUntil.isBefore(validFrom);
    }

    @AssertTrue(message = "{io.github.ankommen.consent.Consent.withdrawnAt.message}")
    private boolean isWithdrawnNotBeforeObtained() {
        return obtainedAt == null || withdrawnAt == null || !withdrawnAt.isBefore(obtainedAt);
    }
}
