package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.retention.ClientDataExport;
import io.github.ankommen.statistics.Histories;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Write;
import io.github.ankommen.storage.jdbc.CountingPool;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One client's access export and erasure read the rows of that client only, and a retention run
 * with nothing due reads no case: counted on PostgreSQL with the same client among 60 and among 240
 * clients, the statements and the rows read are the same.
 */
class PerPersonScaleTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator-1"));
    private static final ClientId CLIENT = ClientId.of("client-0");

    @Test
    void exportErasureAndAnIdleRunReadAsMuchAmongFourTimesTheClients() {
        long[] small = measure(60);
        long[] large = measure(240);
        assertEquals(small[0], large[0], "statements of an export");
        assertEquals(small[1], large[1], "rows an export read");
        assertEquals(small[2], large[2], "statements of an erasure");
        assertEquals(small[3], large[3], "rows an erasure read");
        assertEquals(small[4], large[4], "statements of a retention run with nothing due");
        assertEquals(small[5], large[5], "rows a retention run with nothing due read");
        assertEquals(0, large[5], "a retention run with nothing due read rows");
    }

    /** Statements and rows of one export, then of one erasure, of the same client. */
    private static long[] measure(int clients) {
        CountingPool pool = new CountingPool(Postgres.newDatabase("person"));
        JdbcStore store = JdbcStore.builder(pool).migrateOnBuild(true).build();
        // The history of client-0 comes first from its seed, so it is the same at every size.
        Histories h = Histories.of(5L, clients);
        List<Write<?, ?>> writes = new ArrayList<>();
        h.clients.forEach(c -> writes.add(new Write<>(RecordKind.CLIENT, c, 0)));
        h.consultations.forEach(c -> writes.add(new Write<>(RecordKind.CONSULTATION, c, 0)));
        h.cases.forEach(c -> writes.add(new Write<>(RecordKind.CASE, c, 0)));
        h.trail.forEach(e -> writes.add(new Write<>(RecordKind.AUDIT_ENTRY, e, 0)));
        store.apply(new UnitOfWork(writes));
        Ankommen ankommen = Ankommen.builder().store(store)
                .clock(TestClock.at(Instant.parse("2026-09-01T10:00:00Z"), Histories.BERLIN)).build();

        pool.reset();
        ClientDataExport export = ankommen.retention().export(COORDINATOR, CLIENT);
        long exportStatements = pool.statements();
        long exportRows = pool.rows();
        assertFalse(export.cases().isEmpty() && export.consultations().isEmpty(), "client-0 has nothing to export");
        pool.reset();
        // Every case closed in 2026; on 1 September 2026 nothing is due yet.
        assertEquals(0, ankommen.retention().run(COORDINATOR).total());
        long runStatements = pool.statements();
        long runRows = pool.rows();
        pool.reset();
        ankommen.retention().erase(COORDINATOR, CLIENT);
        return new long[] {exportStatements, exportRows, pool.statements(), pool.rows(), runStatements, runRows};
    }
}
