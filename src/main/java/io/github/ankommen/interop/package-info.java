/**
 * API: the directory and the referrals in the shapes other systems read: the directory as Open
 * Referral HSDS 3.0 ({@link io.github.ankommen.interop.HsdsExport}, {@link io.github.ankommen.interop.HsdsImport})
 * and a referral as an HL7 FHIR R4 {@code Task} ({@link io.github.ankommen.interop.FhirTask}).
 *
 * <p>Everything here is pure: it converts values into plain data (maps and lists of strings, numbers
 * and booleans, which any JSON library serialises) and back, and never reads or writes a store. The
 * library itself depends on no JSON library. See {@code docs/interop.md} for the mapping tables.
 */
package io.github.ankommen.interop;
