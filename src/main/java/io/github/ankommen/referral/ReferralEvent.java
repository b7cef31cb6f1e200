package io.github.ankommen.referral;

import java.time.Instant;

/**
 * Something that happened to a referral or to the consent it depends on, for
 * {@link ReferralListener}s.
 *
 * <p>Each change that {@link ReferralEngine} or {@link ConsentEngine} returns carries the events to
 * publish once a store has written it; the services hand them to the listeners. An event
 * carries ids and enums only, never personal data, so it may be logged. The sending caseworker
 * learns of every change on the receiving side from {@link ReferralStatusChanged} events whose
 * {@link ReferralStatusChanged#side() side} is {@link Side#RECEIVER}, addressed by the sending
 * contact point; that closes the loop. The library itself never sends mail or SMS.
 *
 * @since 0.1.0
 */
public sealed interface ReferralEvent permits ReferralStatusChanged, ReferralFlagged, ConsentWithdrawn, ConsentExpired {

    /**
     * When it happened.
     *
     * @return the instant
     */
    Instant at();
}
