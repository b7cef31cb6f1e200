package io.github.ankommen.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/** North Rhine-Westphalia's public holidays; see {@link HolidayCalendar#nrw()}. */
final class Nrw implements HolidayCalendar {

    static final Nrw INSTANCE = new Nrw();

    /** Days after Easter Sunday: Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi. */
    private static final long[] MOVABLE = {-2, 1, 39, 50, 60};

    private static final LocalDate REFORMATION_500 = LocalDate.of(2017, Month.OCTOBER, 31);

    private Nrw() {
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        if (isFixedHoliday(date.getMonth(), date.getDayOfMonth()) || date.equals(REFORMATION_500)) {
            return true;
        }
        LocalDate easter;
        try {
            easter = HolidayCalendar.easterSunday(date.getYear());
        } catch (DateTimeException e) {
            throw new DateTimeException("the NRW calendar answers for the years 1583 to 4099 only", e);
        }
        long offset = ChronoUnit.DAYS.between(easter, date);
        for (long movable : MOVABLE) {
            if (offset == movable) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFixedHoliday(Month month, int day) {
        switch (month) {
            case JANUARY:
                return day == 1;
            case MAY:
                return day == 1;
            case OCTOBER:
                return day == 3;
            case NOVEMBER:
                return day == 1;
            case DECEMBER:
                return day == 25 || day == 26;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return "HolidayCalendar[NRW]";
    }
}
