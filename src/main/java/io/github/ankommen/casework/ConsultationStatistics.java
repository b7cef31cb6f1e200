package io.github.ankommen.casework;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts of consultations, without any personal data: neither clients nor cases are read.
 *
 * <p>A consultation on several topics counts once in {@link #total()} and once for each of its
 * topics. This class is immutable and thread-safe.
 *
 * @param total the number of consultations
 * @param byChannel the number per channel; channels without consultations are absent
 * @param byTopic the number per topic; topics without consultations are absent
 * @param byLanguage the number per language, ordered by code; languages without consultations are
 *     absent
 * @since 0.1.0
 */
public record ConsultationStatistics(
        @PositiveOrZero long total,
        @NotNull Map<@NotNull Channel, @NotNull Long> byChannel,
        @NotNull Map<@NotNull Category, @NotNull Long> byTopic,
        @NotNull Map<@NotNull Language, @NotNull Long> byLanguage) {

    /**
     * Creates statistics.
     *
     * @param total the number of consultations, not negative
     * @param byChannel the number per channel, not null
     * @param byTopic the number per topic, not null
     * @param byLanguage the number per language, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or negative
     */
    public ConsultationStatistics(long total, Map<Channel, Long> byChannel, Map<Category, Long> byTopic,
            Map<Language, Long> byLanguage) {
        this.total = total;
        this.byChannel = FrozenCollections.copyOf(byChannel);
        this.byTopic = FrozenCollections.copyOf(byTopic);
        this.byLanguage = FrozenCollections.copyOf(byLanguage);
        RecordValidation.valid(this);
    }

    /**
     * Counts the consultations at a contact point in a period.
     *
     * @param consultations the consultations to look at, not null, without nulls; others than the
     *     contact point's and the period's are skipped
     * @param contactPoint the contact point, not null
     * @param from the first day of the period, not null
     * @param to the last day of the period, inclusive, not null
     * @return the counts
     * @throws NullPointerException if an argument or a consultation is null
     */
    public static ConsultationStatistics count(Collection<Consultation> consultations, ContactPointId contactPoint,
            LocalDate from, LocalDate to) {
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        long total = 0;
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        Map<Category, Long> byTopic = new EnumMap<>(Category.class);
        Map<String, Long> byCode = new TreeMap<>();
        for (Consultation c : consultations) {
            if (!c.contactPoint().equals(contactPoint) || c.date().isBefore(from) || c.date().isAfter(to)) {
                continue;
            }
            total++;
            byChannel.merge(c.channel(), 1L, Long::sum);
            c.topics().forEach(topic -> byTopic.merge(topic, 1L, Long::sum));
            byCode.merge(c.language().code(), 1L, Long::sum);
        }
        Map<Language, Long> byLanguage = new LinkedHashMap<>();
        byCode.forEach((code, n) -> byLanguage.put(Language.of(code), n));
        return new ConsultationStatistics(total, byChannel, byTopic, byLanguage);
    }
}
