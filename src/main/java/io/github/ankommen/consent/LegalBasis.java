package io.github.ankommen.consent;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;

/**
 * A statutory basis that allows a transfer of data without consent, as the municipality has
 * recorded it: for example {@code SGB X § 69 Abs. 1 Nr. 1} for a transfer to the Jobcenter that its
 * legal tasks require.
 *
 * <p>Like a consent, it names the recipient, the data categories and the purpose it allows; it is
 * not tied to one client. The reference is the citation of the statute, which is not personal data
 * and goes into the transfer ledger. This class is immutable and thread-safe.
 *
 * @param reference the citation, such as {@code SGB X § 69 Abs. 1 Nr. 1}; not blank, at most 200 characters
 * @param recipient the organisation the data may go to
 * @param categories the data categories it allows, at least one
 * @param purpose what for, not blank, at most 200 characters; compared exactly, like a consent's
 * @since 0.1.0
 */
public record LegalBasis(
        @NotBlank @Size(max = 200) String reference,
        @NotNull OrganisationId recipient,
        @NotEmpty Set<@NotNull DataCategory> categories,
        @NotBlank @Size(max = 200) String purpose) {

    /**
     * Creates a legal basis.
     *
     * @param reference the citation, not blank, at most 200 characters
     * @param recipient the recipient, not null
     * @param categories the data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank, empty
     *     or too long
     */
    public LegalBasis(String reference, OrganisationId recipient, Set<DataCategory> categories, String purpose) {
        this.reference = reference;
        this.recipient = recipient;
        this.categories = FrozenCollections.copyOf(categories);
        this.purpose = purpose;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a legal basis.
     *
     * @param reference the citation, not blank, at most 200 characters
     * @param recipient the recipient, not null
     * @param categories the data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @return the legal basis
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank, empty
     *     or too long
     */
    public static LegalBasis of(String reference, OrganisationId recipient, Set<DataCategory> categories,
            String purpose) {
        return new LegalBasis(reference, recipient, categories, purpose);
    }

    /**
     * Asks whether this basis allows a transfer: same recipient and purpose, and all its categories.
     *
     * @param recipient the organisation the data goes to, not null
     * @param purpose what for, not null
     * @param shared the data categories to share, not null, no nulls
     * @return true if the transfer is allowed
     * @throws NullPointerException if an argument is null
     */
    public boolean covers(OrganisationId recipient, String purpose, Set<DataCategory> shared) {
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Objects.requireNonNull(shared, "shared must not be null");
        return this.recipient.equals(recipient) && this.purpose.equals(purpose) && categories.containsAll(shared);
    }

    /**
     * Shows the reference, recipient and categories; not the purpose.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "LegalBasis[reference=" + reference + ", recipient=" + recipient + ", categories=" + categories + "]";
    }
}
