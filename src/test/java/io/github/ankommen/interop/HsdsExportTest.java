package io.github.ankommen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ankommen.network.Directory;
import io.github.ankommen.testing.Dortmund;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HSDS export, serialised with Jackson as an application would, checked against what the HSDS
 * 3.0 schemas require. The rules are hard-coded from the schemas, so that the test runs without
 * them; {@link #everyFieldIsInItsSchemaWhenTheSchemasAreAtHand()} reads the schema files too when
 * a copy is beside the project.
 */
class HsdsExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE = "Nordrhein-Westfalen";

    /** The required fields of each HSDS 3.0 object ({@code "required"} in its schema). */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("organization", List.of("id", "name", "description")),
            Map.entry("service", List.of("id", "name", "status")),
            Map.entry("location", List.of("id", "location_type")),
            Map.entry("address", List.of("id", "address_1", "city", "state_province", "postal_code", "country",
                    "address_type")),
            Map.entry("phone", List.of("id", "number")),
            Map.entry("contact", List.of("id")),
            Map.entry("schedule", List.of("id")),
            Map.entry("service_area", List.of("id")),
            Map.entry("service_at_location", List.of("id")),
            Map.entry("language", List.of("id")),
            Map.entry("taxonomy", List.of("id", "name", "description")),
            Map.entry("taxonomy_term", List.of("id", "name", "description")),
            Map.entry("attribute", List.of("id")));

    /** The enumerated fields and their values ({@code "enum"} in the schemas). */
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "service.status", Set.of("active", "inactive", "defunct", "temporarily closed"),
            "location.location_type", Set.of("physical", "postal", "virtual"),
            "address.address_type", Set.of("physical", "postal", "virtual"),
            "schedule.freq", Set.of("WEEKLY", "MONTHLY"),
            "schedule.wkst", Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"));

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    private static final Pattern DAYS = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");

    static JsonNode json(Directory directory) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(HsdsExport.from(directory, STATE)));
    }

    @Test
    void uuidsAreVersion5AndAgreeWithAnotherImplementation() {
        // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, 'io.github.ankommen'), 'location:cp-brackel')
        assertEquals(UUID.fromString("1686f737-7155-5a35-954e-64d6c23277cd"), NameBasedUuid.NAMESPACE);
        UUID brackel = NameBasedUuid.of("location", "cp-brackel");
        assertEquals(UUID.fromString("83903f9a-92a6-51ad-a84a-5497b158e150"), brackel);
        assertEquals(5, brackel.version());
        assertEquals(2, brackel.variant());
        assertFalse(brackel.equals(NameBasedUuid.of("service", "cp-brackel")), "the kind is part of the name");
    }

    @Test
    void dortmundExportKeepsEverySchemaRule() throws IOException {
        JsonNode document = json(Dortmund.directory());
        assertEquals(List.copyOf(REQUIRED.keySet()).stream().sorted().toList(),
                iterable(document.fieldNames()).stream().sorted().toList());
        assertSchemaRules(document);
    }

    @Test
    void dortmundExportHoldsTheWholeDirectory() throws IOException {
        JsonNode document = json(Dortmund.directory());
        assertEquals(6 + 1, document.get("location").size(),
                "one location per contact point, and the integration course's own");
        assertEquals(6 + 5, document.get("service").size(), "an advice service per contact point and the offers");
        assertEquals(6 + 1, document.get("service_at_location").size());
        assertEquals(6 + 1, document.get("address").size());
        JsonNode course = document.get("location").findParents("name").stream()
                .filter(l -> l.get("name").asText().equals("Integrationskurs mit Alphabetisierung")).findFirst()
                .orElseThrow(() -> new AssertionError("no location of the integration course"));
        assertTrue(document.get("address").findParents("location_id").stream()
                .anyMatch(a -> a.get("location_id").asText().equals(course.get("id").asText())
                        && a.get("address_1").asText().equals("Beispielstraße 12 (fiktiv)")), "the course's address");
        JsonNode brackel = find(document, "location", "name", "Lokal willkommen Brackel");
        JsonNode address = find(document, "address", "location_id", brackel.get("id").asText());
        assertEquals("DE", address.get("country").asText());
        assertEquals(STATE, address.get("state_province").asText());
        JsonNode advice = find(document, "service", "name", "Lokal willkommen Brackel");
        assertEquals("active", advice.get("status").asText());
        Set<String> codes = rows(document, "language").stream()
                .filter(l -> l.get("service_id").asText().equals(advice.get("id").asText()))
                .map(l -> l.get("code").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("ar", "de", "en", "fa"), codes);
        assertEquals("inactive", find(document, "service", "name", "Lokal willkommen Lütgendortmund").get("status")
                .asText(), "a site being prepared is not active yet");
        assertTrue(rows(document, "schedule").stream().anyMatch(s -> s.path("attending_type").asText()
                .equals(HsdsExport.APPOINTMENT_ONLY)), "appointment-only slots are exported");
        assertTrue(rows(document, "attribute").stream().anyMatch(a -> a.get("link_type").asText()
                .equals(HsdsExport.CLOSURE) && a.get("value").asText().equals("TEMPORARY_CLOSURE")));
        assertEquals(12, rows(document, "taxonomy_term").stream().filter(t -> t.get("taxonomy_id").asText()
                .equals(NameBasedUuid.of("taxonomy", HsdsExport.CATEGORIES_TAXONOMY).toString())).count());
    }

    @Test
    void aSecondExportGivesTheSameDocument() throws IOException {
        assertEquals(json(Dortmund.directory()), json(Dortmund.directory()));
        assertEquals(UUID.fromString("83903f9a-92a6-51ad-a84a-5497b158e150").toString(),
                find(json(Dortmund.directory()), "location", "name", "Lokal willkommen Brackel").get("id").asText(),
                "the id of a contact point's location depends only on its id");
    }

    @Test
    void generatedDirectoriesExportWithinTheSchemaRules() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            try {
                assertSchemaRules(json(Directories.random(seed)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void everyFieldIsInItsSchemaWhenTheSchemasAreAtHand() throws IOException {
        Path schemas = List.of(Path.of("../shared/hsds/schema"), Path.of("/work/shared/hsds/schema")).stream()
                .filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(schemas != null, "no copy of the HSDS schemas beside the project");
        JsonNode document = json(Dortmund.directory());
        for (String object : REQUIRED.keySet()) {
            JsonNode schema = JSON.readTree(schemas.resolve(object + ".json").toFile());
            for (JsonNode required : schema.get("required")) {
                assertTrue(REQUIRED.get(object).contains(required.asText()), object + " requires " + required);
            }
            for (JsonNode row : rows(document, object)) {
                for (String field : iterable(row.fieldNames())) {
                    JsonNode property = schema.get("properties").get(field);
                    assertTrue(property != null, object + "." + field + " is not an HSDS field");
                    assertEquals(property.get("type").asText(), "string", object + "." + field);
                    if (property.has("enum")) {
                        assertTrue(iterable(property.get("enum").elements()).contains(row.get(field)),
                                object + "." + field);
                    }
                }
            }
        }
    }

    /** Checks required fields, UUIDs and their references, dates, times, enumerations and codes. */
    static void assertSchemaRules(JsonNode document) {
        Set<String> ids = new HashSet<>();
        for (String object : REQUIRED.keySet()) {
            for (JsonNode row : rows(document, object)) {
                for (String field : REQUIRED.get(object)) {
                    assertTrue(row.hasNonNull(field) && !row.get(field).asText().isBlank(), object + " needs " + field);
                }
                assertTrue(ids.add(row.get("id").asText()), "ids are unique: " + row);
                for (String field : iterable(row.fieldNames())) {
                    JsonNode value = row.get(field);
                    assertTrue(value.isTextual(), object + "." + field + " is a string");
                    if (field.equals("id") || field.endsWith("_id")) {
                        assertTrue(UUID_FORM.matcher(value.asText()).matches(), object + "." + field + " " + value);
                    }
                    Set<String> allowed = ENUMS.get(object + "." + field);
                    if (allowed != null) {
                        assertTrue(allowed.contains(value.asText()), object + "." + field + " " + value);
                    }
                }
            }
        }
        Map<String, String> references = Map.of("organization_id", "organization", "service_id", "service",
                "location_id", "location", "contact_id", "contact", "taxonomy_id", "taxonomy",
                "taxonomy_term_id", "taxonomy_term");
        for (String object : REQUIRED.keySet()) {
            for (JsonNode row : rows(document, object)) {
                references.forEach((field, target) -> {
                    if (row.has(field)) {
                        assertTrue(rows(document, target).stream().anyMatch(r -> r.get("id").equals(row.get(field))),
                                object + "." + field + " names a " + target);
                    }
                });
            }
        }
        for (JsonNode schedule : rows(document, "schedule")) {
            for (String field : List.of("valid_from", "valid_to")) {
                if (schedule.has(field)) {
                    assertDate(schedule.get(field).asText());
                }
            }
            for (String field : List.of("opens_at", "closes_at")) {
                if (schedule.has(field)) {
                    assertTrue(TIME.matcher(schedule.get(field).asText()).matches(), schedule.toString());
                }
            }
            if (schedule.has("byday")) {
                assertTrue(DAYS.matcher(schedule.get("byday").asText()).matches(), schedule.toString());
            }
        }
        for (JsonNode attribute : rows(document, "attribute")) {
            String type = attribute.get("link_type").asText();
            if (type.equals(HsdsExport.VALID_FROM) || type.equals(HsdsExport.VALID_TO)) {
                assertDate(attribute.get("value").asText());
            }
            assertTrue(rows(document, attribute.get("link_entity").asText()).stream()
                    .anyMatch(r -> r.get("id").equals(attribute.get("link_id"))), "link_entity holds link_id");
        }
        for (JsonNode language : rows(document, "language")) {
            assertTrue(language.get("code").asText().matches("[a-z]{2,3}"), "ISO 639-1 or -3: " + language);
        }
        for (JsonNode address : rows(document, "address")) {
            assertTrue(address.get("country").asText().matches("[A-Z]{2}"), "ISO 3166-1 alpha-2");
        }
    }

    private static void assertDate(String text) {
        assertTrue(DATE.matcher(text).matches(), text);
        assertEquals(text, LocalDate.parse(text).toString());
    }

    static List<JsonNode> rows(JsonNode document, String object) {
        return iterable(document.get(object).elements());
    }

    static JsonNode find(JsonNode document, String object, String field, String value) {
        return rows(document, object).stream().filter(r -> r.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + object + " with " + field + " " + value));
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
