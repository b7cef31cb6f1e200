package io.github.ankommen.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.demo.DemoAccess;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.testing.Dortmund;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole demo scenario with every log line captured, and checks that none of its personal
 * data appears in a log line, an exception message, or the {@code toString()} of any stored record.
 */
class LoggingPrivacyTest {

    @Test
    void theDemoLeaksNoPersonalDataIntoLogsExceptionsOrToString() {
        int before = CapturingProvider.lines().size();
        DemoAccess.Result run = DemoAccess.run();
        List<String> logged = new ArrayList<>(CapturingProvider.lines().subList(before, CapturingProvider.lines().size()));
        assertTrue(logged.size() > 100, "the scenario must log at DEBUG for this test to mean anything: " + logged.size());

        List<String> personal = new ArrayList<>(run.personalData());
        Dortmund.contactPoints().forEach(cp -> cp.team().members().forEach(m -> personal.add(m.displayName())));
        Dortmund.volunteers().forEach(v -> personal.add(v.displayName()));
        Dortmund.interpreters().forEach(i -> personal.add(i.displayName()));
        personal.add("1987");
        personal.add("ASYLUM_PROCEDURE");

        List<String> places = new ArrayList<>(logged);
        run.refusals().forEach(e -> places.add(String.valueOf(e.getMessage())));
        Store store = run.store();
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            store.stream(allOf(kind), PageRequest.MAX_SIZE).forEach(v -> places.add(v.value().toString()));
        }
        assertTrue(places.size() > logged.size() + 100, "the store must hold the scenario's records");
        for (String text : places) {
            for (String secret : personal) {
                assertFalse(text.contains(secret), "\"" + secret + "\" leaked into: " + text);
            }
        }
    }

    private static <R> io.github.ankommen.storage.Query<R> allOf(RecordKind<?, R> kind) {
        return new io.github.ankommen.storage.Query<>() {
            @Override
            public RecordKind<?, R> kind() {
                return kind;
            }

            @Override
            public boolean matches(R record) {
                return true;
            }
        };
    }
}
