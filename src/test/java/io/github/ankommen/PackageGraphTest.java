package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the library's package graph, as {@code jdeps} reads it from the compiled classes, against
 * two promises: it has no cycle, and {@code docs/architecture.md}'s table names exactly the
 * dependencies each package has. A new cycle or an undocumented dependency fails the build.
 */
class PackageGraphTest {

    private static final String BASE = "io.github.ankommen";
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Pattern JDEPS_EDGE = Pattern.compile("^\\s*(io\\.github\\.ankommen[\\w.]*)\\s+->\\s+"
            + "(io\\.github\\.ankommen[\\w.]*)\\s");
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");

    @TempDir
    static Path copy;

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheGraph() throws IOException {
        graph = jdeps(classesWithoutModuleInfo());
    }

    @Test
    void theGraphCoversEveryPackageOfTheJar() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .forEach(f -> packages.add(CLASSES.relativize(f.getParent()).toString().replace('/', '.')));
        }
        assertEquals(packages, graph.keySet());
    }

    @Test
    void thePackagesFormNoCycle() {
        List<String> cycle = cycle(graph);
        if (!cycle.isEmpty()) {
            fail("package cycle: " + String.join(" -> ", cycle) + " (see docs/architecture.md for the layers)");
        }
    }

    @Test
    void theArchitectureTableMatchesTheGraph() throws IOException {
        Map<String, Set<String>> documented = table(Files.readString(ARCHITECTURE, StandardCharsets.UTF_8));
        assertEquals(graph.keySet(), documented.keySet(), "docs/architecture.md must have one row per package");
        List<String> wrong = new ArrayList<>();
        for (String pkg : graph.keySet()) {
            Set<String> actual = graph.get(pkg);
            Set<String> listed = documented.get(pkg);
            if (!actual.equals(listed)) {
                Set<String> undocumented = new TreeSet<>(actual);
                undocumented.removeAll(listed);
                Set<String> unused = new TreeSet<>(listed);
                unused.removeAll(actual);
                wrong.add(pkg + ": depends on " + undocumented + " without a word in the table; the table lists "
                        + unused + " that it does not use");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());
        List<String> cycle = cycle(cyclic);
        assertEquals(4, cycle.size(), cycle.toString());
        assertEquals(cycle.get(0), cycle.get(3));
        assertTrue(cycle(Map.of("a", Set.of("b"), "b", Set.of())).isEmpty());
    }

    /** The rows of the table: the package in the first column, its dependencies in the third. */
    static Map<String, Set<String>> table(String markdown) {
        Map<String, Set<String>> rows = new TreeMap<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].strip().startsWith("`")) {
                continue;
            }
            Matcher name = NAME.matcher(cells[1]);
            if (!name.find()) {
                continue;
            }
            Set<String> dependsOn = new TreeSet<>();
            Matcher dependency = NAME.matcher(cells[3]);
            while (dependency.find()) {
                dependsOn.add(qualified(dependency.group(1)));
            }
            rows.put(qualified(name.group(1)), dependsOn);
        }
        return rows;
    }

    private static String qualified(String name) {
        return name.equals(BASE) ? BASE : BASE + "." + name;
    }

    /** A cycle as a path that starts and ends with the same package, or empty if there is none. */
    static List<String> cycle(Map<String, Set<String>> edges) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            Deque<String> path = new ArrayDeque<>();
            List<String> found = visit(start, edges, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state,
            Deque<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return List.of();
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>();
            boolean on = false;
            for (String p : (Iterable<String>) path::descendingIterator) {
                on = on || p.equals(node);
                if (on) {
                    cycle.add(p);
                }
            }
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.push(node);
        for (String next : new TreeSet<>(edges.getOrDefault(node, Set.of()))) {
            List<String> found = visit(next, edges, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.pop();
        state.put(node, 2);
        return List.of();
    }

    /** jdeps reads a named module only with its dependencies on the module path; the classes alone suffice. */
    private static Path classesWithoutModuleInfo() throws IOException {
        Path target = copy.resolve("classes");
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(CLASSES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (f.toString().endsWith(".class") && !f.endsWith("module-info.class")) {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    private static Map<String, Set<String>> jdeps(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "-e", "io\\.github\\.ankommen(\\..*)?", classes.toString());
        assertEquals(0, exit, "jdeps failed: " + err);
        Map<String, Set<String>> edges = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = JDEPS_EDGE.matcher(line);
            if (m.find()) {
                seen.add(m.group(1));
                Set<String> targets = edges.computeIfAbsent(m.group(1), k -> new TreeSet<>());
                if (!m.group(1).equals(m.group(2))) {
                    targets.add(m.group(2));
                }
            }
        }
        assertTrue(!seen.isEmpty(), "jdeps printed no dependency:\n" + out);
        return edges;
    }
}
