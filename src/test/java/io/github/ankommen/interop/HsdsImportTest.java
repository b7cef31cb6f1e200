package io.github.ankommen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ankommen.network.Directory;
import io.github.ankommen.testing.Dortmund;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The HSDS import, from documents that went through JSON text as an application's would. */
class HsdsImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The export of a directory, written as JSON text and parsed again into maps and lists. */
    static Map<String, Object> parsed(Directory directory) {
        try {
            return JSON.readValue(JSON.writeValueAsString(HsdsExport.from(directory, "Nordrhein-Westfalen")),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void dortmundComesBackEqualWithNothingOmitted() {
        HsdsImport.Result result = HsdsImport.from(parsed(Dortmund.directory()));
        assertEquals(Dortmund.directory(), result.directory());
        assertEquals(List.of(), result.omissions());
    }

    @Test
    void generatedDirectoriesComeBackEqual() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Directory directory = Directories.random(seed);
            HsdsImport.Result result = HsdsImport.from(parsed(directory));
            assertEquals(directory, result.directory(), "seed " + seed);
            assertEquals(List.of(), result.omissions(), "seed " + seed);
            assertEquals(HsdsExport.from(directory, "NRW"), HsdsExport.from(result.directory(), "NRW"),
                    "a second export gives the same document, seed " + seed);
        });
    }

    @Test
    void whatTheLibraryCannotHoldIsReportedItemByItem() {
        Map<String, Object> document = parsed(Dortmund.directory());
        Map<String, Object> location = row(document, "location", 0);
        location.put("latitude", 51.52);
        location.put("transportation", "U-Bahn U43");
        location.put("accessibility", List.of());
        Map<String, Object> foreign = new LinkedHashMap<>();
        foreign.put("id", "0b0e3e0c-1111-4a4a-8888-222233334444");
        foreign.put("name", "Tafel");
        foreign.put("status", "active");
        rows(document, "service").add(foreign);
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("id", "0b0e3e0c-1111-4a4a-8888-555566667777");
        cost.put("amount", 5);
        document.put("cost_option", new ArrayList<>(List.of(cost)));

        Map<String, Object> secondAddress = new LinkedHashMap<>(row(document, "address", 0));
        secondAddress.put("id", "0b0e3e0c-1111-4a4a-8888-888888888888");
        secondAddress.put("address_type", "postal");
        rows(document, "address").add(secondAddress);

        List<HsdsImport.Omission> omissions = HsdsImport.from(document).omissions();

        String locationId = (String) location.get("id");
        assertEquals(List.of(
                new HsdsImport.Omission("service", "0b0e3e0c-1111-4a4a-8888-222233334444", null,
                        "not an object the library imports"),
                new HsdsImport.Omission("location", locationId, "latitude", "no field of the library holds it"),
                new HsdsImport.Omission("location", locationId, "transportation", "no field of the library holds it"),
                new HsdsImport.Omission("address", "0b0e3e0c-1111-4a4a-8888-888888888888", null,
                        "not an object the library imports"),
                new HsdsImport.Omission("cost_option", "0b0e3e0c-1111-4a4a-8888-555566667777", null,
                        "not an HSDS object the library knows")), omissions);
    }

    @Test
    void anUnknownAttributeOfAnImportedObjectIsReported() {
        Map<String, Object> document = parsed(Dortmund.directory());
        Map<String, Object> attribute = new LinkedHashMap<>(row(document, "attribute", 0));
        attribute.put("id", "0b0e3e0c-1111-4a4a-8888-999999999999");
        attribute.put("link_type", "wheelchair");
        rows(document, "attribute").add(attribute);
        assertEquals(List.of(new HsdsImport.Omission("attribute", "0b0e3e0c-1111-4a4a-8888-999999999999", null,
                "not an object the library imports")), HsdsImport.from(document).omissions());
    }

    @Test
    void missingRequiredFieldsAndBadIdsAreViolationsNamingEachField() {
        Map<String, Object> document = parsed(Dortmund.directory());
        Map<String, Object> organization = row(document, "organization", 0);
        organization.remove("name");
        Map<String, Object> service = row(document, "service", 0);
        service.put("status", "open");
        Map<String, Object> phone = row(document, "phone", 0);
        phone.put("service_id", "not-a-uuid");
        Map<String, Object> schedule = row(document, "schedule", 0);
        schedule.put("location_id", "0b0e3e0c-1111-4a4a-8888-000000000000");
        Map<String, Object> language = row(document, "language", 0);
        language.put("id", 7);
        Map<String, Object> location = row(document, "location", 1);
        location.put("name", 5);
        location.put("latitude", 51.5);

        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> HsdsImport.from(document));

        assertEquals(Set.of(
                "missing[organization " + organization.get("id") + ".name].<map value>",
                "malformed[service " + service.get("id") + ".status].<map value>",
                "malformed[phone " + phone.get("id") + ".service_id].<map value>",
                "dangling[schedule " + schedule.get("id") + ".location_id].<map value>",
                "malformed[language #0.id].<map value>",
                "malformed[location " + location.get("id") + ".name].<map value>"), paths(e));
        assertFalse(e.getMessage().contains("0b0e3e0c-1111-4a4a-8888-000000000000"), "values are not echoed");
    }

    @Test
    void valuesTheRecordsRejectGiveTheirUsualViolations() {
        Map<String, Object> document = parsed(Dortmund.directory());
        row(document, "address", 0).put("postal_code", "D-44309");
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> HsdsImport.from(document));
        assertEquals(Set.of("postalCode"), paths(e));
        assertFalse(e.getMessage().contains("D-44309"));
    }

    @Test
    void aDocumentWithoutTheNetworkIsRejected() {
        Map<String, Object> document = parsed(Dortmund.directory());
        rows(document, "attribute").removeIf(a -> HsdsExport.NETWORK.equals(a.get("link_type")));
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> HsdsImport.from(document));
        assertEquals(Set.of("missing[organization (ankommen:network)].<map value>"), paths(e));
    }

    @Test
    void unparseableLibraryValuesAreMalformed() {
        Map<String, Object> document = parsed(Dortmund.directory());
        rows(document, "attribute").stream()
                .filter(a -> HsdsExport.VALID_FROM.equals(a.get("link_type"))).findFirst().orElseThrow()
                .put("value", "1.4.2016");
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> HsdsImport.from(document));
        assertEquals(1, e.getConstraintViolations().size());
        assertTrue(paths(e).iterator().next().startsWith("malformed[service_area "), paths(e).toString());
    }

    private static Set<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> document, String object) {
        return (List<Map<String, Object>>) document.get(object);
    }

    private static Map<String, Object> row(Map<String, Object> document, String object, int index) {
        return rows(document, object).get(index);
    }
}
