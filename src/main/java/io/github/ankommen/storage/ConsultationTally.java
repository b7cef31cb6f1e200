package io.github.ankommen.storage;

import io.github.ankommen.casework.Consultation;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Counts consultations by contact point, month and channel or topic.
 *
 * <p>The consultations counted are those on a day from {@code from} to {@code to} (each bound
 * optional). By {@link By#CHANNEL} each counts once, under the key {@code [contact point id, month,
 * channel]}; by {@link By#TOPIC} once for each of its topics, under {@code [contact point id, month,
 * topic]}, and one without topics not at all. The month is written {@code 2026-03}, channels and
 * topics by their constant names. This class is immutable and thread-safe.
 *
 * @param from the first day counted, or null for no bound
 * @param to the last day counted, or null for no bound; not before {@code from}
 * @param by what the last label of a key is
 * @since 0.1.0
 */
public record ConsultationTally(LocalDate from, LocalDate to, @NotNull By by) implements Aggregate {

    /** The last label of a key. */
    public enum By {
        /** The consultation's channel. */
        CHANNEL,
        /** Each of the consultation's topics. */
        TOPIC
    }

    /**
     * Creates the aggregate.
     *
     * @param from the first day, or null
     * @param to the last day, or null; not before {@code from}
     * @param by what to count by, not null
     * @throws jakarta.validation.ConstraintViolationException if {@code by} is null or {@code to} is
     *     before {@code from}
     */
    public ConsultationTally(LocalDate from, LocalDate to, By by) {
        this.from = from;
        this.to = to;
        this.by = by;
        if (by == null || !isOrdered()) {
            RecordValidation.valid(this);
        }
    }

    @Override
    public Tally countIn(Store store) {
        Objects.requireNonNull(store, "store must not be null");
        Tally.Counter counter = new Tally.Counter();
        try (Stream<Versioned<Consultation>> all = store.stream(new ConsultationQuery(null, from, to),
                PageRequest.MAX_SIZE)) {
            all.map(Versioned::value).forEach(c -> {
                String contactPoint = c.contactPoint().value();
                String month = YearMonth.from(c.date()).toString();
                if (by == By.CHANNEL) {
                    counter.add(contactPoint, month, c.channel().name());
                } else {
                    for (Category topic : c.topics()) {
                        counter.add(contactPoint, month, topic.name());
                    }
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
