package io.github.ankommen.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Shared instances of values that records hold many times over: the ids of the few things a
 * network has (its contact points, organisations, offers, team members, staff accounts, phases),
 * the states of workflows, languages, districts, and the days of deadlines. A million referrals to
 * sixty offers then hold sixty offer ids instead of a million equal ones, whether the application
 * made them or a store read them back.
 *
 * <p>A table keeps the first value made for each key, for up to {@link #LIMIT} keys; beyond that it
 * makes each value anew and keeps nothing more, so that no caller can make it grow without bound.
 * Threads that race past the check may each add one key more. A hit returns the kept value without
 * making or checking anything: a value is kept only after its maker accepted the key, and the same
 * key gives an equal value. The values are immutable, compared with {@code equals}, and carry no
 * personal data.
 *
 * @param <K> the key, such as an id's text
 * @param <V> the value
 */
public final class SharedValues<K, V> {

    /** The most keys a table keeps. */
    public static final int LIMIT = 4096;

    /** The days of deadlines: 4,096 days are about eleven years. */
    private static final SharedValues<LocalDate, LocalDate> DAYS = new SharedValues<>(LIMIT);

    /** A table per type of values made from a text. */
    private static final ClassValue<SharedValues<String, ?>> BY_TEXT = new ClassValue<>() {
        @Override
        protected SharedValues<String, ?> computeValue(Class<?> type) {
            return new SharedValues<String, Object>(LIMIT);
        }
    };

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int limit;

    /**
     * Creates an empty table.
     *
     * @param limit the most keys the table keeps
     */
    SharedValues(int limit) {
        this.limit = limit;
    }

    /**
     * The shared value of a type for a text, such as an id or a workflow's state: the one made
     * before for an equal text, or a new one, kept if the type's table has room. A null text is
     * given to the maker, which rejects it.
     *
     * @param <T> the value's type
     * @param type the value's type, which names its table
     * @param text the value's text, may be null
     * @param maker the value's constructor, which checks the text
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> type, String text, Function<String, T> maker) {
        return ((SharedValues<String, T>) BY_TEXT.get(type)).get(text, maker);
    }

    /**
     * The shared instance of a day.
     *
     * @param day the day, may be null
     * @return an equal day, or null for null
     */
    public static LocalDate day(LocalDate day) {
        return DAYS.get(day, Function.identity());
    }

    /**
     * Asks whether the table of a type's texts still keeps new values, for tests.
     *
     * @param type the value's type
     * @return true if it has room
     */
    static boolean hasRoom(Class<?> type) {
        return BY_TEXT.get(type).hasRoom();
    }

    /**
     * Asks whether the table of days still keeps new days, for tests.
     *
     * @return true if it has room
     */
    static boolean hasRoomForDays() {
        return DAYS.hasRoom();
    }

    boolean hasRoom() {
        return values.size() < limit;
    }

    /** How many keys the table keeps, for tests. */
    int size() {
        return values.size();
    }

    /**
     * The value of a key: the one kept, or a new one from the maker, kept if the table has room.
     *
     * @param key the key, may be null: then the maker's answer, which is kept nowhere
     * @param make makes the value of a key it accepts; never null for a key that is not null
     * @return the value
     */
    V get(K key, Function<? super K, ? extends V> make) {
        if (key == null) {
            return make.apply(null);
        }
        V kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        V value = Objects.requireNonNull(make.apply(key), "the maker made null");
        // Another thread may have kept the key meanwhile, and filled the table doing so.
        kept = hasRoom() ? values.putIfAbsent(key, value) : values.get(key);
        return kept != null ? kept : value;
    }
}
