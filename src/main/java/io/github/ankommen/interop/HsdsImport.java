package io.github.ankommen.interop;

import static io.github.ankommen.interop.HsdsExport.APPOINTMENT_ONLY;
import static io.github.ankommen.interop.HsdsExport.ATTRIBUTES_TAXONOMY;
import static io.github.ankommen.interop.HsdsExport.CAPACITY;
import static io.github.ankommen.interop.HsdsExport.CAPACITY_NOTE;
import static io.github.ankommen.interop.HsdsExport.CATEGORIES_TAXONOMY;
import static io.github.ankommen.interop.HsdsExport.CATEGORY;
import static io.github.ankommen.interop.HsdsExport.CLOSURE;
import static io.github.ankommen.interop.HsdsExport.CONTACT_POINT;
import static io.github.ankommen.interop.HsdsExport.DISTRICT;
import static io.github.ankommen.interop.HsdsExport.LANGUAGE;
import static io.github.ankommen.interop.HsdsExport.NETWORK;
import static io.github.ankommen.interop.HsdsExport.OFFER;
import static io.github.ankommen.interop.HsdsExport.ORGANISATION;
import static io.github.ankommen.interop.HsdsExport.ORGANISATION_NAME;
import static io.github.ankommen.interop.HsdsExport.ORGANISATION_TYPE;
import static io.github.ankommen.interop.HsdsExport.PARTNER;
import static io.github.ankommen.interop.HsdsExport.PHASE;
import static io.github.ankommen.interop.HsdsExport.PHASES_TAXONOMY;
import static io.github.ankommen.interop.HsdsExport.PHASE_STATUS;
import static io.github.ankommen.interop.HsdsExport.SEPARATOR;
import static io.github.ankommen.interop.HsdsExport.STATUS_CHANGE;
import static io.github.ankommen.interop.HsdsExport.TEAM_MEMBER;
import static io.github.ankommen.interop.HsdsExport.VALID_FROM;
import static io.github.ankommen.interop.HsdsExport.VALID_TO;
import static io.github.ankommen.interop.HsdsExport.WALK_IN;
import static io.github.ankommen.interop.HsdsExport.WEB;
import static io.github.ankommen.interop.HsdsExport.YEAR;
import static io.github.ankommen.interop.HsdsExport.ZONE;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Address;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Channels;
import io.github.ankommen.network.Closure;
import io.github.ankommen.network.ClosureKind;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.Organisation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.OrganisationType;
import io.github.ankommen.network.Partner;
import io.github.ankommen.network.PartnerRole;
import io.github.ankommen.network.PartnershipStatus;
import io.github.ankommen.network.PhaseId;
import io.github.ankommen.network.PhaseStatus;
import io.github.ankommen.network.ReferralChannel;
import io.github.ankommen.network.RolloutPhase;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.SlotKind;
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.Team;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.TeamRole;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.network.WeeklySlot;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Imports a directory from Open Referral HSDS 3.0 data in the shape {@link HsdsExport} writes: a map
 * from HSDS object names to lists of rows, each row a map from HSDS field names to values, as an
 * application's JSON library parses them. {@code HsdsImport.from(HsdsExport.from(directory, state))}
 * gives a directory equal to {@code directory}.
 *
 * <p>What the library cannot represent is never dropped silently: every object the import did not
 * use, and every non-empty field of a used object that it did not read, is listed in
 * {@link Result#omissions()}. The import reads the contact points, offers, network and phases that
 * carry the library's {@code ankommen:} attributes; other services and locations are listed as
 * omissions.
 *
 * <p>Invalid input is rejected with a {@link jakarta.validation.ConstraintViolationException}: a
 * document whose rows lack the fields HSDS requires, whose ids are not UUIDs or whose references
 * name no row reports each such field by object, id and field name (never by value); a value the
 * library's records reject (a postal code that is not five digits, say) reports that record's
 * violations. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HsdsImport {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The fields HSDS 3.0's schemas require, by object, besides {@code id}. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "organization", List.of("name", "description"),
            "service", List.of("name", "status"),
            "location", List.of("location_type"),
            "address", List.of("address_1", "city", "state_province", "postal_code", "country", "address_type"),
            "phone", List.of("number"),
            "taxonomy", List.of("name", "description"),
            "taxonomy_term", List.of("name", "description"));

    /** The fields whose values HSDS 3.0 enumerates. */
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "service.status", Set.of("active", "inactive", "defunct", "temporarily closed"),
            "location.location_type", Set.of("physical", "postal", "virtual"),
            "address.address_type", Set.of("physical", "postal", "virtual"),
            "schedule.freq", Set.of("WEEKLY", "MONTHLY"),
            "schedule.wkst", Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"));

    /** The fields whose HSDS type is a number; every other scalar field is a string. */
    private static final Set<String> NUMBERS = Set.of("latitude", "longitude", "extension", "timezone", "count",
            "interval", "year_incorporated", "minimum_age", "maximum_age", "amount");

    /** The reference fields, and the object each names. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("organization_id", "organization"), Map.entry("service_id", "service"),
            Map.entry("location_id", "location"), Map.entry("contact_id", "contact"),
            Map.entry("service_at_location_id", "service_at_location"), Map.entry("taxonomy_id", "taxonomy"),
            Map.entry("taxonomy_term_id", "taxonomy_term"), Map.entry("parent_id", "taxonomy_term"));

    private HsdsImport() {
    }

    /**
     * The result of an import: the directory, and what the library could not represent.
     *
     * @param directory the imported directory, not null
     * @param omissions every object and field of the document that the directory does not hold, in
     *     document order; not null, no nulls
     * @since 0.1.0
     */
    public record Result(@NotNull Directory directory, @NotNull List<@NotNull Omission> omissions) {

        /**
         * Creates a result.
         *
         * @param directory the directory, not null
         * @param omissions not null, no nulls
         * @throws jakarta.validation.ConstraintViolationException if a component is null
         */
        public Result(Directory directory, List<Omission> omissions) {
            this.directory = directory;
            this.omissions = FrozenCollections.copyOf(omissions);
            RecordValidation.valid(this);
        }
    }

    /**
     * One thing of an HSDS document that the imported directory does not hold.
     *
     * @param object the HSDS object name, for example {@code "service"}; not blank
     * @param id the object's id as the document gives it, or its position ({@code "#3"}) if it has
     *     none; not blank
     * @param field the field that was not read, or null if the whole object was not used
     * @param reason why, in English; not blank
     * @since 0.1.0
     */
    public record Omission(@NotBlank String object, @NotBlank String id, String field, @NotBlank String reason) {

        /**
         * Creates an omission.
         *
         * @param object the HSDS object name, not blank
         * @param id its id or position, not blank
         * @param field the field, or null for the whole object
         * @param reason why, not blank
         * @throws jakarta.validation.ConstraintViolationException if a component is blank
         */
        public Omission(String object, String id, String field, String reason) {
            this.object = object;
            this.id = id;
            this.field = field;
            this.reason = reason;
            RecordValidation.valid(this);
        }
    }

    /**
     * Imports a directory.
     *
     * @param document HSDS objects by name, each a list of rows (maps from field names to values), not null
     * @return the directory and the omissions
     * @throws NullPointerException if the document is null
     * @throws jakarta.validation.ConstraintViolationException if the document is not valid HSDS in
     *     the fields the import reads, lacks the network, or describes a directory the library's
     *     records reject
     * @throws io.github.ankommen.network.DistrictConflictException if two contact points serve a
     *     district on the same day
     */
    public static Result from(Map<String, ?> document) {
        Objects.requireNonNull(document, "document must not be null");
        return new Reader(document).read();
    }

    /** One row of the document, and which of its fields the import has read. */
    private static final class Row {

        final String object;
        final String id;
        final Map<?, ?> fields;
        final Set<String> read = new HashSet<>();
        boolean used;

        Row(String object, String id, Map<?, ?> fields) {
            this.object = object;
            this.id = id;
            this.fields = fields;
        }

        /** A text field, marking it and the row as read; null if absent. */
        String text(String field) {
            used = true;
            read.add(field);
            Object value = fields.get(field);
            return value instanceof String s ? s : null;
        }

        /** Marks fields as read whose content the directory holds in another form. */
        void known(String... names) {
            used = true;
            read.addAll(List.of(names));
        }
    }

    /** Reads one document. */
    private static final class Reader {

        private final Map<String, ?> document;
        private final Map<String, List<Row>> tables = new LinkedHashMap<>();
        private final Map<String, Row> byId = new HashMap<>();
        private final Map<String, List<Row>> attributes = new HashMap<>();
        private final Map<String, Boolean> missing = new LinkedHashMap<>();
        private final Map<String, Boolean> malformed = new LinkedHashMap<>();
        private final Map<String, Boolean> dangling = new LinkedHashMap<>();

        Reader(Map<String, ?> document) {
            this.document = document;
        }

        Result read() {
            load();
            rejectIfAny();
            List<Row> networks = withAttribute("organization", NETWORK);
            if (networks.size() != 1) {
                missing.put("organization (" + NETWORK + ")", false);
                throw reject();
            }
            Network network = network(networks.get(0));
            Map<String, Organisation> organisations = organisations();
            List<ContactPoint> contactPoints = new ArrayList<>();
            for (Row location : withAttribute("location", CONTACT_POINT)) {
                contactPoints.add(contactPoint(location, network));
            }
            List<Offer> offers = new ArrayList<>();
            for (Row service : withAttribute("service", OFFER)) {
                offers.add(offer(service, organisations));
            }
            ours("taxonomy", "taxonomy_term");
            Directory directory = new Directory(network, contactPoints, offers);
            return new Result(directory, omissions());
        }

        /** Indexes the rows and checks ids, required fields, enumerations and references. */
        private void load() {
            for (Map.Entry<String, ?> entry : document.entrySet()) {
                String object = String.valueOf(entry.getKey());
                List<Row> rows = new ArrayList<>();
                tables.put(object, rows);
                if (!(entry.getValue() instanceof List<?> list)) {
                    malformed.put(object, false);
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    if (!(list.get(i) instanceof Map<?, ?> fields)) {
                        malformed.put(object + " #" + i, false);
                        continue;
                    }
                    Object id = fields.get("id");
                    String key = id instanceof String s && UUID_FORM.matcher(s).matches() ? s : null;
                    if (key == null) {
                        (id == null ? missing : malformed).put(object + " #" + i + ".id", false);
                        continue;
                    }
                    Row row = new Row(object, key, fields);
                    if (byId.put(object + "/" + key.toLowerCase(Locale.ROOT), row) != null) {
                        malformed.put(object + " " + key + ".id (twice)", false);
                    }
                    rows.add(row);
                }
            }
            for (List<Row> rows : tables.values()) {
                for (Row row : rows) {
                    checkFields(row);
                }
            }
            for (Row attribute : tables.getOrDefault("attribute", List.of())) {
                Object link = attribute.fields.get("link_id");
                Object entity = attribute.fields.get("link_entity");
                if (link instanceof String l && entity instanceof String e) {
                    if (byId.containsKey(e + "/" + l.toLowerCase(Locale.ROOT))) {
                        attributes.computeIfAbsent(l.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(attribute);
                    } else {
                        dangling.put("attribute " + attribute.id + ".link_id", false);
                    }
                }
            }
        }

        private void checkFields(Row row) {
            for (String field : REQUIRED.getOrDefault(row.object, List.of())) {
                if (!(row.fields.get(field) instanceof String s) || s.isBlank()) {
                    (row.fields.get(field) == null ? missing : malformed).put(name(row, field), false);
                }
            }
            for (Map.Entry<?, ?> field : row.fields.entrySet()) {
                String name = String.valueOf(field.getKey());
                Object value = field.getValue();
                if ((value instanceof Number || value instanceof Boolean) && !NUMBERS.contains(name)) {
                    malformed.put(name(row, name), false);
                }
                Set<String> allowed = ENUMS.get(row.object + "." + name);
                if (allowed != null && value != null && !allowed.contains(value)) {
                    malformed.put(name(row, name), false);
                }
                String target = REFERENCES.get(name);
                if (target != null && value != null) {
                    if (!(value instanceof String s) || !UUID_FORM.matcher(s).matches()) {
                        malformed.put(name(row, name), false);
                    } else if (!byId.containsKey(target + "/" + s.toLowerCase(Locale.ROOT))) {
                        dangling.put(name(row, name), false);
                    }
                }
            }
        }

        private static String name(Row row, String field) {
            return row.object + " " + row.id + "." + field;
        }

        /** Throws the violations collected so far, if there are any. */
        private void rejectIfAny() {
            // The record validates itself: with any entry, its constructor throws the violations.
            new InputProblems(missing, malformed, dangling);
        }

        /** Throws the violations collected so far; call it after collecting at least one. */
        private IllegalStateException reject() {
            rejectIfAny();
            return new IllegalStateException("no violation collected");
        }

        private Network network(Row org) {
            String id = single(org, NETWORK);
            String zone = single(org, ZONE);
            ZoneId zoneId = parse(org, ZONE, zone, ZoneId::of);
            Set<District> districts = new LinkedHashSet<>();
            values(org, DISTRICT).forEach(d -> districts.add(District.of(d)));
            String name = org.text("name");
            org.known("description");
            List<RolloutPhase> phases = new ArrayList<>();
            for (Row term : terms(PHASES_TAXONOMY)) {
                Set<District> phaseDistricts = new LinkedHashSet<>();
                values(term, DISTRICT).forEach(d -> phaseDistricts.add(District.of(d)));
                phases.add(new RolloutPhase(PhaseId.of(term.text("code")), term.text("name"),
                        parse(term, YEAR, single(term, YEAR), Year::parse), phaseDistricts,
                        parse(term, PHASE_STATUS, single(term, PHASE_STATUS), PhaseStatus::valueOf)));
                term.known("description", "taxonomy_id");
            }
            return new Network(NetworkId.of(id), name, zoneId, districts, phases);
        }

        private Map<String, Organisation> organisations() {
            Map<String, Organisation> organisations = new HashMap<>();
            for (Row org : withAttribute("organization", ORGANISATION)) {
                String id = single(org, ORGANISATION);
                String type = optional(org, ORGANISATION_TYPE);
                org.known("description");
                String name = org.text("name");
                organisations.put(org.id.toLowerCase(Locale.ROOT), type == null ? null
                        : new Organisation(OrganisationId.of(id), name,
                                parse(org, ORGANISATION_TYPE, type, OrganisationType::valueOf)));
            }
            return organisations;
        }

        private ContactPoint contactPoint(Row location, Network network) {
            String id = single(location, CONTACT_POINT);
            location.known("location_type", "organization_id");
            Row service = null;
            for (Row link : linked("service_at_location", "location_id", location)) {
                Row candidate = byId.get("service/" + lower(link.fields.get("service_id")));
                if (candidate != null && id.equals(optional(candidate, CONTACT_POINT))) {
                    link.known("service_id", "location_id");
                    service = candidate;
                }
            }
            if (service == null) {
                missing.put("service_at_location (" + CONTACT_POINT + " " + id + ")", false);
                throw reject();
            }
            service.known("name", "description", "status", "organization_id");
            List<Row> addresses = linked("address", "location_id", location);
            if (addresses.isEmpty()) {
                missing.put(name(location, "addresses"), false);
                throw reject();
            }
            Address address = address(addresses.get(0));
            Channels channels = new Channels(phone(linked("phone", "service_id", service)), service.text("email"),
                    uri(service, "url", service.text("url")));
            List<ServedDistrict> districts = new ArrayList<>();
            for (Row area : linked("service_area", "service_id", service)) {
                area.known("service_id", "extent_type");
                String end = optional(area, VALID_TO);
                districts.add(new ServedDistrict(District.of(area.text("name")), new ValidityPeriod(
                        parse(area, VALID_FROM, single(area, VALID_FROM), LocalDate::parse),
                        end == null ? null : parse(area, VALID_TO, end, LocalDate::parse))));
            }
            List<Partner> partners = new ArrayList<>();
            for (String value : values(service, PARTNER)) {
                String[] parts = value.split(Pattern.quote(SEPARATOR), 4);
                if (parts.length != 4) {
                    malformed.put(name(service, PARTNER), false);
                    throw reject();
                }
                partners.add(new Partner(OrganisationId.of(parts[0]), parts[3],
                        parse(service, PARTNER, parts[1], PartnerRole::valueOf),
                        parse(service, PARTNER, parts[2], PartnershipStatus::valueOf)));
            }
            List<TeamMember> members = new ArrayList<>();
            for (Row contact : linked("contact", "location_id", location)) {
                contact.known("location_id");
                Set<Language> languages = new LinkedHashSet<>();
                values(contact, LANGUAGE).forEach(l -> languages.add(Language.of(l)));
                members.add(new TeamMember(TeamMemberId.of(single(contact, TEAM_MEMBER)), contact.text("name"),
                        parse(contact, "title", contact.text("title"), t -> TeamRole.valueOf(t.toUpperCase(Locale.ROOT))),
                        languages));
            }
            List<WeeklySlot> slots = new ArrayList<>();
            List<Closure> closures = new ArrayList<>();
            for (Row schedule : linked("schedule", "location_id", location)) {
                schedule.known("location_id");
                String kind = optional(schedule, CLOSURE);
                if (kind != null) {
                    schedule.known("description");
                    String end = schedule.text("valid_to");
                    closures.add(new Closure(new ValidityPeriod(
                            parse(schedule, "valid_from", schedule.text("valid_from"), LocalDate::parse),
                            end == null ? null : parse(schedule, "valid_to", end, LocalDate::parse)),
                            parse(schedule, CLOSURE, kind, ClosureKind::valueOf), schedule.text("notes")));
                } else {
                    slots.add(slot(schedule));
                }
            }
            List<StatusChange> history = new ArrayList<>();
            for (String value : values(service, STATUS_CHANGE)) {
                String[] parts = value.split(Pattern.quote(SEPARATOR), 3);
                if (parts.length != 3) {
                    malformed.put(name(service, STATUS_CHANGE), false);
                    throw reject();
                }
                history.add(new StatusChange(parse(service, STATUS_CHANGE, parts[0], ContactPointStatus::valueOf),
                        parse(service, STATUS_CHANGE, parts[1], LocalDate::parse), parts[2]));
            }
            Set<Language> languages = new LinkedHashSet<>();
            for (Row language : linked("language", "service_id", service)) {
                language.known("service_id", "name");
                languages.add(Language.of(language.text("code")));
            }
            return new ContactPoint(ContactPointId.of(id), location.text("name"), address, channels, districts,
                    partners, new Team(members), languages, new OpeningHours(network.zone(), slots, closures),
                    history, PhaseId.of(single(service, PHASE)));
        }

        private WeeklySlot slot(Row schedule) {
            String freq = schedule.text("freq");
            String day = schedule.text("byday");
            DayOfWeek dayOfWeek = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().substring(0, 2).equals(day)) {
                    dayOfWeek = d;
                }
            }
            String attending = schedule.text("attending_type");
            if (!"WEEKLY".equals(freq) || dayOfWeek == null
                    || !(WALK_IN.equals(attending) || APPOINTMENT_ONLY.equals(attending))) {
                malformed.put(name(schedule, "freq/byday/attending_type"), false);
                throw reject();
            }
            return new WeeklySlot(dayOfWeek, parse(schedule, "opens_at", schedule.text("opens_at"), LocalTime::parse),
                    parse(schedule, "closes_at", schedule.text("closes_at"), LocalTime::parse),
                    WALK_IN.equals(attending) ? SlotKind.OPEN : SlotKind.APPOINTMENT_ONLY);
        }

        private Offer offer(Row service, Map<String, Organisation> organisations) {
            String id = single(service, OFFER);
            service.known("status");
            Organisation organisation = organisations.get(lower(service.text("organization_id")));
            String name = optional(service, ORGANISATION_NAME);
            if (name != null) {
                organisation = new Organisation(OrganisationId.of(organisation == null
                        ? single(byId.get("organization/" + lower(service.fields.get("organization_id"))), ORGANISATION)
                        : organisation.id().value()), name,
                        parse(service, ORGANISATION_TYPE, single(service, ORGANISATION_TYPE), OrganisationType::valueOf));
            }
            String capacityNote = optional(service, CAPACITY_NOTE);
            Set<Language> languages = new LinkedHashSet<>();
            for (Row language : linked("language", "service_id", service)) {
                language.known("service_id", "name");
                languages.add(Language.of(language.text("code")));
            }
            Set<District> districts = new LinkedHashSet<>();
            for (Row area : linked("service_area", "service_id", service)) {
                area.known("service_id", "extent_type");
                districts.add(District.of(area.text("name")));
            }
            ReferralChannel howToRefer = null;
            List<Row> contacts = linked("contact", "service_id", service);
            if (!contacts.isEmpty()) {
                Row contact = contacts.get(0);
                contact.known("service_id", "title");
                String phone = phone(linked("phone", "contact_id", contact));
                String email = contact.text("email");
                URI web = uri(contact, WEB, optional(contact, WEB));
                howToRefer = new ReferralChannel(contact.text("name"),
                        phone == null && email == null && web == null ? null : new Channels(phone, email, web));
            }
            return new Offer(OfferId.of(id), service.text("name"), organisation,
                    parse(service, CATEGORY, single(service, CATEGORY), Category::valueOf), languages, districts,
                    service.text("eligibility_description"),
                    new Capacity(parse(service, CAPACITY, single(service, CAPACITY), CapacityStatus::valueOf), capacityNote),
                    howToRefer, offerLocation(service, id));
        }

        /** The address of the offer's own location: a location marked with the offer's id. */
        private Address offerLocation(Row service, String id) {
            for (Row link : linked("service_at_location", "service_id", service)) {
                Row location = byId.get("location/" + lower(link.fields.get("location_id")));
                if (location != null && id.equals(optional(location, OFFER))) {
                    link.known("service_id", "location_id");
                    location.known("location_type", "organization_id", "name");
                    List<Row> addresses = linked("address", "location_id", location);
                    if (addresses.isEmpty()) {
                        missing.put(name(location, "addresses"), false);
                        throw reject();
                    }
                    return address(addresses.get(0));
                }
            }
            return null;
        }

        private Address address(Row a) {
            a.known("location_id", "state_province", "address_type");
            if ("DE".equals(a.fields.get("country"))) {
                a.known("country");
            }
            return new Address(a.text("address_1"), a.text("postal_code"), a.text("city"));
        }

        private String phone(List<Row> phones) {
            if (phones.isEmpty()) {
                return null;
            }
            phones.get(0).known("type", "service_id", "contact_id");
            return phones.get(0).text("number");
        }

        private URI uri(Row row, String field, String value) {
            return value == null ? null : parse(row, field, value, v -> {
                try {
                    return new URI(v);
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException(e);
                }
            });
        }

        /** Marks the library's own taxonomies and their terms as read. */
        private void ours(String taxonomies, String terms) {
            Set<String> own = Set.of(ATTRIBUTES_TAXONOMY, CATEGORIES_TAXONOMY, PHASES_TAXONOMY);
            Set<String> ownIds = new HashSet<>();
            for (Row taxonomy : tables.getOrDefault(taxonomies, List.of())) {
                if (own.contains(taxonomy.fields.get("name"))) {
                    taxonomy.known("name", "description");
                    ownIds.add(taxonomy.id.toLowerCase(Locale.ROOT));
                }
            }
            for (Row term : tables.getOrDefault(terms, List.of())) {
                if (ownIds.contains(lower(term.fields.get("taxonomy_id")))) {
                    term.known("code", "name", "description", "taxonomy_id");
                }
            }
        }

        private List<Row> terms(String taxonomy) {
            List<Row> terms = new ArrayList<>();
            String taxonomyId = NameBasedUuid.of("taxonomy", taxonomy).toString();
            for (Row term : tables.getOrDefault("taxonomy_term", List.of())) {
                if (taxonomyId.equals(lower(term.fields.get("taxonomy_id")))) {
                    terms.add(term);
                }
            }
            return terms;
        }

        private List<Row> withAttribute(String object, String type) {
            return tables.getOrDefault(object, List.of()).stream().filter(r -> !raw(r, type).isEmpty()).toList();
        }

        private List<Row> linked(String object, String field, Row owner) {
            List<Row> rows = new ArrayList<>();
            for (Row row : tables.getOrDefault(object, List.of())) {
                if (owner.id.equalsIgnoreCase(String.valueOf(row.fields.get(field)))) {
                    rows.add(row);
                }
            }
            return rows;
        }

        /** The attribute rows of a type linked to a row, without marking them read. */
        private List<Row> raw(Row owner, String type) {
            return attributes.getOrDefault(owner.id.toLowerCase(Locale.ROOT), List.of()).stream()
                    .filter(a -> type.equals(a.fields.get("link_type"))).toList();
        }

        /** The values of a row's attributes of a type, marking them read. */
        private List<String> values(Row owner, String type) {
            List<String> values = new ArrayList<>();
            for (Row attribute : raw(owner, type)) {
                attribute.known("link_id", "link_entity", "link_type", "taxonomy_term_id");
                String value = attribute.text("value");
                if (value == null) {
                    missing.put(name(attribute, "value"), false);
                    throw reject();
                }
                values.add(value);
            }
            return values;
        }

        private String optional(Row owner, String type) {
            List<String> values = values(owner, type);
            if (values.size() > 1) {
                malformed.put(name(owner, type + " (more than one)"), false);
                throw reject();
            }
            return values.isEmpty() ? null : values.get(0);
        }

        private String single(Row owner, String type) {
            String value = optional(owner, type);
            if (value == null) {
                missing.put(name(owner, type), false);
                throw reject();
            }
            return value;
        }

        private <T> T parse(Row row, String field, String value, Function<String, T> parser) {
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                malformed.put(name(row, field), false);
                throw reject();
            }
        }

        private List<Omission> omissions() {
            List<Omission> omissions = new ArrayList<>();
            for (Map.Entry<String, List<Row>> table : tables.entrySet()) {
                for (Row row : table.getValue()) {
                    if (!row.used) {
                        omissions.add(new Omission(row.object, row.id, null, HsdsExport.TABLES.contains(row.object)
                                ? "not an object the library imports" : "not an HSDS object the library knows"));
                        continue;
                    }
                    for (Map.Entry<?, ?> field : row.fields.entrySet()) {
                        String name = String.valueOf(field.getKey());
                        if (!name.equals("id") && !row.read.contains(name) && !isEmpty(field.getValue())) {
                            omissions.add(new Omission(row.object, row.id, name, "no field of the library holds it"));
                        }
                    }
                }
            }
            return omissions;
        }

        private static boolean isEmpty(Object value) {
            return value == null || value instanceof String s && s.isEmpty()
                    || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
        }

        private static String lower(Object value) {
            return value == null ? null : String.valueOf(value).toLowerCase(Locale.ROOT);
        }
    }

}
