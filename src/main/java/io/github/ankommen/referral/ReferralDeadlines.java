package io.github.ankommen.referral;

import io.github.ankommen.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pure queries over referrals for their deadlines: which are overdue for an answer, and which
 * accepted ones have stalled. Each has a query record that a store can answer from its indexes
 * instead.
 *
 * @since 0.1.0
 */
public final class ReferralDeadlines {

    private ReferralDeadlines() {
    }

    /**
     * The referrals overdue for an answer at an instant.
     *
     * @param referrals the referrals to look at, not null, no nulls
     * @param at the instant, not null
     * @param zone the municipality's time zone, not null
     * @return see {@link #overdue(Collection, OverdueReferralQuery)}
     * @throws NullPointerException if an argument or a referral is null
     */
    public static List<Referral> overdue(Collection<Referral> referrals, Instant at, ZoneId zone) {
        return overdue(referrals, OverdueReferralQuery.at(at, zone));
    }

    /**
     * The referrals overdue for an answer: still {@link ReferralStatus#REQUESTED}, and the query's
     * day is after their {@link Referral#respondBy() last day to answer}.
     *
     * @param referrals the referrals to look at, not null, no nulls
     * @param query the day, not null
     * @return the overdue referrals, by last day to answer, then id
     * @throws NullPointerException if an argument or a referral is null
     */
    public static List<Referral> overdue(Collection<Referral> referrals, OverdueReferralQuery query) {
        Objects.requireNonNull(referrals, "referrals must not be null");
        Objects.requireNonNull(query, "query must not be null");
        List<Referral> found = new ArrayList<>();
        for (Referral r : referrals) {
            if (r.status() == ReferralStatus.REQUESTED && r.respondBy().isBefore(query.today())) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparing(Referral::respondBy).thenComparing(r -> r.id().value()));
        return List.copyOf(found);
    }

    /**
     * The accepted referrals without progress for a number of working days; see
     * {@link #stalled(Collection, StalledReferralQuery, WorkingDays)}.
     *
     * @param referrals the referrals to look at, not null, no nulls
     * @param today the day asked about, not null
     * @param workingDays the threshold in working days, positive
     * @param zone the municipality's time zone, not null
     * @param calendar the working days, not null
     * @return the stalled referrals
     * @throws NullPointerException if a collection, the calendar or a referral is null
     * @throws jakarta.validation.ConstraintViolationException if the day or zone is null or the threshold not positive
     */
    public static List<Referral> stalled(Collection<Referral> referrals, LocalDate today, int workingDays, ZoneId zone,
            WorkingDays calendar) {
        return stalled(referrals, new StalledReferralQuery(today, workingDays, zone), calendar);
    }

    /**
     * The accepted referrals without progress: {@link ReferralStatus#ACCEPTED},
     * {@link ReferralStatus#IN_PROGRESS} or {@link ReferralStatus#ON_HOLD}, and at least the query's
     * number of working days ({@link WorkingDays#between}) from the day of their last status change
     * to the query's day.
     *
     * @param referrals the referrals to look at, not null, no nulls
     * @param query the day, threshold and zone, not null
     * @param calendar the working days, not null
     * @return the stalled referrals, by last progress, then id
     * @throws NullPointerException if an argument or a referral is null
     */
    public static List<Referral> stalled(Collection<Referral> referrals, StalledReferralQuery query,
            WorkingDays calendar) {
        Objects.requireNonNull(referrals, "referrals must not be null");
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        List<Referral> found = new ArrayList<>();
        for (Referral r : referrals) {
            boolean accepted = r.status() == ReferralStatus.ACCEPTED || r.status() == ReferralStatus.IN_PROGRESS
                    || r.status() == ReferralStatus.ON_HOLD;
            if (accepted && calendar.between(LocalDate.ofInstant(r.lastProgressAt(), query.zone()), query.today())
                    >= query.workingDays()) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparing(Referral::lastProgressAt).thenComparing(r -> r.id().value()));
        return List.copyOf(found);
    }
}
