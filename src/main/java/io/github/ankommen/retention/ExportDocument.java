package io.github.ankommen.retention;

import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.Reopening;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.TransferRecord;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The access export (Art. 15 GDPR) as plain data that an application serialises with its own JSON
 * (or other) library: records whose components are strings, numbers, booleans, lists and further
 * records of this class, and nothing else. Ids are their string values, codes (states, statuses,
 * reasons, categories, roles) the names the library stores, days and months ISO-8601
 * ({@code 2018-06-04}, {@code 2016-03}), instants ISO-8601 in UTC ({@code 2018-06-04T08:00:00Z}); an
 * absent value is null, an empty collection an empty list. The component names are the field names
 * and are stable within a {@link #FORMAT}; {@code docs/data-protection.md} lists them.
 *
 * <p>Obtain it from {@link ClientDataExport#toDocument()}. It holds everything the export holds,
 * personal data included; {@link #toString()} shows the client's id and counts only. This class is
 * immutable and thread-safe.
 *
 * @param format the format's name and version, {@value #FORMAT}
 * @param client the client's id
 * @param pseudonym the client's pseudonym
 * @param exportedAt when the export was made
 * @param basic the client's basic data
 * @param sensitive the client's sensitive data
 * @param cases the client's cases with their audit trails, ordered by id
 * @param referrals the client's referrals with their histories, ordered by id
 * @param consents the client's consents, ordered by id
 * @param transfers the transfer ledger: who received which data, when and on what basis, ordered by id
 * @param consultations the consultations linked to the client, ordered by id
 * @since 0.1.0
 */
public record ExportDocument(
        String format,
        String client,
        String pseudonym,
        String exportedAt,
        Basic basic,
        Sensitive sensitive,
        List<CaseEntry> cases,
        List<ReferralEntry> referrals,
        List<ConsentEntry> consents,
        List<TransferEntry> transfers,
        List<ConsultationEntry> consultations) {

    /** The name and version of this format; a change of a field name or meaning changes the version. */
    public static final String FORMAT = "ankommen-client-data/1";

    /**
     * Creates the document; lists are copied.
     *
     * @param format the format, not null
     * @param client the client's id, not null
     * @param pseudonym the pseudonym, not null
     * @param exportedAt when, not null
     * @param basic the basic data, not null
     * @param sensitive the sensitive data, not null
     * @param cases the cases, not null, no nulls
     * @param referrals the referrals, not null, no nulls
     * @param consents the consents, not null, no nulls
     * @param transfers the ledger entries, not null, no nulls
     * @param consultations the consultations, not null, no nulls
     * @throws NullPointerException if a component is null
     */
    public ExportDocument {
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(pseudonym, "pseudonym must not be null");
        Objects.requireNonNull(exportedAt, "exportedAt must not be null");
        Objects.requireNonNull(basic, "basic must not be null");
        Objects.requireNonNull(sensitive, "sensitive must not be null");
        cases = List.copyOf(cases);
        referrals = List.copyOf(referrals);
        consents = List.copyOf(consents);
        transfers = List.copyOf(transfers);
        consultations = List.copyOf(consultations);
    }

    /** Builds the document of an export. */
    static ExportDocument of(ClientDataExport export) {
        Client c = export.client();
        return new ExportDocument(FORMAT, c.id().value(), c.pseudonym(), text(export.exportedAt()),
                new Basic(c.basic().firstNameOrInitials(), c.basic().birthYear() == null ? null
                        : c.basic().birthYear().getValue(), c.basic().birthQuarter(),
                        c.basic().languages().stream().map(l -> l.code()).sorted().toList(),
                        text(c.basic().arrival()), c.basic().householdSize()),
                new Sensitive(name(c.sensitive().residenceStatus()), c.sensitive().healthNotes()),
                export.cases().stream().map(ExportDocument::caseEntry).toList(),
                export.referrals().stream().map(r -> referral(r.value(), r.history())).toList(),
                export.consents().stream().map(ExportDocument::consent).toList(),
                export.transfers().stream().map(ExportDocument::transfer).toList(),
                export.consultations().stream().map(ExportDocument::consultation).toList());
    }

    /**
     * Shows the client's id and the number of entries of each part, never their content.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ExportDocument[" + format + ", client=" + client + ", cases=" + cases.size() + ", referrals="
                + referrals.size() + ", consents=" + consents.size() + ", transfers=" + transfers.size()
                + ", consultations=" + consultations.size() + "]";
    }

    private static CaseEntry caseEntry(ClientDataExport.CaseWithHistory entry) {
        Case c = entry.value();
        return new CaseEntry(c.id().value(), c.contactPoint().value(), c.caseworker().value(),
                c.mentor() == null ? null : c.mentor().value(),
                c.state().name(), c.previousState() == null ? null : c.previousState().name(), name(c.outcome()),
                names(c.needs()), c.goals().stream().map(ExportDocument::goal).toList(),
                c.followUps().stream().map(ExportDocument::followUp).toList(),
                c.transfer() == null ? null : c.transfer().target().value(),
                c.transfer() == null ? null : text(c.transfer().requestedAt()),
                c.transfer() == null ? null : c.transfer().reason(),
                c.reopenings().stream().map(ExportDocument::reopening).toList(), c.version(), text(c.createdAt()),
                text(c.updatedAt()), entry.trail().stream().map(ExportDocument::audit).toList(),
                entry.closedReferrals().stream().map(ExportDocument::closed).toList());
    }

    private static GoalEntry goal(Goal g) {
        return new GoalEntry(g.id().value(), g.description(), g.actions(), text(g.targetDate()), g.status().name(),
                text(g.agreedAt()));
    }

    private static FollowUpEntry followUp(FollowUp f) {
        return new FollowUpEntry(f.id().value(), text(f.due()), f.note(), text(f.completedAt()));
    }

    private static ReopeningEntry reopening(Reopening r) {
        return new ReopeningEntry(r.actor().value(), text(r.at()), r.reason(), name(r.previousOutcome()));
    }

    private static AuditEntryEntry audit(AuditEntry e) {
        return new AuditEntryEntry(e.version(), e.actor().value(), e.role().name(), text(e.at()),
                e.from() == null ? null : e.from().name(), e.to().name(), e.transition(), e.reason());
    }

    private static ClosedReferralEntry closed(ReferralClosed n) {
        return new ClosedReferralEntry(n.referral().value(), n.offer().value(), n.recipient().value(), n.need().name(),
                n.status().name(), name(n.reason()), name(n.outcome()), n.actor().value(), text(n.at()));
    }

    private static ReferralEntry referral(Referral r, List<ReferralHistoryEntry> history) {
        return new ReferralEntry(r.id().value(), r.caseId().value(), r.contactPoint().value(), r.offer().value(),
                r.recipient().value(), r.need().name(), names(r.shared()), r.purpose(), r.status().name(),
                name(r.reason()), r.note(), r.outcome() == null ? null : r.outcome().kind().name(),
                r.outcome() == null ? null : r.outcome().note(), r.basis() == null ? null : r.basis().kind().name(),
                r.basis() == null ? null : r.basis().reference(),
                r.basis() == null || r.basis().override() == null ? null : r.basis().override().reason(),
                r.flag() == null ? null : r.flag().kind().name(), r.flag() == null ? null : text(r.flag().at()),
                text(r.requestedAt()), text(r.respondBy()), text(r.acceptedAt()), r.version(), text(r.createdAt()),
                text(r.updatedAt()), history.stream().map(ExportDocument::history).toList());
    }

    private static HistoryEntry history(ReferralHistoryEntry e) {
        return new HistoryEntry(e.version(), e.actor().value(), e.role().name(), name(e.side()), text(e.at()),
                name(e.from()), e.to().name(), e.action().name(), name(e.reason()), e.note());
    }

    private static ConsentEntry consent(Consent c) {
        return new ConsentEntry(c.id().value(), names(c.categories()), c.recipient().value(), c.purpose(),
                c.obtainedBy().value(), text(c.obtainedAt()), text(c.validFrom()), text(c.validUntil()),
                text(c.withdrawnAt()));
    }

    private static TransferEntry transfer(TransferRecord t) {
        return new TransferEntry(t.id().value(), t.referral().value(), t.recipient().value(), names(t.categories()),
                t.purpose(), text(t.at()), t.basis().name(), t.reference());
    }

    private static ConsultationEntry consultation(Consultation c) {
        return new ConsultationEntry(c.id().value(), c.contactPoint().value(), text(c.date()), names(c.topics()),
                c.language().code(), c.channel().name(), c.caseId() == null ? null : c.caseId().value());
    }

    private static String text(TemporalAccessor time) {
        return time == null ? null : time.toString();
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().toList();
    }

    /**
     * The client's basic data.
     *
     * @param firstNameOrInitials the first name or initials, or null
     * @param birthYear the year of birth, or null
     * @param birthQuarter the quarter of birth, 1 to 4, or null
     * @param languages the languages, ISO 639 codes, sorted
     * @param arrival the month of arrival, such as {@code 2016-03}, or null
     * @param householdSize the household's size, or null
     */
    public record Basic(String firstNameOrInitials, Integer birthYear, Integer birthQuarter, List<String> languages,
            String arrival, Integer householdSize) {

        /**
         * Creates the part; the list is copied.
         *
         * @param firstNameOrInitials the first name or initials, or null
         * @param birthYear the year of birth, or null
         * @param birthQuarter the quarter of birth, or null
         * @param languages the languages, not null
         * @param arrival the month of arrival, or null
         * @param householdSize the household's size, or null
         */
        public Basic {
            languages = List.copyOf(languages);
        }
    }

    /**
     * The client's sensitive data.
     *
     * @param residenceStatus the residence status, or null
     * @param healthNotes notes on health, or null
     */
    public record Sensitive(String residenceStatus, String healthNotes) {
    }

    /**
     * A case, with its audit trail and the notes of its ended referrals.
     *
     * @param id the case's id
     * @param contactPoint the responsible contact point
     * @param caseworker the responsible caseworker
     * @param mentor the volunteer mentor, or null
     * @param state the workflow state
     * @param previousState the state before, or null
     * @param outcome the closure outcome, or null
     * @param needs the needs, sorted
     * @param goals the support plan's goals
     * @param followUps the follow-ups
     * @param transferTarget the contact point of a pending transfer, or null
     * @param transferRequestedAt when the pending transfer was requested, or null
     * @param transferReason the pending transfer's reason, or null
     * @param reopenings the log of reopenings, oldest first
     * @param version the case's version
     * @param createdAt when the case was opened
     * @param updatedAt when it was last changed
     * @param auditTrail every change of the case, oldest first
     * @param closedReferrals the notes its ended referrals left, ordered by referral
     */
    public record CaseEntry(String id, String contactPoint, String caseworker, String mentor, String state,
            String previousState, String outcome, List<String> needs, List<GoalEntry> goals,
            List<FollowUpEntry> followUps, String transferTarget, String transferRequestedAt, String transferReason,
            List<ReopeningEntry> reopenings, long version, String createdAt, String updatedAt,
            List<AuditEntryEntry> auditTrail, List<ClosedReferralEntry> closedReferrals) {

        /**
         * Creates the entry; lists are copied.
         *
         * @param id the id
         * @param contactPoint the contact point
         * @param caseworker the caseworker
         * @param mentor the mentor, or null
         * @param state the state
         * @param previousState the state before, or null
         * @param outcome the outcome, or null
         * @param needs the needs, not null
         * @param goals the goals, not null
         * @param followUps the follow-ups, not null
         * @param transferTarget a pending transfer's target, or null
         * @param transferRequestedAt when it was requested, or null
         * @param transferReason its reason, or null
         * @param reopenings the reopenings, not null
         * @param version the version
         * @param createdAt when opened
         * @param updatedAt when last changed
         * @param auditTrail the audit trail, not null
         * @param closedReferrals the closing notes, not null
         */
        public CaseEntry {
            needs = List.copyOf(needs);
            goals = List.copyOf(goals);
            followUps = List.copyOf(followUps);
            reopenings = List.copyOf(reopenings);
            auditTrail = List.copyOf(auditTrail);
            closedReferrals = List.copyOf(closedReferrals);
        }
    }

    /**
     * A goal of the support plan.
     *
     * @param id the goal's id
     * @param description what the client wants to reach
     * @param actions the steps
     * @param targetDate the target day
     * @param status the status
     * @param agreedAt when it was agreed with the client, or null
     */
    public record GoalEntry(String id, String description, List<String> actions, String targetDate, String status,
            String agreedAt) {

        /**
         * Creates the entry; the list is copied.
         *
         * @param id the id
         * @param description the description
         * @param actions the steps, not null
         * @param targetDate the target day
         * @param status the status
         * @param agreedAt when agreed, or null
         */
        public GoalEntry {
            actions = List.copyOf(actions);
        }
    }

    /**
     * A follow-up.
     *
     * @param id the follow-up's id
     * @param due the day it is due
     * @param note the note, or null
     * @param completedAt when it was done, or null
     */
    public record FollowUpEntry(String id, String due, String note, String completedAt) {
    }

    /**
     * A reopening of a case.
     *
     * @param actor who reopened it
     * @param at when
     * @param reason why, or null
     * @param previousOutcome the outcome the case had been closed with, or null
     */
    public record ReopeningEntry(String actor, String at, String reason, String previousOutcome) {
    }

    /**
     * An entry of a case's audit trail.
     *
     * @param version the case's version after the change
     * @param actor who changed the case
     * @param role the actor's role
     * @param at when
     * @param from the state before, or null for the opening
     * @param to the state after
     * @param transition the transition's or command's name
     * @param reason the reason given, or null
     */
    public record AuditEntryEntry(long version, String actor, String role, String at, String from, String to,
            String transition, String reason) {
    }

    /**
     * The note an ended referral left in its case's history.
     *
     * @param referral the referral's id
     * @param offer the offer
     * @param recipient the receiving organisation
     * @param need the need
     * @param status the terminal status
     * @param reason the reason, or null
     * @param outcome the outcome's kind, or null
     * @param actor who ended it
     * @param at when
     */
    public record ClosedReferralEntry(String referral, String offer, String recipient, String need, String status,
            String reason, String outcome, String actor, String at) {
    }

    /**
     * A referral, with its history.
     *
     * @param id the referral's id
     * @param caseId its case
     * @param contactPoint the sending contact point
     * @param offer the offer
     * @param recipient the receiving organisation
     * @param need the need
     * @param shared the data categories it shares, sorted
     * @param purpose the purpose of the transfer
     * @param status the status
     * @param reason the reason of a rejection, failure or cancellation, or null
     * @param note the note to the reason, or null
     * @param outcome the outcome's kind, or null
     * @param outcomeNote the outcome's note, or null
     * @param basis the kind of basis the data went on ({@code CONSENT}, {@code LEGAL_BASIS},
     *     {@code OVERRIDE}), or null if never requested
     * @param basisReference the consent's id or the legal reference, or null
     * @param overrideReason the reason of an override, or null
     * @param consentFlag how the consent it depends on ended, or null
     * @param consentFlaggedAt when it was flagged, or null
     * @param requestedAt when it was requested, or null
     * @param respondBy the last day for an answer, or null
     * @param acceptedAt when it was accepted, or null
     * @param version the referral's version
     * @param createdAt when it was drafted
     * @param updatedAt when it was last changed
     * @param history every change, oldest first
     */
    public record ReferralEntry(String id, String caseId, String contactPoint, String offer, String recipient,
            String need, List<String> shared, String purpose, String status, String reason, String note,
            String outcome, String outcomeNote, String basis, String basisReference, String overrideReason,
            String consentFlag, String consentFlaggedAt, String requestedAt, String respondBy, String acceptedAt,
            long version, String createdAt, String updatedAt, List<HistoryEntry> history) {

        /**
         * Creates the entry; lists are copied.
         *
         * @param id the id
         * @param caseId the case
         * @param contactPoint the sending contact point
         * @param offer the offer
         * @param recipient the recipient
         * @param need the need
         * @param shared the shared categories, not null
         * @param purpose the purpose
         * @param status the status
         * @param reason the reason, or null
         * @param note the note, or null
         * @param outcome the outcome's kind, or null
         * @param outcomeNote the outcome's note, or null
         * @param basis the basis's kind, or null
         * @param basisReference the basis's reference, or null
         * @param overrideReason an override's reason, or null
         * @param consentFlag the flag's kind, or null
         * @param consentFlaggedAt when flagged, or null
         * @param requestedAt when requested, or null
         * @param respondBy the answer's last day, or null
         * @param acceptedAt when accepted, or null
         * @param version the version
         * @param createdAt when drafted
         * @param updatedAt when last changed
         * @param history the history, not null
         */
        public ReferralEntry {
            shared = List.copyOf(shared);
            history = List.copyOf(history);
        }
    }

    /**
     * An entry of a referral's history.
     *
     * @param version the referral's version after the change
     * @param actor who changed it
     * @param role the actor's role
     * @param side the actor's side ({@code SENDER}, {@code RECEIVER}), or null
     * @param at when
     * @param from the status before, or null for the draft
     * @param to the status after
     * @param action the action
     * @param reason the reason, or null
     * @param note the note, or null
     */
    public record HistoryEntry(long version, String actor, String role, String side, String at, String from,
            String to, String action, String reason, String note) {
    }

    /**
     * A consent of the client.
     *
     * @param id the consent's id
     * @param categories the data categories it covers, sorted
     * @param recipient the organisation it allows to receive them
     * @param purpose the purpose
     * @param obtainedBy who recorded it
     * @param obtainedAt when it was given
     * @param validFrom its first valid day
     * @param validUntil its last valid day, or null if open-ended
     * @param withdrawnAt when it was withdrawn, or null
     */
    public record ConsentEntry(String id, List<String> categories, String recipient, String purpose, String obtainedBy,
            String obtainedAt, String validFrom, String validUntil, String withdrawnAt) {

        /**
         * Creates the entry; the list is copied.
         *
         * @param id the id
         * @param categories the categories, not null
         * @param recipient the recipient
         * @param purpose the purpose
         * @param obtainedBy who recorded it
         * @param obtainedAt when given
         * @param validFrom the first valid day
         * @param validUntil the last valid day, or null
         * @param withdrawnAt when withdrawn, or null
         */
        public ConsentEntry {
            categories = List.copyOf(categories);
        }
    }

    /**
     * An entry of the transfer ledger: data that left the network.
     *
     * @param id the entry's id
     * @param referral the referral it went with
     * @param recipient the organisation that received it
     * @param categories the data categories, sorted
     * @param purpose the purpose
     * @param at when
     * @param basis the kind of basis ({@code CONSENT}, {@code LEGAL_BASIS}, {@code OVERRIDE})
     * @param reference the consent's id, the legal reference or the overriding actor
     */
    public record TransferEntry(String id, String referral, String recipient, List<String> categories, String purpose,
            String at, String basis, String reference) {

        /**
         * Creates the entry; the list is copied.
         *
         * @param id the id
         * @param referral the referral
         * @param recipient the recipient
         * @param categories the categories, not null
         * @param purpose the purpose
         * @param at when
         * @param basis the basis's kind
         * @param reference the basis's reference
         */
        public TransferEntry {
            categories = List.copyOf(categories);
        }
    }

    /**
     * A consultation linked to the client.
     *
     * @param id the consultation's id
     * @param contactPoint where it took place
     * @param date the day
     * @param topics its topics, sorted
     * @param language the language, an ISO 639 code
     * @param channel how it took place
     * @param caseId the case it is linked to, or null
     */
    public record ConsultationEntry(String id, String contactPoint, String date, List<String> topics, String language,
            String channel, String caseId) {

        /**
         * Creates the entry; the list is copied.
         *
         * @param id the id
         * @param contactPoint the contact point
         * @param date the day
         * @param topics the topics, not null
         * @param language the language
         * @param channel the channel
         * @param caseId the case, or null
         */
        public ConsultationEntry {
            topics = List.copyOf(topics);
        }
    }
}
