/**
 * API: referrals (<i>Vermittlung</i>) as values: a case handed to an offer of a receiving
 * organisation, for a need, with the loop closed back to the sending contact point.
 *
 * <p>A {@link io.github.ankommen.referral.Referral} follows the status machine of the HL7 SDOH
 * Clinical Care profile of FHIR Task ({@link io.github.ankommen.referral.ReferralStatus},
 * {@link io.github.ankommen.referral.ReferralAction}); each action belongs to a
 * {@link io.github.ankommen.referral.Side}. {@link io.github.ankommen.referral.ReferralEngine}
 * applies commands and returns each change with its history entry, the
 * {@link io.github.ankommen.referral.TransferRecord} of a request (the transfer ledger), the note for
 * the case's history when a referral ends, and the events for
 * {@link io.github.ankommen.referral.ReferralListener}s. A request is gated on consent (package
 * {@code io.github.ankommen.consent}); {@link io.github.ankommen.referral.ConsentEngine} flags the
 * referrals that depend on a withdrawn or expired consent.
 * {@link io.github.ankommen.referral.ReferralDeadlines} answers which referrals are overdue or
 * stalled, and {@link io.github.ankommen.referral.GapReport} where capacity is lacking. Nothing here
 * stores anything, reads a clock or makes up ids: the caller passes instants and ids.
 *
 * <p>Personal data (purposes, notes, reasons typed by staff) never appears in a {@code toString()},
 * an exception message or a log line; ids may.
 */
package io.github.ankommen.referral;
