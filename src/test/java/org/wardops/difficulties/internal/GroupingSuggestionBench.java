package org.wardops.difficulties.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test; run by {@code bench/grouping.sh}): n synthetic difficulties (as {@link GroupingBench}) in a
 * {@link GroupingIndex}; then m newly submitted difficulties, each asking the index for its nearest neighbours (the
 * suggestion for one new difficulty: "similar difficulties") and being added to it. Reports the index build, the
 * per-submission time (median, p95, max), the heap the index retains after a full collection, and the time of one
 * full city-wide suggestion run over the same n for comparison.
 */
public final class GroupingSuggestionBench {

    private GroupingSuggestionBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<SimilarityGrouping.Text> texts = GroupingBench.synthetic(n, new Random(42));
        List<SimilarityGrouping.Text> fresh = GroupingBench.synthetic(submissions, new Random(7));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        DifficultyTextAnalyzer analyzer = new DifficultyTextAnalyzer();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long started = System.nanoTime();
        GroupingIndex index = new GroupingIndex(analyzer, texts);
        long built = System.nanoTime();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        // warm-up on a copy of the first submissions, not counted
        for (int i = 0; i < Math.min(20, submissions); i++) {
            index.neighbours(fresh.get(i), SimilarityGrouping.NEIGHBOURS, SimilarityGrouping.DEFAULT_THRESHOLD / 2);
        }
        List<Double> millis = new ArrayList<>();
        int withNeighbours = 0;
        for (SimilarityGrouping.Text text : fresh) {
            long t0 = System.nanoTime();
            List<GroupingIndex.Neighbour> found = index.neighbours(text, SimilarityGrouping.NEIGHBOURS, SimilarityGrouping.DEFAULT_THRESHOLD / 2);
            index.add(text);
            millis.add((System.nanoTime() - t0) / 1e6);
            withNeighbours += found.isEmpty() ? 0 : 1;
        }
        Collections.sort(millis);
        System.out.printf("index of %d difficulties built in %d ms; it retains about %d MB of heap (after a full GC)%n", n,
                (built - started) / 1_000_000, Math.max(0, heapAfter - heapBefore) / (1024 * 1024));
        System.out.printf("%d newly submitted difficulties: nearest neighbours + add to the index per submission: median %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms (%d found neighbours at similarity >= %.2f)%n", submissions, millis.get(millis.size() / 2),
                millis.get((int) Math.floor(millis.size() * 0.95)), millis.getLast(), withNeighbours, SimilarityGrouping.DEFAULT_THRESHOLD / 2);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<SimilarityGrouping.Group> groups = new SimilarityGrouping(analyzer).group(texts, SimilarityGrouping.DEFAULT_THRESHOLD);
        System.out.printf("for comparison, one full suggestion run over all %d: %d suggestions in %d ms wall, %d ms CPU of this thread%n", n,
                groups.size(), (System.nanoTime() - wall) / 1_000_000, (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
