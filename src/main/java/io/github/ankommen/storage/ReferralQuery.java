package io.github.ankommen.storage;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralStatus;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Selects referrals. Every filter is optional (null, or an empty set of statuses); the result holds
 * the referrals that pass all filters that are set, ordered by id.
 *
 * <p>{@code consent} selects the referrals whose data went out on that consent: what a withdrawal
 * must flag. {@code respondByBefore} selects the referrals whose response deadline lies before a
 * day: the candidates for "overdue for a response". This class is immutable and thread-safe.
 *
 * @param caseId referrals of this case
 * @param client referrals of this client
 * @param recipient referrals addressed to this organisation
 * @param contactPoint referrals sent from this contact point
 * @param statuses referrals in one of these statuses; empty for any
 * @param consent referrals sent on this consent
 * @param respondByBefore referrals whose response deadline is before this day
 * @since 0.1.0
 */
public record ReferralQuery(CaseId caseId, ClientId client, OrganisationId recipient, ContactPointId contactPoint,
        @NotNull Set<@NotNull ReferralStatus> statuses, ConsentId consent, LocalDate respondByBefore)
        implements Query<Referral> {

    /**
     * Creates a query.
     *
     * @param caseId referrals of this case, or null
     * @param client referrals of this client, or null
     * @param recipient referrals addressed to this organisation, or null
     * @param contactPoint referrals sent from this contact point, or null
     * @param statuses referrals in one of these statuses, not null; empty for any
     * @param consent referrals sent on this consent, or null
     * @param respondByBefore referrals whose response deadline is before this day, or null
     * @throws jakarta.validation.ConstraintViolationException if the statuses are null or hold null
     */
    public ReferralQuery(CaseId caseId, ClientId client, OrganisationId recipient, ContactPointId contactPoint,
            Set<ReferralStatus> statuses, ConsentId consent, LocalDate respondByBefore) {
        this.caseId = caseId;
        this.client = client;
        this.recipient = recipient;
        this.contactPoint = contactPoint;
        this.statuses = FrozenCollections.copyOf(statuses);
        this.consent = consent;
        this.respondByBefore = respondByBefore;
        if (this.statuses == null || this.statuses.contains(null)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * All referrals.
     *
     * @return the query
     */
    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null, null, Set.of(), null, null);
    }

    /**
     * The referrals of a case.
     *
     * @param caseId the case, not null
     * @return the query
     * @throws NullPointerException if the case is null
     */
    public static ReferralQuery ofCase(CaseId caseId) {
        return new ReferralQuery(Objects.requireNonNull(caseId, "caseId must not be null"), null, null, null,
                Set.of(), null, null);
    }

    /**
     * The referrals of a client.
     *
     * @param client the client, not null
     * @return the query
     * @throws NullPointerException if the client is null
     */
    public static ReferralQuery ofClient(ClientId client) {
        return new ReferralQuery(null, Objects.requireNonNull(client, "client must not be null"), null, null,
                Set.of(), null, null);
    }

    /**
     * The referrals addressed to an organisation.
     *
     * @param recipient the organisation, not null
     * @return the query
     * @throws NullPointerException if the organisation is null
     */
    public static ReferralQuery to(OrganisationId recipient) {
        return new ReferralQuery(null, null, Objects.requireNonNull(recipient, "recipient must not be null"), null,
                Set.of(), null, null);
    }

    /**
     * The referrals whose data went out on a consent.
     *
     * @param consent the consent, not null
     * @return the query
     * @throws NullPointerException if the consent is null
     */
    public static ReferralQuery basedOn(ConsentId consent) {
        return new ReferralQuery(null, null, null, null, Set.of(),
                Objects.requireNonNull(consent, "consent must not be null"), null);
    }

    /**
     * This query, narrowed to referrals in some statuses.
     *
     * @param first a status, not null
     * @param more further statuses
     * @return the narrowed query
     */
    public ReferralQuery inStatus(ReferralStatus first, ReferralStatus... more) {
        return new ReferralQuery(caseId, client, recipient, contactPoint, EnumSet.of(first, more), consent,
                respondByBefore);
    }

    /**
     * This query, narrowed to open referrals: neither ended nor entered in error.
     *
     * @return the narrowed query
     */
    public ReferralQuery open() {
        Set<ReferralStatus> open = EnumSet.noneOf(ReferralStatus.class);
        Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen).forEach(open::add);
        return new ReferralQuery(caseId, client, recipient, contactPoint, open, consent, respondByBefore);
    }

    /**
     * This query, narrowed to referrals of a sending contact point.
     *
     * @param from the contact point, or null for any
     * @return the narrowed query
     */
    public ReferralQuery from(ContactPointId from) {
        return new ReferralQuery(caseId, client, recipient, from, statuses, consent, respondByBefore);
    }

    /**
     * This query, narrowed to referrals whose response deadline is before a day.
     *
     * @param day the day, or null for any
     * @return the narrowed query
     */
    public ReferralQuery respondByBefore(LocalDate day) {
        return new ReferralQuery(caseId, client, recipient, contactPoint, statuses, consent, day);
    }

    @Override
    public RecordKind<?, Referral> kind() {
        return RecordKind.REFERRAL;
    }

    @Override
    public boolean matches(Referral referral) {
        return (caseId == null || caseId.equals(referral.caseId()))
                && (client == null || client.equals(referral.client()))
                && (recipient == null || recipient.equals(referral.recipient()))
                && (contactPoint == null || contactPoint.equals(referral.contactPoint()))
                && (statuses.isEmpty() || statuses.contains(referral.status()))
                && (consent == null || referral.basis() != null && referral.basis().kind() == TransferBasis.Kind.CONSENT
                        && consent.equals(referral.basis().consent()))
                && (respondByBefore == null || referral.respondBy() != null && referral.respondBy().isBefore(respondByBefore));
    }
}
