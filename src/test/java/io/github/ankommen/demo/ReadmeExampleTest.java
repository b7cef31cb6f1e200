package io.github.ankommen.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// README:imports-begin
import io.github.ankommen.Ankommen;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.District;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.testing.Dortmund;
import java.time.LocalDate;
import java.util.Set;
// README:imports-end

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's example is this test's code, imports included: the test checks that both say the
 * same and runs it.
 */
class ReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/io/github/ankommen/demo/ReadmeExampleTest.java");

    /** Runs the example; returns what its comments promise. */
    private static List<String> example() {
        // README:begin
        Ankommen ankommen = Ankommen.builder().build();   // in-memory store, system clock, random ids
        Actor coordinator = Actor.coordinator(ActorId.of("coordinator-1"));
        ankommen.network().load(coordinator, Dortmund.directory());

        ContactPoint site = ankommen.network()
                .servingContactPoint(coordinator, District.of("Hörde"), LocalDate.of(2018, 6, 4))
                .orElseThrow();                           // Lokal willkommen Hörde/Hombruch

        Actor caseworker = Actor.caseworker(ActorId.of("caseworker-7"), site.id());
        ClientId client = ClientId.of("client-1");
        ankommen.cases().register(caseworker, site.id(), Client.of(client, "P-0815"));
        Case opened = ankommen.cases().open(caseworker, new OpenCase(CaseId.of("case-1"), client, site.id(),
                TeamMemberId.of("hoerde-hombruch-city"), null, Set.of(Category.LANGUAGE_COURSE))).value();
        Case assessed = ankommen.cases().apply(caseworker, opened.id(), CaseCommand.fire("assess")).value();
        // assessed.state() is "assessment"; ankommen.cases().auditTrail(caseworker, opened.id()) holds two entries
        // README:end
        return List.of(site.name(), assessed.state().name(), String.valueOf(ankommen.cases().auditTrail(caseworker, opened.id()).size()));
    }

    @Test
    void theExampleRunsAndDoesWhatItsCommentsSay() {
        assertEquals(List.of("Lokal willkommen Hörde/Hombruch", "assessment", "2"), example());
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        String imports = String.join("\n", lines.subList(lines.indexOf("// README:imports-begin") + 1,
                lines.indexOf("// README:imports-end")));
        int begin = lines.indexOf("        // README:begin");
        int end = lines.indexOf("        // README:end");
        String code = lines.subList(begin + 1, end).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String example = imports + "\n\n" + code;
        assertTrue(readme.contains("```java\n" + example + "\n```"), "README.md must show the example as:\n" + example);
    }
}
