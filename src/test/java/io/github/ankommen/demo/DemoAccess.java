package io.github.ankommen.demo;

import io.github.ankommen.storage.Store;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lets tests in other packages run the demo scenario and look at what it left behind. */
public final class DemoAccess {

    private DemoAccess() {
    }

    /**
     * What a run of the scenario leaves.
     *
     * @param store the store it ran on
     * @param refusals the exceptions it met
     * @param personalData the personal data it entered
     */
    public record Result(Store store, List<RuntimeException> refusals, List<String> personalData) {
    }

    /**
     * Runs the scenario, discarding its report.
     *
     * @return what it left
     */
    public static Result run() {
        Demo.Run run = Demo.run(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        List<String> personal = new ArrayList<>(Demo.FIRST_NAMES);
        personal.addAll(Demo.NOTES);
        return new Result(run.ankommen().store(), run.refusals(), personal);
    }
}
