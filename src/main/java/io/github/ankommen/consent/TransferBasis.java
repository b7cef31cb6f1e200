package io.github.ankommen.consent;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * On what basis data goes to a recipient: a covering consent, a legal basis, or an override.
 *
 * <p>Exactly the part of its kind is present: the consent's id, the legal basis's citation, or the
 * override. {@link #reference()} names it in one text for the transfer ledger. This class is
 * immutable and thread-safe.
 *
 * @param kind which basis
 * @param consent the covering consent, for {@link Kind#CONSENT}; else null
 * @param legalReference the citation of the statute, for {@link Kind#LEGAL_BASIS}; else null; not blank, at most 200 characters
 * @param override the recorded override, for {@link Kind#OVERRIDE}; else null
 * @since 0.1.0
 */
public record TransferBasis(
        @NotNull Kind kind,
        ConsentId consent,
        @Size(max = 200) String legalReference,
        ConsentOverride override) {

    /** The kinds of basis, in the order the library looks for them. */
    public enum Kind {
        /** The client's valid consent covers the transfer. */
        CONSENT,
        /** A recorded statutory basis allows the transfer without consent. */
        LEGAL_BASIS,
        /** An actor holding the override permission allowed it, with a recorded reason. */
        OVERRIDE
    }

    /**
     * Creates a basis.
     *
     * @param kind which basis, not null
     * @param consent the consent's id, exactly for {@link Kind#CONSENT}
     * @param legalReference the citation, exactly for {@link Kind#LEGAL_BASIS}; not blank, at most 200 characters
     * @param override the override, exactly for {@link Kind#OVERRIDE}
     * @throws jakarta.validation.ConstraintViolationException if the kind is missing or the parts do
     *     not fit it
     */
    public TransferBasis(Kind kind, ConsentId consent, String legalReference, ConsentOverride override) {
        this.kind = kind;
        this.consent = consent;
        this.legalReference = legalReference;
        this.override = override;
        RecordValidation.valid(this);
    }

    /**
     * A transfer covered by consent.
     *
     * @param consent the covering consent's id, not null
     * @return the basis
     * @throws jakarta.validation.ConstraintViolationException if the id is null
     */
    public static TransferBasis consent(ConsentId consent) {
        return new TransferBasis(Kind.CONSENT, consent, null, null);
    }

    /**
     * A transfer allowed by a legal basis.
     *
     * @param basis the legal basis, not null
     * @return the basis, holding the citation
     * @throws NullPointerException if the legal basis is null
     */
    public static TransferBasis legal(LegalBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return new TransferBasis(Kind.LEGAL_BASIS, null, basis.reference(), null);
    }

    /**
     * A transfer allowed by an override.
     *
     * @param override the override, not null
     * @return the basis
     * @throws jakarta.validation.ConstraintViolationException if the override is null
     */
    public static TransferBasis override(ConsentOverride override) {
        return new TransferBasis(Kind.OVERRIDE, null, null, override);
    }

    /**
     * The basis in one text for the ledger: the consent's id, the citation, or the overriding
     * actor's id. It holds no personal data.
     *
     * @return the reference
     */
    public String reference() {
        return switch (kind) {
            case CONSENT -> consent.value();
            case LEGAL_BASIS -> legalReference;
            case OVERRIDE -> override.actor().value();
        };
    }

    /**
     * Shows the kind and {@link #reference()}; never the override's reason.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "TransferBasis[" + kind + " " + reference() + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.consent.TransferBasis.parts.message}")
    private boolean isPartsFittingKind() {
        if (kind == null) {
            return true;
        }
        boolean legal = legalReference != null && !legalReference.trim().isEmpty();
        return switch (kind) {
            case CONSENT -> consent != null && legalReference == null && override == null;
            case LEGAL_BASIS -> consent == null && legal && override == null;
            case OVERRIDE -> consent == null && legalReference == null && override != null;
        };
    }
}
