package io.github.ankommen.interop;

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
import io.github.ankommen.network.StatusChange;
import io.github.ankommen.network.Team;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.TeamRole;
import io.github.ankommen.network.ValidityPeriod;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.network.SlotKind;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random valid directories from a seed, for the round-trip properties. */
final class Directories {

    private static final List<String> DISTRICTS = List.of("Brackel", "Aplerbeck", "Hörde", "Lütgendortmund",
            "Eving", "Scharnhorst", "Nord | Süd", "Mengede");
    private static final List<String> LANGUAGES = List.of("ar", "de", "en", "fa", "tr", "uk", "ti");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("UTC"),
            ZoneId.of("America/New_York"));
    private static final List<String> TEXTS = List.of("Eröffnung", "Umbau | Renovierung", "Personal fehlt",
            "a", "Sprechstunde nach Absprache; Tür 2");

    private Directories() {
    }

    static Directory random(long seed) {
        Random random = new Random(seed);
        List<District> districts = new ArrayList<>(pick(random, DISTRICTS, 1 + random.nextInt(DISTRICTS.size())))
                .stream().map(District::of).toList();
        List<RolloutPhase> phases = new ArrayList<>();
        int phaseCount = 1 + random.nextInt(3);
        for (int i = 0; i < phaseCount; i++) {
            phases.add(new RolloutPhase(PhaseId.of("phase-" + i), "Phase " + i + " " + text(random),
                    Year.of(2015 + random.nextInt(5)), new LinkedHashSet<>(pick(random, districts, 1 + random.nextInt(
                            districts.size()))), PhaseStatus.values()[random.nextInt(PhaseStatus.values().length)]));
        }
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Network network = new Network(NetworkId.of("net-" + random.nextInt(100)), "Netz " + text(random), zone,
                new LinkedHashSet<>(districts), phases);
        List<District> free = new ArrayList<>(districts);
        Collections.shuffle(free, random);
        List<ContactPoint> contactPoints = new ArrayList<>();
        int sites = random.nextInt(4);
        for (int i = 0; i < sites; i++) {
            List<ServedDistrict> served = new ArrayList<>();
            int take = free.isEmpty() ? 0 : random.nextInt(Math.min(3, free.size()) + 1);
            for (int j = 0; j < take; j++) {
                LocalDate start = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(1000));
                served.add(ServedDistrict.of(free.remove(0), random.nextBoolean() ? ValidityPeriod.ofOpenEnd(start)
                        : ValidityPeriod.of(start, start.plusDays(random.nextInt(500)))));
            }
            contactPoints.add(new ContactPoint(ContactPointId.of("cp-" + i), "Anlaufstelle " + i + " " + text(random),
                    Address.of("Straße " + random.nextInt(200), String.format("%05d", random.nextInt(100000)), "Stadt"),
                    channels(random, true), served, partners(random), team(random),
                    new LinkedHashSet<>(languages(random)), openingHours(random, zone), history(random),
                    phases.get(random.nextInt(phases.size())).id()));
        }
        List<Offer> offers = new ArrayList<>();
        int offerCount = random.nextInt(4);
        for (int i = 0; i < offerCount; i++) {
            int org = random.nextInt(4);
            // Mostly one name and type per organisation id, sometimes another, as in real data.
            Organisation organisation = random.nextInt(5) == 0
                    ? Organisation.of(OrganisationId.of("org-" + org), "Anderer Name " + org, OrganisationType.OTHER)
                    : Organisation.of(OrganisationId.of("org-" + org), "Organisation " + org,
                            OrganisationType.values()[org]);
            offers.add(new Offer(OfferId.of("offer-" + i), "Angebot " + i + " " + text(random), organisation,
                    Category.values()[random.nextInt(Category.values().length)],
                    new LinkedHashSet<>(languages(random)),
                    new LinkedHashSet<>(pick(random, districts, 1 + random.nextInt(districts.size()))),
                    random.nextBoolean() ? null : text(random),
                    Capacity.of(CapacityStatus.values()[random.nextInt(3)], random.nextBoolean() ? null : text(random)),
                    referralChannel(random),
                    random.nextBoolean() ? null : new Address(text(random), "44" + (100 + random.nextInt(900)),
                            "Dortmund")));
        }
        return new Directory(network, contactPoints, offers);
    }

    private static ReferralChannel referralChannel(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ReferralChannel.of("Frau Beispiel", null);
            case 1 -> ReferralChannel.via(channels(random, false));
            default -> ReferralChannel.of("Herr Muster | Team", channels(random, false));
        };
    }

    private static Channels channels(Random random, boolean withWeb) {
        int mask = 1 + random.nextInt(7);
        return Channels.of((mask & 1) != 0 ? "0231 50-" + random.nextInt(1000) : null,
                (mask & 2) != 0 ? "info" + random.nextInt(10) + "@example.org" : null,
                (mask & 4) != 0 ? URI.create("https://example.org/" + random.nextInt(10)) : null);
    }

    private static List<Partner> partners(Random random) {
        List<Partner> partners = new ArrayList<>();
        int org = random.nextInt(4);
        partners.add(Partner.of(OrganisationId.of("org-" + org), "Partner " + text(random),
                random.nextBoolean() ? PartnerRole.OPERATOR : PartnerRole.STAFFING, PartnershipStatus.CONFIRMED));
        if (random.nextBoolean()) {
            partners.add(Partner.of(OrganisationId.of("partner-" + random.nextInt(3)), "Träger | e.V.",
                    PartnerRole.STAFFING, PartnershipStatus.values()[random.nextInt(2)]));
        }
        return partners;
    }

    private static Team team(Random random) {
        List<TeamMember> members = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            members.add(new TeamMember(TeamMemberId.of("m-" + i), "Mitglied " + i,
                    i == 0 ? TeamRole.STAFF : TeamRole.values()[random.nextInt(2)], new LinkedHashSet<>(languages(random))));
        }
        return new Team(members);
    }

    private static OpeningHours openingHours(Random random, ZoneId zone) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (DayOfWeek day : pick(random, List.of(DayOfWeek.values()), random.nextInt(4))) {
            LocalTime opens = LocalTime.of(7 + random.nextInt(6), random.nextInt(4) * 15);
            slots.add(WeeklySlot.of(day, opens, opens.plusMinutes(30 + random.nextInt(300)),
                    random.nextBoolean() ? SlotKind.OPEN : SlotKind.APPOINTMENT_ONLY));
        }
        List<Closure> closures = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            LocalDate start = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(700));
            closures.add(Closure.of(random.nextInt(4) == 0 ? ValidityPeriod.ofOpenEnd(start)
                    : ValidityPeriod.of(start, start.plusDays(random.nextInt(20))),
                    random.nextBoolean() ? ClosureKind.HOLIDAY : ClosureKind.TEMPORARY_CLOSURE, text(random)));
        }
        return new OpeningHours(zone, slots, closures);
    }

    private static List<StatusChange> history(Random random) {
        List<StatusChange> history = new ArrayList<>();
        ContactPointStatus status = ContactPointStatus.values()[random.nextInt(ContactPointStatus.values().length)];
        LocalDate date = LocalDate.of(2015, 6, 1).plusDays(random.nextInt(400));
        history.add(StatusChange.of(status, date, text(random)));
        int more = random.nextInt(4);
        for (int i = 0; i < more && !status.successors().isEmpty(); i++) {
            List<ContactPointStatus> next = new ArrayList<>(status.successors());
            next.sort(null);
            status = next.get(random.nextInt(next.size()));
            date = date.plusDays(random.nextInt(90));
            history.add(StatusChange.of(status, date, text(random)));
        }
        return history;
    }

    private static List<Language> languages(Random random) {
        return pick(random, LANGUAGES, 1 + random.nextInt(3)).stream().map(Language::of).toList();
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    static Set<String> districtNames() {
        return Set.copyOf(DISTRICTS);
    }
}
