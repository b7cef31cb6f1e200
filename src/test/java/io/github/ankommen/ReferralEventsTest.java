package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.DraftReferral;
import io.github.ankommen.referral.ReferralChange;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralEvent;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralListener;
import io.github.ankommen.referral.ResponseDeadlines;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralEventsTest {

    private static final String SECRET = "Fatima Geheim";
    private static final ReferralEngine ENGINE = ReferralEngine.of(
            ResponseDeadlines.of(WorkingDays.of(HolidayCalendar.nrw())), ZoneId.of("Europe/Berlin"));
    private static final ContactPointId BRACKEL = ContactPointId.of("cp-brackel");
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("anna"), BRACKEL);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final DraftReferral DRAFT = new DraftReferral(ReferralId.of("r-1"), CaseId.of("case-1"),
            ClientId.of("client-1"), BRACKEL, OfferId.of("offer-jobcenter"), OrganisationId.of("jobcenter-dortmund"),
            Category.WORK, Set.of(DataCategory.BASIC), "Vermittlung in Arbeit");

    @Test
    void aThrowingListenerStopsNoOtherListener() {
        List<ReferralEvent> seen = new ArrayList<>();
        ReferralListener broken = event -> {
            throw new IllegalStateException(SECRET);
        };
        ReferralEvents events = ReferralEvents.of(broken, seen::add).with(seen::add);
        ReferralChange drafted = ENGINE.draft(DRAFT, CASEWORKER, T0);
        assertEquals(1, events.publish(drafted.events().get(0)));
        assertEquals(2, seen.size());
        assertEquals(2, events.publishAll(List.of(drafted.events().get(0), drafted.events().get(0))));
        assertEquals(6, seen.size());
        assertEquals(0, ReferralEvents.of().publish(drafted.events().get(0)));
        assertThrows(NullPointerException.class, () -> events.publish(null));
    }
}
