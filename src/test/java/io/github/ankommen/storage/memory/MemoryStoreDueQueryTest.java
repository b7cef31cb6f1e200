package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.State;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Case queries with a due date, at a contact point or at all, answer page by page exactly as a
 * plain filter over all cases, ordered by id, while cases move between days and contact points.
 */
class MemoryStoreDueQueryTest {

    private static final LocalDate JUNE_4 = LocalDate.of(2018, 6, 4);
    private static final Instant OPENED = Instant.parse("2018-06-01T08:00:00Z");
    private static final List<State> STATES = List.of(CaseWorkflows.INTAKE, CaseWorkflows.MONITORING,
            CaseWorkflows.CLOSED);

    @Test
    void dueCasesPageAsAFilterOverAllCases() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            MemoryStore store = new MemoryStore();
            Map<String, Versioned<Case>> cases = new LinkedHashMap<>();
            for (int step = 0; step < 300; step++) {
                String id = "case-" + random.nextInt(120);
                Versioned<Case> old = cases.get(id);
                Case next = aCase(id, random);
                cases.put(id, old == null ? store.insert(RecordKind.CASE, next)
                        : store.update(RecordKind.CASE, next, old.version()));
                if (step % 60 == 59) {
                    for (int q = 0; q < 6; q++) {
                        CaseQuery query = aQuery(random);
                        int size = 1 + random.nextInt(4);
                        List<String> expected = cases.values().stream().map(Versioned::value).filter(query::matches)
                                .map(RecordKind.CASE::keyOf).sorted(Comparator.naturalOrder()).toList();
                        String what = String.format("seed %d, step %d: %s in pages of %d", seed, step, query, size);
                        assertThat(pageThrough(store, query, size, what)).as(what).containsExactlyElementsOf(expected);
                        assertThat(store.count(query)).as(what).isEqualTo(expected.size());
                    }
                }
            }
        });
    }

    /** A query with a due date, at a contact point (sometimes one without cases) or at all. */
    private static CaseQuery aQuery(Random random) {
        ContactPointId contactPoint = random.nextInt(4) == 0 ? null : ContactPointId.of("cp-" + random.nextInt(4));
        State state = random.nextInt(3) == 0 ? STATES.get(random.nextInt(STATES.size())) : null;
        ClientId client = random.nextInt(8) == 0 ? ClientId.of("client-" + random.nextInt(3)) : null;
        return new CaseQuery(contactPoint, state, client, JUNE_4.plusDays(random.nextInt(12) - 1));
    }

    /** A case at one of three contact points whose open follow-ups are due on one of ten days, or none. */
    private static Case aCase(String id, Random random) {
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            followUps.add(new FollowUp(FollowUpId.of("fu-" + i), JUNE_4.plusDays(random.nextInt(10)), null,
                    random.nextInt(3) == 0 ? OPENED : null));
        }
        return new Case(CaseId.of(id), ClientId.of("client-" + random.nextInt(3)),
                ContactPointId.of("cp-" + random.nextInt(3)), TeamMemberId.of("tm-1"), null, Set.of(), List.of(),
                followUps, STATES.get(random.nextInt(STATES.size())), null, null, null, List.of(), 1, OPENED, OPENED);
    }

    /**
     * All pages of a query; each page holds at most the size asked for, and names a next page only
     * if that page has a case.
     */
    private static List<String> pageThrough(MemoryStore store, CaseQuery query, int size, String what) {
        List<String> ids = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        boolean announced = false;
        while (request.isPresent()) {
            Page<Versioned<Case>> page = store.query(query, request.get());
            if (announced) {
                assertThat(page.items()).as(what + ": the page after a cursor").isNotEmpty();
            }
            assertThat(page.items().size()).as(what).isLessThanOrEqualTo(size);
            page.items().forEach(row -> ids.add(RecordKind.CASE.keyOf(row.value())));
            request = page.next(size);
            announced = request.isPresent();
            assertThat(!announced || page.items().size() == size).as(what + ": a page with a cursor is full").isTrue();
        }
        return ids;
    }
}
