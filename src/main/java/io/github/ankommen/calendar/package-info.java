/**
 * API: public holidays and working days, for due dates and deadlines.
 *
 * <p>A {@link io.github.ankommen.calendar.HolidayCalendar} says which dates are public holidays;
 * the library ships North Rhine-Westphalia's ({@link io.github.ankommen.calendar.HolidayCalendar#nrw()}),
 * and a municipality plugs in its own by implementing the interface or by adding dates to a shipped
 * calendar. {@link io.github.ankommen.calendar.WorkingDays} counts and adds working days: Monday to
 * Friday, except holidays.
 */
package io.github.ankommen.calendar;
