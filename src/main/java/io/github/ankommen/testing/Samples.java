package io.github.ankommen.testing;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.access.DeniedAccessId;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.AuditEntryId;
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
import io.github.ankommen.casework.Reopening;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.casework.Transfer;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.internal.CompositeKeys;
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
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.Team;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.pathway.PathwayStep;
import io.github.ankommen.pathway.Pathways;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.AccompanimentId;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.AppointmentStatus;
import io.github.ankommen.people.Availability;
import io.github.ankommen.people.BookedSlot;
import io.github.ankommen.people.BookedSlotId;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterAnswer;
import io.github.ankommen.people.InterpreterId;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.people.Skill;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.referral.ConsentFlag;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralHistoryId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.Side;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.ChangeQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.EndedEngagementQuery;
import io.github.ankommen.storage.IdleCaseQuery;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.InterpreterQuery;
import io.github.ankommen.storage.NetworkQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.PathwayQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random generators of valid domain records, for any test framework: contact points,
 * offers, networks, clients, consultations, cases and audit entries, referrals with their history
 * and closing notes, consents, transfer records, pathways and denied calls.
 *
 * <pre>{@code
 * Samples samples = Samples.seeded(42);
 * ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
 * ContactPoint edited = samples.changed(RecordKind.CONTACT_POINT, contactPoint); // same id
 * }</pre>
 *
 * <p>The same seed always yields the same sequence of records. Values are drawn from small pools
 * (the nine Dortmund districts, a handful of languages, organisations and phases) so that queries
 * over a sample set find several matches. Cases and audit entries sit in the states of the default
 * workflow ({@link CaseWorkflows#dgcc()}), taken from the workflow rather than named: a store keeps
 * any state, and these are as good as any. Text includes umlauts, Arabic and Farsi. Every record is
 * valid by construction; ids are unique within one instance. The records contain invented data
 * only. Not thread-safe: use one instance per thread.
 *
 * @since 0.1.0
 */
public final class Samples {

    /** The districts records are drawn from: Dortmund's nine, with their umlauts. */
    public static final List<District> DISTRICTS = List.of("Brackel", "Aplerbeck", "Mengede", "Huckarde",
            "Hörde", "Hombruch", "Eving", "Scharnhorst", "Lütgendortmund").stream().map(District::of).toList();

    /** The languages records are drawn from. */
    public static final List<Language> LANGUAGES = List.of("ar", "en", "fa", "de", "tr", "uk", "ru", "ti")
            .stream().map(Language::of).toList();

    /** The organisations offers and partners are drawn from. */
    public static final List<OrganisationId> ORGANISATIONS = List.of("jobcenter", "drk", "ehc", "vhs", "tsc")
            .stream().map(OrganisationId::of).toList();

    /** The rollout phases contact points are drawn from. */
    public static final List<PhaseId> PHASES = List.of("pilot-2016", "expansion-2017", "expansion-2018")
            .stream().map(PhaseId::of).toList();

    /** Every character an id may hold after its first. */
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
    private static final String ARABIC = "مرحبا بكم في دورتموند ";
    private static final String FARSI = "خوش آمدید به دورتموند ";
    private static final String GERMAN = "Anlaufstelle Lütgendortmund, Hörde und Hombruch ";
    private static final List<String> NAMES = List.of("Lokal willkommen Brackel", "Anlaufstelle Hörde",
            "Treffpunkt Lütgendortmund", ARABIC.trim(), FARSI.trim(), "Welcome Point Eving");
    private static final ContactPointStatus[] LIFECYCLE = {ContactPointStatus.PLANNED, ContactPointStatus.PREPARING,
        ContactPointStatus.OPEN, ContactPointStatus.TEMPORARILY_CLOSED, ContactPointStatus.OPEN,
        ContactPointStatus.CLOSED};

    /** The contact points cases and consultations are drawn from. */
    private static final List<ContactPointId> CONTACT_POINTS = List.of("cp-brackel", "cp-aplerbeck", "cp-hoerde")
            .stream().map(ContactPointId::of).toList();
    /** The workflow whose states cases are drawn from. */
    private static final Workflow<Case> WORKFLOW = CaseWorkflows.dgcc();
    private static final List<State> STATES = List.copyOf(WORKFLOW.states());
    private static final State INITIAL = WORKFLOW.initial();
    /** Two states of the workflow that are neither initial nor terminal, for the fullest samples. */
    private static final State ONE = STATES.get(1);
    private static final State OTHER = STATES.get(2);
    private static final State ENDED = WORKFLOW.terminal().iterator().next();

    private static final List<ReferralStatus> TERMINAL = List.of(ReferralStatus.values()).stream()
            .filter(ReferralStatus::isTerminal).toList();
    private static final Set<ReferralStatus> ACCEPTED = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS,
            ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED, ReferralStatus.FAILED);
    private static final Set<ReferralStatus> ENDED_WITH_REASON = EnumSet.of(ReferralStatus.REJECTED,
            ReferralStatus.FAILED, ReferralStatus.CANCELLED);

    private final List<ClientId> clients = new ArrayList<>();
    private final List<ReferralId> referralIds = new ArrayList<>();
    private final List<ConsentId> consentIds = new ArrayList<>();
    private final List<ActorId> actors = new ArrayList<>();
    private final List<CaseId> caseIds = new ArrayList<>();
    private final Random random;
    private final String run;
    private long counter;

    private Samples(long seed) {
        this.random = new Random(seed);
        this.run = Long.toString(Math.abs(seed % 1_000_000_007L), 36);
    }

    /**
     * A generator whose sequence is fixed by a seed.
     *
     * @param seed the seed
     * @return the generator
     */
    public static Samples seeded(long seed) {
        return new Samples(seed);
    }

    /**
     * A new record of a kind, with a new id.
     *
     * @param <R> the record type
     * @param kind the kind, not null
     * @return a valid record
     * @throws NullPointerException if the kind is null
     * @throws IllegalArgumentException if this version cannot generate that kind
     */
    public <R> R next(RecordKind<?, R> kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        if (kind == RecordKind.CONTACT_POINT) {
            return kind.cast(contactPoint(ContactPointId.of(id("cp"))));
        }
        if (kind == RecordKind.OFFER) {
            return kind.cast(offer(OfferId.of(id("offer"))));
        }
        if (kind == RecordKind.NETWORK) {
            return kind.cast(network(NetworkId.of(id("net"))));
        }
        if (kind == RecordKind.CLIENT) {
            return kind.cast(client(ClientId.of(id("client"))));
        }
        if (kind == RecordKind.CONSULTATION) {
            return kind.cast(consultation(ConsultationId.of(id("cons"))));
        }
        if (kind == RecordKind.CASE) {
            return kind.cast(caseOf(CaseId.of(id("case"))));
        }
        if (kind == RecordKind.AUDIT_ENTRY) {
            return kind.cast(auditEntry(AuditEntryId.of(CaseId.of(id("case")), 1 + random.nextInt(50))));
        }
        if (kind == RecordKind.REFERRAL) {
            return kind.cast(referral(ReferralId.of(id("ref"))));
        }
        if (kind == RecordKind.REFERRAL_HISTORY) {
            return kind.cast(historyEntry(new ReferralHistoryId(ReferralId.of(id("ref")), 1 + random.nextInt(20))));
        }
        if (kind == RecordKind.REFERRAL_CLOSED) {
            return kind.cast(referralClosed(ReferralId.of(id("ref")), pick(TERMINAL)));
        }
        if (kind == RecordKind.CONSENT) {
            return kind.cast(consent(ConsentId.of(id("consent"))));
        }
        if (kind == RecordKind.TRANSFER) {
            return kind.cast(transfer(TransferId.of(id("transfer"))));
        }
        if (kind == RecordKind.PATHWAY) {
            return kind.cast(pathway(PathwayId.of(id("pathway"))));
        }
        if (kind == RecordKind.DENIED_ACCESS) {
            return kind.cast(deniedAccess(DeniedAccessId.of(id("denied"))));
        }
        if (kind == RecordKind.CHANGE_RECORD) {
            return kind.cast(changeRecord(random.nextBoolean()
                    ? ChangeRecordId.of(RecordKind.CASE.name(), id("case"), 1 + random.nextInt(50))
                    : ChangeRecordId.of(RecordKind.CLIENT.name(), id("client"), 1 + random.nextInt(50))));
        }
        if (PEOPLE.contains(kind)) {
            return kind.cast(person(kind, null));
        }
        throw new IllegalArgumentException("no samples for " + kind);
    }

    /**
     * A different record with the same id, as an edit would make it.
     *
     * @param <R> the record type
     * @param kind the kind, not null
     * @param record the record to change, not null
     * @return a valid record with the same id that is not equal to the given one
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if this version cannot generate that kind
     */
    public <R> R changed(RecordKind<?, R> kind, R record) {
        Objects.requireNonNull(record, "record must not be null");
        R changed;
        do {
            if (kind == RecordKind.CONTACT_POINT) {
                changed = kind.cast(contactPoint(((ContactPoint) record).id()));
            } else if (kind == RecordKind.OFFER) {
                changed = kind.cast(offer(((Offer) record).id()));
            } else if (kind == RecordKind.NETWORK) {
                changed = kind.cast(network(((Network) record).id()));
            } else if (kind == RecordKind.CLIENT) {
                changed = kind.cast(client(((Client) record).id()));
            } else if (kind == RecordKind.CONSULTATION) {
                changed = kind.cast(consultation(((Consultation) record).id()));
            } else if (kind == RecordKind.CASE) {
                changed = kind.cast(caseOf(((Case) record).id()));
            } else if (kind == RecordKind.AUDIT_ENTRY) {
                changed = kind.cast(auditEntry(((AuditEntry) record).id()));
            } else if (kind == RecordKind.REFERRAL) {
                changed = kind.cast(referral(((Referral) record).id()));
            } else if (kind == RecordKind.REFERRAL_HISTORY) {
                changed = kind.cast(historyEntry(ReferralHistoryId.of((ReferralHistoryEntry) record)));
            } else if (kind == RecordKind.REFERRAL_CLOSED) {
                ReferralClosed closed = (ReferralClosed) record;
                changed = kind.cast(referralClosed(closed.referral(), closed.status()));
            } else if (kind == RecordKind.CONSENT) {
                changed = kind.cast(consent(((Consent) record).id()));
            } else if (kind == RecordKind.TRANSFER) {
                changed = kind.cast(transfer(((TransferRecord) record).id()));
            } else if (kind == RecordKind.PATHWAY) {
                changed = kind.cast(pathway(((Pathway) record).id()));
            } else if (kind == RecordKind.DENIED_ACCESS) {
                changed = kind.cast(deniedAccess(((DeniedAccess) record).id()));
            } else if (kind == RecordKind.CHANGE_RECORD) {
                changed = kind.cast(changeRecord(((ChangeRecord) record).id()));
            } else if (PEOPLE.contains(kind)) {
                changed = kind.cast(person(kind, record));
            } else {
                throw new IllegalArgumentException("no samples for " + kind);
            }
        } while (changed.equals(record));
        return changed;
    }

    /**
     * Records at the edges of what is valid: empty collections where they are allowed, text of the
     * maximum length, and Arabic, Farsi and German text with umlauts.
     *
     * @param kind the kind, not null
     * @return valid records of that kind, with new ids
     * @throws NullPointerException if the kind is null
     * @throws IllegalArgumentException if this version cannot generate that kind
     */
    public List<Object> extremes(RecordKind<?, ?> kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        if (kind == RecordKind.CONTACT_POINT) {
            ContactPoint sparse = new ContactPoint(ContactPointId.of(id("cp")), "Ü", Address.of("Weg 1", "44135", "Dortmund"),
                    Channels.phone("0231 1"), List.of(), List.of(partner(ORGANISATIONS.get(0))),
                    Team.of(TeamMember.staff(TeamMemberId.of(id("tm")), "A", Language.ARABIC)), Set.of(Language.FARSI),
                    OpeningHours.of(List.of(), List.of()),
                    List.of(StatusChange.of(ContactPointStatus.PLANNED, LocalDate.of(2018, 1, 1), "ا")), PHASES.get(2));
            ContactPoint full = new ContactPoint(ContactPointId.of(longId()), text(ARABIC, 200),
                    Address.of(text(GERMAN, 200), "44388", text(FARSI, 100)),
                    Channels.of("+49 (231) 50-0" + "1".repeat(26), "a".repeat(64) + "@" + "b".repeat(63) + "."
                            + "b".repeat(63) + "." + "c".repeat(61), URI.create("https://example.org/ankommen")),
                    districts(DISTRICTS.size()), List.of(partner(ORGANISATIONS.get(1)), partner(ORGANISATIONS.get(2))),
                    Team.of(TeamMember.staff(TeamMemberId.of(id("tm")), text(FARSI, 200), Language.FARSI, Language.ARABIC),
                            TeamMember.volunteer(TeamMemberId.of(id("tm")), text(GERMAN, 200), Language.GERMAN)),
                    new LinkedHashSet<>(LANGUAGES), hours(7), statusHistory(LIFECYCLE.length, text(ARABIC, 500)),
                    PHASES.get(0));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.OFFER) {
            Offer sparse = new Offer(OfferId.of(id("offer")), "Ä", Organisation.of(ORGANISATIONS.get(0), "J",
                    OrganisationType.JOBCENTER), Category.WORK, Set.of(Language.ARABIC), Set.of(DISTRICTS.get(8)),
                    null, Capacity.of(CapacityStatus.HAS_CAPACITY), ReferralChannel.via(Channels.phone("0231 1")));
            Offer full = new Offer(OfferId.of(id("offer")), text(FARSI, 200), Organisation.of(ORGANISATIONS.get(3),
                    text(GERMAN, 200), OrganisationType.COURSE_PROVIDER), Category.LANGUAGE_COURSE,
                    new LinkedHashSet<>(LANGUAGES), new LinkedHashSet<>(DISTRICTS), text(ARABIC, 1000),
                    Capacity.of(CapacityStatus.WAITLIST, text(GERMAN, 500)),
                    ReferralChannel.of(text(FARSI, 200), Channels.email("kurs@example.org")),
                    new Address(text(GERMAN, 200), "44135", text(GERMAN, 100)));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.NETWORK) {
            Network sparse = new Network(NetworkId.of(id("net")), "Ö", OpeningHours.DEFAULT_ZONE,
                    Set.of(DISTRICTS.get(4)), List.of());
            Network full = new Network(NetworkId.of(id("net")), text(ARABIC, 200), OpeningHours.DEFAULT_ZONE,
                    new LinkedHashSet<>(DISTRICTS), phases(PHASES.size()));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.CLIENT) {
            Client sparse = Client.of(ClientId.of(id("client")), "P");
            Client full = new Client(ClientId.of(longId()), text(FARSI, 64),
                    new BasicData(text(ARABIC, 50), Year.of(1990), 4, new LinkedHashSet<>(LANGUAGES), YearMonth.of(2016, 2), 30),
                    new SensitiveData(ResidenceStatus.values()[0], text(GERMAN, 4000)), ContactPointId.of(longId()));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.CONSULTATION) {
            Consultation sparse = Consultation.anonymous(ConsultationId.of(id("cons")), ContactPointId.of("cp-x"),
                    LocalDate.of(2018, 6, 4), Set.of(), Language.FARSI, Channel.WALK_IN);
            Consultation full = new Consultation(ConsultationId.of(longId()), ContactPointId.of(longId()),
                    LocalDate.of(2018, 6, 4), EnumSet.allOf(Category.class), Language.ARABIC, Channel.HOME_VISIT,
                    ClientId.of(longId()), CaseId.of(longId()));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.CASE) {
            Instant at = Instant.parse("2018-06-04T08:00:00Z");
            Case sparse = new Case(CaseId.of(id("case")), ClientId.of(id("client")), ContactPointId.of("cp-x"),
                    TeamMemberId.of("tm-x"), null, Set.of(), List.of(), List.of(), INITIAL, null, null,
                    null, List.of(), 1, at, at);
            List<Goal> goals = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                goals.add(new Goal(GoalId.of(longId()), text(ARABIC, 1000), List.of(text(FARSI, 500), text(GERMAN, 500)),
                        LocalDate.of(2019, 1, 1 + i), GoalStatus.values()[i % GoalStatus.values().length], at));
                followUps.add(new FollowUp(FollowUpId.of(longId()), LocalDate.of(2018, 7, 1 + i), text(GERMAN, 2000),
                        i % 2 == 0 ? null : at));
            }
            Case full = new Case(CaseId.of(longId()), ClientId.of(longId()), ContactPointId.of(longId()),
                    TeamMemberId.of(longId()), TeamMemberId.of(longId()), EnumSet.allOf(Category.class), goals, followUps,
                    OTHER, ONE, ClosureOutcome.OTHER,
                    new Transfer(ContactPointId.of(longId()), ActorId.of(longId()), at, text(FARSI, 2000)),
                    List.of(new Reopening(ActorId.of(longId()), at, text(ARABIC, 2000), ClosureOutcome.NO_CONTACT)),
                    9_999_999_999L, at, at.plusSeconds(3600));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.AUDIT_ENTRY) {
            Instant at = Instant.parse("2018-06-04T08:00:00Z");
            AuditEntry sparse = new AuditEntry(CaseId.of(id("case")), 1, ActorId.of("a"), Role.CASEWORKER, at, null,
                    INITIAL, "open", null);
            AuditEntry full = new AuditEntry(CaseId.of(longId()), 9_999_999_999L, ActorId.of(longId()), Role.COORDINATOR,
                    at, OTHER, ENDED, "x".repeat(64), text(ARABIC, 2000));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.DENIED_ACCESS) {
            Instant at = Instant.parse("2018-06-04T08:00:00Z");
            return List.of(new DeniedAccess(DeniedAccessId.of(id("denied")), ActorId.of("a"), Role.ANALYST,
                    Operation.VIEW_CASE, "analyst.statistics-only", at, Resource.network()),
                    new DeniedAccess(DeniedAccessId.of(longId()), ActorId.of(longId()), Role.VOLUNTEER,
                            Operation.FIRE_TRANSITION, "a".repeat(40) + ".b" + "b".repeat(39) + ".c" + "c".repeat(39), at, new Resource(ContactPointId.of(longId()),
                                    TeamMemberId.of(longId()), OrganisationId.of(longId()), EnumSet.allOf(DataCategory.class),
                                    Set.of(), "x".repeat(64))));
        }
        if (kind == RecordKind.CHANGE_RECORD) {
            Instant at = Instant.parse("2018-06-04T08:00:00Z");
            return List.of(new ChangeRecord(ChangeRecordId.of("a", "b", 1), ActorId.of("a"), Role.ANALYST, at, "x", null),
                    new ChangeRecord(ChangeRecordId.of("x".repeat(64), longId() + "/" + "k".repeat(ChangeRecordId.MAX_KEY
                            - longId().length() - 1), CompositeKeys.MAX_VERSION), ActorId.of(longId()), Role.COORDINATOR,
                            at, "y".repeat(64), text(ARABIC, 2000)));
        }
        if (kind == RecordKind.REFERRAL || kind == RecordKind.REFERRAL_HISTORY || kind == RecordKind.REFERRAL_CLOSED
                || kind == RecordKind.CONSENT || kind == RecordKind.TRANSFER || kind == RecordKind.PATHWAY) {
            return referralExtremes(kind);
        }
        if (PEOPLE.contains(kind)) {
            return peopleExtremes(kind);
        }
        throw new IllegalArgumentException("no samples for " + kind);
    }

    private List<Object> referralExtremes(RecordKind<?, ?> kind) {
        Instant at = Instant.parse("2018-06-04T08:00:00Z");
        if (kind == RecordKind.REFERRAL) {
            Referral draft = new Referral(ReferralId.of(id("ref")), CaseId.of("case-x"), ClientId.of("client-x"),
                    ContactPointId.of("cp-x"), OfferId.of("offer-x"), ORGANISATIONS.get(0), Category.WORK,
                    Set.of(DataCategory.BASIC), "A", ReferralStatus.DRAFT, null, null, null, null, null, null, null, null,
                    at, 1, at, at);
            Referral full = new Referral(ReferralId.of(longId()), CaseId.of(longId()), ClientId.of(longId()),
                    ContactPointId.of(longId()), OfferId.of(longId()), OrganisationId.of(longId()), Category.HEALTH,
                    EnumSet.allOf(DataCategory.class), text(FARSI, 200), ReferralStatus.FAILED,
                    ReferralReason.CLIENT_DID_NOT_ATTEND, text(ARABIC, 2000), null,
                    TransferBasis.consent(ConsentId.of(longId())), null, at, LocalDate.of(2018, 6, 11), at.plusSeconds(60),
                    at.plusSeconds(120), CompositeKeys.MAX_VERSION, at, at.plusSeconds(120));
            return List.of(draft, full);
        }
        if (kind == RecordKind.REFERRAL_HISTORY) {
            ReferralHistoryEntry draft = new ReferralHistoryEntry(ReferralId.of(id("ref")), 1, ActorId.of("a"), Role.CASEWORKER,
                    Side.SENDER, at, null, ReferralStatus.DRAFT, ReferralAction.DRAFT, null, null);
            ReferralHistoryEntry full = new ReferralHistoryEntry(ReferralId.of(longId()), CompositeKeys.MAX_VERSION, ActorId.of(longId()),
                    Role.PARTNER, Side.RECEIVER, at, ReferralStatus.REQUESTED, ReferralStatus.REJECTED, ReferralAction.REJECT,
                    ReferralReason.NO_CAPACITY, text(GERMAN, 2000));
            return List.of(draft, full);
        }
        if (kind == RecordKind.REFERRAL_CLOSED) {
            return List.of(new ReferralClosed(CaseId.of(longId()), ReferralId.of(longId()), OfferId.of(longId()),
                    OrganisationId.of(longId()), Category.SPORT, ReferralStatus.ENTERED_IN_ERROR, null, null,
                    ActorId.of(longId()), at));
        }
        if (kind == RecordKind.CONSENT) {
            Consent sparse = new Consent(ConsentId.of(id("consent")), ClientId.of("c"), Set.of(DataCategory.BASIC),
                    OrganisationId.of("o"), "Z", ActorId.of("a"), at, LocalDate.of(2018, 6, 4), null, null);
            Consent full = new Consent(ConsentId.of(longId()), ClientId.of(longId()), EnumSet.allOf(DataCategory.class),
                    OrganisationId.of(longId()), text(ARABIC, 200), ActorId.of(longId()), at, LocalDate.of(2018, 6, 4),
                    LocalDate.of(2019, 6, 3), at.plusSeconds(86_400));
            return List.of(sparse, full);
        }
        if (kind == RecordKind.TRANSFER) {
            return List.of(new TransferRecord(TransferId.of(longId()), ReferralId.of(longId()), ClientId.of(longId()),
                    OrganisationId.of(longId()), EnumSet.allOf(DataCategory.class), text(FARSI, 200), at,
                    TransferBasis.Kind.LEGAL_BASIS, text(GERMAN, 200)));
        }
        List<PathwayStep> steps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            steps.add(i == 0 ? PathwayStep.of("s" + i, text(ARABIC, 200), Category.WORK)
                    : PathwayStep.of("s" + i, text(GERMAN, 200), Category.values()[i % Category.values().length], "s" + (i - 1)));
        }
        return List.of(new Pathway(PathwayId.of(longId()), text(FARSI, 200), text(GERMAN, 500), steps),
                new Pathway(PathwayId.of(id("pathway")), "W", "Z", List.of(PathwayStep.of("a", "A", Category.CULTURE))));
    }

    /**
     * Queries over the pools the records are drawn from: each filter alone and in combination, so
     * that over a sample set some match many records, some few and some none.
     *
     * @return the queries, in a fixed order
     */
    public List<Query<?>> queries() {
        List<Query<?>> queries = new ArrayList<>();
        queries.add(ContactPointQuery.all());
        queries.add(OfferQuery.all());
        queries.add(NetworkQuery.all());
        for (District district : DISTRICTS) {
            queries.add(ContactPointQuery.serving(district, LocalDate.of(2017, 6, 1)));
            queries.add(ContactPointQuery.serving(district, LocalDate.of(2019, 6, 1)).withStatus(ContactPointStatus.OPEN));
            queries.add(OfferQuery.of(null, district, null));
            queries.add(ContactPointQuery.serving(district));
        }
        for (int i = 0; i < LANGUAGES.size(); i++) {
            Language language = LANGUAGES.get(i);
            queries.add(ContactPointQuery.offering(language));
            queries.add(OfferQuery.of(null, null, language));
            queries.add(OfferQuery.of(Category.values()[i % Category.values().length], DISTRICTS.get(i), language));
        }
        for (ContactPointStatus status : ContactPointStatus.values()) {
            queries.add(ContactPointQuery.all().withStatus(status));
        }
        for (PhaseId phase : PHASES) {
            queries.add(ContactPointQuery.all().withPhase(phase));
            queries.add(ContactPointQuery.offering(LANGUAGES.get(0)).withPhase(phase));
        }
        for (Category category : Category.values()) {
            queries.add(OfferQuery.of(category, null, null));
        }
        for (OrganisationId organisation : ORGANISATIONS) {
            queries.add(OfferQuery.byOrganisation(organisation));
        }
        queries.add(CaseQuery.all());
        queries.add(ConsultationQuery.all());
        for (ContactPointId contactPoint : CONTACT_POINTS) {
            queries.add(CaseQuery.at(contactPoint));
            queries.add(CaseQuery.at(contactPoint).inState(OTHER));
            queries.add(CaseQuery.at(contactPoint).dueBy(LocalDate.of(2018, 9, 1)));
            queries.add(new ConsultationQuery(contactPoint, null, null));
            queries.add(new ConsultationQuery(contactPoint, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 9, 30)));
        }
        for (State state : STATES) {
            queries.add(CaseQuery.all().inState(state));
            queries.add(new IdleCaseQuery(state, Instant.parse("2018-06-01T00:00:00Z")));
        }
        for (int month = 1; month <= 12; month += 3) {
            queries.add(CaseQuery.all().dueBy(LocalDate.of(2018, month, 15)));
        }
        for (ClientId client : clients) {
            queries.add(CaseQuery.of(client));
        }
        for (CaseId caseId : caseIds) {
            queries.add(AuditQuery.of(caseId));
            queries.add(ReferralQuery.ofCase(caseId));
            queries.add(OwnedQuery.closedReferrals(caseId));
        }
        for (ClientId client : clients) {
            queries.add(ReferralQuery.ofClient(client).open());
            queries.add(OwnedQuery.consents(client));
            queries.add(OwnedQuery.transfers(client));
            queries.add(OwnedQuery.consultations(client));
        }
        for (ReferralId referral : referralIds) {
            queries.add(OwnedQuery.history(referral));
        }
        for (ConsentId consent : consentIds) {
            queries.add(ReferralQuery.basedOn(consent));
        }
        queries.add(ReferralQuery.all());
        for (OrganisationId organisation : ORGANISATIONS) {
            queries.add(ReferralQuery.to(organisation).open());
            queries.add(ReferralQuery.to(organisation).inStatus(ReferralStatus.REQUESTED).respondByBefore(LocalDate.of(2018, 7, 1)));
        }
        for (ContactPointId contactPoint : CONTACT_POINTS) {
            queries.add(ReferralQuery.all().from(contactPoint).inStatus(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));
        }
        for (ReferralStatus status : ReferralStatus.values()) {
            queries.add(ReferralQuery.all().inStatus(status));
        }
        for (int month = 1; month <= 12; month += 2) {
            queries.add(ReferralQuery.all().respondByBefore(LocalDate.of(2018, month, 10)));
            queries.add(new ConsentExpiryQuery(LocalDate.of(2018, month, 10)));
        }
        queries.add(PathwayQuery.all());
        for (ActorId actor : actors) {
            queries.add(OwnedQuery.deniedAccesses(actor));
            queries.add(OwnedQuery.changesBy(actor));
        }
        for (CaseId caseId : caseIds) {
            queries.add(ChangeQuery.of(RecordKind.CASE, caseId));
        }
        for (ClientId client : clients) {
            queries.add(ChangeQuery.of(RecordKind.CLIENT, client));
        }
        for (ContactPointId contactPoint : CONTACT_POINTS) {
            queries.add(OwnedQuery.volunteers(contactPoint));
            queries.add(OwnedQuery.accompaniments(contactPoint));
            queries.add(OwnedQuery.appointments(contactPoint));
            queries.add(OwnedQuery.interpreterRequests(contactPoint));
        }
        for (int month = 1; month <= 12; month += 4) {
            queries.add(new EndedEngagementQuery(LocalDate.of(2018, month, 1)));
        }
        // On the bound of the extremes' last day, 4 June 2018, and the day after.
        queries.add(new EndedEngagementQuery(LocalDate.of(2018, 6, 4)));
        queries.add(new EndedEngagementQuery(LocalDate.of(2018, 6, 5)));
        queries.add(InterpreterQuery.all());
        for (Language language : LANGUAGES) {
            queries.add(InterpreterQuery.of(language));
        }
        return queries;
    }

    private ContactPoint contactPoint(ContactPointId id) {
        List<Partner> partners = new ArrayList<>();
        for (OrganisationId organisation : distinct(ORGANISATIONS, 1 + random.nextInt(2))) {
            partners.add(partner(organisation));
        }
        List<TeamMember> members = new ArrayList<>();
        members.add(TeamMember.staff(TeamMemberId.of(id("tm")), pick(NAMES), pick(LANGUAGES)));
        for (int i = random.nextInt(3); i > 0; i--) {
            members.add(TeamMember.volunteer(TeamMemberId.of(id("tm")), pick(NAMES), pick(LANGUAGES)));
        }
        return new ContactPoint(id, pick(NAMES), Address.of("Musterstraße " + (1 + random.nextInt(200)),
                "44" + (100 + random.nextInt(900)), "Dortmund"),
                Channels.of("+49 231 " + (100_000 + random.nextInt(900_000)), "info" + random.nextInt(1000) + "@example.org",
                        URI.create("https://example.org/" + random.nextInt(1000))),
                districts(random.nextInt(4)), partners, new Team(members),
                new LinkedHashSet<>(distinct(LANGUAGES, 1 + random.nextInt(3))), hours(random.nextInt(4)),
                statusHistory(1 + random.nextInt(LIFECYCLE.length), "Beschluss der Bezirksvertretung"), pick(PHASES));
    }

    private Offer offer(OfferId id) {
        OrganisationId organisation = pick(ORGANISATIONS);
        return new Offer(id, pick(NAMES), Organisation.of(organisation, "Organisation " + organisation,
                pick(List.of(OrganisationType.values()))), pick(List.of(Category.values())),
                new LinkedHashSet<>(distinct(LANGUAGES, 1 + random.nextInt(3))),
                new LinkedHashSet<>(distinct(DISTRICTS, 1 + random.nextInt(3))),
                random.nextBoolean() ? null : "Wohnsitz in Dortmund",
                Capacity.of(pick(List.of(CapacityStatus.values())), random.nextBoolean() ? null : "bis Ende des Monats"),
                ReferralChannel.via(Channels.email("anmeldung" + random.nextInt(100) + "@example.org")),
                // Half of the offers have a place of their own, chosen by the id so that the random
                // stream, and with it every other sample of a seed, stays as it was.
                Math.floorMod(id.value().hashCode(), 2) == 0 ? null
                        : new Address("Königswall " + Math.floorMod(id.value().hashCode(), 90), "44137", "Dortmund"));
    }

    private Network network(NetworkId id) {
        return new Network(id, "Netzwerk " + pick(NAMES), OpeningHours.DEFAULT_ZONE, new LinkedHashSet<>(DISTRICTS),
                phases(random.nextInt(PHASES.size() + 1)));
    }

    private Client client(ClientId id) {
        BasicData basic = random.nextBoolean() ? BasicData.none()
                : new BasicData(pick(List.of("A.", "Ali", "Ülkü", "Mariam", "F. K.")), Year.of(1960 + random.nextInt(50)),
                        1 + random.nextInt(4), new LinkedHashSet<>(distinct(LANGUAGES, 1 + random.nextInt(2))),
                        YearMonth.of(2015 + random.nextInt(4), 1 + random.nextInt(12)), 1 + random.nextInt(8));
        SensitiveData sensitive = random.nextBoolean() ? SensitiveData.none()
                : new SensitiveData(pick(List.of(ResidenceStatus.values())), random.nextBoolean() ? null : "Allergie");
        remember(id);
        return new Client(id, "P-" + Integer.toString(random.nextInt(1 << 24), 36), basic, sensitive,
                random.nextBoolean() ? null : pick(CONTACT_POINTS));
    }

    private Consultation consultation(ConsultationId id) {
        Consultation anonymous = Consultation.anonymous(id, pick(CONTACT_POINTS), LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365)),
                new LinkedHashSet<>(distinct(List.of(Category.values()), random.nextInt(3))), pick(LANGUAGES),
                pick(List.of(Channel.values())));
        return random.nextInt(3) == 0 ? anonymous.withCase(ClientId.of(id("client")), CaseId.of(id("case"))) : anonymous;
    }

    private Case caseOf(CaseId id) {
        Instant created = Instant.parse("2018-01-01T08:00:00Z").plusSeconds(random.nextInt(86_400 * 300));
        List<Goal> goals = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            goals.add(new Goal(GoalId.of(id("goal")), "Deutschkurs B1 abschließen", List.of("anmelden"),
                    LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365)), pick(List.of(GoalStatus.values())),
                    random.nextBoolean() ? created : null));
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            followUps.add(new FollowUp(FollowUpId.of(id("fu")), LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365)),
                    random.nextBoolean() ? null : "Termin Jobcenter", random.nextBoolean() ? created : null));
        }
        State state = pick(STATES);
        ContactPointId contactPoint = pick(CONTACT_POINTS);
        remember(id);
        return new Case(id, pick(clients.isEmpty() ? List.of(ClientId.of("client-0")) : clients), contactPoint,
                TeamMemberId.of("tm-" + random.nextInt(5)), random.nextBoolean() ? null : TeamMemberId.of("vol-1"),
                new LinkedHashSet<>(distinct(List.of(Category.values()), random.nextInt(3))), goals, followUps, state,
                state.equals(INITIAL) ? null : INITIAL,
                WORKFLOW.isTerminal(state) ? pick(List.of(ClosureOutcome.values())) : null, null, List.of(),
                1 + random.nextInt(20), created, created.plusSeconds(random.nextInt(86_400 * 30)));
    }

    private AuditEntry auditEntry(AuditEntryId id) {
        remember(id.caseId());
        return new AuditEntry(id.caseId(), id.version(), ActorId.of("caseworker-" + random.nextInt(3)),
                pick(List.of(Role.CASEWORKER, Role.COORDINATOR)), Instant.parse("2018-06-04T08:00:00Z")
                        .plusSeconds(random.nextInt(86_400 * 30)), pick(STATES), pick(STATES), "assess",
                random.nextBoolean() ? null : "Gespräch geführt");
    }

    private Referral referral(ReferralId id) {
        remember(id);
        Instant created = Instant.parse("2018-01-01T08:00:00Z").plusSeconds(random.nextInt(86_400 * 300));
        ReferralStatus status = pick(List.of(ReferralStatus.values()));
        boolean mayBeDraft = status == ReferralStatus.CANCELLED || status == ReferralStatus.ENTERED_IN_ERROR;
        boolean requested = status != ReferralStatus.DRAFT && (!mayBeDraft || random.nextBoolean());
        boolean accepted = ACCEPTED.contains(status) || status == ReferralStatus.ENTERED_IN_ERROR && requested && random.nextBoolean();
        ReferralReason reason = ENDED_WITH_REASON.contains(status) ? pick(List.of(ReferralReason.values())) : null;
        ConsentId consent = pick(consentIds.isEmpty() ? List.of(ConsentId.of("consent-0")) : consentIds);
        TransferBasis basis = requested ? TransferBasis.consent(consent) : null;
        Instant requestedAt = requested ? created.plusSeconds(3600) : null;
        return new Referral(id, pick(caseIds.isEmpty() ? List.of(CaseId.of("case-0")) : caseIds),
                pick(clients.isEmpty() ? List.of(ClientId.of("client-0")) : clients), pick(CONTACT_POINTS),
                OfferId.of("offer-" + random.nextInt(5)), pick(ORGANISATIONS), pick(List.of(Category.values())),
                new LinkedHashSet<>(distinct(List.of(DataCategory.values()), 1 + random.nextInt(2))), "Vermittlung in Arbeit",
                status, reason, reason != null && random.nextBoolean() ? "Kurs voll" : null,
                status == ReferralStatus.COMPLETED ? new ReferralOutcome(pick(List.of(ReferralOutcome.Kind.values())), null) : null,
                basis, basis != null && random.nextInt(4) == 0 ? new ConsentFlag(ConsentFlag.Kind.WITHDRAWN, consent,
                        requestedAt.plusSeconds(60)) : null,
                requestedAt, requested ? LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365)) : null,
                accepted ? requestedAt.plusSeconds(7200) : null, created.plusSeconds(10_000), 1 + random.nextInt(10),
                created, created.plusSeconds(20_000));
    }

    private ReferralHistoryEntry historyEntry(ReferralHistoryId id) {
        remember(id.referral());
        ReferralAction action = pick(List.of(ReferralAction.REQUEST, ReferralAction.ACCEPT, ReferralAction.REJECT,
                ReferralAction.COMPLETE));
        ReferralStatus from = action == ReferralAction.REQUEST ? ReferralStatus.DRAFT
                : action == ReferralAction.COMPLETE ? ReferralStatus.IN_PROGRESS : ReferralStatus.REQUESTED;
        return new ReferralHistoryEntry(id.referral(), id.version(), ActorId.of("actor-" + random.nextInt(3)),
                action == ReferralAction.REQUEST ? Role.CASEWORKER : Role.PARTNER,
                action == ReferralAction.REQUEST ? Side.SENDER : Side.RECEIVER,
                Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400 * 30)), from, action.to(),
                action, action == ReferralAction.REJECT ? ReferralReason.NO_CAPACITY : null, null);
    }

    private ReferralClosed referralClosed(ReferralId referral, ReferralStatus status) {
        remember(referral);
        return new ReferralClosed(pick(caseIds.isEmpty() ? List.of(CaseId.of("case-0")) : caseIds), referral,
                OfferId.of("offer-" + random.nextInt(5)), pick(ORGANISATIONS), pick(List.of(Category.values())), status,
                ENDED_WITH_REASON.contains(status) ? pick(List.of(ReferralReason.values())) : null,
                status == ReferralStatus.COMPLETED ? pick(List.of(ReferralOutcome.Kind.values())) : null,
                ActorId.of("actor-" + random.nextInt(3)), Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400)));
    }

    private Consent consent(ConsentId id) {
        if (!consentIds.contains(id)) {
            consentIds.add(id);
        }
        LocalDate from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(200));
        Instant obtained = from.atStartOfDay(OpeningHours.DEFAULT_ZONE).toInstant();
        return new Consent(id, pick(clients.isEmpty() ? List.of(ClientId.of("client-0")) : clients),
                new LinkedHashSet<>(distinct(List.of(DataCategory.values()), 1 + random.nextInt(2))), pick(ORGANISATIONS),
                "Vermittlung in Arbeit", ActorId.of("caseworker-" + random.nextInt(3)), obtained, from,
                random.nextBoolean() ? null : from.plusDays(random.nextInt(400)),
                random.nextInt(4) == 0 ? obtained.plusSeconds(86_400L * random.nextInt(100)) : null);
    }

    private TransferRecord transfer(TransferId id) {
        return new TransferRecord(id, pick(referralIds.isEmpty() ? List.of(ReferralId.of("ref-0")) : referralIds),
                pick(clients.isEmpty() ? List.of(ClientId.of("client-0")) : clients), pick(ORGANISATIONS),
                new LinkedHashSet<>(distinct(List.of(DataCategory.values()), 1 + random.nextInt(2))), "Vermittlung in Arbeit",
                Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400 * 30)), TransferBasis.Kind.CONSENT,
                "consent-" + random.nextInt(10));
    }

    private Pathway pathway(PathwayId id) {
        Pathway example = pick(Pathways.examples());
        return new Pathway(id, example.name(), example.goal(), example.steps().subList(0, 1 + random.nextInt(example.steps().size())));
    }

    private DeniedAccess deniedAccess(DeniedAccessId id) {
        ActorId actor = ActorId.of("actor-" + random.nextInt(3));
        if (!actors.contains(actor)) {
            actors.add(actor);
        }
        return new DeniedAccess(id, actor, pick(List.of(Role.VOLUNTEER, Role.PARTNER, Role.ANALYST)),
                pick(List.of(Operation.values())), "volunteer.sensitive-data",
                Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400)),
                random.nextBoolean() ? Resource.network() : Resource.at(pick(CONTACT_POINTS)));
    }

    private ChangeRecord changeRecord(ChangeRecordId id) {
        if (id.recordKind().equals(RecordKind.CASE.name())) {
            remember(CaseId.of(id.recordKey()));
        } else {
            remember(ClientId.of(id.recordKey()));
        }
        ActorId actor = ActorId.of("actor-" + random.nextInt(3));
        if (!actors.contains(actor)) {
            actors.add(actor);
        }
        return new ChangeRecord(id, actor, pick(List.of(Role.CASEWORKER, Role.COORDINATOR, Role.PARTNER)),
                Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400 * 30)),
                pick(List.of("register_client", "update", "open", "assess", "set_status")),
                random.nextBoolean() ? null : "Angaben berichtigt");
    }

    // The people of the network (issue 17)

    private static final List<RecordKind<?, ?>> PEOPLE = List.of(RecordKind.VOLUNTEER, RecordKind.ACCOMPANIMENT,
            RecordKind.APPOINTMENT, RecordKind.BOOKED_SLOT, RecordKind.INTERPRETER, RecordKind.INTERPRETER_REQUEST);

    /** A new record of a people kind; with {@code same} given, one with the same id. */
    private Object person(RecordKind<?, ?> kind, Object same) {
        Instant at = Instant.parse("2018-06-04T08:00:00Z").plusSeconds(random.nextInt(86_400 * 30));
        LocalDateTime start = LocalDateTime.of(2018, 6, 4, 9, 0).plusDays(random.nextInt(60))
                .plusMinutes(30L * random.nextInt(16));
        if (kind == RecordKind.VOLUNTEER) {
            VolunteerId id = same == null ? VolunteerId.of(id("vol")) : ((Volunteer) same).id();
            LocalDate since = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(900));
            return new Volunteer(id, pick(CONTACT_POINTS), random.nextBoolean() ? null : TeamMemberId.of(id("tm")),
                    pick(NAMES), new LinkedHashSet<>(distinct(LANGUAGES, 1 + random.nextInt(3))),
                    new LinkedHashSet<>(distinct(List.of(Skill.values()), 1 + random.nextInt(3))), availability(),
                    random.nextBoolean() ? null : since.plusDays(random.nextInt(100)), since,
                    random.nextInt(4) == 0 ? since.plusDays(random.nextInt(700)) : null);
        }
        if (kind == RecordKind.ACCOMPANIMENT) {
            AccompanimentId id = same == null ? AccompanimentId.of(id("acc")) : ((Accompaniment) same).id();
            boolean linked = random.nextBoolean();
            return new Accompaniment(id, VolunteerId.of("vol-" + random.nextInt(5)), pick(CONTACT_POINTS),
                    linked ? pick(caseIds.isEmpty() ? List.of(CaseId.of("case-0")) : caseIds) : null,
                    linked && random.nextBoolean() ? ReferralId.of("ref-" + random.nextInt(5)) : null,
                    random.nextBoolean() ? OfferId.of("offer-" + random.nextInt(5)) : null,
                    pick(List.of("Jobcenter Dortmund", "Ausländerbehörde", "Kinderarzt in Hörde")),
                    start.toLocalDate(), 30 + random.nextInt(240), linked || random.nextBoolean(),
                    ActorId.of("actor-" + random.nextInt(3)), at);
        }
        if (kind == RecordKind.APPOINTMENT) {
            AppointmentId id = same == null ? AppointmentId.of(id("appt")) : ((Appointment) same).id();
            return new Appointment(id, pick(CONTACT_POINTS), start, 30, random.nextBoolean() ? null
                    : CaseId.of("case-" + random.nextInt(5)), random.nextBoolean() ? null : pick(LANGUAGES),
                    random.nextBoolean() ? null : TeamMemberId.of("tm-" + random.nextInt(5)),
                    random.nextBoolean() ? null : InterpreterId.of("int-" + random.nextInt(5)),
                    random.nextBoolean() ? null : VolunteerId.of("vol-" + random.nextInt(5)),
                    pick(List.of(AppointmentStatus.values())), ActorId.of("actor-" + random.nextInt(3)), at);
        }
        if (kind == RecordKind.BOOKED_SLOT) {
            // A contact point of its own: ids drawn from the few sample contact points and times would repeat.
            BookedSlotId id = same == null ? BookedSlotId.of(ContactPointId.of(id("cp")), start) : ((BookedSlot) same).id();
            BookedSlot slot = BookedSlot.empty(id);
            for (int i = random.nextInt(4); i > 0; i--) {
                slot = slot.with(AppointmentId.of(id("appt")), random.nextBoolean() ? null : TeamMemberId.of(id("tm")));
            }
            return slot;
        }
        if (kind == RecordKind.INTERPRETER) {
            InterpreterId id = same == null ? InterpreterId.of(id("int")) : ((Interpreter) same).id();
            return new Interpreter(id, new LinkedHashSet<>(distinct(CONTACT_POINTS, random.nextInt(3))), pick(NAMES),
                    new LinkedHashSet<>(distinct(LANGUAGES, 1 + random.nextInt(3))),
                    new LinkedHashSet<>(distinct(List.of(InterpretingMode.values()), 1 + random.nextInt(3))),
                    random.nextBoolean(), availability());
        }
        InterpreterRequestId id = same == null ? InterpreterRequestId.of(id("ireq")) : ((InterpreterRequest) same).id();
        InterpreterAnswer answer = pick(List.of(InterpreterAnswer.values()));
        return new InterpreterRequest(id, InterpreterId.of("int-" + random.nextInt(5)), pick(CONTACT_POINTS),
                pick(LANGUAGES), pick(List.of(InterpretingMode.values())), start, 30 + 30 * random.nextInt(4),
                random.nextBoolean() ? null : AppointmentId.of("appt-" + random.nextInt(5)),
                random.nextBoolean() ? null : ConsultationId.of("cons-" + random.nextInt(5)), at.plusSeconds(86_400),
                answer, answer == InterpreterAnswer.PENDING ? null : at.plusSeconds(3600), ActorId.of("actor-0"), at);
    }

    private List<Availability> availability() {
        List<Availability> weekly = new ArrayList<>();
        for (DayOfWeek day : distinct(List.of(DayOfWeek.values()), random.nextInt(4))) {
            LocalTime from = LocalTime.of(8 + random.nextInt(6), 30 * random.nextInt(2));
            weekly.add(Availability.of(day, from, from.plusHours(1 + random.nextInt(4))));
        }
        return weekly;
    }

    private List<Object> peopleExtremes(RecordKind<?, ?> kind) {
        Instant at = Instant.parse("2018-06-04T08:00:00Z");
        LocalDateTime start = LocalDateTime.of(2018, 10, 28, 2, 30);
        List<Availability> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(Availability.of(day, LocalTime.MIN, LocalTime.of(23, 59, 59, 999_999_000)));
            week.add(Availability.of(day, LocalTime.of(0, 0, 0, 1000), LocalTime.NOON));
        }
        if (kind == RecordKind.VOLUNTEER) {
            return List.of(new Volunteer(VolunteerId.of(id("vol")), ContactPointId.of("cp-x"), null, "Ü",
                    Set.of(Language.of("ti")), Set.of(Skill.ACCOMPANIMENT), List.of(), null, LocalDate.of(2018, 6, 4),
                    LocalDate.of(2018, 6, 4)),
                    new Volunteer(VolunteerId.of(longId()), ContactPointId.of(longId()), TeamMemberId.of(longId()),
                            text(ARABIC, 200), new LinkedHashSet<>(LANGUAGES), EnumSet.allOf(Skill.class), week,
                            LocalDate.of(2017, 2, 28), LocalDate.of(2016, 2, 29), null));
        }
        if (kind == RecordKind.ACCOMPANIMENT) {
            return List.of(new Accompaniment(AccompanimentId.of(id("acc")), VolunteerId.of("v"), ContactPointId.of("c"),
                    null, null, null, "J", LocalDate.of(2018, 6, 4), 1, false, ActorId.of("a"), at),
                    new Accompaniment(AccompanimentId.of(longId()), VolunteerId.of(longId()), ContactPointId.of(longId()),
                            CaseId.of(longId()), ReferralId.of(longId()), OfferId.of(longId()), text(FARSI, 200),
                            LocalDate.of(2018, 6, 4), 1440, true, ActorId.of(longId()), at));
        }
        if (kind == RecordKind.APPOINTMENT) {
            return List.of(new Appointment(AppointmentId.of(id("appt")), ContactPointId.of("c"), start, 1, null, null,
                    null, null, null, AppointmentStatus.BOOKED, ActorId.of("a"), at),
                    new Appointment(AppointmentId.of(longId()), ContactPointId.of(longId()),
                            LocalDateTime.of(2019, 3, 31, 23, 59), 480, CaseId.of(longId()), Language.of("ti"),
                            TeamMemberId.of(longId()), InterpreterId.of(longId()), VolunteerId.of(longId()),
                            AppointmentStatus.MISSED, ActorId.of(longId()), at));
        }
        if (kind == RecordKind.BOOKED_SLOT) {
            BookedSlot full = BookedSlot.empty(BookedSlotId.of(ContactPointId.of(longId()), LocalDateTime.of(9999, 12, 31,
                    23, 59)));
            for (int i = 0; i < 100; i++) {
                full = full.with(AppointmentId.of(longId()), TeamMemberId.of(longId()));
            }
            return List.of(BookedSlot.empty(BookedSlotId.of(ContactPointId.of(id("cp")), start)), full);
        }
        if (kind == RecordKind.INTERPRETER) {
            return List.of(new Interpreter(InterpreterId.of(id("int")), Set.of(), "Ä", Set.of(Language.of("ti")),
                    Set.of(InterpretingMode.PHONE), false, List.of()),
                    new Interpreter(InterpreterId.of(longId()), new LinkedHashSet<>(List.of(ContactPointId.of(longId()),
                            ContactPointId.of(id("cp")))), text(GERMAN, 200), new LinkedHashSet<>(LANGUAGES),
                            EnumSet.allOf(InterpretingMode.class), true, week));
        }
        return List.of(new InterpreterRequest(InterpreterRequestId.of(id("ireq")), InterpreterId.of("i"),
                ContactPointId.of("c"), Language.of("ti"), InterpretingMode.VIDEO, start, 1, null, null, at,
                InterpreterAnswer.PENDING, null, ActorId.of("a"), at),
                new InterpreterRequest(InterpreterRequestId.of(longId()), InterpreterId.of(longId()),
                        ContactPointId.of(longId()), Language.ARABIC, InterpretingMode.IN_PERSON,
                        LocalDateTime.of(2019, 3, 31, 1, 30), 480, AppointmentId.of(longId()),
                        ConsultationId.of(longId()), at.plusSeconds(60), InterpreterAnswer.DECLINED, at.plusSeconds(59),
                        ActorId.of(longId()), at));
    }

    private void remember(ReferralId id) {
        if (!referralIds.contains(id)) {
            referralIds.add(id);
        }
    }

    private void remember(ClientId id) {
        if (!clients.contains(id)) {
            clients.add(id);
        }
    }

    private void remember(CaseId id) {
        if (!caseIds.contains(id)) {
            caseIds.add(id);
        }
    }

    private Partner partner(OrganisationId organisation) {
        return Partner.of(organisation, "Partner " + organisation, pick(List.of(PartnerRole.values())),
                pick(List.of(PartnershipStatus.values())));
    }

    private List<ServedDistrict> districts(int count) {
        List<ServedDistrict> served = new ArrayList<>();
        for (District district : distinct(DISTRICTS, count)) {
            LocalDate from = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(1500));
            ValidityPeriod validity = random.nextBoolean() ? ValidityPeriod.ofOpenEnd(from) : ValidityPeriod.of(from, from.plusDays(random.nextInt(1500)));
            served.add(ServedDistrict.of(district, validity));
        }
        return served;
    }

    private OpeningHours hours(int slots) {
        List<WeeklySlot> weekly = new ArrayList<>();
        for (DayOfWeek day : distinct(List.of(DayOfWeek.values()), slots)) {
            LocalTime opens = LocalTime.of(8 + random.nextInt(4), 30 * random.nextInt(2));
            weekly.add(random.nextInt(4) == 0 ? WeeklySlot.byAppointment(day, opens, opens.plusHours(2))
                    : WeeklySlot.open(day, opens, opens.plusHours(1 + random.nextInt(4))));
        }
        List<Closure> closures = random.nextBoolean() ? List.of()
                : List.of(Closure.of(ValidityPeriod.of(LocalDate.of(2018, 12, 24), LocalDate.of(2019, 1, 1)),
                        ClosureKind.HOLIDAY, "Weihnachten"));
        return OpeningHours.of(weekly, closures);
    }

    private List<StatusChange> statusHistory(int length, String reason) {
        List<StatusChange> history = new ArrayList<>();
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(365));
        for (int i = 0; i < length; i++) {
            history.add(StatusChange.of(LIFECYCLE[i], date, reason));
            date = date.plusDays(1 + random.nextInt(400));
        }
        return history;
    }

    private List<RolloutPhase> phases(int count) {
        List<RolloutPhase> phases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            phases.add(new RolloutPhase(PHASES.get(i), "Phase " + (i + 1), Year.of(2016 + i),
                    new LinkedHashSet<>(distinct(DISTRICTS, 1 + random.nextInt(3))), pick(List.of(PhaseStatus.values()))));
        }
        return phases;
    }

    /**
     * A new id: the prefix, the run, four characters drawn from the whole alphabet an id may use
     * (upper case and {@code . _ :} too, where a database's collation and binary order differ), and
     * a counter.
     */
    private String id(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('-').append(run).append('-');
        for (int i = 0; i < 4; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.append('-').append(++counter).toString();
    }

    /** An id of the maximum length, 64 characters. */
    private String longId() {
        String suffix = "-" + (++counter);
        return "k".repeat(64 - suffix.length()) + suffix;
    }

    private <T> T pick(List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private <T> List<T> distinct(List<T> pool, int count) {
        List<T> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** Text of exactly the given length, repeating a phrase. */
    private static String text(String phrase, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(phrase);
        }
        text.setLength(length);
        if (Character.isWhitespace(text.charAt(length - 1)) || Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
    }
}
