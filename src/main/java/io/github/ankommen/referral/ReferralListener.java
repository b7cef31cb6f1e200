package io.github.ankommen.referral;


/**
 * Receives referral events, such as to tell the sending caseworker that the receiving organisation
 * accepted a referral. Applications register listeners with {@code Ankommen.Builder.listener}; the library
 * itself never sends mail or SMS.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReferralListener {

    /**
     * Receives one event. It is called on the publishing thread; an exception it throws is logged
     * by the library and keeps no other listener from the event.
     *
     * @param event the event, not null
     */
    void onEvent(ReferralEvent event);
}
