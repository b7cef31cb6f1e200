package io.github.ankommen.consent;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a transfer of a client's data to a recipient is covered, and if not, what is missing.
 *
 * <p>{@link #of} looks for a basis in this order: a valid consent of the client that covers the
 * recipient, the purpose and every data category shared; then the legal basis given, if it names
 * the same recipient, purpose and categories. If neither covers, the check names the client's
 * <i>closest</i> consent for the recipient (the one with the fewest gaps; then the one obtained
 * last; then the smallest id) and its gaps, and the categories that consent lacks. One consent must
 * cover all shared categories; two consents are not combined. An override is not part of the check:
 * the referral engine applies it after a failed check. This class is immutable and thread-safe.
 *
 * @param client the client whose data would go
 * @param recipient the organisation it would go to
 * @param categories the data categories to share, at least one
 * @param basis the kind of basis found; null if none
 * @param consent the covering consent if the basis is consent; else the closest consent for the
 *     recipient; null if there is none or the basis is a legal one
 * @param missing what is missing; empty exactly when a basis was found
 * @param uncovered the shared categories the closest consent lacks; empty when a basis was found
 * @since 0.1.0
 */
public record ConsentCheck(
        @NotNull ClientId client,
        @NotNull OrganisationId recipient,
        @NotEmpty Set<@NotNull DataCategory> categories,
        TransferBasis.Kind basis,
        ConsentId consent,
        @NotNull Set<@NotNull ConsentGap> missing,
        @NotNull Set<@NotNull DataCategory> uncovered) {

    /**
     * Creates a check result.
     *
     * @param client the client, not null
     * @param recipient the recipient, not null
     * @param categories the categories to share, at least one
     * @param basis the basis found, or null; never {@link TransferBasis.Kind#OVERRIDE}
     * @param consent the covering or closest consent, or null; required for a consent basis
     * @param missing the gaps, not null; empty exactly when a basis was found
     * @param uncovered the uncovered categories, not null; empty when a basis was found
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the parts
     *     do not fit together
     */
    public ConsentCheck(ClientId client, OrganisationId recipient, Set<DataCategory> categories,
            TransferBasis.Kind basis, ConsentId consent, Set<ConsentGap> missing, Set<DataCategory> uncovered) {
        this.client = client;
        this.recipient = recipient;
        this.categories = FrozenCollections.copyOf(categories);
        this.basis = basis;
        this.consent = consent;
        this.missing = FrozenCollections.copyOf(missing);
        this.uncovered = FrozenCollections.copyOf(uncovered);
        RecordValidation.valid(this);
    }

    /**
     * RecordValidation whether a transfer is covered.
     *
     * @param consents the consents to consider, not null, no nulls; other clients' consents are ignored
     * @param legalBasis a legal basis to fall back on, or null
     * @param client the client, not null
     * @param recipient the organisation the data goes to, not null
     * @param purpose what for, not null
     * @param categories the data categories to share, at least one, no nulls
     * @param at when the transfer happens, not null
     * @param zone the municipality's time zone, not null
     * @return the result
     * @throws NullPointerException if an argument other than the legal basis is null, or a consent is
     * @throws jakarta.validation.ConstraintViolationException if the categories are empty
     */
    public static ConsentCheck of(Collection<Consent> consents, LegalBasis legalBasis, ClientId client,
            OrganisationId recipient, String purpose, Set<DataCategory> categories, Instant at, ZoneId zone) {
        Objects.requireNonNull(consents, "consents must not be null");
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Objects.requireNonNull(categories, "categories must not be null");
        Consent closest = null;
        Set<ConsentGap> closestGaps = null;
        Comparator<Consent> later = Comparator.comparing(Consent::obtainedAt).reversed()
                .thenComparing(c -> c.id().value());
        for (Consent c : consents) {
            Objects.requireNonNull(c, "consents must not hold null");
            if (!c.client().equals(client) || !c.recipient().equals(recipient)) {
                continue;
            }
            Set<ConsentGap> gaps = c.gaps(recipient, purpose, categories, at, zone);
            if (closest == null || gaps.size() < closestGaps.size()
                    || (gaps.size() == closestGaps.size() && later.compare(c, closest) < 0)) {
                closest = c;
                closestGaps = gaps;
            }
        }
        if (closest != null && closestGaps.isEmpty()) {
            return new ConsentCheck(client, recipient, categories, TransferBasis.Kind.CONSENT, closest.id(), Set.of(),
                    Set.of());
        }
        if (legalBasis != null && legalBasis.covers(recipient, purpose, categories)) {
            return new ConsentCheck(client, recipient, categories, TransferBasis.Kind.LEGAL_BASIS, null, Set.of(),
                    Set.of());
        }
        Set<ConsentGap> missing = EnumSet.noneOf(ConsentGap.class);
        Set<DataCategory> uncovered = EnumSet.noneOf(DataCategory.class);
        uncovered.addAll(categories);
        if (closest == null) {
            missing.add(ConsentGap.NO_CONSENT_FOR_RECIPIENT);
        } else {
            missing.addAll(closestGaps);
            uncovered.removeAll(closest.categories());
        }
        if (legalBasis != null) {
            missing.add(ConsentGap.LEGAL_BASIS_NOT_COVERING);
        }
        return new ConsentCheck(client, recipient, categories, null, closest == null ? null : closest.id(),
                Collections.unmodifiableSet(missing), Collections.unmodifiableSet(uncovered));
    }

    /**
     * Asks whether the transfer is covered.
     *
     * @return true if a consent or a legal basis covers it
     */
    public boolean isCovered() {
        return basis != null;
    }

    @AssertTrue(message = "{io.github.ankommen.consent.ConsentCheck.missing.message}")
    private boolean isMissingFittingBasis() {
        if (missing == null || uncovered == null) {
            return true;
        }
        if (basis == null) {
            return !missing.isEmpty();
        }
        return missing.isEmpty() && uncovered.isEmpty() && basis != TransferBasis.Kind.OVERRIDE
                && (basis != TransferBasis.Kind.CONSENT || consent != null);
    }
}
