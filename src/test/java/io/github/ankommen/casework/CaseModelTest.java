package io.github.ankommen.casework;

import static io.github.ankommen.casework.Fixtures.BRACKEL;
import static io.github.ankommen.casework.Fixtures.CASEWORKER;
import static io.github.ankommen.casework.Fixtures.COORDINATOR;
import static io.github.ankommen.casework.Fixtures.EVING;
import static io.github.ankommen.casework.Fixtures.EVING_CASEWORKER;
import static io.github.ankommen.casework.Fixtures.VOLUNTEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Role;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based test: long random sequences of commands go to the real engine and to a trivially
 * simple model of the default workflow, and the two must agree after every step. QuickTheories
 * reports the seed of a failing run, so that it can be replayed.
 */
class CaseModelTest {

    private static final List<Actor> ACTORS = List.of(COORDINATOR, CASEWORKER, EVING_CASEWORKER, VOLUNTEER);
    private static final List<String> KINDS = List.of("open", "assess", "plan", "link", "monitor", "replan", "hold",
            "resume", "close", "reopen", "request_transfer", "accept_transfer", "reject_transfer", "add_goal",
            "agree_goal", "add_follow_up");
    private static final Set<String> PHASES = Set.of("intake", "assessment", "planning", "linking", "monitoring");

    /** One generated step: what, by whom, with which item, and whether the required input is left out. */
    record Step(String kind, int actor, int item, boolean withoutInput) {
        @Override
        public String toString() {
            return kind + "/" + ACTORS.get(actor).id() + "/" + item + (withoutInput ? "/no-input" : "");
        }
    }

    private static Gen<Step> steps() {
        return Generate.pick(KINDS).zip(Generate.range(0, ACTORS.size() - 1), Generate.range(0, 2),
                Generate.range(0, 4), (kind, actor, item, missing) -> new Step(kind, actor, item, missing == 0));
    }

    @Test
    void engineAgreesWithTheModelOnLongRandomSequences() {
        qt().withExamples(300).forAll(lists().of(steps()).ofSizeBetween(1, 200)).checkAssert(CaseModelTest::run);
    }

    private static void run(List<Step> steps) {
        CaseEngine engine = CaseEngine.of(CaseWorkflows.dgcc());
        Model model = new Model();
        Case c = null;
        List<AuditEntry> trail = new ArrayList<>();
        Instant now = Fixtures.T0;
        int n = 0;
        for (Step step : steps) {
            n++;
            now = now.plusSeconds(60);
            Actor actor = ACTORS.get(step.actor());
            boolean expected = model.accepts(step, actor);
            Change change = null;
            try {
                if (step.kind().equals("open")) {
                    if (c != null) {
                        continue; // one case per run; opening again is not a command on a case
                    }
                    change = engine.open(Fixtures.openCommand(), actor, now);
                } else if (c == null) {
                    continue;
                } else {
                    change = engine.apply(c, command(step), actor, now);
                }
            } catch (IllegalTransitionException refused) {
                if (expected) {
                    fail("step " + n + " " + step + " was refused: " + refused.getMessage());
                }
                if (c != null) {
                    assertEquals(c.id(), refused.caseId());
                    assertEquals(c.state(), refused.current());
                }
            }
            if (change == null) {
                if (expected) {
                    fail("step " + n + " " + step + " was expected to apply");
                }
                assertEquals(model.version, trail.size(), "a refused command wrote no audit entry");
                continue;
            }
            if (!expected) {
                fail("step " + n + " " + step + " was applied, but the model refuses it in state " + model.state);
            }
            String before = c == null ? null : c.state().name();
            model.apply(step);
            c = change.updated();
            trail.add(change.audit());
            assertEquals(model.state, c.state().name(), "state after step " + n + " " + step);
            assertEquals(model.version, c.version(), "version after step " + n);
            assertEquals(trail.size(), c.version(), "one audit entry per change");
            assertEquals(c.version(), change.audit().version());
            assertEquals(model.contactPoint, c.contactPoint());
            assertEquals(model.transfer != null, c.hasPendingTransfer());
            assertEquals(model.goals.size(), c.goals().size());
            if ("closed".equals(before) && !c.state().name().equals("closed")) {
                assertEquals("reopen", change.audit().transition(), "a terminal state is left only by reopen");
            }
            assertEquals(model.reopenings, c.reopenings().size());
        }
        for (int i = 0; i < trail.size(); i++) {
            assertEquals(i + 1, trail.get(i).version(), "the trail has versions 1, 2, 3, ... without gaps");
        }
    }

