package io.github.ankommen.casework;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.time.YearMonth;
import java.util.Set;

/**
 * A client's basic data ({@link DataCategory#BASIC}): only what everyday case work needs.
 *
 * <p>Every part is optional, so that nothing is recorded that the work does not need. Birth is kept
 * as year and quarter only, never as a date. {@link #toString()} shows no personal data. This class
 * is immutable and thread-safe.
 *
 * @param firstNameOrInitials a first name or initials, as the client wishes to be addressed; null if
 *     not recorded; at most 50 characters, not blank
 * @param birthYear the year of birth; null if not recorded
 * @param birthQuarter the quarter of the year of birth, 1 to 4; null if not recorded; needs a year
 * @param languages the languages the client speaks; may be empty
 * @param arrival the month the client arrived in Germany; null if not recorded
 * @param householdSize the number of people in the client's household, 1 to 30; null if not recorded
 * @since 0.1.0
 */
public record BasicData(
        @Size(min = 1, max = 50) String firstNameOrInitials,
        Year birthYear,
        @Min(1) @Max(4) Integer birthQuarter,
        @NotNull Set<@NotNull Language> languages,
        YearMonth arrival,
        @Min(1) @Max(30) Integer householdSize) {

    /**
     * Creates basic data.
     *
     * @param firstNameOrInitials a first name or initials; null if not recorded; 1 to 50 characters,
     *     not blank
     * @param birthYear the year of birth; null if not recorded
     * @param birthQuarter the quarter of birth, 1 to 4; null if not recorded; needs a year
     * @param languages the languages spoken, not null, without nulls; may be empty
     * @param arrival the month of arrival; null if not recorded
     * @param householdSize the household size, 1 to 30; null if not recorded
     * @throws jakarta.validation.ConstraintViolationException if a part is out of range, or a quarter
     *     is given without a year
     */
    public BasicData(String firstNameOrInitials, Year birthYear, Integer birthQuarter, Set<Language> languages,
            YearMonth arrival, Integer householdSize) {
        this.firstNameOrInitials = firstNameOrInitials;
        this.birthYear = birthYear;
        this.birthQuarter = birthQuarter;
        this.languages = FrozenCollections.copyOf(languages);
        this.arrival = arrival;
        this.householdSize = householdSize;
        RecordValidation.valid(this);
    }

    /**
     * Basic data with nothing recorded.
     *
     * @return empty basic data
     */
    public static BasicData none() {
        return new BasicData(null, null, null, Set.of(), null, null);
    }

    /**
     * Names which parts are recorded, never their values.
     *
     * @return for example {@code BasicData[recorded=firstNameOrInitials, birthYear, languages]}
     */
    @Override
    public String toString() {
        StringBuilder recorded = new StringBuilder();
        recorded(recorded, "firstNameOrInitials", firstNameOrInitials);
        recorded(recorded, "birthYear", birthYear);
        recorded(recorded, "birthQuarter", birthQuarter);
        recorded(recorded, "languages", languages == null || languages.isEmpty() ? null : languages);
        recorded(recorded, "arrival", arrival);
        recorded(recorded, "householdSize", householdSize);
        return "BasicData[recorded=" + recorded + "]";
    }

    static void recorded(StringBuilder recorded, String name, Object value) {
        if (value != null) {
            recorded.append(recorded.length() == 0 ? "" : ", ").append(name);
        }
    }

    @AssertTrue(message = "{io.github.ankommen.casework.BasicData.birthQuarter.message}")
    private boolean isBirthQuarterWithYear() {
        return birthQuarter == null || birthYear != null;
    }

    @AssertTrue(message = "{io.github.ankommen.casework.BasicData.firstNameOrInitials.message}")
    private boolean isFirstNameOrInitialsNotBlank() {
        return firstNameOrInitials == null || !firstNameOrInitials.isBlank();
    }
}
