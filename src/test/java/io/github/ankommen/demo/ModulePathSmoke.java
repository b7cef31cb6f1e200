package io.github.ankommen.demo;

import io.github.ankommen.base.ViolationMessages;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.retention.ClientDataExport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs real library code with the library and its dependencies on the module path.
 *
 * <p>The build runs this with {@code java --module-path}, after the jar is packaged. Surefire adds
 * its own {@code opens} and so hides a missing {@code opens ... to org.hibernate.validator}; here
 * Hibernate Validator has to read the records through the module descriptor alone, and the
 * message bundles (validation messages, the export's labels) have to be found inside the named module. Any failure exits non-zero and
 * fails the build.
 */
public final class ModulePathSmoke {

    private ModulePathSmoke() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        check(District.class.getModule().isNamed(), "the library must run as a named module");
        check(District.class.getModule().getName().equals("io.github.ankommen"), "module name");

        checkRecordPackagesAreOpen(District.class.getModule());
        District.of("Lütgendortmund");
        // Custom constraints have their validators in the unexported internal package.
        Language.of("fa");
        try {
            Language.of("xx");
            throw new AssertionError("an unknown ISO 639 code was accepted on the module path");
        } catch (ConstraintViolationException expected) {
            check(expected.getConstraintViolations().size() == 1, "one violation for an unknown language");
        }
        try {
            District.of(" ");
            throw new AssertionError("a blank district name was accepted on the module path");
        } catch (ConstraintViolationException e) {
            ConstraintViolation<?> v = e.getConstraintViolations().iterator().next();
            check(v.getPropertyPath().toString().equals("name"), "path was " + v.getPropertyPath());
            String english = ViolationMessages.message(v, Locale.ENGLISH);
            String german = ViolationMessages.message(v, Locale.GERMAN);
            check(english.equals("must not be blank"), "English message was " + english);
            check(german.equals("darf nicht leer sein"), "German message was " + german);
        }
        ClientDataExport export = new ClientDataExport(Client.of(ClientId.of("client-1"), "P-1"), List.of(), List.of(),
                List.of(), List.of(), List.of(), Instant.parse("2018-06-04T08:00:00Z"), ZoneId.of("Europe/Berlin"));
        check(export.toText(Locale.GERMAN).contains("1. Grunddaten"), "the export's German labels");
        check(export.toText(Locale.ENGLISH).contains("1. Basic data"), "the export's English labels");
        System.out.println("module-path smoke run passed: io.github.ankommen validates on the module path");
    }

    /** Every package that holds a record must be open to the validator, or validating it fails. */
    private static void checkRecordPackagesAreOpen(Module library) {
        Module validator = ModuleLayer.boot().findModule("org.hibernate.validator")
                .orElseThrow(() -> new AssertionError("Hibernate Validator is not on the module path"));
        ModuleReference reference = ModuleLayer.boot().configuration().findModule(library.getName())
                .orElseThrow().reference();
        List<String> classes;
        try (ModuleReader reader = reference.open(); Stream<String> names = reader.list()) {
            classes = names.filter(n -> n.endsWith(".class") && !n.equals("module-info.class")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String file : classes) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(library, name);
            } catch (NoClassDefFoundError e) {
                // The TCK needs JUnit, an optional dependency that an application without it never
                // loads: its RuleReporter implements a JUnit interface. Every other class must load.
                if (name.startsWith("io.github.ankommen.tck.") && String.valueOf(e.getMessage()).startsWith("org/junit/")) {
                    continue;
                }
                throw new AssertionError("cannot load " + name, e);
            } catch (LinkageError e) {
                throw new AssertionError("cannot load " + name, e);
            }
            if (type != null && type.isRecord() && !type.getPackageName().endsWith(".internal")) {
                check(library.isOpen(type.getPackageName(), validator),
                        "module-info must open " + type.getPackageName() + " to org.hibernate.validator");
            }
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
