package io.github.ankommen.access;

import static io.github.ankommen.access.Operation.APPROVE_CLOSURE;
import static io.github.ankommen.access.Operation.BOOK_APPOINTMENT;
import static io.github.ankommen.access.Operation.CHANGE_CASE;
import static io.github.ankommen.access.Operation.CHANGE_CLIENT;
import static io.github.ankommen.access.Operation.ERASE_CLIENT;
import static io.github.ankommen.access.Operation.EXPORT_CLIENT_DATA;
import static io.github.ankommen.access.Operation.FIRE_TRANSITION;
import static io.github.ankommen.access.Operation.MANAGE_NETWORK;
import static io.github.ankommen.access.Operation.MANAGE_PEOPLE;
import static io.github.ankommen.access.Operation.OPEN_CASE;
import static io.github.ankommen.access.Operation.OVERRIDE_CONSENT;
import static io.github.ankommen.access.Operation.RECORD_ACCOMPANIMENT;
import static io.github.ankommen.access.Operation.RECORD_CONSENT;
import static io.github.ankommen.access.Operation.RECORD_CONSULTATION;
import static io.github.ankommen.access.Operation.RESPOND_TO_REFERRAL;
import static io.github.ankommen.access.Operation.RUN_RETENTION;
import static io.github.ankommen.access.Operation.SEND_REFERRAL;
import static io.github.ankommen.access.Operation.VIEW_AUDIT_TRAIL;
import static io.github.ankommen.access.Operation.VIEW_CASE;
import static io.github.ankommen.access.Operation.VIEW_CLIENT_BASIC;
import static io.github.ankommen.access.Operation.VIEW_CLIENT_SENSITIVE;
import static io.github.ankommen.access.Operation.VIEW_NETWORK;
import static io.github.ankommen.access.Operation.VIEW_PEOPLE;
import static io.github.ankommen.access.Operation.VIEW_REFERRAL;
import static io.github.ankommen.access.Operation.VIEW_STATISTICS;
import static io.github.ankommen.access.Operation.WITHDRAW_CONSENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The standard policy against the table of {@code docs/access-control.md}, written out here as code:
 * every role × every operation × every scenario, allowed or denied, and by which rule.
 */
class AccessPolicyMatrixTest {

    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    private static final ContactPointId EVING = ContactPointId.of("cp-eving");
    private static final TeamMemberId ANNA = TeamMemberId.of("tm-anna");
    private static final TeamMemberId MENTOR = TeamMemberId.of("tm-mentor");
    private static final TeamMemberId OTHER_MENTOR = TeamMemberId.of("tm-other");
    private static final OrganisationId JOBCENTER = OrganisationId.of("jobcenter");
    private static final OrganisationId VHS = OrganisationId.of("vhs");
    private static final Set<DataCategory> BASIC = Set.of(DataCategory.BASIC);
    private static final Set<DataCategory> BOTH = Set.of(DataCategory.BASIC, DataCategory.SENSITIVE);

    /** A situation each cell is tried in: which resource, whether the actor holds every permission, which policy. */
    enum Scenario {
        /** Own contact point, mentored case, addressed referral, BASIC requested and consented. */
        OWN(new Resource(BRACKEL, MENTOR, JOBCENTER, BASIC, BASIC, "hold"), false, false),
        /** As {@link #OWN}, and the actor holds every permission. */
        PERMITTED(OWN.resource, true, false),
        /** As {@link #OWN}, with a policy that grants volunteers {@code hold}. */
        GRANTED(OWN.resource, false, true),
        /** As {@link #OWN}, but the case has another mentor. */
        NOT_MENTORED(new Resource(BRACKEL, OTHER_MENTOR, JOBCENTER, BASIC, BASIC, "hold"), false, false),
        /** As {@link #OWN}, but SENSITIVE is requested and only BASIC consented. */
        UNCOVERED(new Resource(BRACKEL, MENTOR, JOBCENTER, BOTH, BASIC, "hold"), false, false),
        /** As {@link #OWN}, with both categories requested and consented. */
        CONSENTED(new Resource(BRACKEL, MENTOR, JOBCENTER, BOTH, BOTH, "hold"), false, false),
        /** Another contact point, another mentor, another organisation. */
        FOREIGN(new Resource(EVING, OTHER_MENTOR, VHS, BASIC, BASIC, "hold"), false, false),
        /** Nothing named: a network-wide call. */
        NETWORK(Resource.network(), false, false);

