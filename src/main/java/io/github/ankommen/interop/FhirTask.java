package io.github.ankommen.interop;

import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A referral as an HL7 FHIR R4 {@code Task} of the SDOH Clinical Care profile
 * ({@code SDOHCC-TaskForReferralManagement}), as plain data, and the reverse for a status update
 * that comes back from the receiving organisation's system.
 *
 * <p>{@link #from(Referral)} writes the view: {@code status} (the referral's status code),
 * {@code businessStatus} (a withdrawn or expired consent, or the response deadline of a request),
 * {@code intent} ({@code order}), {@code code} ({@code fulfill}), {@code focus} (the referral, as
 * the {@code ServiceRequest} it stands for), {@code requester} (the sending contact point),
 * {@code owner} (the receiving organisation), {@code reasonCode} (the need), {@code statusReason}
 * (why it was rejected, cancelled or failed), {@code output} (the outcome of a completed referral),
 * {@code authoredOn} and {@code lastModified}. References are logical: an {@code identifier} with
 * a system of the library ({@code urn:ankommen:…}) and the library's id, so that no other FHIR
 * resource has to exist. The client, the purpose and free-text notes are left out; the outcome's
 * note, which the receiving organisation wrote itself, is the output's text.
 *
 * <p>{@link #parse(Map)} reads such a {@code Task} back into a {@link FhirTaskUpdate}, whose
 * {@link FhirTaskUpdate#toCommand} applies the SDOH status rules. This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class FhirTask {

    /** The profile of a referral's Task in the HL7 SDOH Clinical Care guide. */
    public static final String PROFILE =
            "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement";

    static final String REFERRAL = "urn:ankommen:referral";
    static final String CONTACT_POINT = "urn:ankommen:contact-point";
    static final String ORGANISATION = "urn:ankommen:organisation";
    static final String CATEGORY = "urn:ankommen:category";
    static final String REASON = "urn:ankommen:referral-reason";
    static final String OUTCOME = "urn:ankommen:referral-outcome";
    static final String BUSINESS_STATUS = "urn:ankommen:business-status";
    static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

    private FhirTask() {
    }

    /**
     * The FHIR R4 {@code Task} view of a referral.
     *
     * @param referral the referral, not null
     * @return an unmodifiable map of the Task's elements: strings, lists and maps
     * @throws NullPointerException if the referral is null
     */
    public static Map<String, Object> from(Referral referral) {
        Objects.requireNonNull(referral, "referral must not be null");
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("resourceType", "Task");
        task.put("id", referral.id().value());
        task.put("meta", Map.of("profile", List.of(PROFILE)));
        task.put("status", referral.status().code());
        if (referral.reason() != null) {
            task.put("statusReason", concept(REASON, referral.reason().name(), null));
        }
        if (referral.flag() != null) {
            String code = "consent-" + referral.flag().kind().name().toLowerCase(Locale.ROOT);
            task.put("businessStatus", concept(BUSINESS_STATUS, code, "consent " + referral.flag().kind().name()
                    .toLowerCase(Locale.ROOT) + " on " + referral.flag().at()));
        } else if (referral.status() == ReferralStatus.REQUESTED && referral.respondBy() != null) {
            task.put("businessStatus", concept(BUSINESS_STATUS, "awaiting-response",
                    "respond by " + referral.respondBy()));
        }
        task.put("intent", "order");
        task.put("code", concept(TASK_CODE, "fulfill", null));
        task.put("focus", reference("ServiceRequest", REFERRAL, referral.id().value()));
        task.put("authoredOn", referral.createdAt().toString());
        task.put("lastModified", referral.updatedAt().toString());
        task.put("requester", reference("Organization", CONTACT_POINT, referral.contactPoint().value()));
        task.put("owner", reference("Organization", ORGANISATION, referral.recipient().value()));
        task.put("reasonCode", List.of(concept(CATEGORY, referral.need().name(), null)));
        if (referral.outcome() != null) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("type", concept(OUTCOME, "outcome", null));
            output.put("valueCodeableConcept", concept(OUTCOME, referral.outcome().kind().name(),
                    referral.outcome().note()));
            task.put("output", List.of(Collections.unmodifiableMap(output)));
        }
        return Collections.unmodifiableMap(task);
    }

    /**
     * Reads a status update from a FHIR R4 {@code Task} as an application's JSON library parses it:
     * its id, status, owner, status reason and outcome. Elements the library does not read are
     * ignored; the referral's other data never changes through a Task.
     *
     * @param task the Task's elements, not null
     * @return the update
     * @throws NullPointerException if the task is null
     * @throws jakarta.validation.ConstraintViolationException if it is not a Task, or its id, status
     *     (a code of {@link ReferralStatus}), owner, status reason or outcome is missing where
     *     required or not one the library knows; each violation names the element, never its value
     */
    public static FhirTaskUpdate parse(Map<String, ?> task) {
        Objects.requireNonNull(task, "task must not be null");
        Map<String, Boolean> missing = new LinkedHashMap<>();
        Map<String, Boolean> malformed = new LinkedHashMap<>();
        if (!"Task".equals(task.get("resourceType"))) {
            malformed.put("resourceType", false);
        }
        String id = text(task.get("id"), "id", missing, malformed);
        ReferralStatus status = null;
        String code = text(task.get("status"), "status", missing, malformed);
        for (ReferralStatus s : ReferralStatus.values()) {
            if (s.code().equals(code)) {
                status = s;
            }
        }
        if (code != null && status == null) {
            malformed.put("status", false);
        }
        String owner = null;
        if (task.get("owner") instanceof Map<?, ?> reference && reference.get("identifier") instanceof Map<?, ?> identifier
                && ORGANISATION.equals(identifier.get("system"))) {
            owner = text(identifier.get("value"), "owner.identifier.value", missing, malformed);
        } else {
            missing.put("owner.identifier", false);
        }
        ReferralReason reason = null;
        if (task.get("statusReason") != null) {
            String reasonCode = coding(task.get("statusReason"), REASON, "statusReason", missing, malformed);
            reason = constant(ReferralReason.class, reasonCode, "statusReason", malformed);
        }
        ReferralOutcome outcome = null;
        if (task.get("output") instanceof List<?> outputs) {
            for (int i = 0; i < outputs.size(); i++) {
                if (outputs.get(i) instanceof Map<?, ?> output && output.get("valueCodeableConcept") instanceof Map<?, ?> value
                        && OUTCOME.equals(system(value))) {
                    String path = "output[" + i + "].valueCodeableConcept";
                    ReferralOutcome.Kind kind = constant(ReferralOutcome.Kind.class,
                            coding(value, OUTCOME, path, missing, malformed), path, malformed);
                    Object note = value.get("text");
                    if (kind != null) {
                        outcome = new ReferralOutcome(kind, note instanceof String s ? s : null);
                    }
                }
            }
        } else if (task.get("output") != null) {
            malformed.put("output", false);
        }
        // With an entry in either map, the record's constructor throws the violations.
        new InputProblems(missing, malformed, Map.of());
        return new FhirTaskUpdate(ReferralId.of(id), OrganisationId.of(owner), status, reason, outcome);
    }

    private static Map<String, Object> concept(String system, String code, String text) {
        Map<String, Object> coding = new LinkedHashMap<>();
        coding.put("system", system);
        coding.put("code", code);
        Map<String, Object> concept = new LinkedHashMap<>();
        concept.put("coding", List.of(Collections.unmodifiableMap(coding)));
        if (text != null) {
            concept.put("text", text);
        }
        return Collections.unmodifiableMap(concept);
    }

    private static Map<String, Object> reference(String type, String system, String value) {
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("system", system);
        identifier.put("value", value);
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("type", type);
        reference.put("identifier", Collections.unmodifiableMap(identifier));
        return Collections.unmodifiableMap(reference);
    }

    private static String text(Object value, String path, Map<String, Boolean> missing, Map<String, Boolean> malformed) {
        if (value == null) {
            missing.put(path, false);
            return null;
        }
        if (!(value instanceof String s)) {
            malformed.put(path, false);
            return null;
        }
        return s;
    }

    private static Object system(Map<?, ?> concept) {
        return concept.get("coding") instanceof List<?> codings && !codings.isEmpty()
                && codings.get(0) instanceof Map<?, ?> coding ? coding.get("system") : null;
    }

    /** The code of the concept's coding of a system. */
    private static String coding(Object concept, String system, String path, Map<String, Boolean> missing,
            Map<String, Boolean> malformed) {
        List<Object> codes = new ArrayList<>();
        if (concept instanceof Map<?, ?> map && map.get("coding") instanceof List<?> codings) {
            for (Object c : codings) {
                if (c instanceof Map<?, ?> coding && system.equals(coding.get("system"))) {
                    codes.add(coding.get("code"));
                }
            }
        }
        if (codes.isEmpty()) {
            missing.put(path + ".coding", false);
            return null;
        }
        return text(codes.get(0), path + ".coding.code", missing, malformed);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String code, String path,
            Map<String, Boolean> malformed) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        malformed.put(path, false);
        return null;
    }
}
