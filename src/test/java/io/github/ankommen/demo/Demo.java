package io.github.ankommen.demo;

import io.github.ankommen.network.District;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's demo: runs the library's main job on the in-memory defaults and prints a report.
 *
 * <p>It lives in the test sources so that it never ships in the library jar, and {@code DemoTest}
 * runs it so that it cannot rot. Output is UTF-8 whatever the platform's default encoding is, so
 * "Hörde" and "Lütgendortmund" print intact.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo and prints its report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /**
     * Runs the demo.
     *
     * @param out where the report goes
     */
    static void run(PrintStream out) {
        out.println("ankommen demo");
        out.println("=============");
        out.println();
        out.println("Districts of the Dortmund pilot (2016):");
        for (String name : new String[] {"Brackel", "Aplerbeck"}) {
            out.println("  - " + District.of(name).name());
        }
    }
}
