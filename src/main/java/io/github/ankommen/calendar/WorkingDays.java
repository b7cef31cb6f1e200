package io.github.ankommen.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic: Monday to Friday, except the public holidays of a {@link HolidayCalendar}.
 *
 * <p>{@link #plus(LocalDate, int)} and {@link #between(LocalDate, LocalDate)} are inverse to each
 * other on working days: for every working day {@code a} and every {@code n},
 * {@code between(a, plus(a, n)) == n}. Both walk day by day, so their cost grows with the distance
 * between the dates; they are meant for deadlines of days to months.
 *
 * <p>This class is immutable and thread-safe if its calendar is.
 *
 * @since 0.1.0
 */
public final class WorkingDays {

    private final HolidayCalendar calendar;

    private WorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Obtains working days for a holiday calendar.
     *
     * @param calendar the public holidays, not null
     * @return the working days
     * @throws NullPointerException if the calendar is null
     */
    public static WorkingDays of(HolidayCalendar calendar) {
        return new WorkingDays(Objects.requireNonNull(calendar, "calendar must not be null"));
    }

    /**
     * The holiday calendar these working days use.
     *
     * @return the calendar
     */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * Asks whether a date is a working day: Monday to Friday, and not a holiday.
     *
     * @param date the date, not null
     * @return true if it is a working day
     * @throws NullPointerException if the date is null
     * @throws java.time.DateTimeException if the calendar cannot answer for the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !calendar.isHoliday(date);
    }

    /**
     * Adds working days to a date.
     *
     * <p>For a positive {@code n}, the result is the {@code n}-th working day after the date; for a
     * negative {@code n}, the {@code -n}-th working day before it; for zero, the date itself, even if
     * it is not a working day. Two working days after Friday 2 May 2025 is Tuesday 6 May 2025.
     *
     * @param date the date to start from, not null; it need not be a working day
     * @param n the number of working days to add, may be negative
     * @return the resulting date
     * @throws NullPointerException if the date is null
     * @throws java.time.DateTimeException if the calendar cannot answer for a year on the way
     */
    public LocalDate plus(LocalDate date, int n) {
        Objects.requireNonNull(date, "date must not be null");
        int step = n < 0 ? -1 : 1;
        int left = Math.abs(n);
        LocalDate day = date;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Counts the working days from one date to another.
     *
     * <p>When {@code to} is after {@code from}, this is the number of working days {@code d} with
     * {@code from < d <= to}: from Friday to the following Monday is one working day, and from a date
     * to itself is zero. When {@code to} is before {@code from}, it is the negated count of working
     * days {@code d} with {@code to < d <= from}.
     *
     * @param from the first date, not null
     * @param to the second date, not null
     * @return the number of working days, negative if {@code to} is before {@code from}
     * @throws NullPointerException if a date is null
     * @throws java.time.DateTimeException if the calendar cannot answer for a year on the way
     */
    public int between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "WorkingDays[Monday to Friday, except " + calendar + "]";
    }
}
