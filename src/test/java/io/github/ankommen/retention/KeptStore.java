package io.github.ankommen.retention;

import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.tck.ForwardingStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory store that remembers the key of every record ever written, so that a test can walk
 * every record of every kind, and that can run one action just before the next unit is applied.
 */
final class KeptStore extends ForwardingStore {

    private final Map<RecordKind<?, ?>, Set<String>> keys = new LinkedHashMap<>();

    /** Creates an empty store. */
    KeptStore() {
        super(new MemoryStore());
    }

    @Override
    public synchronized void apply(UnitOfWork unit) {
        super.apply(unit);
        for (Write<?, ?> write : unit.writes()) {
            keys.computeIfAbsent(write.kind(), k -> new TreeSet<>()).add(write.key());
        }
    }

    /** Every record of every kind with its version, keyed by kind name and record key. */
    synchronized Map<String, Versioned<?>> snapshot() {
        Map<String, Versioned<?>> all = new TreeMap<>();
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (String key : keys.getOrDefault(kind, Set.of())) {
                all.put(kind.name() + "/" + key, get(kind, key));
            }
        }
        return all;
    }

    /** Every record of one kind. */
    synchronized <R> List<R> all(RecordKind<?, R> kind) {
        List<R> all = new ArrayList<>();
        for (String key : keys.getOrDefault(kind, Set.of())) {
            all.add(get(kind, key).value());
        }
        return all;
    }

    private <I, R> Versioned<R> get(RecordKind<I, R> kind, String key) {
        return delegate.get(kind, kind.parseId(key));
    }

    /**
     * Every text reachable from a value through record components, collections and maps, each as
     * {@code String.valueOf} of the leaf; independent of any {@code toString()} a record overrides.
     */
    static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError("cannot read " + component, e);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, out));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else {
            out.add(String.valueOf(value));
        }
    }
}
