package io.github.ankommen.retention;

import io.github.ankommen.RetentionService;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.Reopening;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.TransferRecord;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Everything the library holds about one client, for the client's right of access (Art. 15 GDPR),
 * as {@link RetentionService#export} collects it.
 *
 * <p>The client's data by category ({@link #basic()}, {@link #sensitive()}), the client's cases
 * with their audit trails and the notes of their ended referrals, the referrals with their
 * histories, the consents, the transfer ledger (who received which data, when, for what and on what
 * basis), and the consultations linked to the client. {@link #toText(Locale)} renders all of it as
 * plain text for the client, in German or English, and {@link #toDocument()} gives it as plain data
 * for an application to serialise.
 *
 * <p>This value holds personal data by its nature. {@link #toString()} therefore shows the client's
 * id and the number of records only; only {@link #toText(Locale)} and the accessors give the data.
 * This class is immutable and thread-safe.
 *
 * @param client the client, with pseudonym, basic and sensitive data
 * @param cases the client's cases with their histories, ordered by case id
 * @param referrals the client's referrals with their histories, ordered by referral id
 * @param consents the client's consents, ordered by id
 * @param transfers the transfer ledger of the client, ordered by id
 * @param consultations the consultations linked to the client, ordered by id
 * @param exportedAt when the export was made
 * @param zone the zone in which {@link #toText(Locale)} shows times
 * @since 0.1.0
 */
public record ClientDataExport(
        @NotNull Client client,
        @NotNull List<@NotNull CaseWithHistory> cases,
        @NotNull List<@NotNull ReferralWithHistory> referrals,
        @NotNull List<@NotNull Consent> consents,
        @NotNull List<@NotNull TransferRecord> transfers,
        @NotNull List<@NotNull Consultation> consultations,
        @NotNull Instant exportedAt,
        @NotNull ZoneId zone) {

    /**
     * Creates an export.
     *
     * @param client the client, not null
     * @param cases the cases with their histories, not null, without nulls
     * @param referrals the referrals with their histories, not null, without nulls
     * @param consents the consents, not null, without nulls
     * @param transfers the ledger entries, not null, without nulls
     * @param consultations the linked consultations, not null, without nulls
     * @param exportedAt when, not null
     * @param zone the zone for times in the text, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or holds null
     */
    public ClientDataExport(Client client, List<CaseWithHistory> cases, List<ReferralWithHistory> referrals,
            List<Consent> consents, List<TransferRecord> transfers, List<Consultation> consultations,
            Instant exportedAt, ZoneId zone) {
        this.client = client;
        this.cases = FrozenCollections.copyOf(cases);
        this.referrals = FrozenCollections.copyOf(referrals);
        this.consents = FrozenCollections.copyOf(consents);
        this.transfers = FrozenCollections.copyOf(transfers);
        this.consultations = FrozenCollections.copyOf(consultations);
        this.exportedAt = exportedAt;
        this.zone = zone;
        RecordValidation.valid(this);
    }

    /**
     * The client's basic data ({@code DataCategory.BASIC}).
     *
     * @return the basic data
     */
    public BasicData basic() {
        return client.basic();
    }

    /**
     * The client's sensitive data ({@code DataCategory.SENSITIVE}).
     *
     * @return the sensitive data
     */
    public SensitiveData sensitive() {
        return client.sensitive();
    }

    /**
     * The export as plain data, for an application to serialise with its own library, such as to
     * JSON: strings, numbers, lists and records with stable, documented names ({@link ExportDocument}).
     *
     * @return the document, holding everything this export holds
     */
    public ExportDocument toDocument() {
        return ExportDocument.of(this);
    }

    /**
     * Renders everything as plain text that the client can read: in German if the locale's language
     * is German, else in English. Ids, states, statuses and other codes are shown as the library
     * stores them; times are shown in {@link #zone()}.
     *
     * @param locale the language, not null
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if the locale is null
     */
    public String toText(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return new Text(locale.getLanguage().equals(Locale.GERMAN.getLanguage()), zone).render(this);
    }

    /**
     * Shows the client's id and the number of records of each part, never their content.
     *
     * @return for example {@code ClientDataExport[client=client-1, cases=1, auditEntries=8, ...]}
     */
    @Override
    public String toString() {
        return "ClientDataExport[client=" + client.id() + ", cases=" + cases.size() + ", auditEntries="
                + cases.stream().mapToInt(c -> c.trail().size()).sum() + ", referrals=" + referrals.size()
                + ", historyEntries=" + referrals.stream().mapToInt(r -> r.history().size()).sum() + ", consents="
                + consents.size() + ", transfers=" + transfers.size() + ", consultations=" + consultations.size()
                + ", exportedAt=" + exportedAt + "]";
    }

    /**
     * A case with its audit trail and the notes its ended referrals left in its history. Holds
     * personal data; {@link #toString()} shows ids and counts only. This class is immutable and
     * thread-safe.
     *
     * @param value the case
     * @param trail its audit trail, oldest first
     * @param closedReferrals the notes of its ended referrals, ordered by id
     */
    public record CaseWithHistory(
            @NotNull Case value,
            @NotNull List<@NotNull AuditEntry> trail,
            @NotNull List<@NotNull ReferralClosed> closedReferrals) {

        /**
         * Creates the entry.
         *
         * @param value the case, not null
         * @param trail the audit trail, not null, without nulls
         * @param closedReferrals the notes of ended referrals, not null, without nulls
         * @throws jakarta.validation.ConstraintViolationException if a component is missing or holds
         *     null
         */
        public CaseWithHistory(Case value, List<AuditEntry> trail, List<ReferralClosed> closedReferrals) {
            this.value = value;
            this.trail = FrozenCollections.copyOf(trail);
            this.closedReferrals = FrozenCollections.copyOf(closedReferrals);
            RecordValidation.valid(this);
        }

        /**
         * Shows the case's id and the sizes of its history.
         *
         * @return for example {@code CaseWithHistory[case=case-1, auditEntries=8, closedReferrals=1]}
         */
        @Override
        public String toString() {
            return "CaseWithHistory[case=" + value.id() + ", auditEntries=" + trail.size() + ", closedReferrals="
                    + closedReferrals.size() + "]";
        }
    }

    /**
     * A referral with its history. Holds personal data; {@link #toString()} shows ids and counts
     * only. This class is immutable and thread-safe.
     *
     * @param value the referral
     * @param history its history, oldest first
     */
    public record ReferralWithHistory(
            @NotNull Referral value,
            @NotNull List<@NotNull ReferralHistoryEntry> history) {

        /**
         * Creates the entry.
         *
         * @param value the referral, not null
         * @param history the history, not null, without nulls
         * @throws jakarta.validation.ConstraintViolationException if a component is missing or holds
         *     null
         */
        public ReferralWithHistory(Referral value, List<ReferralHistoryEntry> history) {
            this.value = value;
            this.history = FrozenCollections.copyOf(history);
            RecordValidation.valid(this);
        }

        /**
         * Shows the referral's id and the size of its history.
         *
         * @return for example {@code ReferralWithHistory[referral=ref-1, historyEntries=5]}
         */
        @Override
        public String toString() {
            return "ReferralWithHistory[referral=" + value.id() + ", historyEntries=" + history.size() + "]";
        }
    }

    /** Renders an export in one of two languages. */
    private static final class Text {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
        private static final String NONE = "—";
        private static final String LABELS = "io.github.ankommen.retention.ExportLabels";

        private final ResourceBundle labels;
        private final ZoneId zone;
        private final StringBuilder out = new StringBuilder();

        Text(boolean german, ZoneId zone) {
            // An explicit _en bundle, so that a German JVM does not answer German when English is asked for.
            this.labels = ResourceBundle.getBundle(LABELS, german ? Locale.GERMAN : Locale.ENGLISH);
            this.zone = zone;
        }

        private String t(String key) {
            return labels.getString(key);
        }

        private String time(Instant at) {
            return at == null ? NONE : TIME.format(at.atZone(zone));
        }

        private static String value(Object o) {
            return o == null ? NONE : o.toString();
        }

        private static String quoted(String text) {
            return text == null ? NONE : "\"" + text + "\"";
        }

        private static String list(Collection<?> values) {
            return values.isEmpty() ? NONE : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }

        private void line(int indent, String text) {
            out.append("  ".repeat(indent)).append(text).append('\n');
        }

        private void field(int indent, String label, Object content) {
            line(indent, label + ": " + value(content));
        }

        private void heading(int number, String key, int count) {
            out.append('\n').append(number).append(". ").append(t(key)).append(" (").append(count)
                    .append(")\n");
        }

        String render(ClientDataExport export) {
            Client c = export.client();
            line(0, t("export.data.held.about.client") + c.id() + " ("
                    + t("export.pseudonym") + " " + quoted(c.pseudonym()) + ")");
            line(0, t("export.exported.on") + time(export.exportedAt()) + " (" + zone + ")");
            basic(c.basic());
            sensitive(c.sensitive());
            heading(3, "export.cases", export.cases().size());
            export.cases().forEach(this::caseWithHistory);
            heading(4, "export.referrals", export.referrals().size());
            export.referrals().forEach(this::referral);
            heading(5, "export.consents", export.consents().size());
            export.consents().forEach(this::consent);
            heading(6, "export.who.received.your.data.transfer.ledger", export.transfers().size());
            export.transfers().forEach(this::transfer);
            heading(7, "export.consultations", export.consultations().size());
            export.consultations().forEach(this::consultation);
            return out.toString();
        }

        private void basic(BasicData b) {
            out.append('\n').append("1. ").append(t("export.basic.data")).append('\n');
            field(1, t("export.first.name.or.initials"), b.firstNameOrInitials());
            field(1, t("export.year.of.birth"), b.birthYear());
            field(1, t("export.quarter.of.birth"), b.birthQuarter());
            field(1, t("export.languages"), list(b.languages().stream().map(l -> l.code()).toList()));
            field(1, t("export.month.of.arrival"), b.arrival());
            field(1, t("export.household.size"), b.householdSize());
        }

        private void sensitive(SensitiveData s) {
            out.append('\n').append("2. ").append(t("export.sensitive.data"))
                    .append('\n');
            field(1, t("export.residence.status"), s.residenceStatus());
            field(1, t("export.health.notes"), s.healthNotes());
        }

        private void caseWithHistory(CaseWithHistory entry) {
            Case c = entry.value();
            line(1, t("export.case") + c.id() + t("export.at.contact.point") + c.contactPoint());
            field(2, t("export.state"), c.state().name() + (c.outcome() == null ? "" : " (" + c.outcome() + ")"));
            field(2, t("export.opened"), time(c.createdAt()));
            field(2, t("export.last.changed"), time(c.updatedAt()));
            field(2, t("export.caseworker"), c.caseworker());
            field(2, t("export.volunteer.mentor"), c.mentor());
            field(2, t("export.needs"), list(c.needs()));
            for (Goal g : c.goals()) {
                line(2, t("export.goal") + g.id() + ": " + quoted(g.description()) + ", " + t("export.by")
                        + g.targetDate() + ", " + g.status() + (g.agreedAt() == null ? ""
                        : ", " + t("export.agreed") + time(g.agreedAt())));
                for (String action : g.actions()) {
                    line(3, "- " + action);
                }
            }
            for (FollowUp f : c.followUps()) {
                line(2, t("export.follow.up") + f.id() + t("export.due") + f.due()
                        + (f.completedAt() == null ? "" : ", " + t("export.done") + time(f.completedAt()))
                        + (f.note() == null ? "" : ": " + quoted(f.note())));
            }
            if (c.transfer() != null) {
                line(2, t("export.transfer.requested.to") + c.transfer().target() + ", "
                        + time(c.transfer().requestedAt()) + (c.transfer().reason() == null ? ""
                        : ": " + quoted(c.transfer().reason())));
            }
            for (Reopening r : c.reopenings()) {
                line(2, t("export.reopened") + time(r.at()) + t("export.by2") + r.actor()
                        + (r.reason() == null ? "" : ": " + quoted(r.reason())));
            }
            line(2, t("export.history"));
            for (AuditEntry e : entry.trail()) {
                line(3, time(e.at()) + "  " + e.transition() + " (" + value(e.from() == null ? null : e.from().name())
                        + " -> " + e.to().name() + ")" + t("export.by3") + e.actor() + " (" + e.role() + ")"
                        + (e.reason() == null ? "" : ": " + quoted(e.reason())));
            }
            for (ReferralClosed n : entry.closedReferrals()) {
                line(3, time(n.at()) + "  " + t("export.referral") + n.referral() + t("export.ended")
                        + n.status() + (n.reason() == null ? "" : ", " + n.reason())
                        + (n.outcome() == null ? "" : ", " + n.outcome()));
            }
        }

        private void referral(ReferralWithHistory entry) {
            Referral r = entry.value();
            line(1, t("export.referral2") + r.id() + t("export.in.case") + r.caseId() + t("export.to")
                    + r.recipient() + " (" + t("export.offer") + r.offer() + ")");
            field(2, t("export.need"), r.need());
            field(2, t("export.status"), r.status() + (r.reason() == null ? "" : ", " + r.reason())
                    + (r.note() == null ? "" : ": " + quoted(r.note())));
            if (r.outcome() != null) {
                field(2, t("export.outcome"), r.outcome().kind()
                        + (r.outcome().note() == null ? "" : ": " + quoted(r.outcome().note())));
            }
            field(2, t("export.data.shared"), list(r.shared()));
            field(2, t("export.purpose"), quoted(r.purpose()));
            if (r.basis() != null) {
                field(2, t("export.basis"), r.basis().kind() + " " + r.basis().reference()
                        + (r.basis().override() == null ? "" : ": " + quoted(r.basis().override().reason())));
            }
            if (r.flag() != null) {
                field(2, t("export.consent.ended"), r.flag().kind() + " " + time(r.flag().at()));
            }
            line(2, t("export.history"));
            for (ReferralHistoryEntry e : entry.history()) {
                line(3, time(e.at()) + "  " + e.action() + " (" + value(e.from()) + " -> " + e.to() + ")"
                        + t("export.by4") + e.actor() + " (" + e.role() + ")"
                        + (e.reason() == null ? "" : ", " + e.reason()) + (e.note() == null ? "" : ": " + quoted(e.note())));
            }
        }

        private void consent(Consent c) {
            line(1, t("export.consent") + c.id() + t("export.for") + c.recipient() + ": "
                    + list(c.categories()) + ", " + t("export.purpose2") + quoted(c.purpose()));
            field(2, t("export.valid"), c.validFrom() + " .. " + (c.validUntil() == null ? "" : c.validUntil()));
            field(2, t("export.obtained"), time(c.obtainedAt()) + t("export.recorded.by")
                    + c.obtainedBy());
            field(2, t("export.withdrawn"), time(c.withdrawnAt()));
        }

        private void transfer(TransferRecord entry) {
            line(1, time(entry.at()) + ": " + entry.recipient() + t("export.received") + list(entry.categories())
                    + ", " + t("export.purpose3") + quoted(entry.purpose()) + ", " + t("export.basis2")
                    + entry.basis() + " " + entry.reference() + " (" + t("export.referral") + entry.referral()
                    + ")");
        }

        private void consultation(Consultation c) {
            line(1, c.date() + t("export.at") + c.contactPoint() + ", " + c.channel() + ", " + c.language().code()
                    + ", " + t("export.topics") + list(c.topics())
                    + (c.caseId() == null ? "" : ", " + t("export.case2") + c.caseId()));
        }
    }
}
