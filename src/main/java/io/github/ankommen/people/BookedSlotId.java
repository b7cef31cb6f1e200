package io.github.ankommen.people;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The id of one appointment time at one contact point: the contact point and the local start, to
 * the minute. Its key is the contact point's id, a slash and the start as {@code yyyyMMdd'T'HHmm},
 * at most 78 characters, so a contact point's times sort together and by time. This class is
 * immutable and thread-safe.
 *
 * @param contactPoint the contact point, not null
 * @param start the local start, not null, whole minutes, in the years 1000 to 9999
 * @since 0.1.0
 */
public record BookedSlotId(@NotNull ContactPointId contactPoint, @NotNull LocalDateTime start) {

    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");

    /**
     * Creates an id.
     *
     * @param contactPoint the contact point, not null
     * @param start the local start, not null, whole minutes, years 1000 to 9999
     * @throws jakarta.validation.ConstraintViolationException if a component is null, or the start
     *     has seconds or lies outside those years
     */
    public BookedSlotId(ContactPointId contactPoint, LocalDateTime start) {
        this.contactPoint = contactPoint;
        this.start = start;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an id.
     *
     * @param contactPoint the contact point, not null
     * @param start the local start, not null, whole minutes
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the start
     *     is not a whole minute
     */
    public static BookedSlotId of(ContactPointId contactPoint, LocalDateTime start) {
        return new BookedSlotId(contactPoint, start);
    }

    /**
     * The text key: the contact point's id, a slash and the start.
     *
     * @return for example {@code cp-hoerde/20181106T1000}
     */
    public String key() {
        return CompositeKeys.named(contactPoint.value(), start.format(KEY));
    }

    /**
     * Reads a key made by {@link #key()}.
     *
     * @param key the key, not null
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if the key is malformed
     */
    public static BookedSlotId parse(String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 0) {
            return new BookedSlotId(ContactPointId.of(key), null);
        }
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(key.substring(slash + 1), KEY);
        } catch (DateTimeParseException e) {
            start = null;
        }
        return new BookedSlotId(ContactPointId.of(key.substring(0, slash)), start);
    }

    /**
     * Returns the key.
     *
     * @return the key
     */
    @Override
    public String toString() {
        return key();
    }

    @AssertTrue(message = "{io.github.ankommen.people.BookedSlotId.wholeMinute.message}")
    private boolean isWholeMinute() {
        return start == null || (start.truncatedTo(ChronoUnit.MINUTES).equals(start) && start.getYear() >= 1000
                && start.getYear() <= 9999);
    }
}
