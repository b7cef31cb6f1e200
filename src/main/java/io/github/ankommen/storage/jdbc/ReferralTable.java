package io.github.ankommen.storage.jdbc;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.ConsentOverride;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.ConsentFlag;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Referrals: table {@code referral}, with the shared data categories in {@code referral_shared}.
 * The outcome, the transfer basis (with its override) and the consent flag, at most one of each,
 * are columns of the referral.
 */
final class ReferralTable extends RecordTable<ReferralId, Referral, ReferralTable.Row> {

    ReferralTable() {
        super(RecordKind.REFERRAL, "referral", "t.case_id, t.client_id, t.contact_point_id, t.offer_id, t.recipient, "
                + "t.need, t.purpose, t.status, t.reason, t.note, t.outcome_kind, t.outcome_note, t.basis_kind, "
                + "t.basis_consent, t.basis_legal_reference, t.basis_override_actor, t.basis_override_at, "
                + "t.basis_override_reason, t.flag_kind, t.flag_consent, t.flag_at, t.requested_at, t.respond_by, "
                + "t.accepted_at, t.last_progress_at, t.referral_version, t.created_at, t.updated_at");
    }

    /** A referral being read: every component but the shared categories comes from the parent row. */
    static final class Row implements Draft<Referral> {
        private ReferralId id;
        private CaseId caseId;
        private ClientId client;
        private ContactPointId contactPoint;
        private OfferId offer;
        private OrganisationId recipient;
        private Category need;
        private final Set<DataCategory> shared = new LinkedHashSet<>();
        private String purpose;
        private ReferralStatus status;
        private ReferralReason reason;
        private String note;
        private ReferralOutcome outcome;
        private TransferBasis basis;
        private ConsentFlag flag;
        private Instant requestedAt;
        private LocalDate respondBy;
        private Instant acceptedAt;
        private Instant lastProgressAt;
        private long version;
        private Instant createdAt;
        private Instant updatedAt;

        @Override
        public Referral toRecord() {
            return new Referral(id, caseId, client, contactPoint, offer, recipient, need, shared, purpose, status, reason,
                    note, outcome, basis, flag, requestedAt, respondBy, acceptedAt, lastProgressAt, version, createdAt,
                    updatedAt);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row r = new Row();
        r.id = ReferralId.of(row.getString("id"));
        r.caseId = CaseId.of(row.getString("case_id"));
        r.client = ClientId.of(row.getString("client_id"));
        r.contactPoint = ContactPointId.of(row.getString("contact_point_id"));
        r.offer = OfferId.of(row.getString("offer_id"));
        r.recipient = OrganisationId.of(row.getString("recipient"));
        r.need = Category.valueOf(row.getString("need"));
        r.purpose = row.getString("purpose");
        r.status = ReferralStatus.valueOf(row.getString("status"));
        String reason = row.getString("reason");
        r.reason = reason == null ? null : ReferralReason.valueOf(reason);
        r.note = row.getString("note");
        String outcome = row.getString("outcome_kind");
        r.outcome = outcome == null ? null
                : new ReferralOutcome(ReferralOutcome.Kind.valueOf(outcome), row.getString("outcome_note"));
        r.basis = basis(row);
        String flag = row.getString("flag_kind");
        r.flag = flag == null ? null : new ConsentFlag(ConsentFlag.Kind.valueOf(flag),
                ConsentId.of(row.getString("flag_consent")), getInstant(row, "flag_at"));
        r.requestedAt = getInstant(row, "requested_at");
        r.respondBy = getDate(row, "respond_by");
        r.acceptedAt = getInstant(row, "accepted_at");
        r.lastProgressAt = getInstant(row, "last_progress_at");
        r.version = row.getLong("referral_version");
        r.createdAt = getInstant(row, "created_at");
        r.updatedAt = getInstant(row, "updated_at");
        return r;
    }

