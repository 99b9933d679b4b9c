package org.wardops.difficulties.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark of a suggestion run at n synthetic difficulties (bench/grouping-bench.sh). The texts are built from the
 * labelled sets' sentences, shuffled and recombined within a theme, with stock recommendations, a fifth folded to no
 * diacritics. Prints the time of each run and the peak heap.
 */
public final class GroupingBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SimilarityGrouping.Text> texts = synthetic(n, new Random(42));
        SimilarityGrouping grouping = new SimilarityGrouping();
        grouping.group(texts.subList(0, Math.min(500, n)), SimilarityGrouping.DEFAULT_THRESHOLD);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<SimilarityGrouping.Group> groups = grouping.group(texts, SimilarityGrouping.DEFAULT_THRESHOLD);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            System.out.printf("run %d: %d difficulties -> %d suggestions (largest %d) in %d ms wall, %d ms CPU of this thread%n", run, n,
                    groups.size(), groups.isEmpty() ? 0 : groups.getFirst().ids().size(), millis, cpuMillis);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long started = System.nanoTime();
        GroupingIndex index = new GroupingIndex(new DifficultyTextAnalyzer(), texts);
        long built = System.nanoTime();
        SimilarityGrouping.Text submitted = synthetic(1, new Random(7)).getFirst();
        int found = index.neighbours(submitted, SimilarityGrouping.NEIGHBOURS, 0.1).size();
        long queried = System.nanoTime();
        System.out.printf("index of %d built in %d ms; one new difficulty's %d nearest neighbours in %.1f ms%n", n, (built - started) / 1_000_000,
                found, (queried - built) / 1e6);
        System.out.printf("peak heap (sum of pool peaks, includes garbage not yet collected): %d MB; max heap %d MB%n",
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static List<SimilarityGrouping.Text> synthetic(int n, Random random) {
        List<GroupingEvaluation.Item> items = new ArrayList<>(GroupingEvaluation.load("evaluation-set.tsv"));
        items.addAll(GroupingEvaluation.load("development-set.tsv"));
        String[] stock = {"Đề nghị Thành phố xem xét, hỗ trợ.", "Kính đề nghị UBND Thành phố quan tâm, chỉ đạo các sở ngành liên quan sớm có hướng dẫn, hỗ trợ phường.", ""};
        List<SimilarityGrouping.Text> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            GroupingEvaluation.Item a = items.get(random.nextInt(items.size()));
            GroupingEvaluation.Item b = items.get(random.nextInt(items.size()));
            String title = a.title().isEmpty() ? a.description().split("\\.")[0] : a.title();
            String description = a.description() + " " + (a.theme().equals(b.theme()) ? b.description() : "") + " Số liệu " + i + ".";
            if (random.nextInt(5) == 0) {
                title = org.wardops.shared.text.SearchText.fold(title);
                description = org.wardops.shared.text.SearchText.fold(description);
            }
            texts.add(new SimilarityGrouping.Text(UUID.randomUUID(), title, description, stock[random.nextInt(stock.length)], a.category()));
        }
        return texts;
    }
}