        final Resource resource;
        final boolean permissions;
        final boolean granted;

        Scenario(Resource resource, boolean permissions, boolean granted) {
            this.resource = resource;
            this.permissions = permissions;
            this.granted = granted;
        }
    }

    /** The expected outcome of one cell: "+rule" for allowed, "-rule" for denied, per scenario. */
    static final class Expect {
        final Map<Scenario, String> outcomes = new EnumMap<>(Scenario.class);

        Expect(String outcome) {
            for (Scenario s : Scenario.values()) {
                outcomes.put(s, outcome);
            }
        }

        Expect except(String outcome, Scenario... scenarios) {
            for (Scenario s : scenarios) {
                outcomes.put(s, outcome);
            }
            return this;
        }
    }

    static Expect all(String outcome) {
        return new Expect(outcome);
    }

    static final Map<Role, Map<Operation, Expect>> TABLE = new EnumMap<>(Role.class);

    private static void cell(Role role, Expect expect, Operation... operations) {
        for (Operation operation : operations) {
            Expect previous = TABLE.computeIfAbsent(role, r -> new EnumMap<>(Operation.class)).put(operation, expect);
            if (previous != null) {
                throw new AssertionError("the table lists " + role + " × " + operation + " twice");
            }
        }
    }

    static {
        // Coordinators: everything, but overriding consent needs the permission, and sending needs consent.
        cell(Role.COORDINATOR, all("+coordinator.network-wide"), VIEW_NETWORK, MANAGE_NETWORK, VIEW_CLIENT_BASIC,
                VIEW_CLIENT_SENSITIVE, CHANGE_CLIENT, RECORD_CONSULTATION, OPEN_CASE, VIEW_CASE, CHANGE_CASE,
                FIRE_TRANSITION, APPROVE_CLOSURE, RESPOND_TO_REFERRAL, VIEW_REFERRAL, RECORD_CONSENT,
                WITHDRAW_CONSENT, VIEW_STATISTICS, RUN_RETENTION, ERASE_CLIENT, EXPORT_CLIENT_DATA,
                VIEW_AUDIT_TRAIL, MANAGE_PEOPLE, VIEW_PEOPLE, RECORD_ACCOMPANIMENT, BOOK_APPOINTMENT);
        cell(Role.COORDINATOR, all("+coordinator.network-wide")
                .except("-referral.consent-not-covered", Scenario.UNCOVERED), SEND_REFERRAL);
        cell(Role.COORDINATOR, all("-consent-override.permission")
                .except("+consent-override.permitted", Scenario.PERMITTED), OVERRIDE_CONSENT);

        // Caseworkers: their own contact points.
        cell(Role.CASEWORKER, all("+network.view"), VIEW_NETWORK);
        cell(Role.CASEWORKER, all("+statistics.aggregated"), VIEW_STATISTICS);
        cell(Role.CASEWORKER, all("-coordinator.only"), MANAGE_NETWORK, RUN_RETENTION, ERASE_CLIENT);
        cell(Role.CASEWORKER, all("-caseworker.receiver-only"), RESPOND_TO_REFERRAL);
        cell(Role.CASEWORKER, all("+caseworker.own-contact-point")
                .except("-caseworker.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK),
                VIEW_CLIENT_BASIC, VIEW_CLIENT_SENSITIVE, CHANGE_CLIENT, RECORD_CONSULTATION, OPEN_CASE, VIEW_CASE,
                CHANGE_CASE, FIRE_TRANSITION, VIEW_REFERRAL, RECORD_CONSENT, WITHDRAW_CONSENT, EXPORT_CLIENT_DATA,
                VIEW_AUDIT_TRAIL, MANAGE_PEOPLE, VIEW_PEOPLE, RECORD_ACCOMPANIMENT, BOOK_APPOINTMENT);
        cell(Role.CASEWORKER, all("-closure-approval.permission")
                .except("+closure-approval.permitted", Scenario.PERMITTED)
                .except("-caseworker.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK), APPROVE_CLOSURE);
        cell(Role.CASEWORKER, all("-consent-override.permission")
                .except("+consent-override.permitted", Scenario.PERMITTED)
                .except("-caseworker.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK), OVERRIDE_CONSENT);
        cell(Role.CASEWORKER, all("+caseworker.own-contact-point")
                .except("-referral.consent-not-covered", Scenario.UNCOVERED)
                .except("-caseworker.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK), SEND_REFERRAL);

        // Volunteers: basic data of the cases they mentor, granted transitions, consultations.
        cell(Role.VOLUNTEER, all("+network.view"), VIEW_NETWORK);
        cell(Role.VOLUNTEER, all("-volunteer.sensitive-data"), VIEW_CLIENT_SENSITIVE);
        cell(Role.VOLUNTEER, all("-coordinator.only"), MANAGE_NETWORK, RUN_RETENTION, ERASE_CLIENT);
        cell(Role.VOLUNTEER, all("+volunteer.own-contact-point")
                .except("-volunteer.sensitive-data", Scenario.UNCOVERED, Scenario.CONSENTED)
                .except("-volunteer.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK), RECORD_CONSULTATION);
        // The contact point first, which the command names, as for a consultation; then the
        // accompanying volunteer, whose team member the service reads: another's and an unknown
        // volunteer (no team member) are refused alike (issue 13: no existence oracle).
        cell(Role.VOLUNTEER, all("+volunteer.own-contact-point")
                .except("-volunteer.own-accompaniment", Scenario.NOT_MENTORED)
                .except("-volunteer.other-contact-point", Scenario.FOREIGN, Scenario.NETWORK)
                .except("-volunteer.sensitive-data", Scenario.UNCOVERED, Scenario.CONSENTED), RECORD_ACCOMPANIMENT);
        // The mentor is asked before the contact point: another's case and an unknown one (the
        // network resource) are refused alike.
        cell(Role.VOLUNTEER, all("+volunteer.mentored-case")
                .except("-volunteer.not-mentor", Scenario.NOT_MENTORED, Scenario.FOREIGN, Scenario.NETWORK)
                .except("-volunteer.sensitive-data", Scenario.UNCOVERED, Scenario.CONSENTED),
                VIEW_CLIENT_BASIC, VIEW_CASE);
        cell(Role.VOLUNTEER, all("-volunteer.transition-not-granted")
                .except("+volunteer.granted-transition", Scenario.GRANTED)
                .except("-volunteer.not-mentor", Scenario.NOT_MENTORED, Scenario.FOREIGN, Scenario.NETWORK)
                .except("-volunteer.sensitive-data", Scenario.UNCOVERED, Scenario.CONSENTED), FIRE_TRANSITION);
        cell(Role.VOLUNTEER, all("-volunteer.not-permitted"), CHANGE_CLIENT, OPEN_CASE, CHANGE_CASE, APPROVE_CLOSURE,
                SEND_REFERRAL, RESPOND_TO_REFERRAL, VIEW_REFERRAL, RECORD_CONSENT, WITHDRAW_CONSENT, OVERRIDE_CONSENT,
                VIEW_STATISTICS, EXPORT_CLIENT_DATA, VIEW_AUDIT_TRAIL, MANAGE_PEOPLE, VIEW_PEOPLE, BOOK_APPOINTMENT);

        // Partners: referrals addressed to their organisation, within the consent.
        cell(Role.PARTNER, all("+network.view"), VIEW_NETWORK);
        cell(Role.PARTNER, all("-coordinator.only"), MANAGE_NETWORK, RUN_RETENTION, ERASE_CLIENT);
        cell(Role.PARTNER, all("+partner.addressed-referral")
                .except("-partner.not-covered", Scenario.UNCOVERED)
                .except("-partner.other-organisation", Scenario.FOREIGN, Scenario.NETWORK),
                VIEW_CLIENT_BASIC, VIEW_REFERRAL, RESPOND_TO_REFERRAL);
        cell(Role.PARTNER, all("-partner.not-covered")
                .except("+partner.addressed-referral", Scenario.CONSENTED)
                .except("-partner.other-organisation", Scenario.FOREIGN, Scenario.NETWORK), VIEW_CLIENT_SENSITIVE);
        cell(Role.PARTNER, all("-partner.not-permitted"), CHANGE_CLIENT, RECORD_CONSULTATION, OPEN_CASE, VIEW_CASE,
                CHANGE_CASE, FIRE_TRANSITION, APPROVE_CLOSURE, SEND_REFERRAL, RECORD_CONSENT, WITHDRAW_CONSENT,
                OVERRIDE_CONSENT, VIEW_STATISTICS, EXPORT_CLIENT_DATA, VIEW_AUDIT_TRAIL, MANAGE_PEOPLE, VIEW_PEOPLE,
                RECORD_ACCOMPANIMENT, BOOK_APPOINTMENT);

        // Analysts: statistics only.
        cell(Role.ANALYST, all("+statistics.aggregated"), VIEW_STATISTICS);
        cell(Role.ANALYST, all("-analyst.statistics-only"), EnumSet.complementOf(EnumSet.of(VIEW_STATISTICS))
                .toArray(new Operation[0]));
    }

    private static Actor actor(Role role, boolean permissions) {
        Set<Permission> held = permissions ? EnumSet.allOf(Permission.class) : Set.of();
        ActorId id = ActorId.of(role.name().toLowerCase(java.util.Locale.ROOT));
        return switch (role) {
            case COORDINATOR -> new Actor(id, role, Set.of(), null, held);
            case CASEWORKER -> new Actor(id, role, Set.of(BRACKEL), null, held, ANNA);
            case VOLUNTEER -> new Actor(id, role, Set.of(BRACKEL), null, held, MENTOR);
            case PARTNER -> new Actor(id, role, Set.of(), JOBCENTER, held);
            case ANALYST -> new Actor(id, role, Set.of(), null, held);
        };
    }

    @Test
    void theTableCoversEveryRoleAndOperation() {
        assertEquals(EnumSet.allOf(Role.class), TABLE.keySet());
        for (Role role : Role.values()) {
            assertEquals(EnumSet.allOf(Operation.class), TABLE.get(role).keySet(), role.name());
        }
    }

    @Test
    void everyCellDecidesAsDocumented() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            for (Operation operation : Operation.values()) {
                for (Scenario scenario : Scenario.values()) {
                    AccessPolicy policy = scenario.granted
                            ? AccessPolicy.standard().grantVolunteerTransitions(Set.of("hold")) : AccessPolicy.standard();
                    Decision decision = policy.decide(actor(role, scenario.permissions), operation, scenario.resource);
                    String actual = (decision.allowed() ? "+" : "-") + decision.rule();
                    String expected = TABLE.get(role).get(operation).outcomes.get(scenario);
                    if (!actual.equals(expected)) {
                        wrong.add(role + " × " + operation + " × " + scenario + ": expected " + expected + ", was "
                                + actual);
                    }
                    cells++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Role.values().length * Operation.values().length * Scenario.values().length, cells);
    }

    @Test
    void theDocumentListsTheSameRolesOperationsAndRules() throws IOException {
        String doc = Files.readString(Path.of("docs", "access-control.md"), StandardCharsets.UTF_8);
        List<String> matrix = doc.lines().dropWhile(l -> !l.startsWith("| operation |"))
                .takeWhile(l -> l.startsWith("|")).toList();
        assertTrue(matrix.size() > 2, "docs/access-control.md has no role × operation table");

        Set<String> documentedRoles = new TreeSet<>();
        for (String column : matrix.get(0).split("\\|")) {
            if (!column.isBlank() && !column.trim().equals("operation")) {
                documentedRoles.add(column.trim());
            }
        }
        Set<String> roles = new TreeSet<>();
        TABLE.keySet().forEach(r -> roles.add(r.name()));
        assertEquals(roles, documentedRoles);

        Set<String> documentedOperations = new TreeSet<>();
        for (String row : matrix.subList(2, matrix.size())) {
            documentedOperations.add(row.split("\\|")[1].trim().replace("`", ""));
        }
        Set<String> operations = new TreeSet<>();
        TABLE.values().iterator().next().keySet().forEach(o -> operations.add(o.name()));
        assertEquals(operations, documentedOperations);

        Set<String> rules = new TreeSet<>();
        TABLE.values().forEach(row -> row.values().forEach(e -> e.outcomes.values()
                .forEach(o -> rules.add(o.substring(1)))));
        Set<String> documentedRules = new TreeSet<>();
        Matcher m = Pattern.compile("`(" + Decision.RULE_PATTERN + ")`").matcher(String.join("\n", matrix));
        while (m.find()) {
            documentedRules.add(m.group(1));
        }
        assertEquals(rules, documentedRules, "rules in the matrix");

        Set<String> listed = new TreeSet<>();
        doc.lines().dropWhile(l -> !l.startsWith("| rule |")).skip(2).takeWhile(l -> l.startsWith("|"))
                .forEach(l -> listed.add(l.split("\\|")[1].trim().replace("`", "")));
        assertEquals(rules, listed, "rules in the list of rules");
    }
}
