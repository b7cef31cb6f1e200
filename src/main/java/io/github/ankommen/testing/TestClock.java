package io.github.ankommen.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until it is moved.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2018-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));
 * Ankommen ankommen = Ankommen.builder().clock(clock).build();
 * clock.advance(Duration.ofHours(3));
 * }</pre>
 *
 * <p>Clocks made from one another with {@link #withZone(ZoneId)} share their time: moving one moves
 * all. This class is thread-safe.
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
