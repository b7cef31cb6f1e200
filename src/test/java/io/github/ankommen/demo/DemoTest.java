package io.github.ankommen.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    static String report() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertContains(String report, String... expected) {
        for (String line : expected) {
            assertTrue(report.contains(line), "missing \"" + line + "\" in\n" + report);
        }
    }

    @Test
    void printsEverySectionOfTheScenario() {
        String report = report();
        assertContains(report, "Network\n-------", "Cases\n-----", "Referrals and pathways\n", "Gaps\n----",
                "Data protection\n---------------", "Statistics (2018");
    }

    @Test
    void runsRetentionAfterAClosureAndASecondRunChangesNothing() {
        assertContains(report(), "demo-34 closed: client moved away", "record(s) anonymised in 1 case(s); a second run changes 0");
    }

    @Test
    void aCaseCannotCloseOverAnOpenReferralAndClosesAfterAHandOver() {
        assertContains(report(), "refused: close on demo-34, its referral(s) demo-75 still open",
                "handed over: referral demo-75 to jobcenter-dortmund, now cancelled\ndemo-34 closed: client moved away");
    }

    @Test
    void anAnonymousConsultationBecomesACaseAndIsCountedOnce() {
        assertContains(report(), "A consultation becomes a case\n-----",
                "anonymous consultation demo-99 at cp-brackel became case demo-101 of new client demo-100, in intake, "
                        + "needs HOUSING, LANGUAGE_COURSE",
                "consultations stored: 25 before, 25 after; opening entry: from consultation demo-99");
    }

    @Test
    void printsTheNetworkWithEverySiteAndItsDetails() {
        String report = report();
        assertContains(report, "2016 Pilotphase", "Lokal willkommen Brackel [cp-brackel], OPEN",
                "districts: Hörde from 2017-05-02, Hombruch from 2017-05-02",
                "Lütgendortmund [cp-luetgendortmund], PREPARING",
                "Deutsches Rotes Kreuz (DRK) (staffing, in discussion)", "European Homecare (staffing, in discussion)",
                "languages: ar, de, en, fa", "open now:  yes", "open now:  no, next opening Di. 05.06.2018 09:00");
        assertEquals(6, report.lines().filter(l -> l.startsWith("  Lokal willkommen ")).count(), report);
    }

    @Test
    void movesCasesThroughTheWorkflowWithAHoldARefusalAndATransfer() {
        assertContains(report(), "refused: link on demo-26 in planning (GUARD",
                "transfer: demo-32 from cp-brackel accepted by cp-aplerbeck, now with aplerbeck-city",
                "7  hold            linking    -> on_hold", "8  resume          on_hold    -> linking",
                "FOLLOW_UP demo-61 of demo-26, due 2018-06-06, 1 working day(s) late");
    }

    @Test
    void refersCasesRejectsForNoCapacityAndReportsTheGaps() {
        assertContains(report(), "12 referrals sent with consent: 4 rejected for no capacity, 2 completed",
                "flagged for its sender (WITHDRAWN)", "Anmeldung beim Jobcenter                      DONE",
                "Brackel         LANGUAGE_COURSE  2018-06: requested 3, no capacity 3, accepted 0");
    }

    @Test
    void showsStatisticsWithSuppressedCellsVisibleAsSuch() {
        String report = report();
        assertContains(report, "Consultations per contact point and channel:", "total                            19",
                "Aplerbeck / cp-aplerbeck         5      5");
        String statistics = report.substring(report.indexOf("Statistics (2018"));
        assertTrue(statistics.contains("•"), statistics);
    }

    @Test
    void writesTheDirectoryAsHsdsJsonAndSaysWhere() throws IOException {
        String report = report();
        assertContains(report, "Open data\n---------",
                "HSDS 3.0: 9 organizations, 11 services, 7 locations, 25 schedules written to target/dortmund-hsds.json",
                "read back: an equal directory, 0 omission(s)");
        JsonNode hsds = new ObjectMapper().readTree(Demo.HSDS_FILE.toFile());
        assertEquals(7, hsds.get("location").size());
        assertTrue(hsds.get("location").findValuesAsText("name").contains("Lokal willkommen Brackel"), hsds.toString());
    }

    @Test
    void matchesVolunteersAndInterpretersAndBooksAppointments() {
        assertContains(report(), "People\n------",
                "accompany a minor in Arabic at cp-hoerde-hombruch on Di. 05.06.2018 10:00: vol-hoerde-samira",
                "interpret Tigrinya at cp-brackel on Di. 05.06.2018 09:00: int-network-tigrinya",
                "with hoerde-hombruch-city and hoerde-hombruch-welfare",
                "next free appointment with an Arabic speaker at cp-hoerde-hombruch (walk-in hours included): "
                        + "Mo. 04.06.2018 10:30",
                "accompaniments recorded at cp-hoerde-hombruch: 1");
    }

    @Test
    void isTheSameOnEveryRun() {
        assertEquals(report(), report());
    }

    @Test
    void runsUnchangedOnPostgreSql() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                JdbcStore.builder(Postgres.newDatabase("demo")).migrateOnBuild(true).build(), "PostgreSQL");
        String onPostgres = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(report().replace("Store: in memory", "Store: PostgreSQL"), onPostgres);
    }
}
