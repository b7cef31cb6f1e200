package io.github.ankommen.bench;

import io.github.ankommen.bench.PeerStore.CaseRecord;
import io.github.ankommen.bench.PeerStore.Phase;
import io.github.ankommen.bench.PeerStore.Step;
import io.github.ankommen.bench.PeerStore.Worker;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Flowable 8.0.0: the lifecycle as a BPMN process of five user tasks ({@code case-lifecycle.bpmn20.xml})
 * on an in-memory H2 database, history level audit. Opening starts a process instance with the case
 * id as business key; each transition checks the actor's contact point, finds the case's open task
 * and completes it; the flows out of planning and monitoring carry the guards as conditions. An
 * execution listener on every flow writes the case's next value and its audit entry to a
 * {@link PeerStore}, beside Flowable's own history.
 *
 * <p>Flowable needs a long warm-up to settle (its engine and MyBatis caches, H2's plans): 9
 * iterations of 5 s here. Its database grows through the whole run: the engine is not rebuilt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 9, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FlowableLifecycle {

    private static final String[] TASKS = {"intake", "assessment", "planning", "linking", "monitoring"};

    /** Writes the case's next value and the audit entry for each flow taken. */
    public final class Audit implements ExecutionListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void notify(DelegateExecution execution) {
            String flow = execution.getCurrentActivityId();
            String id = execution.getProcessInstanceBusinessKey();
            Worker actor = acting;
            if ("open".equals(flow)) {
                store.open(id, Lifecycles.CLIENT, actor, Lifecycles.NEEDS);
                return;
            }
            Step step = Step.valueOf(flow.toUpperCase(java.util.Locale.ROOT));
            store.change(store.get(id), step.to, step == Step.CLOSE ? (String) execution.getVariable("outcome") : null,
                    actor, step.action);
        }
    }

    private ProcessEngine engine;
    private RuntimeService runtime;
    private TaskService tasks;
    private PeerStore store;
    private Worker acting;
    private long count;

    /** Builds the engine and deploys the process once per trial. */
    @Setup(Level.Trial)
    public void start() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("audit", new Audit());
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:flowable-bench;DB_CLOSE_DELAY=1000")
                .setHistoryLevel(HistoryLevel.AUDIT)
                .setAsyncExecutorActivate(false);
        ((org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl) configuration).setBeans(beans);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("case-lifecycle.bpmn20.xml").deploy();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        store = new PeerStore(Clock.systemUTC());
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
    }

    /**
     * Opens a case and moves it through the five phases to closed.
     *
     * @return the closed case
     */
    @Benchmark
    public CaseRecord lifecycle() {
        if (++count % Lifecycles.WINDOW == 0) {
            store = new PeerStore(Clock.systemUTC());
        }
        String id = "case-" + count;
        acting = Lifecycles.WORKER;
        Map<String, Object> variables = new HashMap<>();
        variables.put("needs", Lifecycles.NEEDS.size());
        variables.put("transferPending", false);
        variables.put("contactPoint", Lifecycles.CONTACT_POINT);
        ProcessInstance instance = runtime.startProcessInstanceByKey("caseLifecycle", id, variables);
        for (int i = 0; i < TASKS.length; i++) {
            CaseRecord current = store.get(id);
            if (!PeerStore.mayChange(Lifecycles.WORKER, current)) {
                throw new IllegalStateException(Lifecycles.WORKER.id() + " may not change case " + id);
            }
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            if (task == null || !TASKS[i].equals(task.getTaskDefinitionKey())) {
                throw new IllegalStateException("case " + id + " is not in " + TASKS[i]);
            }
            if (i == TASKS.length - 1) {
                tasks.complete(task.getId(), Map.of("outcome", Lifecycles.OUTCOME));
            } else {
                tasks.complete(task.getId());
            }
        }
        CaseRecord closed = store.get(id);
        if (closed.phase() != Phase.CLOSED || store.trailLength(id) != 6) {
            throw new IllegalStateException("the lifecycle did not close the case");
        }
        return closed;
    }
}
