package io.github.ankommen.statistics;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseEngine;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Change;
import io.github.ankommen.casework.Channel;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.ResidenceStatus;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
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
import java.util.function.Function;

/**
 * Random but realistic case work from a seed: clients with names and sensitive data, consultations,
 * and cases driven through the real engine with free text, holds, closures and reopenings, so that
 * the audit trails are the engine's own.
 */
public final class Histories {

    public static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    public static final ContactPointId EVING = ContactPointId.of("cp-eving");
    public static final ContactPointId HOERDE = ContactPointId.of("cp-hoerde");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Function<ContactPointId, District> DISTRICTS = Map.of(
            BRACKEL, District.of("Brackel"), EVING, District.of("Eving"), HOERDE, District.of("Hörde"))::get;
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    public final List<Client> clients = new ArrayList<>();
    public final List<Consultation> consultations = new ArrayList<>();
    public final List<Case> cases = new ArrayList<>();
    public final List<AuditEntry> trail = new ArrayList<>();

    private Histories() {
    }

    /**
     * Builds a history.
     *
     * @param seed the seed
     * @param size roughly how many clients
     * @return the history
     */
    public static Histories of(long seed, int size) {
        Random random = new Random(seed);
        Histories h = new Histories();
        List<ContactPointId> sites = List.of(BRACKEL, EVING, HOERDE);
        CaseEngine engine = CaseEngine.of(CaseWorkflows.dgcc());
        Actor coordinator = Actor.coordinator(ActorId.of("coordinator"));
        for (int n = 0; n < size; n++) {
            ClientId clientId = ClientId.of("client-" + n);
            h.clients.add(new Client(clientId, "K-2026-" + n,
                    new BasicData(random.nextBoolean() ? "Amira" : "A. K.", Year.of(1970 + random.nextInt(40)),
                            1 + random.nextInt(4), Set.of(Language.of("ar")), YearMonth.of(2025, 1 + random.nextInt(12)),
                            1 + random.nextInt(6)),
                    random.nextBoolean() ? new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, "Diabetes")
                            : SensitiveData.none()));
            ContactPointId site = sites.get(random.nextInt(sites.size()));
            for (int c = random.nextInt(3); c > 0; c--) {
                h.consultations.add(new Consultation(ConsultationId.of("cons-" + n + "-" + c), site,
                        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200)), categories(random),
                        Language.of("ar"), Channel.values()[random.nextInt(Channel.values().length)],
                        random.nextBoolean() ? clientId : null, null));
            }
            if (random.nextInt(4) == 0) {
                continue;
            }
            Instant at = START.plusSeconds(3600L * random.nextInt(24 * 200));
            Change change = engine.open(new OpenCase(CaseId.of("case-" + n), clientId, site, TeamMemberId.of("tm-1"),
                    random.nextBoolean() ? TeamMemberId.of("tm-vol") : null, categories(random)), coordinator, at);
            List<AuditEntry> entries = new ArrayList<>(List.of(change.audit()));
            Case c = change.updated();
            List<CaseCommand> commands = new ArrayList<>(List.of(
                    new CaseCommand.AddGoal(GoalId.of("g-1"), "Frau K. möchte B1 erreichen", List.of("VHS anrufen"),
                            LocalDate.of(2026, 9, 1)),
                    new CaseCommand.AgreeGoal(GoalId.of("g-1")),
                    new CaseCommand.AddFollowUp(FollowUpId.of("f-1"), LocalDate.of(2026, 3, 1), "Termin mit Herrn B."),
                    CaseCommand.fire("assess")));
            if (random.nextBoolean()) {
                commands.add(CaseCommand.hold("krank"));
                commands.add(CaseCommand.resume());
            }
            int closings = random.nextInt(3);
            for (int i = 0; i < closings; i++) {
                if (i > 0) {
                    commands.add(CaseCommand.reopen("zieht zurück"));
                }
                commands.add(CaseCommand.close(ClosureOutcome.values()[random.nextInt(ClosureOutcome.values().length)]));
            }
            for (CaseCommand command : commands) {
                at = at.plusSeconds(3600L * (1 + random.nextInt(24 * 30)));
                change = engine.apply(c, command, coordinator, at);
                c = change.updated();
                entries.add(change.audit());
            }
            h.cases.add(c);
            h.trail.addAll(entries);
        }
        return h;
    }

    private static Set<Category> categories(Random random) {
        Set<Category> set = EnumSet.noneOf(Category.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            set.add(Category.values()[random.nextInt(4)]);
        }
        return set;
    }
}
