package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.base.ViolationMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecksTest {

    record Sample(@NotBlank String name, @Size(max = 2) List<String> tags, @Email String mail) {
        Sample {
            tags = FrozenCollections.copyOf(tags);
        }
    }

    @Test
    void validValueIsReturnedAsIs() {
        Sample sample = new Sample("a", List.of(), "a@example.org");
        assertSame(sample, RecordValidation.valid(sample));
    }

    @Test
    void everyViolationIsReportedWithItsPath() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> RecordValidation.valid(new Sample(" ", List.of("a", "b", "c"), "not-an-address")));
        assertEquals(Set.of("name", "tags", "mail"), paths(e));
        assertEquals("Sample is invalid: mail: " + defaultMessage(e, "mail") + "; name: " + defaultMessage(e, "name")
                + "; tags: " + defaultMessage(e, "tags"), e.getMessage());
    }

    @Test
    void messagesAreLocalizedAndHaveNoRawExpressions() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> RecordValidation.valid(new Sample("x", List.of("a", "b", "c"), "x")));
        assertEquals("size must be between 0 and 2", message(e, "tags", Locale.ENGLISH));
        assertEquals("Größe muss zwischen 0 und 2 liegen", message(e, "tags", Locale.GERMAN));
        assertEquals("must be a well-formed e-mail address", message(e, "mail", Locale.ENGLISH));
        assertEquals("muss eine gültige E-Mail-Adresse sein", message(e, "mail", Locale.GERMAN));
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> RecordValidation.valid(new Sample("", List.of(), null)));
        assertEquals("must not be blank", message(e, "name", Locale.FRENCH));
        assertEquals("must not be blank", message(e, "name", Locale.forLanguageTag("fa")));
        assertEquals("darf nicht leer sein", message(e, "name", Locale.GERMANY));
    }

    @Test
    void exceptionMessageNeverContainsTheRejectedValue() {
        String secret = "Geheim Mustermann";
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> RecordValidation.valid(new Sample("ok", List.of(secret, secret, secret), secret)));
        assertFalse(e.getMessage().contains(secret), e.getMessage());
    }

    @Test
    void copiesAreUnmodifiableAndKeepNullsForValidationToReport() {
        List<String> source = new ArrayList<>(Arrays.asList("a", null));
        List<String> copy = FrozenCollections.copyOf(source);
        source.clear();
        assertEquals(Arrays.asList("a", null), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("b"));
        assertNull(FrozenCollections.copyOf((List<String>) null));
        assertNull(FrozenCollections.copyOf((Set<String>) null));
        assertNull(FrozenCollections.copyOf((Map<String, String>) null));
        assertThrows(UnsupportedOperationException.class, () -> FrozenCollections.copyOf(Set.of("a")).add("b"));
        assertThrows(UnsupportedOperationException.class, () -> FrozenCollections.copyOf(Map.of("a", 1)).put("b", 2));
    }

    @Test
    void aCopyIsTakenAsItIsButAViewOfSomeoneElsesListIsCopied() {
        List<String> mine = FrozenCollections.copyOf(List.of("a", "b"));
        assertSame(mine, FrozenCollections.copyOf(mine));
        Set<String> set = FrozenCollections.copyOf(Set.of("a"));
        assertSame(set, FrozenCollections.copyOf(set));
        List<String> backing = new ArrayList<>(List.of("a"));
        List<String> copy = FrozenCollections.copyOf(java.util.Collections.unmodifiableList(backing));
        backing.add("b");
        assertEquals(List.of("a"), copy);
        assertEquals(List.of("a", "b"), FrozenCollections.copyOf(List.of("a", "b")));
        assertEquals(Set.of("a"), set);
        assertEquals(Set.of("a").hashCode(), set.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> set.iterator().remove());
        Set<String> empty = FrozenCollections.copyOf(Set.of());
        assertFalse(empty.contains(null));
        assertFalse(empty.containsAll(Arrays.asList((String) null)));
        assertTrue(empty.containsAll(List.of()));
        assertEquals(List.of(), FrozenCollections.copyOf(new ArrayList<>()));
    }

    @Test
    void aSmallSetKeepsOrderAndEqualElementsOnceAndALargeOneToo() {
        Set<String> identities = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        identities.add(new String("a"));
        identities.add(new String("a"));
        assertEquals(2, identities.size());
        Set<String> once = FrozenCollections.copyOf(identities);
        assertEquals(1, once.size());
        assertEquals(Set.of("a"), once);

        Set<String> ordered = new java.util.LinkedHashSet<>(Arrays.asList("c", null, "a", "b"));
        Set<String> small = FrozenCollections.copyOf(ordered);
        assertEquals(Arrays.asList("c", null, "a", "b"), new ArrayList<>(small));
        assertTrue(small.contains(null));
        assertTrue(small.containsAll(Arrays.asList("a", null)));
        assertFalse(small.contains("d"));
        assertEquals(ordered, small);
        assertEquals(ordered.hashCode(), small.hashCode());
        java.util.Iterator<String> all = small.iterator();
        for (int i = 0; i < 4; i++) {
            all.next();
        }
        assertFalse(all.hasNext());
        assertThrows(java.util.NoSuchElementException.class, all::next);
        assertThrows(UnsupportedOperationException.class, () -> small.remove("a"));

        Set<Integer> source = new java.util.LinkedHashSet<>();
        for (int i = FrozenCollections.SMALL_SET * 2; i > 0; i--) {
            source.add(i);
        }
        Set<Integer> large = FrozenCollections.copyOf(source);
        assertEquals(new ArrayList<>(source), new ArrayList<>(large));
        assertTrue(large.contains(FrozenCollections.SMALL_SET + 1));
        assertFalse(large.contains(0));
        assertSame(large, FrozenCollections.copyOf(large));
        assertThrows(UnsupportedOperationException.class, () -> large.iterator().remove());
    }

    /** Seventy constants: more ordered pairs than the shared sets of one type may be, and ordinals past 63. */
    enum Letter {
        L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12, L13, L14, L15, L16, L17, L18, L19, L20, L21, L22, L23, L24, L25, L26, L27, L28, L29, L30, L31, L32, L33, L34, L35, L36, L37, L38, L39, L40, L41, L42, L43, L44, L45, L46, L47, L48, L49, L50, L51, L52, L53, L54, L55, L56, L57, L58, L59, L60, L61, L62, L63, L64, L65, L66, L67, L68, L69
    }

    @Test
    void equalSmallSetsOfEnumConstantsInTheSameOrderAreOneSharedSet() {
        Set<Letter> ab = FrozenCollections.copyOf(new java.util.LinkedHashSet<>(List.of(Letter.L1, Letter.L0)));
        assertSame(ab, FrozenCollections.copyOf(new java.util.LinkedHashSet<>(List.of(Letter.L1, Letter.L0))));
        assertEquals(List.of(Letter.L1, Letter.L0), new ArrayList<>(ab));
        Set<Letter> ba = FrozenCollections.copyOf(java.util.EnumSet.of(Letter.L0, Letter.L1));
        assertEquals(ab, ba);
        assertEquals(List.of(Letter.L0, Letter.L1), new ArrayList<>(ba), "a set in another order is another set");
        Set<Letter> withNull = new java.util.LinkedHashSet<>(Arrays.asList(Letter.L2, null));
        Set<Letter> copy = FrozenCollections.copyOf(withNull);
        assertEquals(Arrays.asList(Letter.L2, null), new ArrayList<>(copy));
        assertNotSame(copy, FrozenCollections.copyOf(withNull), "a set with null is no set of constants");
        Set<Object> mixed = new java.util.LinkedHashSet<>(List.of(Letter.L3, Locale.Category.FORMAT));
        assertNotSame(FrozenCollections.copyOf(mixed), FrozenCollections.copyOf(mixed), "two enum types");
        Set<Letter> high = new java.util.LinkedHashSet<>(List.of(Letter.L64, Letter.L4));
        assertEquals(List.of(Letter.L64, Letter.L4), new ArrayList<>(FrozenCollections.copyOf(high)));
        assertNotSame(FrozenCollections.copyOf(high), FrozenCollections.copyOf(high), "an ordinal past 63");
        Set<Letter> twice = new java.util.TreeSet<>((a, b) -> 1);
        twice.add(Letter.L5);
        twice.add(Letter.L5);
        assertEquals(2, twice.size());
        assertEquals(List.of(Letter.L5), new ArrayList<>(FrozenCollections.copyOf(twice)), "equal elements once");
    }

    @Test
    void noMoreThanABoundedNumberOfEnumSetsIsShared() {
        Letter[] all = Arrays.copyOf(Letter.values(), 40);
        Map<List<Letter>, Set<Letter>> first = new java.util.HashMap<>();
        for (Letter a : all) {
            for (Letter b : all) {
                if (a != b) {
                    List<Letter> order = List.of(a, b);
                    Set<Letter> set = FrozenCollections.copyOf(new java.util.LinkedHashSet<>(order));
                    assertEquals(order, new ArrayList<>(set));
                    first.put(order, set);
                }
            }
        }
        int shared = 0;
        for (Map.Entry<List<Letter>, Set<Letter>> e : first.entrySet()) {
            Set<Letter> again = FrozenCollections.copyOf(new java.util.LinkedHashSet<>(e.getKey()));
            assertEquals(e.getKey(), new ArrayList<>(again));
            if (again == e.getValue()) {
                shared++;
            }
        }
        assertEquals(FrozenCollections.SHARED_ENUM_SETS, shared);
    }

    @Test
    void anOwnedPrefixIsAListOfTheFirstElementsOnly() {
        String[] array = {"a", "b", "c", null};
        List<String> prefix = FrozenCollections.ownedPrefix(array, 2);
        array[2] = "later";
        assertEquals(List.of("a", "b"), prefix);
        assertEquals(2, prefix.size());
        assertEquals(List.of("a", "b"), new ArrayList<>(prefix));
        assertEquals(Object[].class, prefix.toArray().getClass());
        assertEquals(2, prefix.toArray().length);
        assertEquals(-1, prefix.indexOf("later"));
        assertFalse(prefix.contains("later"));
        assertThrows(IndexOutOfBoundsException.class, () -> prefix.get(2));
        assertThrows(UnsupportedOperationException.class, () -> prefix.add("d"));
        assertSame(prefix, FrozenCollections.copyOf(prefix));
        assertEquals(Arrays.asList("a", "b", "later", null), FrozenCollections.ownedPrefix(array, 4));
        assertEquals(List.of(), FrozenCollections.ownedPrefix(array, 0));
    }

    @Test
    void emptyCopiesIterateWithoutANewIterator() {
        List<String> list = FrozenCollections.copyOf(new ArrayList<>());
        Set<String> set = FrozenCollections.copyOf(new java.util.HashSet<>());
        assertSame(list.iterator(), list.iterator());
        assertSame(set.iterator(), set.iterator());
        assertFalse(list.iterator().hasNext());
        assertThrows(java.util.NoSuchElementException.class, () -> set.iterator().next());
        List<String> one = FrozenCollections.copyOf(List.of("x"));
        assertEquals(List.of("x"), new ArrayList<>(one));
    }

    @Test
    void supportedLanguagesAreGermanAndEnglish() {
        assertEquals(Locale.GERMAN, Messages.supported(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.UK));
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.ROOT));
        assertTrue(RecordValidation.validator() != null);
    }

    static Set<String> paths(ConstraintViolationException e) {
        Set<String> paths = new java.util.HashSet<>();
        e.getConstraintViolations().forEach(v -> paths.add(v.getPropertyPath().toString()));
        return paths;
    }

    static String defaultMessage(ConstraintViolationException e, String path) {
        return violation(e, path).getMessage();
    }

    static String message(ConstraintViolationException e, String path, Locale locale) {
        return ViolationMessages.message(violation(e, path), locale);
    }

    static ConstraintViolation<?> violation(ConstraintViolationException e, String path) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            if (v.getPropertyPath().toString().equals(path)) {
                return v;
            }
        }
        throw new AssertionError("no violation at " + path + " in " + e.getConstraintViolations());
    }
}
