package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the PostgreSQL store reads back holds the shared ids and states that the factories give, not
 * an equal copy per row: a thousand audit entries by one caseworker read back hold one actor id.
 */
class SharedValuesReadBackTest {

    @Test
    void rowsReadBackShareTheFactoriesIdsAndStates() {
        String text = "cw-read-back";
        ActorId shared = ActorId.of(text);
        // Another test in this JVM may have filled the table; its ids are then made anew.
        assumeTrue(shared == ActorId.of(text), "the actor ids' table is full");
        assumeTrue(CaseWorkflows.INTAKE == State.of("intake") && CaseWorkflows.ASSESSMENT == State.of("assessment"),
                "the states' table was full before the workflow's states were made");
        Store store = JdbcStore.builder(Postgres.newDatabase("shared_values")).migrateOnBuild(true).build();
        CaseId c = CaseId.of("case-read-back");
        Instant at = Instant.parse("2018-06-04T08:00:00Z");
        // Each entry with an id and states of its own, as an application might make them.
        store.insert(RecordKind.AUDIT_ENTRY, new AuditEntry(c, 1, new ActorId(text), Role.CASEWORKER, at, null,
                new State("intake"), "open", null));
        store.insert(RecordKind.AUDIT_ENTRY, new AuditEntry(c, 2, new ActorId(text), Role.CASEWORKER,
                at.plusSeconds(60), new State("intake"), new State("assessment"), "assess", null));

        List<AuditEntry> read = store.stream(AuditQuery.of(c), 10).map(Versioned::value).toList();

        assertEquals(2, read.size());
        for (AuditEntry entry : read) {
            assertSame(shared, entry.actor());
        }
        assertSame(CaseWorkflows.INTAKE, read.get(0).to());
        assertSame(CaseWorkflows.INTAKE, read.get(1).from());
        assertSame(CaseWorkflows.ASSESSMENT, read.get(1).to());
    }
}
