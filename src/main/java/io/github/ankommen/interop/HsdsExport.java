package io.github.ankommen.interop;

import io.github.ankommen.network.Category;
import io.github.ankommen.network.Address;
import io.github.ankommen.network.Channels;
import io.github.ankommen.network.Closure;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.Organisation;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PartnerRole;
import io.github.ankommen.network.RolloutPhase;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.SlotKind;
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.WeeklySlot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Exports a directory as Open Referral HSDS 3.0 data: one list of rows per HSDS object
 * ({@code organization}, {@code service}, {@code location}, {@code address}, {@code phone},
 * {@code contact}, {@code schedule}, {@code service_area}, {@code service_at_location},
 * {@code language}, {@code taxonomy}, {@code taxonomy_term}, {@code attribute}), each row a map from
 * the HSDS field names to strings, as in HSDS's tabular form: rows refer to each other by the
 * {@code *_id} fields.
 *
 * <p>Ids are name-based UUIDs (version 5) derived from the library's ids, so a second export of the
 * same directory gives the same ids. What HSDS has no field for (the network, rollout phases, the
 * status history, partners' roles, capacity and the like) is carried in {@code attribute} rows whose
 * {@code link_type} starts with {@code ankommen:}, so that {@link HsdsImport} gives back an equal
 * directory. {@code docs/interop.md} lists the mapping field by field.
 *
 * <p>The result contains the names of the team members of each contact point (as HSDS contacts),
 * which is what a site publishes as its contact persons. It is plain data: serialise it with any JSON
 * library. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HsdsExport {

    /** The HSDS objects of an export, in the order in which it lists them. */
    static final List<String> TABLES = List.of("organization", "service", "location", "address", "phone", "contact",
            "schedule", "service_area", "service_at_location", "language", "taxonomy", "taxonomy_term", "attribute");

    static final String NETWORK = "ankommen:network";
    static final String ZONE = "ankommen:zone";
    static final String DISTRICT = "ankommen:district";
    static final String ORGANISATION = "ankommen:organisation";
    static final String ORGANISATION_NAME = "ankommen:organisation-name";
    static final String ORGANISATION_TYPE = "ankommen:organisation-type";
    static final String CONTACT_POINT = "ankommen:contact-point";
    static final String PHASE = "ankommen:phase";
    static final String YEAR = "ankommen:year";
    static final String PHASE_STATUS = "ankommen:phase-status";
    static final String STATUS_CHANGE = "ankommen:status-change";
    static final String PARTNER = "ankommen:partner";
    static final String TEAM_MEMBER = "ankommen:team-member";
    static final String LANGUAGE = "ankommen:language";
    static final String VALID_FROM = "ankommen:valid-from";
    static final String VALID_TO = "ankommen:valid-to";
    static final String CLOSURE = "ankommen:closure";
    static final String OFFER = "ankommen:offer";
    static final String CATEGORY = "ankommen:category";
    static final String CAPACITY = "ankommen:capacity";
    static final String CAPACITY_NOTE = "ankommen:capacity-note";
    static final String WEB = "ankommen:web";

    /** The library's attribute types, each a term of the taxonomy {@link #ATTRIBUTES_TAXONOMY}. */
    static final List<String> ATTRIBUTE_TYPES = List.of(NETWORK, ZONE, DISTRICT, ORGANISATION, ORGANISATION_NAME,
            ORGANISATION_TYPE, CONTACT_POINT, PHASE, YEAR, PHASE_STATUS, STATUS_CHANGE, PARTNER, TEAM_MEMBER, LANGUAGE,
            VALID_FROM, VALID_TO, CLOSURE, OFFER, CATEGORY, CAPACITY, CAPACITY_NOTE, WEB);

    static final String ATTRIBUTES_TAXONOMY = "ankommen-attributes";
    static final String CATEGORIES_TAXONOMY = "ankommen-categories";
    static final String PHASES_TAXONOMY = "ankommen-phases";

    /** HSDS {@code attending_type} of a weekly slot, by kind. */
    static final String WALK_IN = "walk-in";
    static final String APPOINTMENT_ONLY = "appointment only";

    /** Separates the parts of a compound attribute value; the last part may contain it. */
    static final String SEPARATOR = "|";

    private HsdsExport() {
    }

    /**
     * Exports a directory as HSDS 3.0 rows.
     *
     * @param directory the directory, not null
     * @param stateProvince the state of all addresses, which HSDS requires and the library does not
     *     record, for example "Nordrhein-Westfalen"; not blank
     * @return an unmodifiable map from each HSDS object name (in the order of the class comment) to
     *     its rows; each row an unmodifiable map from HSDS field names to strings, without absent fields
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the state is blank
     */
    public static Map<String, List<Map<String, Object>>> from(Directory directory, String stateProvince) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(stateProvince, "stateProvince must not be null");
        if (stateProvince.isBlank()) {
            throw new IllegalArgumentException("stateProvince must not be blank");
        }
        return new Writer(stateProvince).write(directory);
    }

    /** The UUID of the network's organization. */
    static UUID networkUuid(String networkId) {
        return NameBasedUuid.of("network", networkId);
    }

    /** Collects the rows of one export. */
    private static final class Writer {

        private final String stateProvince;
        private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        private final Map<String, Organisation> organisations = new LinkedHashMap<>();

        Writer(String stateProvince) {
            this.stateProvince = stateProvince;
            TABLES.forEach(t -> tables.put(t, new ArrayList<>()));
        }

        Map<String, List<Map<String, Object>>> write(Directory directory) {
            taxonomies(directory);
            String network = directory.network().id().value();
            UUID networkOrg = networkUuid(network);
            row("organization", networkOrg, "name", directory.network().name(),
                    "description", "Welcome network of contact points for newly arrived refugees");
            attribute(networkOrg, "organization", NETWORK, network);
            attribute(networkOrg, "organization", ZONE, directory.network().zone().getId());
            sorted(directory.network().districts()).forEach(d -> attribute(networkOrg, "organization", DISTRICT, d));
            directory.offers().forEach(o -> organisation(o.organisation()));
            for (ContactPoint cp : directory.contactPoints()) {
                for (Partner p : cp.partners()) {
                    if (!organisations.containsKey(p.organisation().value())) {
                        organisations.put(p.organisation().value(), null);
                        UUID org = NameBasedUuid.of("organisation", p.organisation().value());
                        row("organization", org, "name", p.name(), "description", "Partner organisation");
                        attribute(org, "organization", ORGANISATION, p.organisation().value());
                    }
                }
            }
            directory.contactPoints().forEach(cp -> contactPoint(cp, networkOrg));
            directory.offers().forEach(this::offer);
            Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
            tables.forEach((k, v) -> result.put(k, Collections.unmodifiableList(v)));
            return Collections.unmodifiableMap(result);
        }

        private void taxonomies(Directory directory) {
            UUID attributes = NameBasedUuid.of("taxonomy", ATTRIBUTES_TAXONOMY);
            row("taxonomy", attributes, "name", ATTRIBUTES_TAXONOMY,
                    "description", "The ankommen library's attribute types, for what HSDS has no field for");
            for (String type : ATTRIBUTE_TYPES) {
                row("taxonomy_term", term(type), "code", type, "name", type,
                        "description", "ankommen attribute " + type, "taxonomy_id", attributes.toString());
            }
            UUID categories = NameBasedUuid.of("taxonomy", CATEGORIES_TAXONOMY);
            row("taxonomy", categories, "name", CATEGORIES_TAXONOMY, "description", "The categories of offers");
            for (Category category : Category.values()) {
                row("taxonomy_term", NameBasedUuid.of("category", category.name()), "code", category.name(),
                        "name", label(category.name()), "description", "Offers of the category " + label(category.name()),
                        "taxonomy_id", categories.toString());
            }
            UUID phases = NameBasedUuid.of("taxonomy", PHASES_TAXONOMY);
            row("taxonomy", phases, "name", PHASES_TAXONOMY, "description", "The rollout phases of the network");
            for (RolloutPhase phase : directory.network().phases()) {
                UUID id = NameBasedUuid.of("phase", phase.id().value());
                row("taxonomy_term", id, "code", phase.id().value(), "name", phase.name(),
                        "description", "Rollout phase of " + phase.year(), "taxonomy_id", phases.toString());
                attribute(id, "taxonomy_term", YEAR, phase.year().toString());
                attribute(id, "taxonomy_term", PHASE_STATUS, phase.status().name());
                sorted(phase.districts()).forEach(d -> attribute(id, "taxonomy_term", DISTRICT, d));
            }
        }

        private void organisation(Organisation organisation) {
            if (organisations.containsKey(organisation.id().value())) {
                return;
            }
            organisations.put(organisation.id().value(), organisation);
            UUID org = NameBasedUuid.of("organisation", organisation.id().value());
            row("organization", org, "name", organisation.name(), "description", label(organisation.type().name()));
            attribute(org, "organization", ORGANISATION, organisation.id().value());
            attribute(org, "organization", ORGANISATION_TYPE, organisation.type().name());
        }

        private void contactPoint(ContactPoint cp, UUID networkOrg) {
            String id = cp.id().value();
            UUID location = NameBasedUuid.of("location", id);
            row("location", location, "location_type", "physical", "name", cp.name(),
                    "organization_id", networkOrg.toString());
            attribute(location, "location", CONTACT_POINT, id);
            address(location, NameBasedUuid.of("address", id), cp.address());
            for (TeamMember member : cp.team().members()) {
                UUID contact = NameBasedUuid.of("team-member", id + "/" + member.id().value());
                row("contact", contact, "location_id", location.toString(), "name", member.displayName(),
                        "title", member.role().name().toLowerCase(Locale.ROOT));
                attribute(contact, "contact", TEAM_MEMBER, member.id().value());
                codes(member.languages()).forEach(l -> attribute(contact, "contact", LANGUAGE, l));
            }
            int n = 0;
            for (WeeklySlot slot : cp.openingHours().weeklySlots()) {
                row("schedule", NameBasedUuid.of("schedule", id + "/" + n++), "location_id", location.toString(),
                        "freq", "WEEKLY", "byday", slot.day().name().substring(0, 2), "opens_at", slot.opens().toString(),
                        "closes_at", slot.closes().toString(),
                        "attending_type", slot.kind() == SlotKind.OPEN ? WALK_IN : APPOINTMENT_ONLY);
            }
            for (Closure closure : cp.openingHours().closures()) {
                UUID schedule = NameBasedUuid.of("schedule", id + "/" + n++);
                row("schedule", schedule, "location_id", location.toString(),
                        "valid_from", closure.period().start().toString(),
                        "valid_to", closure.period().end() == null ? null : closure.period().end().toString(),
                        "description", "closed", "notes", closure.reason());
                attribute(schedule, "schedule", CLOSURE, closure.kind().name());
            }
            UUID service = NameBasedUuid.of("advice", id);
            Partner operator = cp.partners().stream().filter(p -> p.role() == PartnerRole.OPERATOR).findFirst()
                    .orElse(cp.partners().get(0));
            row("service", service, "organization_id", NameBasedUuid.of("organisation", operator.organisation().value())
                    .toString(), "name", cp.name(), "description", "Advice for newly arrived refugees",
                    "status", status(cp.status()), "email", cp.channels().email(),
                    "url", cp.channels().web() == null ? null : cp.channels().web().toString());
            attribute(service, "service", CONTACT_POINT, id);
            attribute(service, "service", PHASE, cp.phase().value());
            for (StatusChange change : cp.statusHistory()) {
                attribute(service, "service", STATUS_CHANGE,
                        change.status().name() + SEPARATOR + change.date() + SEPARATOR + change.reason());
            }
            for (Partner p : cp.partners()) {
                attribute(service, "service", PARTNER, p.organisation().value() + SEPARATOR + p.role().name()
                        + SEPARATOR + p.status().name() + SEPARATOR + p.name());
            }
            phone(cp.channels(), "service_id", service, "advice-phone", id);
            languages(service, cp.languages());
            n = 0;
            for (ServedDistrict served : cp.districts()) {
                UUID area = NameBasedUuid.of("service-area", id + "/" + n++);
                row("service_area", area, "service_id", service.toString(), "name", served.district().name(),
                        "extent_type", "text");
                attribute(area, "service_area", VALID_FROM, served.validity().start().toString());
                if (served.validity().end() != null) {
                    attribute(area, "service_area", VALID_TO, served.validity().end().toString());
                }
            }
            row("service_at_location", NameBasedUuid.of("service-at-location", id), "service_id", service.toString(),
                    "location_id", location.toString());
        }

        private void offer(Offer offer) {
            String id = offer.id().value();
            UUID service = NameBasedUuid.of("offer", id);
            row("service", service, "organization_id",
                    NameBasedUuid.of("organisation", offer.organisation().id().value()).toString(),
                    "name", offer.name(), "status", "active", "eligibility_description", offer.eligibility());
            attribute(service, "service", OFFER, id);
            Organisation listed = organisations.get(offer.organisation().id().value());
            if (!offer.organisation().equals(listed)) {
                attribute(service, "service", ORGANISATION_NAME, offer.organisation().name());
                attribute(service, "service", ORGANISATION_TYPE, offer.organisation().type().name());
            }
            attribute(service, "service", CATEGORY, offer.category().name(),
                    NameBasedUuid.of("category", offer.category().name()));
            attribute(service, "service", CAPACITY, offer.capacity().status().name());
            if (offer.capacity().note() != null) {
                attribute(service, "service", CAPACITY_NOTE, offer.capacity().note());
            }
            languages(service, offer.languages());
            for (String district : sorted(offer.districts())) {
                row("service_area", NameBasedUuid.of("offer-area", id + "/" + district), "service_id", service.toString(),
                        "name", district, "extent_type", "text");
            }
            if (offer.location() != null) {
                UUID location = NameBasedUuid.of("offer-location", id);
                row("location", location, "location_type", "physical", "name", offer.name(),
                        "organization_id", NameBasedUuid.of("organisation", offer.organisation().id().value()).toString());
                attribute(location, "location", OFFER, id);
                address(location, NameBasedUuid.of("offer-address", id), offer.location());
                row("service_at_location", NameBasedUuid.of("offer-at-location", id), "service_id", service.toString(),
                        "location_id", location.toString());
            }
            UUID contact = NameBasedUuid.of("referral-contact", id);
            Channels channels = offer.howToRefer().channels();
            row("contact", contact, "service_id", service.toString(), "name", offer.howToRefer().contactPerson(),
                    "title", "referrals", "email", channels == null ? null : channels.email());
            if (channels != null) {
                phone(channels, "contact_id", contact, "referral-phone", id);
                if (channels.web() != null) {
                    attribute(contact, "contact", WEB, channels.web().toString());
                }
            }
        }

        private void address(UUID location, UUID id, Address address) {
            row("address", id, "location_id", location.toString(), "address_1", address.street(), "city", address.city(),
                    "state_province", stateProvince, "postal_code", address.postalCode(), "country", "DE",
                    "address_type", "physical");
        }

        private void phone(Channels channels, String link, UUID owner, String kind, String id) {
            if (channels.phone() != null) {
                row("phone", NameBasedUuid.of(kind, id), link, owner.toString(), "number", channels.phone(),
                        "type", "voice");
            }
        }

        private void languages(UUID service, Set<Language> languages) {
            for (String code : codes(languages)) {
                row("language", NameBasedUuid.of("language", service + "/" + code),
                        "service_id", service.toString(), "name", name(code), "code", code);
            }
        }

        private void attribute(UUID link, String entity, String type, String value) {
            attribute(link, entity, type, value, term(type));
        }

        private void attribute(UUID link, String entity, String type, String value, UUID term) {
            row("attribute", NameBasedUuid.of("attribute", link + "/" + type + "/" + value), "link_id", link.toString(),
                    "link_entity", entity, "link_type", type, "taxonomy_term_id", term.toString(), "value", value);
        }

        /** Adds a row with an id and pairs of field name and value; null values are left out. */
        private void row(String table, UUID id, String... fields) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id.toString());
            for (int i = 0; i < fields.length; i += 2) {
                if (fields[i + 1] != null) {
                    row.put(fields[i], fields[i + 1]);
                }
            }
            tables.get(table).add(Collections.unmodifiableMap(row));
        }
    }

    /** The UUID of the taxonomy term of one of the library's attribute types. */
    static UUID term(String type) {
        return NameBasedUuid.of("attribute-type", type);
    }

    /** The HSDS service status of a contact point's status. */
    static String status(ContactPointStatus status) {
        return switch (status) {
            case PLANNED, PREPARING -> "inactive";
            case OPEN -> "active";
            case TEMPORARILY_CLOSED -> "temporarily closed";
            case CLOSED -> "defunct";
        };
    }

    private static String label(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** District names in a fixed order, so that every run writes the same document. */
    private static List<String> sorted(Set<District> districts) {
        return districts.stream().map(District::name).sorted().toList();
    }

    private static List<String> codes(Set<Language> languages) {
        return languages.stream().map(Language::code).sorted().toList();
    }
}
