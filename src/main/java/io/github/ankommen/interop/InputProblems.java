package io.github.ankommen.interop;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * What is wrong with an HSDS document or a FHIR {@code Task}, as a record that Hibernate Validator
 * reports: each key names an object, its id or position, and a field (for example
 * {@code service 3f7b….status}), never a value, so that a violation never carries personal data. Every entry is false; the map's value
 * constraint turns each into a violation of the path {@code missing[key]}, {@code malformed[key]}
 * or {@code dangling[key]}.
 *
 * @param missing required fields that are absent
 * @param malformed fields of the wrong type or form
 * @param dangling references to no object of the document
 */
record InputProblems(
        @NotNull Map<String, @AssertTrue(message = "{io.github.ankommen.interop.InputProblems.missing.message}") Boolean> missing,
        @NotNull Map<String, @AssertTrue(message = "{io.github.ankommen.interop.InputProblems.malformed.message}") Boolean> malformed,
        @NotNull Map<String, @AssertTrue(message = "{io.github.ankommen.interop.InputProblems.dangling.message}") Boolean> dangling) {

    InputProblems(Map<String, Boolean> missing, Map<String, Boolean> malformed, Map<String, Boolean> dangling) {
        this.missing = FrozenCollections.copyOf(missing);
        this.malformed = FrozenCollections.copyOf(malformed);
        this.dangling = FrozenCollections.copyOf(dangling);
        RecordValidation.valid(this);
    }
}
