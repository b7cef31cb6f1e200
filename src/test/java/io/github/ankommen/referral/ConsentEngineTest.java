package io.github.ankommen.referral;

import static io.github.ankommen.referral.Fixtures.CASEWORKER;
import static io.github.ankommen.referral.Fixtures.CONSENTS;
import static io.github.ankommen.referral.Fixtures.ENGINE;
import static io.github.ankommen.referral.Fixtures.PARTNER;
import static io.github.ankommen.referral.Fixtures.T0;
import static io.github.ankommen.referral.Fixtures.at;
import static io.github.ankommen.referral.Fixtures.consent;
import static io.github.ankommen.referral.Fixtures.draftCommand;
import static io.github.ankommen.referral.Fixtures.in;
import static io.github.ankommen.referral.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentGap;
import io.github.ankommen.consent.ConsentMissingException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentEngineTest {

    private static Referral requestedOn(String id, Consent consent) {
        Referral draft = ENGINE.draft(draftCommand(id), CASEWORKER, T0).updated();
        return ENGINE.apply(draft, request(consent), CASEWORKER, at(1)).updated();
    }

    @Test
    void withdrawalFlagsEveryOpenReferralThatDependsOnTheConsentAndTellsTheSender() {
        Consent consent = consent("consent-1");
        Consent other = consent("consent-2");
        Referral requested = requestedOn("r-1", consent);
        Referral accepted = ENGINE.apply(requestedOn("r-2", consent), ReferralCommand.accept(), PARTNER, at(2)).updated();
        Referral completed = ENGINE.apply(accepted, ReferralCommand.complete(ReferralOutcome.of(
                ReferralOutcome.Kind.APPOINTMENT_HELD)), PARTNER, at(3)).updated();
        Referral onOther = requestedOn("r-3", other);
        Referral draft = ENGINE.draft(draftCommand("r-4"), CASEWORKER, T0).updated();

        ConsentChange change = CONSENTS.withdraw(consent, List.of(onOther, completed, draft, requested, accepted),
                CASEWORKER, at(10));
        assertTrue(change.consent().isWithdrawn());
        assertEquals(List.of(ReferralId.of("r-1"), ReferralId.of("r-2")),
                change.flagged().stream().map(c -> c.updated().id()).toList());
        for (ReferralChange flagged : change.flagged()) {
            Referral r = flagged.updated();
            assertEquals(ConsentFlag.Kind.WITHDRAWN, r.flag().kind());
            assertEquals(consent.id(), r.flag().consent());
            assertEquals(ReferralAction.FLAG, flagged.history().action());
            assertNull(flagged.history().side());
            assertEquals(flagged.history().from(), flagged.history().to());
            assertNull(flagged.transfer());
            assertNull(flagged.closed());
            ReferralFlagged event = (ReferralFlagged) flagged.events().get(0);
            assertEquals(Fixtures.BRACKEL, event.contactPoint());
        }
        assertEquals(ReferralStatus.ACCEPTED, change.flagged().get(1).updated().status(), "a flag keeps the status");
        assertEquals(accepted.version() + 1, change.flagged().get(1).updated().version());
        ConsentWithdrawn event = (ConsentWithdrawn) change.events().get(0);
        assertEquals(List.of(ReferralId.of("r-1"), ReferralId.of("r-2")), event.flagged());
        assertEquals(3, change.allEvents().size());

        // No further data goes to the recipient on that consent.
        ConsentMissingException refused = assertThrows(ConsentMissingException.class,
                () -> ENGINE.apply(draft, request(change.consent()), CASEWORKER, at(11)));
        assertEquals(java.util.Set.of(ConsentGap.WITHDRAWN), refused.check().missing());

        // Withdrawing again changes nothing and flags nothing twice.
        List<Referral> now = change.flagged().stream().map(ReferralChange::updated).toList();
        ConsentChange again = CONSENTS.withdraw(change.consent(), now, CASEWORKER, at(12));
        assertEquals(change.consent(), again.consent());
        assertTrue(again.flagged().isEmpty());
        assertTrue(again.events().isEmpty());
    }

    @Test
    void expiryFlagsOnlyOnceTheLastValidDayHasPassed() {
        Consent consent = consent("consent-1"); // valid until 2 September 2026
        Referral requested = requestedOn("r-1", consent);
        ConsentChange early = CONSENTS.expire(consent, List.of(requested), CASEWORKER, Instant.parse("2026-09-02T21:00:00Z"));
        assertTrue(early.flagged().isEmpty());
        assertTrue(early.events().isEmpty());
        ConsentChange late = CONSENTS.expire(consent, List.of(requested), CASEWORKER, Instant.parse("2026-09-02T22:00:00Z"));
        assertEquals(ConsentFlag.Kind.EXPIRED, late.flagged().get(0).updated().flag().kind());
        assertEquals(consent, late.consent());
        assertEquals(List.of(requested.id()), ((ConsentExpired) late.events().get(0)).flagged());
    }

    @Test
    void aFlaggedReferralCanStillBeEnded() {
        Consent consent = consent("consent-1");
        Referral flagged = CONSENTS.withdraw(consent, List.of(requestedOn("r-1", consent)), CASEWORKER, at(5))
                .flagged().get(0).updated();
        Referral cancelled = ENGINE.apply(flagged, ReferralCommand.cancel(ReferralReason.CLIENT_DECLINED, null),
                CASEWORKER, at(6)).updated();
        assertEquals(ReferralStatus.CANCELLED, cancelled.status());
        assertTrue(cancelled.isFlagged());
    }

    @Test
    void referralsOfAnotherBasisAreNeverFlagged() {
        Referral onOverride = ENGINE.apply(in(ReferralStatus.DRAFT), ReferralCommand.request(TransferId.of("t"),
                List.of(), null, "Notfall"), Fixtures.OVERRIDER, at(1)).updated();
        assertTrue(CONSENTS.withdraw(consent("consent-1"), List.of(onOverride), CASEWORKER, at(2)).flagged().isEmpty());
    }
}
