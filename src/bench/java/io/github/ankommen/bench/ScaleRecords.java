package io.github.ankommen.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under the memory store's footprint: the records of {@link ScaleQueries}' scale set, drawn
 * from the same seed in the same order (each case, its audit entries and its three referrals), kept
 * in one {@code ArrayList} instead of a store. The trial's setup reports the heap they retain (used
 * heap after {@code System.gc()}, after minus before, the list included) to
 * {@code ankommen-scale-records.tsv} beside the results: cases, audit entries, referrals, retained
 * MiB, bytes per case. What {@code ScaleQueries} reports beyond it is the store's own.
 *
 * <p>The benchmark method only reads the list's size: the figure is the setup's, and one shot of
 * the method is all a run needs.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx7g"})
public class ScaleRecords {

    /** How many cases the list holds; three referrals per case. */
    @Param({"10000", "100000", "1000000"})
    public int cases;

    private List<Object> records;

    /**
     * Builds the records and reports the heap they retain.
     *
     * @throws IOException if the report cannot be appended to the file beside the results
     */
    @Setup(Level.Trial)
    public void load() throws IOException {
        ScaleSet set = new ScaleSet();
        long before = ScaleSet.retainedHeap();
        Random random = new Random(20180604L);
        records = new ArrayList<>();
        long entries = 0;
        long referrals = 0;
        for (int i = 1; i <= cases; i++) {
            ScaleSet.Records drawn = set.recordsOf(i, random);
            records.add(drawn.c());
            records.addAll(drawn.trail());
            records.addAll(drawn.referrals());
            entries += drawn.trail().size();
            referrals += drawn.referrals().size();
        }
        long after = ScaleSet.retainedHeap();
        String line = String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%d", cases, entries, referrals,
                (after - before) / (1024.0 * 1024.0), (after - before) / cases);
        ScaleSet.report("ankommen-scale-records.tsv",
                "cases, audit entries, referrals, retained heap MiB of the records alone, bytes per case", line);
    }

    /**
     * Reads how many records the list holds.
     *
     * @return the count
     */
    @Benchmark
    public int records() {
        return records.size();
    }
}
