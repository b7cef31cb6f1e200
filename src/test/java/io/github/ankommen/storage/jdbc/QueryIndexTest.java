package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.IdleCaseQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.workflow.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every filter of the referral, owned and consent-expiry queries has an index the database can use
 * for exactly the condition the store sends: with sequential scans priced out, the plan of each
 * filter alone names its index. This catches an index the condition cannot use, such as a partial
 * index whose predicate the condition does not imply.
 */
class QueryIndexTest {

    @Test
    void eachFilterOfTheReferralKindsRunsOnItsIndex() throws SQLException {
        DataSource database = Postgres.newDatabase("plans");
        JdbcStore.builder(database).migrateOnBuild(true).build();
        Map<Query<?>, String> indexes = new LinkedHashMap<>();
        indexes.put(ReferralQuery.ofCase(CaseId.of("case-1")), "referral_case_idx");
        indexes.put(ReferralQuery.ofClient(ClientId.of("client-1")), "referral_client_idx");
        indexes.put(ReferralQuery.to(OrganisationId.of("drk")), "referral_recipient_idx");
        indexes.put(ReferralQuery.all().from(ContactPointId.of("cp-1")), "referral_contact_point_idx");
        indexes.put(ReferralQuery.all().inStatus(ReferralStatus.REQUESTED, ReferralStatus.ON_HOLD),
                "referral_status_idx");
        indexes.put(ReferralQuery.basedOn(ConsentId.of("consent-1")), "referral_consent_idx");
        indexes.put(ReferralQuery.all().respondByBefore(LocalDate.of(2018, 7, 1)), "referral_respond_by_idx");
        indexes.put(OwnedQuery.history(ReferralId.of("ref-1")), "referral_history_referral_idx");
        indexes.put(OwnedQuery.closedReferrals(CaseId.of("case-1")), "referral_closed_case_idx");
        indexes.put(OwnedQuery.consents(ClientId.of("client-1")), "consent_client_idx");
        indexes.put(new ConsentExpiryQuery(LocalDate.of(2018, 7, 1)), "consent_expiry_idx");
        indexes.put(OwnedQuery.transfers(ClientId.of("client-1")), "transfer_client_idx");
        indexes.put(OwnedQuery.consultations(ClientId.of("client-1")), "consultation_client_idx");
        indexes.put(new IdleCaseQuery(State.of("closed"), Instant.parse("2020-01-01T00:00:00Z")),
                "case_file_state_updated_idx");
        indexes.put(OwnedQuery.deniedAccesses(ActorId.of("actor-1")), "denied_access_actor_idx");

        try (Connection connection = database.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
            }
            for (Map.Entry<Query<?>, String> expected : indexes.entrySet()) {
                String plan = plan(connection, expected.getKey());
                assertTrue(plan.contains(expected.getValue()), expected.getKey() + " should use "
                        + expected.getValue() + ", but the plan is\n" + plan);
            }
        }
    }

    /** The plan of counting what a query selects, as the store counts it. */
    private static String plan(Connection connection, Query<?> query) throws SQLException {
        Filter filter = JdbcStore.filterOf(query);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN SELECT count(*) FROM "
                + JdbcStore.tableOf(query.kind()) + " t" + filter.where())) {
            filter.bind(explain, 1);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
