package io.github.ankommen.people;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.statistics.CountTable;
import io.github.ankommen.statistics.ReportingPeriod;
import io.github.ankommen.statistics.SuppressedTable;
import io.github.ankommen.statistics.Suppression;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of the people of the network for a reporting period, per contact point and month,
 * with small counts suppressed as in every other statistic: accompaniments, volunteer hours,
 * interpreter requests met and unmet, appointments kept and missed, and the unmet interpreter
 * requests per language as a gap of the network.
 *
 * <p>Rows of the per-month tables are labelled {@code contactPointId yyyy-MM}. Volunteer hours are
 * the minutes of a cell's accompaniments in whole hours, rounded down, suppressed as counts are. A
 * request counts in the month of its start, met when confirmed, unmet when declined or unanswered
 * past its deadline at the time of the report; pending requests within their deadline count in
 * neither column. Appointments count in the month of their start, when kept or missed. This class
 * is immutable and thread-safe.
 *
 * @param period the reporting period, not null
 * @param accompaniments accompaniments per contact point and month, not null
 * @param volunteerHours volunteer hours per contact point and month, not null
 * @param interpreterRequests requests per contact point and month, in columns {@code met} and
 *     {@code unmet}, not null
 * @param appointments appointments per contact point and month, in columns {@code kept} and
 *     {@code missed}, not null
 * @param unmetInterpreting unmet requests per language (rows) and month (columns), not null
 * @since 0.1.0
 */
public record PeopleStatistics(
        @NotNull ReportingPeriod period,
        @NotNull SuppressedTable accompaniments,
        @NotNull SuppressedTable volunteerHours,
        @NotNull SuppressedTable interpreterRequests,
        @NotNull SuppressedTable appointments,
        @NotNull SuppressedTable unmetInterpreting) {

    /** The column of met interpreter requests. */
    public static final String MET = "met";
    /** The column of unmet interpreter requests. */
    public static final String UNMET = "unmet";
    /** The column of kept appointments. */
    public static final String KEPT = "kept";
    /** The column of missed appointments. */
    public static final String MISSED = "missed";

    /**
     * Creates the figures.
     *
     * @param period the period, not null
     * @param accompaniments the accompaniments table, not null
     * @param volunteerHours the hours table, not null
     * @param interpreterRequests the requests table, not null
     * @param appointments the appointments table, not null
     * @param unmetInterpreting the gap table, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public PeopleStatistics(ReportingPeriod period, SuppressedTable accompaniments, SuppressedTable volunteerHours,
            SuppressedTable interpreterRequests, SuppressedTable appointments, SuppressedTable unmetInterpreting) {
        this.period = period;
        this.accompaniments = accompaniments;
        this.volunteerHours = volunteerHours;
        this.interpreterRequests = interpreterRequests;
        this.appointments = appointments;
        this.unmetInterpreting = unmetInterpreting;
        RecordValidation.valid(this);
    }

    /**
     * Computes the figures of a period from the records, with a suppression.
     *
     * @param period the period, not null
     * @param suppression how small counts are suppressed, not null
     * @param now the time of the report, which decides whether a pending request is past its
     *     deadline, not null
     * @param accompaniments the accompaniments, not null; those outside the period are left out
     * @param requests the interpreter requests, not null; those outside the period are left out
     * @param appointments the appointments, not null; those outside the period are left out
     * @return the figures
     * @throws NullPointerException if an argument is null
     */
    public static PeopleStatistics of(ReportingPeriod period, Suppression suppression, Instant now,
            Collection<Accompaniment> accompaniments, Collection<InterpreterRequest> requests,
            Collection<Appointment> appointments) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(suppression, "suppression must not be null");
        Objects.requireNonNull(now, "now must not be null");
        CountTable.Builder counted = CountTable.builder();
        Map<String, Map<String, Long>> minutes = new HashMap<>();
        for (Accompaniment a : accompaniments) {
            if (period.contains(a.date())) {
                String month = month(a.date());
                counted.add(a.contactPoint().value(), month);
                minutes.computeIfAbsent(a.contactPoint().value(), k -> new HashMap<>()).merge(month,
                        (long) a.minutes(), Long::sum);
            }
        }
        CountTable.Builder hours = CountTable.builder();
        minutes.forEach((row, byMonth) -> byMonth.forEach((month, sum) -> hours.add(row, month, sum / 60)));
        CountTable.Builder interpreting = CountTable.builder().columns(List.of(MET, UNMET));
        CountTable.Builder gap = CountTable.builder();
        for (InterpreterRequest r : requests) {
            LocalDate day = r.start().toLocalDate();
            if (!period.contains(day)) {
                continue;
            }
            String row = r.contactPoint().value() + " " + month(day);
            if (r.isMet()) {
                interpreting.add(row, MET);
            } else if (r.isUnmetAt(now)) {
                interpreting.add(row, UNMET);
                gap.add(r.language().code(), month(day));
            }
        }
        CountTable.Builder attended = CountTable.builder().columns(List.of(KEPT, MISSED));
        for (Appointment a : appointments) {
            LocalDate day = a.start().toLocalDate();
            if (!period.contains(day)) {
                continue;
            }
            String row = a.contactPoint().value() + " " + month(day);
            if (a.status() == AppointmentStatus.KEPT) {
                attended.add(row, KEPT);
            } else if (a.status() == AppointmentStatus.MISSED) {
                attended.add(row, MISSED);
            }
        }
        return new PeopleStatistics(period, suppression.apply(counted.build()), suppression.apply(hours.build()),
                suppression.apply(interpreting.build()), suppression.apply(attended.build()),
                suppression.apply(gap.build()));
    }

    private static String month(LocalDate date) {
        return YearMonth.from(date).toString();
    }
}
