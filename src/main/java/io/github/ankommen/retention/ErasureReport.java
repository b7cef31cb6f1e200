package io.github.ankommen.retention;

import io.github.ankommen.RetentionService;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.storage.RecordKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an erasure ({@link RetentionService#erase}) changed, and whom the controller must tell
 * (Art. 19 GDPR). It holds ids and counts only. Erasing a client that is already erased reports no
 * changes. This class is immutable and thread-safe.
 *
 * @param client the erased client
 * @param at when the erasure was made
 * @param changed the number of records whose content the erasure changed or that it added (history
 *     entries of flagged referrals), per kind, in the order of {@link RecordKind#all()}; kinds with
 *     no change are left out
 * @param cases the client's cases, all of which are now free of free text, ordered by id
 * @param withdrawn the consents this erasure withdrew, ordered by id; consents withdrawn before are
 *     not listed
 * @param flagged the open referrals this erasure flagged because their consent was withdrawn; their
 *     senders must decide what happens to them
 * @param recipients the organisations that received data of the client, by the transfer ledger:
 *     those the controller must tell of the erasure
 * @since 0.1.0
 */
public record ErasureReport(
        @NotNull ClientId client,
        @NotNull Instant at,
        @NotNull Map<@NotNull RecordKind<?, ?>, @NotNull @Positive Integer> changed,
        @NotNull List<@NotNull CaseId> cases,
        @NotNull List<@NotNull ConsentId> withdrawn,
        @NotNull List<@NotNull ReferralId> flagged,
        @NotNull Set<@NotNull OrganisationId> recipients) {

    /**
     * Creates a report.
     *
     * @param client the client, not null
     * @param at when, not null
     * @param changed the positive counts per kind, not null, without nulls
     * @param cases the client's cases, not null, without nulls
     * @param withdrawn the consents withdrawn, not null, without nulls
     * @param flagged the referrals flagged, not null, without nulls
     * @param recipients the recipients to tell, not null, without nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, holds null
     *     or a count is not positive
     */
    public ErasureReport(ClientId client, Instant at, Map<RecordKind<?, ?>, Integer> changed, List<CaseId> cases,
            List<ConsentId> withdrawn, List<ReferralId> flagged, Set<OrganisationId> recipients) {
        this.client = client;
        this.at = at;
        this.changed = FrozenCollections.copyOf(changed);
        this.cases = FrozenCollections.copyOf(cases);
        this.withdrawn = FrozenCollections.copyOf(withdrawn);
        this.flagged = FrozenCollections.copyOf(flagged);
        this.recipients = FrozenCollections.copyOf(recipients);
        RecordValidation.valid(this);
    }

    /**
     * How many records of a kind the erasure changed or added.
     *
     * @param kind the kind, not null
     * @return the count, 0 if none
     * @throws NullPointerException if the kind is null
     */
    public int changed(RecordKind<?, ?> kind) {
        return changed.getOrDefault(Objects.requireNonNull(kind, "kind must not be null"), 0);
    }

    /**
     * How many records the erasure changed or added in all.
     *
     * @return the sum of {@link #changed()}
     */
    public int total() {
        return changed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
