package io.github.ankommen.testing;

import io.github.ankommen.calendar.WorkingDays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until it is moved.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2018-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));
 * Ankommen ankommen = Ankommen.builder().clock(clock).build();
 * clock.advance(Duration.ofHours(3));
 * clock.advanceWorkingDays(5, ankommen.workingDays());
 * }</pre>
 *
 * <p>Clocks made from one another with {@link #withZone(ZoneId)} share their time: moving one moves
 * all. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at an instant.
     *
     * @param instant the instant, not null
     * @param zone the clock's zone, not null
     * @return the clock
     * @throws NullPointerException if an argument is null
     */
    public static TestClock at(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        return new TestClock(new AtomicReference<>(instant), zone);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not null, not negative
     * @return the new instant
     * @throws NullPointerException if the duration is null
     * @throws IllegalArgumentException if the duration is negative
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward; use set() to go back");
        }
        return now.updateAndGet(i -> i.plus(duration));
    }

    /**
     * Moves the clock forward by working days: to the same local time of the day that lies the
     * given number of working days after today, in the clock's zone.
     *
     * @param days how many working days, 0 or more
     * @param workingDays which days are working days, not null
     * @return the new instant
     * @throws NullPointerException if the working days are null
     * @throws IllegalArgumentException if days is negative
     */
    public Instant advanceWorkingDays(int days, WorkingDays workingDays) {
        Objects.requireNonNull(workingDays, "workingDays must not be null");
        if (days < 0) {
            throw new IllegalArgumentException("a test clock only moves forward; use set() to go back");
        }
        return now.updateAndGet(i -> {
            ZonedDateTime local = i.atZone(zone);
            return local.with(workingDays.plus(local.toLocalDate(), days)).toInstant();
        });
    }

    /**
     * Sets the clock to an instant, forward or back.
     *
     * @param instant the instant, not null
     * @throws NullPointerException if the instant is null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant must not be null"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public TestClock withZone(ZoneId zone) {
        return new TestClock(now, Objects.requireNonNull(zone, "zone must not be null"));
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + ", " + zone + "]";
    }
}
