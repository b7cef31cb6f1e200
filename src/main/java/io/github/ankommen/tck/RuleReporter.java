package io.github.ankommen.tck;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each TCK rule within its time limit, and makes every failure name the rule, the seed and the
 * last call the rule made on the store.
 *
 * <p>The rule runs on a thread of its own, so that a store that hangs (in a lock, on a database that
 * never answers) fails the rule after {@link StoreTck#testTimeLimit()} instead of holding the build;
 * the thread is interrupted, and the threads of a concurrency rule are told to stop.
 */
final class RuleReporter implements InvocationInterceptor {

    RuleReporter() {
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        StoreTck tck = (StoreTck) extensionContext.getRequiredTestInstance();
        String rule = extensionContext.getDisplayName().split(" ", 2)[0];
        Duration limit = tck.testTimeLimit();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                invocation.proceed();
            } catch (Throwable thrown) {
                throw new Failure(thrown);
            }
            return null;
        });
        Thread thread = new Thread(task, "tck-" + rule);
        thread.setDaemon(true);
        thread.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            tck.stopContention();
            thread.interrupt();
            throw new AssertionError(tck.context(rule) + ": did not finish within " + limit.toSeconds()
                    + " s (StoreTck.testTimeLimit()); the store hangs or is too slow");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof Failure failure ? failure.getCause() : e.getCause();
            if (isAbort(cause)) {
                throw cause;
            }
            String message = cause instanceof AssertionError ? cause.getMessage()
                    : "threw " + cause.getClass().getName() + ": " + cause.getMessage();
            AssertionError report = new AssertionError(tck.context(rule) + ": " + message, cause);
            report.setStackTrace(cause.getStackTrace());
            throw report;
        }
    }

    /** An assumption that did not hold: the rule is skipped, not failed. */
    private static boolean isAbort(Throwable thrown) {
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.opentest4j.TestAbortedException")) {
                return true;
            }
        }
        return false;
    }

    /** Carries whatever the rule threw out of the task. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(Throwable cause) {
            super(cause);
        }
    }
}
