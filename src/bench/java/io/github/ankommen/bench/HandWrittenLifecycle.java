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

/**
 * The practical lower bound: an enum state machine written by hand, on a {@link PeerStore}. It checks
 * what the library checks on the way (the state, the actor's contact point, the guard, the
 * compare-and-set) but validates nothing, builds no commands and keeps no indexes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HandWrittenLifecycle {

    private PeerStore store;
    private long count;

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
        fire(id, Step.ASSESS, Lifecycles.WORKER, null);
        fire(id, Step.PLAN, Lifecycles.WORKER, null);
        fire(id, Step.LINK, Lifecycles.WORKER, null);
        fire(id, Step.MONITOR, Lifecycles.WORKER, null);
        CaseRecord closed = fire(id, Step.CLOSE, Lifecycles.WORKER, Lifecycles.OUTCOME);
        if (closed.phase() != Phase.CLOSED) {
            throw new IllegalStateException("the lifecycle did not close the case");
        }
        return closed;
    }

    private CaseRecord fire(String id, Step step, Worker actor, String outcome) {
        CaseRecord current = store.get(id);
        if (current.phase != step.from) {
            throw new IllegalStateException(step + " does not leave " + current.phase);
        }
        if (!PeerStore.mayChange(actor, current)) {
            throw new IllegalStateException(actor.id() + " may not change case " + id);
        }
        if (step == Step.CLOSE && outcome == null) {
            throw new IllegalStateException("closing needs an outcome");
        }
        if (!step.allows(current)) {
            throw new IllegalStateException("the guard of " + step + " refuses");
        }
        return store.change(current, step.to, step == Step.CLOSE ? outcome : null, actor, step.action);
    }
}
