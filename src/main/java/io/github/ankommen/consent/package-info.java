/**
 * API: consent (<i>Einwilligung</i>) and the other bases on which a client's data may go to a
 * receiving organisation.
 *
 * <p>A {@link io.github.ankommen.consent.Consent} names the client, the data categories, the
 * recipient and the purpose; blanket consent cannot be built. A
 * {@link io.github.ankommen.consent.LegalBasis} is a statutory basis that allows a transfer without
 * consent, and a {@link io.github.ankommen.consent.ConsentOverride} is the recorded decision of an
 * actor who holds {@link io.github.ankommen.access.Permission#CONSENT_OVERRIDE}. Whichever applies
 * becomes the {@link io.github.ankommen.consent.TransferBasis} of a transfer.
 * {@link io.github.ankommen.consent.ConsentCheck} says whether a transfer is covered, and if not,
 * what is missing. This package knows nothing of referrals; the referral package gates its
 * transitions on it.
 *
 * <p>Purposes, override reasons and other free text may hold personal data and never appear in a
 * {@code toString()} or an exception message; ids may.
 */
package io.github.ankommen.consent;
