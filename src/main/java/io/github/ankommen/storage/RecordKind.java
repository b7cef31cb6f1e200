package io.github.ankommen.storage;

import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.access.DeniedAccessId;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.AuditEntryId;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.AccompanimentId;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.BookedSlot;
import io.github.ankommen.people.BookedSlotId;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralClosedId;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralHistoryId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.referral.TransferRecord;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of record that a store keeps: contact points, offers, networks, and the kinds that later
 * versions add.
 *
 * <p>The kinds are the constants of this class; there are no others, and later versions add more. Each knows its record type,
 * its id type, how to read a record's id, and how to turn an id into the text key a store indexes
 * by and back. Stores dispatch on kinds with {@code ==} and use {@link #cast(Object)} to get a
 * typed record. This class is immutable and thread-safe.
 *
 * @param <I> the id type
 * @param <R> the record type
 * @since 0.1.0
 */
public final class RecordKind<I, R> {

    /** Contact points (<i>Anlaufstellen</i>). */
    public static final RecordKind<ContactPointId, ContactPoint> CONTACT_POINT = new RecordKind<>(
            "contact_point", ContactPoint.class, ContactPoint::id, ContactPointId::value, ContactPointId::of);

    /** Offers (<i>Angebote</i>) that clients are referred to. */
    public static final RecordKind<OfferId, Offer> OFFER = new RecordKind<>(
            "offer", Offer.class, Offer::id, OfferId::value, OfferId::of);

    /** Networks, with their districts and rollout phases. */
    public static final RecordKind<NetworkId, Network> NETWORK = new RecordKind<>(
            "network", Network.class, Network::id, NetworkId::value, NetworkId::of);

    /** Clients: pseudonymous, with basic and sensitive data kept apart. */
    public static final RecordKind<ClientId, Client> CLIENT = new RecordKind<>(
            "client", Client.class, Client::id, ClientId::value, ClientId::of);

    /** Consultations (<i>Beratungskontakte</i>), anonymous unless linked to a client. */
    public static final RecordKind<ConsultationId, Consultation> CONSULTATION = new RecordKind<>(
            "consultation", Consultation.class, Consultation::id, ConsultationId::value, ConsultationId::of);

    /** Cases, without their audit trail. */
    public static final RecordKind<CaseId, Case> CASE = new RecordKind<>(
            "case", Case.class, Case::id, CaseId::value, CaseId::of);

    /**
     * The audit trail of cases: one entry per change, only ever inserted. Keys are
     * {@link AuditEntryId#key()}: up to 75 characters, ordered by case and version.
     */
    public static final RecordKind<AuditEntryId, AuditEntry> AUDIT_ENTRY = new RecordKind<>(
            "audit_entry", AuditEntry.class, AuditEntry::id, AuditEntryId::key, AuditEntryId::parse);

    /** Referrals (<i>Vermittlungen</i>) of cases to offers. */
    public static final RecordKind<ReferralId, Referral> REFERRAL = new RecordKind<>(
            "referral", Referral.class, Referral::id, ReferralId::value, ReferralId::of);

    /**
     * The history of referrals: one entry per change, only ever inserted. Keys are
     * {@link ReferralHistoryId#key()}, ordered by referral and version.
     */
    public static final RecordKind<ReferralHistoryId, ReferralHistoryEntry> REFERRAL_HISTORY = new RecordKind<>(
            "referral_history", ReferralHistoryEntry.class, ReferralHistoryId::of, ReferralHistoryId::key,
            ReferralHistoryId::parse);

    /** The notes in a case's history that a referral of the case ended; only ever inserted. */
    public static final RecordKind<ReferralClosedId, ReferralClosed> REFERRAL_CLOSED = new RecordKind<>(
            "referral_closed", ReferralClosed.class, ReferralClosedId::of, ReferralClosedId::key,
            ReferralClosedId::parse);

    /** Clients' consents, purpose-bound per recipient and data category. */
    public static final RecordKind<ConsentId, Consent> CONSENT = new RecordKind<>(
            "consent", Consent.class, Consent::id, ConsentId::value, ConsentId::of);

    /** The transfer ledger: who received which data, when, on what basis; only ever inserted. */
    public static final RecordKind<TransferId, TransferRecord> TRANSFER = new RecordKind<>(
            "transfer", TransferRecord.class, TransferRecord::id, TransferId::value, TransferId::of);

    /** Pathway templates (<i>Wege</i>). */
    public static final RecordKind<PathwayId, Pathway> PATHWAY = new RecordKind<>(
            "pathway", Pathway.class, Pathway::id, PathwayId::value, PathwayId::of);

    /** Denied calls, as the audit trail records them; only ever inserted. */
    public static final RecordKind<DeniedAccessId, DeniedAccess> DENIED_ACCESS = new RecordKind<>(
            "denied_access", DeniedAccess.class, DeniedAccess::id, DeniedAccessId::value, DeniedAccessId::of);

    /** Volunteers' profiles (<i>Ehrenamtliche</i>) at contact points. */
    public static final RecordKind<VolunteerId, Volunteer> VOLUNTEER = new RecordKind<>(
            "volunteer", Volunteer.class, Volunteer::id, VolunteerId::value, VolunteerId::of);

    /** Accompaniments (<i>Begleitungen</i>) by volunteers. */
    public static final RecordKind<AccompanimentId, Accompaniment> ACCOMPANIMENT = new RecordKind<>(
            "accompaniment", Accompaniment.class, Accompaniment::id, AccompanimentId::value, AccompanimentId::of);

    /** Appointments (<i>Termine</i>) at contact points. */
    public static final RecordKind<AppointmentId, Appointment> APPOINTMENT = new RecordKind<>(
            "appointment", Appointment.class, Appointment::id, AppointmentId::value, AppointmentId::of);

    /**
     * The places taken at one appointment time of a contact point. Keys are {@link BookedSlotId#key()}:
     * up to 78 characters, ordered by contact point and time.
     */
    public static final RecordKind<BookedSlotId, BookedSlot> BOOKED_SLOT = new RecordKind<>(
            "booked_slot", BookedSlot.class, BookedSlot::id, BookedSlotId::key, BookedSlotId::parse);

    /** The interpreters of the pool (<i>Sprachmittlung</i>). */
    public static final RecordKind<InterpreterId, Interpreter> INTERPRETER = new RecordKind<>(
            "interpreter", Interpreter.class, Interpreter::id, InterpreterId::value, InterpreterId::of);

    /** Requests to interpreters, with their answers. */
    public static final RecordKind<InterpreterRequestId, InterpreterRequest> INTERPRETER_REQUEST = new RecordKind<>(
            "interpreter_request", InterpreterRequest.class, InterpreterRequest::id, InterpreterRequestId::value,
            InterpreterRequestId::of);

    /**
     * The change log: one entry per written record, naming who changed it, when, how and why. Ids
     * are composite ({@code kind/key/version}).
     */
    public static final RecordKind<ChangeRecordId, ChangeRecord> CHANGE_RECORD = new RecordKind<>(
            "change_record", ChangeRecord.class, ChangeRecord::id, ChangeRecordId::textKey, ChangeRecordId::parse);

    private static final List<RecordKind<?, ?>> ALL = List.of(CONTACT_POINT, OFFER, NETWORK, CLIENT, CONSULTATION,
            CASE, AUDIT_ENTRY, REFERRAL, REFERRAL_HISTORY, REFERRAL_CLOSED, CONSENT, TRANSFER, PATHWAY, DENIED_ACCESS,
            VOLUNTEER, ACCOMPANIMENT, APPOINTMENT, BOOKED_SLOT, INTERPRETER, INTERPRETER_REQUEST, CHANGE_RECORD);

    private final String name;
    private final Class<R> type;
    private final Function<R, I> id;
    private final Function<I, String> key;
    private final Function<String, I> parse;

    private RecordKind(String name, Class<R> type, Function<R, I> id, Function<I, String> key,
            Function<String, I> parse) {
        this.name = name;
        this.type = type;
        this.id = id;
        this.key = key;
        this.parse = parse;
    }

    /**
     * All kinds, in a fixed order.
     *
     * @return the kinds, unmodifiable
     */
    public static List<RecordKind<?, ?>> all() {
        return ALL;
    }

    /**
     * The kind's name in lower snake case, for example {@code contact_point}; usable as a table name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The record type.
     *
     * @return the class of the records of this kind
     */
    public Class<R> type() {
        return type;
    }

    /**
     * Reads a record's id.
     *
     * @param record the record, not null
     * @return its id
     * @throws NullPointerException if the record is null
     */
    public I idOf(R record) {
        return id.apply(Objects.requireNonNull(record, "record must not be null"));
    }

    /**
     * The text key of an id: what a store indexes and orders by. Keys are ASCII, so their order is
     * the same in Java's {@link String#compareTo} and in a database's binary collation. Plain ids
     * are at most 64 characters; the composite keys are longer: {@link AuditEntryId#key()} and
     * {@link ReferralHistoryId#key()} at most 75, {@link ReferralClosedId#key()} at most 81 (an id of
     * 64, a slash and {@code entered-in-error}), {@link BookedSlotId#key()} at most 78.
     *
     * @param id the id, not null
     * @return the key
     * @throws NullPointerException if the id is null
     */
    public String key(I id) {
        return key.apply(Objects.requireNonNull(id, "id must not be null"));
    }

    /**
     * The text key of a record's id.
     *
     * @param record the record, not null
     * @return the key
     * @throws NullPointerException if the record is null
     */
    public String keyOf(R record) {
        return key(idOf(record));
    }

    /**
     * Turns a key back into an id.
     *
     * @param key a key made by {@link #key(Object)}, not null
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if the key is not a valid id
     */
    public I parseId(String key) {
        return parse.apply(key);
    }

    /**
     * Casts an object to this kind's record type.
     *
     * @param record the object
     * @return the object as a record of this kind
     * @throws ClassCastException if it is not one
     */
    public R cast(Object record) {
        return type.cast(record);
    }

    @Override
    public String toString() {
        return name;
    }
}
