package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Operation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2: every public service method, found by reflection, has its row in the table
 * "Every service method" of {@code docs/access-control.md}, and every row names a real method and
 * real operations; a new method without a row fails the build.
 */
class ServiceAccessTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+Service)\\.(\\w+)` \\| ([^|]+) \\|");
    private static final Pattern OPERATION = Pattern.compile("`([A-Z_]+)`");

    private static TreeMap<String, String> rows() throws IOException {
        String page = Files.readString(Path.of("docs/access-control.md"), StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf("## Every service method"), page.indexOf("## Roles"));
        TreeMap<String, String> rows = new TreeMap<>();
        for (String line : section.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                assertTrue(rows.put(row.group(1) + "." + row.group(2), row.group(3)) == null, "twice: " + line);
            }
        }
        return rows;
    }

    private static Set<String> methods() {
        Set<String> methods = new TreeSet<>();
        for (Method getter : Ankommen.class.getMethods()) {
            Class<?> service = getter.getReturnType();
            if (getter.getParameterCount() != 0 || !service.getSimpleName().endsWith("Service")) {
                continue;
            }
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                    methods.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        return methods;
    }

    @Test
    void p2_everyPublicServiceMethodHasItsRowAndEveryRowItsMethod() throws IOException {
        Set<String> methods = methods();
        assertTrue(methods.size() > 40, methods.toString());
        assertEquals(methods, rows().keySet());
    }

    @Test
    void p2_everyRowNamesRealOperationsOrSaysItReadsNoDatum() throws IOException {
        Set<String> known = new TreeSet<>();
        EnumSet.allOf(Operation.class).forEach(o -> known.add(o.name()));
        List<String> wrong = new ArrayList<>();
        rows().forEach((method, operations) -> {
            Matcher named = OPERATION.matcher(operations);
            boolean any = false;
            while (named.find()) {
                any = true;
                if (!known.contains(named.group(1))) {
                    wrong.add(method + ": " + named.group(1));
                }
            }
            if (!any && !operations.trim().equals("—")) {
                wrong.add(method + ": no operation");
            }
        });
        assertEquals(List.of(), wrong);
    }
}
