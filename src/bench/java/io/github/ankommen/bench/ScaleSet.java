package io.github.ankommen.bench;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.GoalStatus;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.testing.Samples;
import io.github.ankommen.workflow.State;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The scale set of the benchmarks: cases spread over 20 contact points and the six states of the
 * lifecycle (30 % closed), each with one or two follow-ups and up to one goal, due from 60 days
 * before "today" (Monday 4 June 2018) to 300 days after; with each case its audit trail as far as
 * the statistics read it (the opening entry, and one entry for the transition into the case's state
 * unless it is still in intake: 1.86 entries per case) and three referrals, addressed to 20
 * organisations, in every status (about two thirds open); and, for the stores that hold people, one
 * client and one consultation linked to it per case, and the 20 contact points, each serving one
 * district. The same index and random stream give the same records, so every benchmark and store
 * sees the same data.
 */
final class ScaleSet {

    static final int CONTACT_POINTS = 20;
    static final int ORGANISATIONS = 20;
    static final int REFERRALS_PER_CASE = 3;
    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2017, 6, 1), LocalDate.of(2018, 5, 31), ZONE);
    static final List<State> OPEN = List.of(CaseWorkflows.INTAKE, CaseWorkflows.ASSESSMENT, CaseWorkflows.PLANNING,
            CaseWorkflows.LINKING, CaseWorkflows.MONITORING);
    private static final ActorId CASEWORKER = ActorId.of("cw-1");
    /** The transition that leads into each state but intake, for the audit entry of the last change. */
    private static final Map<State, String> INTO = Map.of(CaseWorkflows.ASSESSMENT, CaseWorkflows.ASSESS,
            CaseWorkflows.PLANNING, CaseWorkflows.PLAN, CaseWorkflows.LINKING, CaseWorkflows.LINK,
            CaseWorkflows.MONITORING, CaseWorkflows.MONITOR, CaseWorkflows.CLOSED, CaseWorkflows.CLOSE);
    private static final Map<State, State> FROM = Map.of(CaseWorkflows.ASSESSMENT, CaseWorkflows.INTAKE,
            CaseWorkflows.PLANNING, CaseWorkflows.ASSESSMENT, CaseWorkflows.LINKING, CaseWorkflows.PLANNING,
            CaseWorkflows.MONITORING, CaseWorkflows.LINKING, CaseWorkflows.CLOSED, CaseWorkflows.MONITORING);
    /**
     * How the referrals' statuses are spread, in hundredths: 10 draft, 20 requested, 15 accepted, 15
     * in progress, 5 on hold (65 open), 20 completed, 8 rejected, 4 failed, 3 cancelled.
     */
    private static final ReferralStatus[] STATUS_SPREAD = spread();
    private static final Set<DataCategory> SHARED = Set.of(DataCategory.BASIC);
    private static final ReferralOutcome ENROLLED = ReferralOutcome.of(ReferralOutcome.Kind.ENROLLED_IN_COURSE);

    final ContactPointId[] contactPoints = new ContactPointId[CONTACT_POINTS];
    final OrganisationId[] organisations = new OrganisationId[ORGANISATIONS];

    /** One case with everything the scale set gives it. */
    record Records(Case c, List<AuditEntry> trail, List<Referral> referrals, Client client, Consultation consultation) {
    }

    ScaleSet() {
        for (int i = 0; i < CONTACT_POINTS; i++) {
            contactPoints[i] = ContactPointId.of("cp-" + i);
        }
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations[i] = OrganisationId.of("org-" + i);
        }
    }

    private static ReferralStatus[] spread() {
        ReferralStatus[] spread = new ReferralStatus[100];
        int at = 0;
        Object[][] shares = {{ReferralStatus.DRAFT, 10}, {ReferralStatus.REQUESTED, 20}, {ReferralStatus.ACCEPTED, 15},
            {ReferralStatus.IN_PROGRESS, 15}, {ReferralStatus.ON_HOLD, 5}, {ReferralStatus.COMPLETED, 20},
            {ReferralStatus.REJECTED, 8}, {ReferralStatus.FAILED, 4}, {ReferralStatus.CANCELLED, 3}};
        for (Object[] share : shares) {
            for (int i = 0; i < (Integer) share[1]; i++) {
                spread[at++] = (ReferralStatus) share[0];
            }
        }
        return spread;
    }

    /**
     * The i-th case and its records, drawn from the random stream in the same order at every size.
     *
     * @param i the case's number, from 1
     * @param random the stream, seeded once per load
     * @return the records
     */
    Records recordsOf(int i, Random random) {
        Case c = caseOf(i, random);
        TransferBasis basis = TransferBasis.consent(ConsentId.of("consent-" + i));
        List<Referral> referrals = new ArrayList<>(REFERRALS_PER_CASE);
        for (int r = 1; r <= REFERRALS_PER_CASE; r++) {
            referrals.add(referralOf(c, r, basis, random));
        }
        return new Records(c, trailOf(c), referrals, clientOf(c, i), consultationOf(c, i));
    }

    /**
     * The i-th contact point, from the library's samples, serving one of the sample districts since
     * 2016.
     *
     * @param i the index, 0 to 19
     * @return the contact point
     */
    ContactPoint contactPoint(int i) {
        ContactPoint sample = Samples.seeded(i).next(RecordKind.CONTACT_POINT);
        return new ContactPoint(contactPoints[i], sample.name(), sample.address(), sample.channels(),
                List.of(ServedDistrict.of(Samples.DISTRICTS.get(i % Samples.DISTRICTS.size()),
                        ValidityPeriod.ofOpenEnd(LocalDate.of(2016, 1, 1)))),
                sample.partners(), sample.team(), sample.languages(), sample.openingHours(), sample.statusHistory(),
                sample.phase());
    }

    private Case caseOf(int i, Random random) {
        boolean closed = random.nextInt(10) < 3;
        State state = closed ? CaseWorkflows.CLOSED : OPEN.get(random.nextInt(OPEN.size()));
        Instant created = Instant.parse("2017-06-01T08:00:00Z").plusSeconds(random.nextInt(86_400 * 360));
        Instant updated = created.plusSeconds(random.nextInt(86_400 * 30));
        List<FollowUp> followUps = new ArrayList<>(2);
        for (int f = 1 + random.nextInt(2); f > 0; f--) {
            LocalDate due = TODAY.plusDays(random.nextInt(361) - 60);
            boolean done = closed || random.nextInt(10) < 3;
            followUps.add(new FollowUp(FollowUpId.of("fu-" + i + "-" + f), due, random.nextBoolean() ? null : "Termin Jobcenter",
                    done ? updated : null));
        }
        List<Goal> goals = new ArrayList<>(1);
        if (random.nextBoolean()) {
            GoalStatus status = closed ? GoalStatus.REACHED : random.nextBoolean() ? GoalStatus.OPEN : GoalStatus.IN_PROGRESS;
            goals.add(new Goal(GoalId.of("goal-" + i), "Deutschkurs B1 abschließen", List.of("anmelden"),
                    TODAY.plusDays(random.nextInt(396) - 30), status, created));
        }
        Category[] all = Category.values();
        Set<Category> needs = EnumSet.of(all[random.nextInt(all.length)], all[random.nextInt(all.length)]);
        long version = state.equals(CaseWorkflows.INTAKE) ? 1 : 2;
        return new Case(CaseId.of("case-" + i), ClientId.of("client-" + i),
                contactPoints[random.nextInt(CONTACT_POINTS)], TeamMemberId.of("tm-" + random.nextInt(100)), null,
                needs, goals, followUps, state, closed ? CaseWorkflows.MONITORING : null,
                closed ? ClosureOutcome.GOALS_REACHED : null, null, List.of(), version, created, updated);
    }

    /**
     * The case's audit trail as the statistics read it: the opening entry, and the entry of the
     * transition into its state (a shortened trail: the states in between are left out).
     */
    private static List<AuditEntry> trailOf(Case c) {
        AuditEntry opened = new AuditEntry(c.id(), 1, CASEWORKER, Role.CASEWORKER, c.createdAt(), null,
                CaseWorkflows.INTAKE, CaseWorkflows.OPEN, null);
        if (c.state().equals(CaseWorkflows.INTAKE)) {
            return List.of(opened);
        }
        return List.of(opened, new AuditEntry(c.id(), 2, CASEWORKER, Role.CASEWORKER, c.updatedAt(),
                FROM.get(c.state()), c.state(), INTO.get(c.state()), null));
    }

    private Referral referralOf(Case c, int r, TransferBasis consent, Random random) {
        ReferralStatus status = STATUS_SPREAD[random.nextInt(STATUS_SPREAD.length)];
        int organisation = random.nextInt(ORGANISATIONS);
        Instant created = c.createdAt().plusSeconds(86_400L * (1 + random.nextInt(30)));
        boolean requested = status != ReferralStatus.DRAFT;
        Instant requestedAt = requested ? created.plusSeconds(3_600) : null;
        boolean accepted = switch (status) {
            case ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> true;
            default -> false;
        };
        Instant acceptedAt = accepted ? created.plusSeconds(86_400L * (1 + random.nextInt(10))) : null;
        Instant updated = accepted ? acceptedAt.plusSeconds(86_400L * random.nextInt(20)) : requested ? requestedAt
                : created;
        ReferralReason reason = switch (status) {
            case REJECTED -> random.nextBoolean() ? ReferralReason.NO_CAPACITY : ReferralReason.NOT_ELIGIBLE;
            case FAILED -> ReferralReason.CLIENT_DID_NOT_ATTEND;
            case CANCELLED -> ReferralReason.CLIENT_DECLINED;
            default -> null;
        };
        Category need = c.needs().iterator().next();
        return new Referral(ReferralId.of(c.id().value() + "-r" + r), c.id(), c.client(), c.contactPoint(),
                OfferId.of("offer-" + organisation + "-" + need.ordinal()), organisations[organisation], need, SHARED,
                "Vermittlung in ein Angebot", status, reason, null,
                status == ReferralStatus.COMPLETED ? ENROLLED : null, requested ? consent : null, null, requestedAt,
                requested ? LocalDate.ofInstant(requestedAt, ZONE).plusDays(14) : null, acceptedAt, updated, 1, created,
                updated);
    }

    /**
     * The used heap after three full collections, for the retained-heap figures of the scale
     * benchmarks (after minus before).
     *
     * @return the used heap in bytes
     */
    static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Prints a scale figure and appends it to a file beside the results ({@code java.io.tmpdir},
     * which the bench profile sets to {@code target}).
     *
     * @param file the file's name
     * @param what what the line's columns are, for the printed line
     * @param line the tab-separated line
     * @throws IOException if the line cannot be appended
     */
    static void report(String file, String what, String line) throws IOException {
        System.out.println();
        System.out.println("# scale: " + what + ": " + line);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), file), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The case's client, made from its number alone so that the random stream stays as it was. */
    private static Client clientOf(Case c, int i) {
        return new Client(c.client(), "K-" + i, new BasicData("A. K.", Year.of(1970 + i % 40), 1 + i % 4,
                Set.of(Language.of("ar")), YearMonth.of(2016, 1 + i % 12), 1 + i % 6),
                i % 2 == 0 ? new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, "Diabetes") : SensitiveData.none());
    }

    /** The consultation that led to the case, on the day it was opened, linked to its client and case. */
    private static Consultation consultationOf(Case c, int i) {
        Channel[] channels = Channel.values();
        return new Consultation(ConsultationId.of("cons-" + i), c.contactPoint(), LocalDate.ofInstant(c.createdAt(), ZONE),
                c.needs(), Language.of("ar"), channels[i % channels.length], c.client(), c.id());
    }
}
