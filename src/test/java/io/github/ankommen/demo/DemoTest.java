package io.github.ankommen.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    private static String report() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheNetworkWithEverySiteAndItsDetails() {
        String report = report();
        for (String expected : new String[] {"Network", "2016 Pilotphase", "Lokal willkommen Brackel [cp-brackel], OPEN",
            "districts: Hörde from 2017-05-02, Hombruch from 2017-05-02", "Lütgendortmund [cp-luetgendortmund], PLANNED",
            "Deutsches Rotes Kreuz (DRK) (staffing, in discussion)", "European Homecare (staffing, in discussion)",
            "languages: ar, de, en, fa", "open now:  yes", "open now:  no, next opening Di. 05.06.2018 09:00"}) {
            assertTrue(report.contains(expected), "missing \"" + expected + "\" in\n" + report);
        }
        assertEquals(6, report.lines().filter(l -> l.startsWith("  Lokal willkommen ")).count(), report);
    }

    @Test
    void movesCasesThroughTheWorkflow() {
        String report = report();
        for (String expected : new String[] {"Cases", "refused: link on demo-4 in planning (GUARD)",
            "demo-4 at cp-brackel: monitoring, version 8", "demo-6 at cp-hoerde-hombruch: closed, version 5",
            "4  resume          on_hold    -> assessment", "FOLLOW_UP demo-8 of demo-4, due 2018-06-06, 1 working day(s) late"}) {
            assertTrue(report.contains(expected), "missing \"" + expected + "\" in\n" + report);
        }
    }

    @Test
    void isTheSameOnEveryRun() {
        assertEquals(report(), report());
    }
}
