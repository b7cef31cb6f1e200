package io.github.ankommen;

import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentOverride;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.retention.Anonymiser;

/**
 * Pure functions that remove the free text of the referral side (notes, outcome notes, override
 * reasons and, on erasure, purposes) and mark a client erased. Like {@link Anonymiser}, each one
 * is idempotent and returns the same instance when nothing changes, so a service writes only what
 * changed.
 */
final class Redaction {

    private Redaction() {
    }

    /**
     * Marks a client erased: the pseudonym becomes {@link RetentionService#ERASED} and both data
     * categories are emptied; the id stays so that references resolve.
     */
    static Client erase(Client client) {
        if (RetentionService.isErased(client)) {
            return client;
        }
        return new Client(client.id(), RetentionService.ERASED, BasicData.none(), SensitiveData.none(),
                client.registeredAt());
    }

    /**
     * Removes a referral's free text: the note to its reason, the note of its outcome and the reason
     * of an override. On erasure the purpose becomes {@link Anonymiser#REMOVED} too.
     */
    static Referral referral(Referral r, boolean purposeToo) {
        String purpose = purposeToo ? Anonymiser.REMOVED : r.purpose();
        ReferralOutcome outcome = r.outcome() == null || r.outcome().note() == null ? r.outcome()
                : ReferralOutcome.of(r.outcome().kind());
        TransferBasis basis = r.basis();
        if (basis != null && basis.override() != null && !basis.override().reason().equals(Anonymiser.REMOVED)) {
            ConsentOverride o = basis.override();
            basis = TransferBasis.override(new ConsentOverride(o.actor(), o.at(), Anonymiser.REMOVED));
        }
        if (r.note() == null && purpose.equals(r.purpose()) && outcome == r.outcome() && basis == r.basis()) {
            return r;
        }
        return new Referral(r.id(), r.caseId(), r.client(), r.contactPoint(), r.offer(), r.recipient(), r.need(),
                r.shared(), purpose, r.status(), r.reason(), null, outcome, basis, r.flag(), r.requestedAt(),
                r.respondBy(), r.acceptedAt(), r.lastProgressAt(), r.version(), r.createdAt(), r.updatedAt());
    }

    /** Removes the note of a referral's history entry; the entry itself stays. */
    static ReferralHistoryEntry history(ReferralHistoryEntry e) {
        if (e.note() == null) {
            return e;
        }
        return new ReferralHistoryEntry(e.referral(), e.version(), e.actor(), e.role(), e.side(), e.at(), e.from(),
                e.to(), e.action(), e.reason(), null);
    }

    /** Replaces a consent's purpose with {@link Anonymiser#REMOVED}; everything else stays. */
    static Consent consent(Consent c) {
        if (c.purpose().equals(Anonymiser.REMOVED)) {
            return c;
        }
        return new Consent(c.id(), c.client(), c.categories(), c.recipient(), Anonymiser.REMOVED, c.obtainedBy(),
                c.obtainedAt(), c.validFrom(), c.validUntil(), c.withdrawnAt());
    }

    /**
     * Replaces the purpose of a ledger entry with {@link Anonymiser#REMOVED}; who received which
     * categories, when and on what basis stays.
     */
    static TransferRecord transfer(TransferRecord t) {
        if (t.purpose().equals(Anonymiser.REMOVED)) {
            return t;
        }
        return new TransferRecord(t.id(), t.referral(), t.client(), t.recipient(), t.categories(), Anonymiser.REMOVED,
                t.at(), t.basis(), t.reference());
    }

    /** Unlinks a consultation from its client and case; what statistics count stays. */
    static Consultation unlink(Consultation c) {
        if (c.isAnonymous()) {
            return c;
        }
        return Consultation.anonymous(c.id(), c.contactPoint(), c.date(), c.topics(), c.language(), c.channel());
    }
}
