package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralStatus;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Counts requested referrals by sending contact point, month of the request and need: by status and
 * reason, or by the time to acceptance.
 *
 * <p>Only referrals that were requested count, and only those requested on a day from {@code from}
 * to {@code to} (each bound optional), days read in {@code zone}. What counts, and under which key,
 * depends on {@code by}:
 *
 * <ul>
 *   <li>{@link By#STATUS}: every such referral, under {@code [contact point id, month, need, status,
 *       reason]}, the reason {@code ""} if there is none;
 *   <li>{@link By#ACCEPTANCE}: every such referral that was accepted and not entered in error, under
 *       {@code [contact point id, month, need, nanoseconds from request to acceptance]}: the
 *       distribution of the times to acceptance, from which medians are read.
 * </ul>
 *
 * <p>Months are written {@code 2026-03}, needs, statuses and reasons by their constant names. This
 * class is immutable and thread-safe.
 *
 * @param zone the zone in which instants are read as days
 * @param from the first day counted, or null for no bound
 * @param to the last day counted, or null for no bound; not before {@code from}
 * @param by what to count
 * @since 0.1.0
 */
public record ReferralTally(@NotNull ZoneId zone, LocalDate from, LocalDate to, @NotNull By by)
        implements Aggregate {

    /** What a referral tally counts. */
    public enum By {
        /** Requested referrals, by status and reason. */
        STATUS,
        /** Accepted referrals, by the time from request to acceptance. */
        ACCEPTANCE
    }

    /**
     * Creates the aggregate.
     *
     * @param zone the zone, not null
     * @param from the first day, or null
     * @param to the last day, or null; not before {@code from}
     * @param by what to count, not null
     * @throws jakarta.validation.ConstraintViolationException if the zone or {@code by} is null, or
     *     {@code to} is before {@code from}
     */
    public ReferralTally(ZoneId zone, LocalDate from, LocalDate to, By by) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.by = by;
        if (zone == null || by == null || !isOrdered()) {
            RecordValidation.valid(this);
        }
    }

    @Override
    public Tally countIn(Store store) {
        Objects.requireNonNull(store, "store must not be null");
        Tally.Counter counter = new Tally.Counter();
        try (Stream<Versioned<Referral>> all = store.stream(ReferralQuery.all(), PageRequest.MAX_SIZE)) {
            all.map(Versioned::value).filter(r -> r.requestedAt() != null).forEach(r -> {
                LocalDate day = LocalDate.ofInstant(r.requestedAt(), zone);
                if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                    return;
                }
                String contactPoint = r.contactPoint().value();
                String month = YearMonth.from(day).toString();
                if (by == By.STATUS) {
                    counter.add(contactPoint, month, r.need().name(), r.status().name(),
                            r.reason() == null ? "" : r.reason().name());
                } else if (r.acceptedAt() != null && r.status() != ReferralStatus.ENTERED_IN_ERROR) {
                    counter.add(contactPoint, month, r.need().name(),
                            Long.toString(Duration.between(r.requestedAt(), r.acceptedAt()).toNanos()));
                }
            });
        }
        return counter.toTally();
    }

    @AssertTrue(message = "{io.github.ankommen.storage.ConsultationQuery.ordered.message}")
    private boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
