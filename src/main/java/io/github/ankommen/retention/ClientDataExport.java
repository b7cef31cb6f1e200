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
import java.util.stream.Collectors;

/**
 * Everything the library holds about one client, for the client's right of access (Art. 15 GDPR),
 * as {@link RetentionService#export} collects it.
 *
 * <p>The client's data by category ({@link #basic()}, {@link #sensitive()}), the client's cases
 * with their audit trails and the notes of their ended referrals, the referrals with their
 * histories, the consents, the transfer ledger (who received which data, when, for what and on what
 * basis), and the consultations linked to the client. {@link #toText(Locale)} renders all of it as
 * plain text for the client, in German or English.
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

        private final boolean german;
        private final ZoneId zone;
        private final StringBuilder out = new StringBuilder();

        Text(boolean german, ZoneId zone) {
            this.german = german;
            this.zone = zone;
        }

        private String t(String english, String inGerman) {
            return german ? inGerman : english;
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

        private void heading(int number, String english, String inGerman, int count) {
            out.append('\n').append(number).append(". ").append(t(english, inGerman)).append(" (").append(count)
                    .append(")\n");
        }

        String render(ClientDataExport export) {
            Client c = export.client();
            line(0, t("Data held about client ", "Gespeicherte Daten zur Person ") + c.id() + " ("
                    + t("pseudonym", "Pseudonym") + " " + quoted(c.pseudonym()) + ")");
            line(0, t("Exported on ", "Auskunft vom ") + time(export.exportedAt()) + " (" + zone + ")");
            basic(c.basic());
            sensitive(c.sensitive());
            heading(3, "Cases", "Fälle", export.cases().size());
            export.cases().forEach(this::caseWithHistory);
            heading(4, "Referrals", "Vermittlungen", export.referrals().size());
            export.referrals().forEach(this::referral);
            heading(5, "Consents", "Einwilligungen", export.consents().size());
            export.consents().forEach(this::consent);
            heading(6, "Who received your data (transfer ledger)",
                    "Wer Ihre Daten erhalten hat (Übermittlungsprotokoll)", export.transfers().size());
            export.transfers().forEach(this::transfer);
            heading(7, "Consultations", "Beratungskontakte", export.consultations().size());
            export.consultations().forEach(this::consultation);
            return out.toString();
        }

        private void basic(BasicData b) {
            out.append('\n').append("1. ").append(t("Basic data", "Grunddaten")).append('\n');
            field(1, t("First name or initials", "Vorname oder Initialen"), b.firstNameOrInitials());
            field(1, t("Year of birth", "Geburtsjahr"), b.birthYear());
            field(1, t("Quarter of birth", "Geburtsquartal"), b.birthQuarter());
            field(1, t("Languages", "Sprachen"), list(b.languages().stream().map(l -> l.code()).toList()));
            field(1, t("Month of arrival", "Monat der Ankunft"), b.arrival());
            field(1, t("Household size", "Haushaltsgröße"), b.householdSize());
        }

        private void sensitive(SensitiveData s) {
            out.append('\n').append("2. ").append(t("Sensitive data", "Besonders schützenswerte Daten"))
                    .append('\n');
            field(1, t("Residence status", "Aufenthaltsstatus"), s.residenceStatus());
            field(1, t("Health notes", "Hinweise zur Gesundheit"), s.healthNotes());
        }

        private void caseWithHistory(CaseWithHistory entry) {
            Case c = entry.value();
            line(1, t("Case ", "Fall ") + c.id() + t(" at contact point ", " bei der Anlaufstelle ") + c.contactPoint());
            field(2, t("State", "Stand"), c.state().name() + (c.outcome() == null ? "" : " (" + c.outcome() + ")"));
            field(2, t("Opened", "Eröffnet"), time(c.createdAt()));
            field(2, t("Last changed", "Zuletzt geändert"), time(c.updatedAt()));
            field(2, t("Caseworker", "Fallverantwortlich"), c.caseworker());
            field(2, t("Volunteer mentor", "Ehrenamtliche Begleitung"), c.mentor());
            field(2, t("Needs", "Bedarfe"), list(c.needs()));
            for (Goal g : c.goals()) {
                line(2, t("Goal ", "Ziel ") + g.id() + ": " + quoted(g.description()) + ", " + t("by ", "bis ")
                        + g.targetDate() + ", " + g.status() + (g.agreedAt() == null ? ""
                        : ", " + t("agreed ", "vereinbart ") + time(g.agreedAt())));
                for (String action : g.actions()) {
                    line(3, "- " + action);
                }
            }
            for (FollowUp f : c.followUps()) {
                line(2, t("Follow-up ", "Wiedervorlage ") + f.id() + t(" due ", " fällig ") + f.due()
                        + (f.completedAt() == null ? "" : ", " + t("done ", "erledigt ") + time(f.completedAt()))
                        + (f.note() == null ? "" : ": " + quoted(f.note())));
            }
            if (c.transfer() != null) {
                line(2, t("Transfer requested to ", "Übergabe angefragt an ") + c.transfer().target() + ", "
                        + time(c.transfer().requestedAt()) + (c.transfer().reason() == null ? ""
                        : ": " + quoted(c.transfer().reason())));
            }
            for (Reopening r : c.reopenings()) {
                line(2, t("Reopened ", "Wiedereröffnet ") + time(r.at()) + t(" by ", " von ") + r.actor()
                        + (r.reason() == null ? "" : ": " + quoted(r.reason())));
            }
            line(2, t("History:", "Verlauf:"));
            for (AuditEntry e : entry.trail()) {
                line(3, time(e.at()) + "  " + e.transition() + " (" + value(e.from() == null ? null : e.from().name())
                        + " -> " + e.to().name() + ")" + t(", by ", ", durch ") + e.actor() + " (" + e.role() + ")"
                        + (e.reason() == null ? "" : ": " + quoted(e.reason())));
            }
            for (ReferralClosed n : entry.closedReferrals()) {
                line(3, time(n.at()) + "  " + t("referral ", "Vermittlung ") + n.referral() + t(" ended: ", " beendet: ")
                        + n.status() + (n.reason() == null ? "" : ", " + n.reason())
                        + (n.outcome() == null ? "" : ", " + n.outcome()));
            }
        }

        private void referral(ReferralWithHistory entry) {
            Referral r = entry.value();
            line(1, t("Referral ", "Vermittlung ") + r.id() + t(" in case ", " im Fall ") + r.caseId() + t(" to ", " an ")
                    + r.recipient() + " (" + t("offer ", "Angebot ") + r.offer() + ")");
            field(2, t("Need", "Bedarf"), r.need());
            field(2, t("Status", "Stand"), r.status() + (r.reason() == null ? "" : ", " + r.reason())
                    + (r.note() == null ? "" : ": " + quoted(r.note())));
            if (r.outcome() != null) {
                field(2, t("Outcome", "Ergebnis"), r.outcome().kind()
                        + (r.outcome().note() == null ? "" : ": " + quoted(r.outcome().note())));
            }
            field(2, t("Data shared", "Geteilte Daten"), list(r.shared()));
            field(2, t("Purpose", "Zweck"), quoted(r.purpose()));
            if (r.basis() != null) {
                field(2, t("Basis", "Grundlage"), r.basis().kind() + " " + r.basis().reference()
                        + (r.basis().override() == null ? "" : ": " + quoted(r.basis().override().reason())));
            }
            if (r.flag() != null) {
                field(2, t("Consent ended", "Einwilligung beendet"), r.flag().kind() + " " + time(r.flag().at()));
            }
            line(2, t("History:", "Verlauf:"));
            for (ReferralHistoryEntry e : entry.history()) {
                line(3, time(e.at()) + "  " + e.action() + " (" + value(e.from()) + " -> " + e.to() + ")"
                        + t(", by ", ", durch ") + e.actor() + " (" + e.role() + ")"
                        + (e.reason() == null ? "" : ", " + e.reason()) + (e.note() == null ? "" : ": " + quoted(e.note())));
            }
        }

        private void consent(Consent c) {
            line(1, t("Consent ", "Einwilligung ") + c.id() + t(" for ", " für ") + c.recipient() + ": "
                    + list(c.categories()) + ", " + t("purpose ", "Zweck ") + quoted(c.purpose()));
            field(2, t("Valid", "Gültig"), c.validFrom() + " .. " + (c.validUntil() == null ? "" : c.validUntil()));
            field(2, t("Obtained", "Erteilt"), time(c.obtainedAt()) + t(", recorded by ", ", erfasst von ")
                    + c.obtainedBy());
            field(2, t("Withdrawn", "Widerrufen"), time(c.withdrawnAt()));
        }

        private void transfer(TransferRecord entry) {
            line(1, time(entry.at()) + ": " + entry.recipient() + t(" received ", " erhielt ") + list(entry.categories())
                    + ", " + t("purpose ", "Zweck ") + quoted(entry.purpose()) + ", " + t("basis ", "Grundlage ")
                    + entry.basis() + " " + entry.reference() + " (" + t("referral ", "Vermittlung ") + entry.referral()
                    + ")");
        }

        private void consultation(Consultation c) {
            line(1, c.date() + t(" at ", " bei ") + c.contactPoint() + ", " + c.channel() + ", " + c.language().code()
                    + ", " + t("topics ", "Themen ") + list(c.topics())
                    + (c.caseId() == null ? "" : ", " + t("case ", "Fall ") + c.caseId()));
        }
    }
}