    /** The transfer basis of the {@code basis_} columns, or null if there is none. */
    private static TransferBasis basis(ResultSet row) throws SQLException {
        String kind = row.getString("basis_kind");
        if (kind == null) {
            return null;
        }
        return switch (TransferBasis.Kind.valueOf(kind)) {
            case CONSENT -> TransferBasis.consent(ConsentId.of(row.getString("basis_consent")));
            case LEGAL_BASIS -> new TransferBasis(TransferBasis.Kind.LEGAL_BASIS, null,
                    row.getString("basis_legal_reference"), null);
            case OVERRIDE -> TransferBasis.override(new ConsentOverride(ActorId.of(row.getString("basis_override_actor")),
                    getInstant(row, "basis_override_at"), row.getString("basis_override_reason")));
        };
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT referral_id, category FROM referral_shared WHERE referral_id = ANY(?) "
                + "ORDER BY referral_id, ordinal", keys, records,
                (r, row) -> r.shared.add(DataCategory.valueOf(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO referral (id, version, case_id, client_id, contact_point_id, offer_id, recipient, need, "
                + "purpose, status, reason, note, outcome_kind, outcome_note, basis_kind, basis_consent, "
                + "basis_legal_reference, basis_override_actor, basis_override_at, basis_override_reason, flag_kind, "
                + "flag_consent, flag_at, requested_at, respond_by, accepted_at, last_progress_at, referral_version, "
                + "created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "case_id = ?, client_id = ?, contact_point_id = ?, offer_id = ?, recipient = ?, need = ?, purpose = ?, "
                + "status = ?, reason = ?, note = ?, outcome_kind = ?, outcome_note = ?, basis_kind = ?, "
                + "basis_consent = ?, basis_legal_reference = ?, basis_override_actor = ?, basis_override_at = ?, "
                + "basis_override_reason = ?, flag_kind = ?, flag_consent = ?, flag_at = ?, requested_at = ?, "
                + "respond_by = ?, accepted_at = ?, last_progress_at = ?, referral_version = ?, created_at = ?, "
                + "updated_at = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Referral r, int index) throws SQLException {
        int i = index;
        statement.setString(i++, r.caseId().value());
        statement.setString(i++, r.client().value());
        statement.setString(i++, r.contactPoint().value());
        statement.setString(i++, r.offer().value());
        statement.setString(i++, r.recipient().value());
        statement.setString(i++, r.need().name());
        statement.setString(i++, r.purpose());
        statement.setString(i++, r.status().name());
        statement.setString(i++, r.reason() == null ? null : r.reason().name());
        statement.setString(i++, r.note());
        ReferralOutcome outcome = r.outcome();
        statement.setString(i++, outcome == null ? null : outcome.kind().name());
        statement.setString(i++, outcome == null ? null : outcome.note());
        TransferBasis basis = r.basis();
        ConsentOverride override = basis == null ? null : basis.override();
        statement.setString(i++, basis == null ? null : basis.kind().name());
        statement.setString(i++, basis == null || basis.consent() == null ? null : basis.consent().value());
        statement.setString(i++, basis == null ? null : basis.legalReference());
        statement.setString(i++, override == null ? null : override.actor().value());
        setInstant(statement, i++, override == null ? null : override.at());
        statement.setString(i++, override == null ? null : override.reason());
        ConsentFlag flag = r.flag();
        statement.setString(i++, flag == null ? null : flag.kind().name());
        statement.setString(i++, flag == null ? null : flag.consent().value());
        setInstant(statement, i++, flag == null ? null : flag.at());
        setInstant(statement, i++, r.requestedAt());
        setDate(statement, i++, r.respondBy());
        setInstant(statement, i++, r.acceptedAt());
        setInstant(statement, i++, r.lastProgressAt());
        statement.setLong(i++, r.version());
        setInstant(statement, i++, r.createdAt());
        setInstant(statement, i++, r.updatedAt());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Referral r) throws SQLException {
        insertAll(connection, "INSERT INTO referral_shared (referral_id, ordinal, category) VALUES (?, ?, ?)", key,
                r.shared(), (insert, category) -> insert.setString(3, category.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM referral_shared WHERE referral_id = ?");
    }

    @Override
    Filter filter(Query<Referral> query) {
        if (!(query instanceof ReferralQuery referrals)) {
            throw new IllegalArgumentException("not a query of referrals: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (referrals.caseId() != null) {
            filter = filter.and("t.case_id = ?", referrals.caseId().value());
        }
        if (referrals.client() != null) {
            filter = filter.and("t.client_id = ?", referrals.client().value());
        }
        if (referrals.recipient() != null) {
            filter = filter.and("t.recipient = ?", referrals.recipient().value());
        }
        if (referrals.contactPoint() != null) {
            filter = filter.and("t.contact_point_id = ?", referrals.contactPoint().value());
        }
        if (!referrals.statuses().isEmpty()) {
            // One placeholder per status: at most ten distinct texts, each prepared once.
            List<String> statuses = new ArrayList<>();
            for (ReferralStatus status : referrals.statuses()) {
                statuses.add(status.name());
            }
            filter = filter.and("t.status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?"))
                    + ")", statuses.toArray());
        }
        if (referrals.consent() != null) {
            // basis_consent is set exactly when the basis is a consent (a CHECK says so).
            filter = filter.and("t.basis_kind = 'CONSENT' AND t.basis_consent = ?", referrals.consent().value());
        }
        if (referrals.respondByBefore() != null) {
            // A referral never requested has no deadline: NULL never matches.
            filter = filter.and("t.respond_by < ?", referrals.respondByBefore());
        }
        return filter;
    }
}