    private static CaseCommand command(Step step) {
        String reason = step.withoutInput() ? " " : "Grund";
        return switch (step.kind()) {
            case "hold" -> CaseCommand.hold(reason);
            case "reopen" -> CaseCommand.reopen(reason);
            case "reject_transfer" -> CaseCommand.rejectTransfer(reason);
            case "close" -> CaseCommand.close(step.withoutInput() ? null : ClosureOutcome.OTHER);
            case "request_transfer" -> CaseCommand.requestTransfer(step.withoutInput() ? null : target(step), null);
            case "accept_transfer" -> CaseCommand.acceptTransfer(step.withoutInput() ? null : TeamMemberId.of("tm-new"));
            case "add_goal" -> Fixtures.goal("g" + step.item());
            case "agree_goal" -> new CaseCommand.AgreeGoal(GoalId.of("g" + step.item()));
            case "add_follow_up" -> new CaseCommand.AddFollowUp(FollowUpId.of("f" + step.item()), Fixtures.DAY0, null);
            default -> CaseCommand.fire(step.kind());
        };
    }

    private static ContactPointId target(Step step) {
        return step.item() == 0 ? BRACKEL : EVING;
    }

    /** The model: the default workflow written out by hand, as plainly as possible. */
    static final class Model {
        String state;
        String previous;
        ContactPointId contactPoint = BRACKEL;
        ContactPointId transfer;
        long version;
        int reopenings;
        final Set<Integer> goals = new HashSet<>();
        final Set<Integer> agreed = new HashSet<>();
        final Set<Integer> followUps = new HashSet<>();

        boolean accepts(Step step, Actor actor) {
            String kind = step.kind();
            if (kind.equals("open")) {
                return state == null && staffAt(actor, BRACKEL);
            }
            if (state == null) {
                return false;
            }
            boolean movable = PHASES.contains(state) || state.equals("on_hold");
            boolean in = !step.withoutInput();
            switch (kind) {
                case "add_goal":
                    return !state.equals("closed") && staffAt(actor, contactPoint) && !goals.contains(step.item());
                case "agree_goal":
                    return !state.equals("closed") && staffAt(actor, contactPoint) && goals.contains(step.item())
                            && !agreed.contains(step.item());
                case "add_follow_up":
                    return !state.equals("closed") && staffAt(actor, contactPoint) && !followUps.contains(step.item());
                case "accept_transfer":
                case "reject_transfer":
                    return movable && in && transfer != null && staffAt(actor, transfer);
                default:
                    break;
            }
            if (!staffAt(actor, contactPoint)) {
                return false;
            }
            return switch (kind) {
                case "assess" -> state.equals("intake");
                case "plan" -> state.equals("assessment");
                case "link" -> state.equals("planning") && !agreed.isEmpty();
                case "monitor" -> state.equals("linking");
                case "replan" -> state.equals("linking") || state.equals("monitoring");
                case "hold" -> PHASES.contains(state) && in;
                case "resume" -> state.equals("on_hold");
                case "close" -> PHASES.contains(state) && in && transfer == null;
                case "reopen" -> state.equals("closed") && in;
                case "request_transfer" -> movable && in && transfer == null && !target(step).equals(contactPoint);
                default -> throw new AssertionError(kind);
            };
        }

        void apply(Step step) {
            version++;
            String to = state;
            switch (step.kind()) {
                case "open" -> to = "intake";
                case "assess" -> to = "assessment";
                case "plan", "replan" -> to = "planning";
                case "link" -> to = "linking";
                case "monitor" -> to = "monitoring";
                case "hold" -> to = "on_hold";
                case "resume" -> to = previous;
                case "close" -> to = "closed";
                case "reopen" -> {
                    to = "assessment";
                    reopenings++;
                }
                case "request_transfer" -> transfer = target(step);
                case "accept_transfer" -> {
                    contactPoint = transfer;
                    transfer = null;
                }
                case "reject_transfer" -> transfer = null;
                case "add_goal" -> goals.add(step.item());
                case "agree_goal" -> agreed.add(step.item());
                case "add_follow_up" -> followUps.add(step.item());
                default -> throw new AssertionError(step.kind());
            }
            if (state != null && !to.equals(state)) {
                previous = state;
            }
            state = to;
        }

        private static boolean staffAt(Actor actor, ContactPointId contactPoint) {
            return actor.role() == Role.COORDINATOR
                    || (actor.role() == Role.CASEWORKER && actor.contactPoints().contains(contactPoint));
        }
    }

    @Test
    void theModelIsNotTrivial() {
        // A run that reaches closed and comes back proves that the generator covers the interesting paths.
        List<Step> path = List.of(new Step("open", 1, 0, false), new Step("assess", 1, 0, false),
                new Step("plan", 1, 0, false), new Step("add_goal", 1, 0, false), new Step("agree_goal", 1, 0, false),
                new Step("link", 1, 0, false), new Step("hold", 1, 0, false), new Step("resume", 1, 0, false),
                new Step("request_transfer", 1, 1, false), new Step("accept_transfer", 2, 0, false),
                new Step("close", 2, 0, false), new Step("reopen", 0, 0, false));
        run(path);
        Model model = new Model();
        path.forEach(s -> {
            assertTrue(model.accepts(s, ACTORS.get(s.actor())), s.toString());
            model.apply(s);
        });
        assertEquals("assessment", model.state);
        assertEquals(EVING, model.contactPoint);
    }
}
