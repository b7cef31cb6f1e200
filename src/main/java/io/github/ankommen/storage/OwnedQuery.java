package io.github.ankommen.storage;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.TransferRecord;
import jakarta.validation.constraints.NotNull;
import java.util.function.Function;

/**
 * Selects the records of one kind that belong to one owner: a referral's history, a case's
 * referral notes, a client's consents, consultations or transfer records, an actor's denied calls and
 * changes, a
 * contact point's volunteers, accompaniments, appointments and interpreter requests. Ordered by id
 * key, which orders a
 * history by version. Obtain one from the factories; this class is immutable and thread-safe.
 *
 * @param <R> the record type
 * @param kind the kind of record selected
 * @param owner the owner's id
 * @since 0.1.0
 */
public record OwnedQuery<R>(@NotNull RecordKind<?, R> kind, @NotNull Object owner) implements Query<R> {

    /**
     * Creates a query; use the factories.
     *
     * @param kind the kind, not null; one of the kinds the factories name
     * @param owner the owner's id, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     * @throws IllegalArgumentException if the kind has no owner
     */
    public OwnedQuery(RecordKind<?, R> kind, Object owner) {
        this.kind = kind;
        this.owner = owner;
        if (kind == null || owner == null) {
            RecordValidation.valid(this);
        }
        ownerOf(kind);
    }

    /**
     * A referral's history, oldest first.
     *
     * @param referral the referral, not null
     * @return the query
     */
    public static OwnedQuery<ReferralHistoryEntry> history(ReferralId referral) {
        return new OwnedQuery<>(RecordKind.REFERRAL_HISTORY, referral);
    }

    /**
     * The notes in a case's history that its referrals ended.
     *
     * @param caseId the case, not null
     * @return the query
     */
    public static OwnedQuery<ReferralClosed> closedReferrals(CaseId caseId) {
        return new OwnedQuery<>(RecordKind.REFERRAL_CLOSED, caseId);
    }

    /**
     * A client's consents.
     *
     * @param client the client, not null
     * @return the query
     */
    public static OwnedQuery<Consent> consents(ClientId client) {
        return new OwnedQuery<>(RecordKind.CONSENT, client);
    }

    /**
     * The transfer ledger of a client: who received which of the client's data, when, on what basis.
     *
     * @param client the client, not null
     * @return the query
     */
    public static OwnedQuery<TransferRecord> transfers(ClientId client) {
        return new OwnedQuery<>(RecordKind.TRANSFER, client);
    }

    /**
     * The consultations linked to a client; anonymous consultations belong to no client.
     *
     * @param client the client, not null
     * @return the query
     */
    public static OwnedQuery<Consultation> consultations(ClientId client) {
        return new OwnedQuery<>(RecordKind.CONSULTATION, client);
    }

    /**
     * The denied calls of an actor, as the audit trail records them.
     *
     * @param actor the actor, not null
     * @return the query
     */
    public static OwnedQuery<DeniedAccess> deniedAccesses(ActorId actor) {
        return new OwnedQuery<>(RecordKind.DENIED_ACCESS, actor);
    }

    /**
     * The changes an actor made, as the change log records them: ordered by id key, that is by
     * record kind, record and version.
     * @param actor the actor, not null
     * @return the query
     */
    public static OwnedQuery<ChangeRecord> changesBy(ActorId actor) {
        return new OwnedQuery<>(RecordKind.CHANGE_RECORD, actor);
    }

    /**
     * The volunteers' profiles of a contact point, ended engagements included.
     *
     * @param contactPoint the contact point, not null
     * @return the query
     */
    public static OwnedQuery<Volunteer> volunteers(ContactPointId contactPoint) {
        return new OwnedQuery<>(RecordKind.VOLUNTEER, contactPoint);
    }

    /**
     * The accompaniments arranged by a contact point.
     *
     * @param contactPoint the contact point, not null
     * @return the query
     */
    public static OwnedQuery<Accompaniment> accompaniments(ContactPointId contactPoint) {
        return new OwnedQuery<>(RecordKind.ACCOMPANIMENT, contactPoint);
    }

    /**
     * The appointments of a contact point, cancelled ones included.
     *
     * @param contactPoint the contact point, not null
     * @return the query
     */
    public static OwnedQuery<Appointment> appointments(ContactPointId contactPoint) {
        return new OwnedQuery<>(RecordKind.APPOINTMENT, contactPoint);
    }

    /**
     * The interpreter requests made for a contact point.
     *
     * @param contactPoint the contact point, not null
     * @return the query
     */
    public static OwnedQuery<InterpreterRequest> interpreterRequests(ContactPointId contactPoint) {
        return new OwnedQuery<>(RecordKind.INTERPRETER_REQUEST, contactPoint);
    }

    /**
     * The owner of a record: what a store indexes owned queries by.
     *
     * @param <R> the record type
     * @param kind the record's kind, not null; one that has owners
     * @param record the record, not null
     * @return its owner's id: a {@code ReferralId}, {@code CaseId}, {@code ClientId}, {@code ActorId}
     *     or, for volunteers, accompaniments, appointments and interpreter requests, a
     *     {@code ContactPointId}; null for a record without owner (an anonymous consultation)
     * @throws IllegalArgumentException if records of the kind have no owner
     */
    public static <R> Object ownerOf(RecordKind<?, R> kind, R record) {
        return ownerOf(kind).apply(record);
    }

    @Override
    public boolean matches(R record) {
        return owner.equals(ownerOf(kind, record));
    }

    @SuppressWarnings("unchecked")
    private static <R> Function<R, Object> ownerOf(RecordKind<?, R> kind) {
        Function<?, Object> owner;
        if (kind == RecordKind.REFERRAL_HISTORY) {
            owner = (ReferralHistoryEntry e) -> e.referral();
        } else if (kind == RecordKind.REFERRAL_CLOSED) {
            owner = (ReferralClosed c) -> c.caseId();
        } else if (kind == RecordKind.CONSENT) {
            owner = (Consent c) -> c.client();
        } else if (kind == RecordKind.TRANSFER) {
            owner = (TransferRecord t) -> t.client();
        } else if (kind == RecordKind.CONSULTATION) {
            owner = (Consultation c) -> c.client();
        } else if (kind == RecordKind.DENIED_ACCESS) {
            owner = (DeniedAccess d) -> d.actor();
        } else if (kind == RecordKind.CHANGE_RECORD) {
            owner = (ChangeRecord c) -> c.actor();
        } else if (kind == RecordKind.VOLUNTEER) {
            owner = (Volunteer v) -> v.contactPoint();
        } else if (kind == RecordKind.ACCOMPANIMENT) {
            owner = (Accompaniment a) -> a.contactPoint();
        } else if (kind == RecordKind.APPOINTMENT) {
            owner = (Appointment a) -> a.contactPoint();
        } else if (kind == RecordKind.INTERPRETER_REQUEST) {
            owner = (InterpreterRequest r) -> r.contactPoint();
        } else {
            throw new IllegalArgumentException("records of kind " + kind + " have no owner");
        }
        return (Function<R, Object>) owner;
    }
}
