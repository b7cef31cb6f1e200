package io.github.ankommen.bench;

import io.github.ankommen.bench.PeerStore.CaseRecord;
import io.github.ankommen.bench.PeerStore.Phase;
import io.github.ankommen.bench.PeerStore.Step;
import io.github.ankommen.bench.PeerStore.Worker;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine 4.0.2: a machine per case from a factory built once (without a Spring
 * context, through {@code StateMachineBuilder}), started reactively, driven with
 * {@code sendEvent(Mono)}; guards check the actor's contact point and the step's guard, actions write
 * the case's next value and its audit entry to a {@link PeerStore}. The case id, the actor and the
 * outcome travel as message headers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SpringStatemachineLifecycle {

    private static final String CASE = "case";
    private static final String ACTOR = "actor";
    private static final String OUTCOME = "outcome";

    private StateMachineFactory<Phase, Step> factory;
    private PeerStore store;
    private long count;

    /**
     * Builds the factory once per trial.
     *
     * @throws Exception if Spring Statemachine refuses the configuration
     */
    @Setup(Level.Trial)
    public void define() throws Exception {
        StateMachineBuilder.Builder<Phase, Step> builder = StateMachineBuilder.builder();
        builder.configureConfiguration().withConfiguration().autoStartup(false);
        builder.configureStates().withStates().initial(Phase.INTAKE).end(Phase.CLOSED).states(EnumSet.allOf(Phase.class));
        ExternalTransitionConfigurer<Phase, Step> transitions = builder.configureTransitions().withExternal();
        Step[] steps = Step.values();
        for (int i = 0; i < steps.length; i++) {
            Step step = steps[i];
            transitions.source(step.from).target(step.to).event(step)
                    .guard(context -> allows(context, step))
                    .action(context -> write(context, step));
            if (i < steps.length - 1) {
                transitions = transitions.and().withExternal();
            }
        }
        factory = builder.createFactory();
    }

    /** Starts every iteration with an empty store. */
    @Setup(Level.Iteration)
    public void freshStore() {
        store = new PeerStore(Clock.systemUTC());
        count = 0;
    }

    private boolean allows(StateContext<Phase, Step> context, Step step) {
        CaseRecord current = store.get((String) context.getMessageHeader(CASE));
        Worker actor = (Worker) context.getMessageHeader(ACTOR);
        return current.phase() == step.from && PeerStore.mayChange(actor, current)
                && (step != Step.CLOSE || context.getMessageHeader(OUTCOME) != null) && step.allows(current);
    }

    private void write(StateContext<Phase, Step> context, Step step) {
        CaseRecord current = store.get((String) context.getMessageHeader(CASE));
        store.change(current, step.to, step == Step.CLOSE ? (String) context.getMessageHeader(OUTCOME) : null,
                (Worker) context.getMessageHeader(ACTOR), step.action);
    }

    /**
     * Opens a case and moves it through the five phases to closed.
     *
     * @return the closed case
     */
    @Benchmark
    public CaseRecord lifecycle() {
        if (++count % Lifecycles.WINDOW == 0) {
            freshStore();
        }
        String id = "case-" + count;
        store.open(id, Lifecycles.CLIENT, Lifecycles.WORKER, Lifecycles.NEEDS);
        StateMachine<Phase, Step> machine = factory.getStateMachine(id);
        machine.startReactively().block();
        fire(machine, id, Step.ASSESS, null);
        fire(machine, id, Step.PLAN, null);
        fire(machine, id, Step.LINK, null);
        fire(machine, id, Step.MONITOR, null);
        fire(machine, id, Step.CLOSE, Lifecycles.OUTCOME);
        CaseRecord closed = store.get(id);
        if (closed.phase() != Phase.CLOSED || machine.getState().getId() != Phase.CLOSED || store.trailLength(id) != 6) {
            throw new IllegalStateException("the lifecycle did not close the case");
        }
        return closed;
    }

    private static void fire(StateMachine<Phase, Step> machine, String id, Step step, String outcome) {
        MessageBuilder<Step> message = MessageBuilder.withPayload(step).setHeader(CASE, id)
                .setHeader(ACTOR, Lifecycles.WORKER);
        if (outcome != null) {
            message.setHeader(OUTCOME, outcome);
        }
        Message<Step> built = message.build();
        StateMachineEventResult<Phase, Step> result = machine.sendEvent(Mono.just(built)).blockLast();
        if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED
                || machine.getState().getId() != step.to) {
            throw new IllegalStateException(step + " was declined");
        }
    }
}
