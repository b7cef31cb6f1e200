package io.github.ankommen.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.ViolationMessages;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final OrganisationId JOBCENTER = OrganisationId.of("jobcenter");
    private static final ActorId ANNA = ActorId.of("anna");
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final Set<DataCategory> BASIC = Set.of(DataCategory.BASIC);

    private static Consent consent(String id, Set<DataCategory> categories, LocalDate until) {
        return Consent.obtained(ConsentId.of(id), CLIENT, categories, JOBCENTER, PURPOSE, ANNA, T0, DAY0, until);
    }

    @Test
    void blanketConsentCannotBeConstructed() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> Consent.obtained(ConsentId.of("c"), CLIENT, Set.of(), null, " ", ANNA, T0, DAY0, null));
        assertEquals(Set.of("categories", "recipient", "purpose"), paths(e));
        assertThrows(ConstraintViolationException.class,
                () -> Consent.obtained(ConsentId.of("c"), CLIENT, BASIC, JOBCENTER, null, ANNA, T0, DAY0, null));
        ConstraintViolationException dates = assertThrows(ConstraintViolationException.class,
                () -> new Consent(ConsentId.of("c"), CLIENT, BASIC, JOBCENTER, PURPOSE, ANNA, T0, DAY0, DAY0.minusDays(1),
                        T0.minusSeconds(1)));
        assertEquals(Set.of("validUntilNotBeforeValidFrom", "withdrawnNotBeforeObtained"), paths(dates));
        assertEquals("der letzte gültige Tag darf nicht vor dem ersten liegen", dates.getConstraintViolations().stream()
                .filter(v -> v.getPropertyPath().toString().startsWith("validUntil"))
                .map(v -> ViolationMessages.message(v, Locale.GERMAN)).findFirst().orElseThrow());
    }

    @Test
    void aConsentCoversItsRecipientPurposeAndCategoriesWhileValid() {
        Consent c = consent("c", Set.of(DataCategory.BASIC, DataCategory.SENSITIVE), DAY0.plusDays(30));
        assertTrue(c.covers(JOBCENTER, PURPOSE, BASIC, T0, ZONE));
        assertTrue(c.covers(JOBCENTER, PURPOSE, Set.of(DataCategory.BASIC, DataCategory.SENSITIVE), T0, ZONE));
        assertEquals(Set.of(ConsentGap.NO_CONSENT_FOR_RECIPIENT),
                c.gaps(OrganisationId.of("vhs"), PURPOSE, BASIC, T0, ZONE));
        assertEquals(Set.of(ConsentGap.PURPOSE_NOT_COVERED), c.gaps(JOBCENTER, "Sport", BASIC, T0, ZONE));
        assertEquals(Set.of(ConsentGap.NOT_YET_VALID), c.gaps(JOBCENTER, PURPOSE, BASIC, T0.minusSeconds(1), ZONE));
        // The last valid day counts whole, in the municipality's zone: 1 April 2026 ends at 22:00 UTC.
        assertTrue(c.covers(JOBCENTER, PURPOSE, BASIC, Instant.parse("2026-04-01T21:59:59Z"), ZONE));
        assertEquals(Set.of(ConsentGap.EXPIRED), c.gaps(JOBCENTER, PURPOSE, BASIC, Instant.parse("2026-04-01T22:00:00Z"),
                ZONE));
        assertTrue(c.isExpiredAt(Instant.parse("2026-04-01T22:00:00Z"), ZONE));
        Consent withdrawn = c.withdraw(T0.plusSeconds(60));
        assertTrue(withdrawn.covers(JOBCENTER, PURPOSE, BASIC, T0.plusSeconds(59), ZONE));
        assertEquals(Set.of(ConsentGap.WITHDRAWN), withdrawn.gaps(JOBCENTER, PURPOSE, BASIC, T0.plusSeconds(60), ZONE));
        assertSame(withdrawn, withdrawn.withdraw(T0.plusSeconds(120)), "the first withdrawal stands");
        assertThrows(ConstraintViolationException.class, () -> c.withdraw(T0.minusSeconds(1)));
        assertFalse(c.toString().contains(PURPOSE));
    }

    @Test
    void theCheckPrefersConsentThenLegalBasisAndOtherwiseNamesTheClosestConsent() {
        Consent basicOnly = consent("c-basic", BASIC, null);
        Consent expiredFull = consent("c-full", Set.of(DataCategory.BASIC, DataCategory.SENSITIVE), DAY0);
        Set<DataCategory> both = Set.of(DataCategory.BASIC, DataCategory.SENSITIVE);
        Instant later = T0.plusSeconds(3 * 86400);
        ConsentCheck check = ConsentCheck.of(List.of(basicOnly, expiredFull), null, CLIENT, JOBCENTER, PURPOSE, both,
                later, ZONE);
        assertFalse(check.isCovered());
        assertEquals(1, check.missing().size());
        // Both have one gap; the closest is the one obtained last, then the smaller id.
        assertEquals(ConsentId.of("c-basic"), check.consent());
        assertEquals(Set.of(ConsentGap.CATEGORIES_NOT_COVERED), check.missing());
        assertEquals(Set.of(DataCategory.SENSITIVE), check.uncovered());

        ConsentCheck covered = ConsentCheck.of(List.of(expiredFull, basicOnly), null, CLIENT, JOBCENTER, PURPOSE, BASIC,
                later, ZONE);
        assertEquals(TransferBasis.Kind.CONSENT, covered.basis());
        assertEquals(ConsentId.of("c-basic"), covered.consent());

        LegalBasis sgb = LegalBasis.of("SGB X § 69", JOBCENTER, both, PURPOSE);
        ConsentCheck legal = ConsentCheck.of(List.of(basicOnly), sgb, CLIENT, JOBCENTER, PURPOSE, both, later, ZONE);
        assertEquals(TransferBasis.Kind.LEGAL_BASIS, legal.basis());
        assertNull(legal.consent());

        Consent someoneElses = Consent.obtained(ConsentId.of("c-x"), ClientId.of("client-2"), BASIC, JOBCENTER, PURPOSE,
                ANNA, T0, DAY0, null);
        assertEquals(Set.of(ConsentGap.NO_CONSENT_FOR_RECIPIENT), ConsentCheck.of(List.of(someoneElses), null, CLIENT,
                JOBCENTER, PURPOSE, BASIC, later, ZONE).missing());
        assertThrows(ConstraintViolationException.class, () -> new ConsentCheck(CLIENT, JOBCENTER, BASIC, null, null,
                Set.of(), Set.of()));
    }

    @Test
    void basesHoldExactlyThePartOfTheirKind() {
        assertEquals("c-1", TransferBasis.consent(ConsentId.of("c-1")).reference());
        assertEquals(Set.of("partsFittingKind"), paths(assertThrows(ConstraintViolationException.class,
                () -> new TransferBasis(TransferBasis.Kind.CONSENT, ConsentId.of("c"), "SGB X", null))));
        assertThrows(ConstraintViolationException.class,
                () -> new TransferBasis(TransferBasis.Kind.LEGAL_BASIS, null, " ", null));
        ConsentOverride override = new ConsentOverride(ANNA, T0, "Notlage des Klienten");
        assertFalse(override.toString().contains("Notlage"));
        assertFalse(TransferBasis.override(override).toString().contains("Notlage"));
        assertThrows(ConstraintViolationException.class, () -> new ConsentOverride(ANNA, T0, " "));
        ConsentMissingException e = new ConsentMissingException(ConsentCheck.of(List.of(), null, CLIENT, JOBCENTER,
                PURPOSE, BASIC, T0, ZONE));
        assertFalse(e.getMessage().contains(PURPOSE));
        assertTrue(e.getMessage().contains("NO_CONSENT_FOR_RECIPIENT"), e.getMessage());
    }

    private static Set<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
