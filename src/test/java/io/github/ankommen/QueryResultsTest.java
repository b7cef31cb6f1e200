package io.github.ankommen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ankommen.casework.Case;
import io.github.ankommen.statistics.Histories;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole query result is every record, in the query's order, over one page or several. */
class QueryResultsTest {

    @Test
    void aResultOfOnePageAndOneOfSeveralPagesAreWhole() {
        Histories h = Histories.of(7L, 3_000);
        assertThat(h.cases).as("more cases than two full pages").hasSizeGreaterThan(2 * PageRequest.MAX_SIZE);
        MemoryStore store = new MemoryStore();
        h.cases.forEach(c -> store.insert(RecordKind.CASE, c));
        List<String> expected = h.cases.stream().map(c -> c.id().value()).sorted(Comparator.naturalOrder()).toList();

        List<Versioned<Case>> all = QueryResults.versioned(store, CaseQuery.all());
        assertThat(all).extracting(row -> row.value().id().value()).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);

        Case first = h.cases.get(0);
        List<Case> ofOneClient = QueryResults.values(store, CaseQuery.of(first.client()));
        assertThat(ofOneClient).containsExactlyInAnyOrderElementsOf(
                h.cases.stream().filter(c -> c.client().equals(first.client())).toList());
        assertThatThrownBy(() -> ofOneClient.add(first)).isInstanceOf(UnsupportedOperationException.class);
    }
}
