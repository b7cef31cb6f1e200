package io.github.ankommen.referral;

import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many working days a receiving organisation has to answer a referral, per category of need,
 * with a default for the others.
 *
 * <p>A referral requested on day D must be answered by the N-th working day after D
 * ({@link WorkingDays#plus}); on every later day it is overdue. With N = 0 the answer is due on the
 * day of the request. This class is immutable and thread-safe.
 *
 * @param workingDays the working-day calendar
 * @param defaultWorkingDays the working days for a category without its own, not negative
 * @param byCategory the working days of categories that differ from the default
 * @since 0.1.0
 */
public record ResponseDeadlines(
        @NotNull WorkingDays workingDays,
        @PositiveOrZero int defaultWorkingDays,
        @NotNull Map<@NotNull Category, @NotNull @PositiveOrZero Integer> byCategory) {

    /** The default response time when none is given: five working days, one working week. */
    public static final int DEFAULT_WORKING_DAYS = 5;

    /**
     * Creates the deadlines.
     *
     * @param workingDays the calendar, not null
     * @param defaultWorkingDays the default, not negative
     * @param byCategory the categories' own values, not null, no null keys or values, none negative
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or negative
     */
    public ResponseDeadlines(WorkingDays workingDays, int defaultWorkingDays, Map<Category, Integer> byCategory) {
        this.workingDays = workingDays;
        this.defaultWorkingDays = defaultWorkingDays;
        this.byCategory = FrozenCollections.copyOf(byCategory);
        RecordValidation.valid(this);
    }

    /**
     * Deadlines of {@value #DEFAULT_WORKING_DAYS} working days for every category.
     *
     * @param workingDays the calendar, not null
     * @return the deadlines
     * @throws jakarta.validation.ConstraintViolationException if the calendar is null
     */
    public static ResponseDeadlines of(WorkingDays workingDays) {
        return of(workingDays, DEFAULT_WORKING_DAYS);
    }

    /**
     * Deadlines of the same number of working days for every category.
     *
     * @param workingDays the calendar, not null
     * @param defaultWorkingDays the working days, not negative
     * @return the deadlines
     * @throws jakarta.validation.ConstraintViolationException if the calendar is null or the number negative
     */
    public static ResponseDeadlines of(WorkingDays workingDays, int defaultWorkingDays) {
        return new ResponseDeadlines(workingDays, defaultWorkingDays, Map.of());
    }

    /**
     * Returns a copy in which one category has its own number of working days.
     *
     * @param category the category, not null
     * @param days the working days, not negative
     * @return the altered copy
     * @throws NullPointerException if the category is null
     * @throws jakarta.validation.ConstraintViolationException if the number is negative
     */
    public ResponseDeadlines with(Category category, int days) {
        Objects.requireNonNull(category, "category must not be null");
        Map<Category, Integer> changed = new EnumMap<>(Category.class);
        changed.putAll(byCategory);
        changed.put(category, days);
        return new ResponseDeadlines(workingDays, defaultWorkingDays, changed);
    }

    /**
     * The working days the receiving organisation has for a category.
     *
     * @param category the category, not null
     * @return its own number, or the default
     * @throws NullPointerException if the category is null
     */
    public int workingDaysFor(Category category) {
        Objects.requireNonNull(category, "category must not be null");
        return byCategory.getOrDefault(category, defaultWorkingDays);
    }

    /**
     * The last day to answer a referral requested on a day.
     *
     * @param category the referral's need, not null
     * @param requestedOn the day of the request, not null
     * @return the {@link #workingDaysFor(Category)}-th working day after it
     * @throws NullPointerException if an argument is null
     */
    public LocalDate respondBy(Category category, LocalDate requestedOn) {
        return workingDays.plus(requestedOn, workingDaysFor(category));
    }
}
