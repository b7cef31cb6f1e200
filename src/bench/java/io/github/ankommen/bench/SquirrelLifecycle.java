package io.github.ankommen.bench;

import io.github.ankommen.bench.PeerStore.CaseRecord;
import io.github.ankommen.bench.PeerStore.Phase;
import io.github.ankommen.bench.PeerStore.Step;
import io.github.ankommen.bench.PeerStore.Worker;
import java.time.Clock;
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
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * squirrel-foundation 0.3.10: one state machine per case from a builder made once, each transition
 * guarded by a condition (the actor's contact point and the step's guard) and performing an action
 * that writes the case's next value and its audit entry to a {@link PeerStore}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SquirrelLifecycle {

    /** The machine type squirrel instantiates per case. */
    public static class CaseMachine extends AbstractStateMachine<CaseMachine, Phase, Step, Command> {
        /** Called by squirrel. */
        public CaseMachine() {
        }
    }

    /** The context of one event: who, on which case as it is now, with which outcome. */
    public static final class Command {
        final PeerStore store;
        final Worker actor;
        final CaseRecord current;
        final String outcome;

        Command(PeerStore store, Worker actor, CaseRecord current, String outcome) {
            this.store = store;
            this.actor = actor;
            this.current = current;
            this.outcome = outcome;
        }
    }

    private StateMachineBuilder<CaseMachine, Phase, Step, Command> builder;
    private PeerStore store;
    private long count;

    /** Defines the machine once per trial, and makes the first machine so that squirrel prepares it. */
    @Setup(Level.Trial)
    public void define() {
        builder = StateMachineBuilderFactory.create(CaseMachine.class, Phase.class, Step.class, Command.class);
        AnonymousAction<CaseMachine, Phase, Step, Command> write = new AnonymousAction<>() {
            @Override
            public void execute(Phase from, Phase to, Step step, Command command, CaseMachine machine) {
                command.store.change(command.current, to, step == Step.CLOSE ? command.outcome : null, command.actor,
                        step.action);
            }
        };
        for (Step step : Step.values()) {
            AnonymousCondition<Command> guard = new AnonymousCondition<>() {
                @Override
                public boolean isSatisfied(Command command) {
                    return command.current.phase() == step.from && PeerStore.mayChange(command.actor, command.current)
                            && (step != Step.CLOSE || command.outcome != null) && step.allows(command.current);
                }
            };
            if (step.to == Phase.CLOSED) {
                builder.externalTransition().from(step.from).toFinal(step.to).on(step).when(guard).perform(write);
            } else {
                builder.externalTransition().from(step.from).to(step.to).on(step).when(guard).perform(write);
            }
        }
        builder.newStateMachine(Phase.INTAKE);
    }

    /** Starts every iteration with an empty store. */
    @Setup(Level.Iteration)
    public void freshStore() {
        store = new PeerStore(Clock.systemUTC());
        count = 0;
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
        CaseMachine machine = builder.newStateMachine(Phase.INTAKE);
        machine.start(null);
        fire(machine, id, Step.ASSESS, null);
        fire(machine, id, Step.PLAN, null);
        fire(machine, id, Step.LINK, null);
        fire(machine, id, Step.MONITOR, null);
        fire(machine, id, Step.CLOSE, Lifecycles.OUTCOME);
        CaseRecord closed = store.get(id);
        if (closed.phase() != Phase.CLOSED || store.trailLength(id) != 6) {
            throw new IllegalStateException("the lifecycle did not close the case");
        }
        return closed;
    }

    private void fire(CaseMachine machine, String id, Step step, String outcome) {
        machine.fire(step, new Command(store, Lifecycles.WORKER, store.get(id), outcome));
        if (machine.getCurrentState() != step.to) {
            throw new IllegalStateException(step + " was declined in " + machine.getCurrentState());
        }
    }
}
