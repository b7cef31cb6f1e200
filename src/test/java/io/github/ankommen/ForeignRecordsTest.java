package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, points 1 and 2, held against every public service method found by reflection that
 * takes the id of a client, case, consent or referral: with Brackel's record, every role outside
 * Brackel (a caseworker and a volunteer of Aplerbeck, a partner the referral is not addressed to, an
 * analyst) is denied, and Brackel's own caseworker is not (but for what coordinators alone may do).
 */
class ForeignRecordsTest {

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor OWN = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final List<Actor> FOREIGN = List.of(
            Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK),
            Actor.volunteer(ActorId.of("vol-aplerbeck"), TeamMemberId.of("brackel-volunteer"), Dortmund.APLERBECK),
            Actor.partner(ActorId.of("drk-1"), Dortmund.DRK),
            Actor.analyst(ActorId.of("analyst")));
    private static final Set<String> COORDINATORS_ALONE = Set.of("RetentionService.erase");
    private static final Set<Class<?>> IDS = Set.of(ClientId.class, CaseId.class, ConsentId.class, ReferralId.class);
    private static final String PURPOSE = "Vermittlung in Arbeit";

    private static Ankommen brackel() {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().clock(clock).ids(IdSource.sequence("t")).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        ankommen.pathways().save(COORDINATOR, io.github.ankommen.pathway.Pathways.examples().get(0));
        ankommen.cases().register(OWN, Dortmund.BRACKEL, Client.of(ClientId.of("client-1"), "P-1"));
        ankommen.cases().open(OWN, new OpenCase(CaseId.of("case-1"), ClientId.of("client-1"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), TeamMemberId.of("brackel-volunteer"), Set.of(Category.WORK)));
        ankommen.consents().record(OWN, Consent.obtained(ConsentId.of("consent-1"), ClientId.of("client-1"),
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, OWN.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        ankommen.referrals().draft(OWN, ReferralId.of("ref-1"), CaseId.of("case-1"), Dortmund.JOB_PLACEMENT,
                Set.of(DataCategory.BASIC), PURPOSE);
        return ankommen;
    }

    private static Map<Class<?>, Object> arguments() {
        Map<Class<?>, Object> args = new HashMap<>();
        args.put(ClientId.class, ClientId.of("client-1"));
        args.put(CaseId.class, CaseId.of("case-1"));
        args.put(ConsentId.class, ConsentId.of("consent-1"));
        args.put(ReferralId.class, ReferralId.of("ref-1"));
        args.put(ReferralCommand.class, ReferralCommand.enteredInError("Test"));
        args.put(CaseCommand.class, CaseCommand.fire(CaseWorkflows.ASSESS));
        args.put(OfferId.class, Dortmund.JOB_PLACEMENT);
        args.put(PathwayId.class, io.github.ankommen.pathway.Pathways.examples().get(0).id());
        args.put(Set.class, Set.of(DataCategory.BASIC));
        args.put(String.class, PURPOSE);
        args.put(long.class, 1L);
        args.put(List.class, List.of());
        args.put(Collection.class, List.of());
        return args;
    }

    @Test
    void p1_everyMethodTakingAClientCaseConsentOrReferralDeniesEveryRoleOutsideItsScope() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Method getter : Ankommen.class.getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getReturnType().getSimpleName().endsWith("Service")) {
                continue;
            }
            for (Method method : getter.getReturnType().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || List.of(method.getParameterTypes()).stream().noneMatch(IDS::contains)) {
                    continue;
                }
                String name = getter.getReturnType().getSimpleName() + "." + method.getName();
                checked++;
                for (Actor actor : FOREIGN) {
                    Throwable thrown = call(brackel(), getter, method, actor);
                    if (!(thrown instanceof AccessDeniedException)) {
                        failures.add(name + " by " + actor.id().value() + ": " + thrown);
                    }
                }
                if (!COORDINATORS_ALONE.contains(name)) {
                    Throwable thrown = call(brackel(), getter, method, OWN);
                    if (thrown instanceof AccessDeniedException) {
                        failures.add(name + " by the own caseworker: " + thrown.getMessage());
                    }
                }
            }
        }
        assertTrue(checked >= 15, "checked " + checked + " methods");
        assertEquals(List.of(), failures);
    }

    private static Throwable call(Ankommen ankommen, Method getter, Method method, Actor actor) throws Exception {
        Map<Class<?>, Object> args = arguments();
        Object[] values = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        values[0] = actor;
        for (int i = 1; i < types.length; i++) {
            // What is documented "or null" stays null: an override is a call of its own.
            String parameter = method.getParameters()[i].getName();
            values[i] = parameter.equals("overrideReason") || parameter.equals("legalBasis") ? null : args.get(types[i]);
            if (types[i] == CaseCommand.class && method.getName().equals("close")) {
                values[i] = CaseCommand.close(ClosureOutcome.OTHER); // close takes a closing command only
            }
        }
        try {
            method.invoke(getter.invoke(ankommen), values);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }
}
