package io.github.ankommen.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Says which dates are public holidays.
 *
 * <p>The library ships {@link #nrw()}, the statutory public holidays of North Rhine-Westphalia, and
 * {@link #none()}. A municipality plugs in its own calendar by implementing this interface (it has
 * one method), or by extending a shipped one: {@link #withExtraHolidays(Set)} adds single dates,
 * such as a local day off, and {@link #and(HolidayCalendar)} combines two calendars. Working-day
 * arithmetic is in {@link WorkingDays}.
 *
 * <p>Implementations must be immutable and thread-safe, and must answer the same for the same date
 * every time. The shipped calendars are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * Asks whether a date is a public holiday.
     *
     * @param date the date, not null
     * @return true if the date is a public holiday, whatever day of the week it is
     * @throws NullPointerException if the date is null
     * @throws DateTimeException if the calendar cannot answer for that date's year
     */
    boolean isHoliday(LocalDate date);

    /**
     * The statutory public holidays of North Rhine-Westphalia (<i>Feiertagsgesetz NRW</i>).
     *
     * <p>Fixed: New Year's Day (1 January), Labour Day (1 May), German Unity Day (3 October), All
     * Saints' Day (1 November), Christmas Day and Boxing Day (25 and 26 December). Movable, from
     * Easter Sunday: Good Friday (−2 days), Easter Monday (+1), Ascension Day (+39), Whit Monday
     * (+50) and Corpus Christi (+60). Also the one-off Reformation Day on 31 October 2017, which was
     * a public holiday in every German state. Today's rules are applied to every year; historical
     * changes of the law (such as German Unity Day before 1990) are not modelled. Easter Sunday,
     * Whit Sunday and Sundays in general are Sundays anyway and are not listed.
     *
     * @return the calendar, immutable and thread-safe; it answers for the years 1583 to 4099 and
     *     throws {@link DateTimeException} for any other year
     */
    static HolidayCalendar nrw() {
        return Nrw.INSTANCE;
    }

    /**
     * A calendar without any holidays.
     *
     * @return the calendar, immutable and thread-safe
     */
    static HolidayCalendar none() {
        return date -> {
            Objects.requireNonNull(date, "date must not be null");
            return false;
        };
    }

    /**
     * Computes the date of Easter Sunday in the Gregorian calendar (the Gregorian computus, in the
     * form of Meeus, Jones and Butcher).
     *
     * @param year the year, from 1583 (the first full year of the Gregorian calendar) to 4099
     * @return the date of Easter Sunday in that year
     * @throws DateTimeException if the year is outside 1583 to 4099
     */
    static LocalDate easterSunday(int year) {
        if (year < 1583 || year > 4099) {
            throw new DateTimeException("Easter is computed for the years 1583 to 4099 only, not for " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Combines this calendar with another: a date is a holiday if it is one in either.
     *
     * @param other the other calendar, not null
     * @return the combined calendar
     * @throws NullPointerException if the other calendar is null
     */
    default HolidayCalendar and(HolidayCalendar other) {
        Objects.requireNonNull(other, "other must not be null");
        HolidayCalendar self = this;
        return date -> self.isHoliday(date) || other.isHoliday(date);
    }

    /**
     * Adds single dates to this calendar, such as a municipality's local day off.
     *
     * @param dates the extra holidays, not null, without null elements; copied
     * @return a calendar in which these dates are holidays too
     * @throws NullPointerException if the set or any of its dates is null
     */
    default HolidayCalendar withExtraHolidays(Set<LocalDate> dates) {
        Set<LocalDate> extra = Set.copyOf(dates);
        HolidayCalendar self = this;
        return date -> extra.contains(Objects.requireNonNull(date, "date must not be null")) || self.isHoliday(date);
    }
}
