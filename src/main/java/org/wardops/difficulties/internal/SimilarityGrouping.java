package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Suggests groups of similar difficulties. Every text goes into a {@link GroupingIndex}; each text asks the index for
 * its {@link #NEIGHBOURS} nearest texts, which gives a sparse similarity graph (no n × n matrix). Texts are then joined
 * by average linkage over that graph while the average similarity between two groups stays at or above the threshold,
 * so that one loose pair cannot chain two themes together. A pair the graph does not hold counts as dissimilar; so
 * that large groups can still form, the average between two groups is taken over at most {@link #NEIGHBOURS} pairs
 * per member of the smaller group.
 * <p>
 * Work: building the index is linear in the texts' length; each neighbour query walks the posting lists of its own
 * terms; clustering handles at most n × {@link #NEIGHBOURS} edges. See docs/grouping.md for measurements.
 */
public final class SimilarityGrouping {

    /** Tuned on the tuning sets (evaluation-set.tsv and development-set.tsv); never on held-out-set.tsv. */
    public static final double DEFAULT_THRESHOLD = 0.2;
    static final int NEIGHBOURS = 30;
    private static final int SHOWN_TERMS = 6;

    /** One difficulty to compare: its title, description, recommendation and category (any may be empty). */
    public record Text(UUID id, String title, String description, String recommendation, @Nullable String category) {

        /** A text without fields or category: the whole text counts as a description. */
        public Text(UUID id, String text) {
            this(id, "", text, "", null);
        }
    }

    /** A suggested group: its texts, the words most of them use (as written, with diacritics), and their average similarity (0–1). */
    public record Group(List<UUID> ids, List<String> sharedTerms, double score) {
    }

    private final DifficultyTextAnalyzer analyzer;
    private final FieldWeights weights;

    public SimilarityGrouping() {
        this(new DifficultyTextAnalyzer());
    }

    SimilarityGrouping(DifficultyTextAnalyzer analyzer) {
        this(analyzer, FieldWeights.DEFAULT);
    }

    SimilarityGrouping(DifficultyTextAnalyzer analyzer, FieldWeights weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    FieldWeights weights() {
        return weights;
    }

    DifficultyTextAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * For tuning: the groups (two texts or more) each threshold gives, from one index and one neighbour graph. The
     * graph is queried once at the lowest threshold and narrowed to each threshold's edges, which is the graph
     * {@link #group} would build at that threshold.
     */
    Map<Double, List<List<UUID>>> groupings(List<Text> texts, List<Double> thresholds) {
        Map<Double, List<List<UUID>>> result = new HashMap<>();
        if (texts.size() < 2 || thresholds.isEmpty()) {
            thresholds.forEach(threshold -> result.put(threshold, List.of()));
            return result;
        }
        GroupingIndex index = new GroupingIndex(analyzer, weights, texts);
        double lowest = thresholds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        List<Map<Integer, Double>> widest = graph(index, lowest / 2);
        for (double threshold : thresholds) {
            List<Map<Integer, Double>> graph = new ArrayList<>(widest.size());
            for (Map<Integer, Double> edges : widest) {
                Map<Integer, Double> kept = new HashMap<>();
                edges.forEach((other, similarity) -> {
                    if (similarity >= threshold / 2) {
                        kept.put(other, similarity);
                    }
                });
                graph.add(kept);
            }
            result.put(threshold, averageLinkage(graph, threshold).stream().filter(cluster -> cluster.size() > 1)
                    .map(cluster -> cluster.stream().map(i -> index.entry(i).id()).toList()).toList());
        }
        return result;
    }

    public List<Group> group(List<Text> texts, double threshold) {
        int n = texts.size();
        if (n < 2) {
            return List.of();
        }
        GroupingIndex index = new GroupingIndex(analyzer, weights, texts);
        List<Map<Integer, Double>> graph = graph(index, threshold / 2);
        List<List<Integer>> clusters = averageLinkage(graph, threshold);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> cluster : clusters) {
            if (cluster.size() < 2) {
                continue;
            }
            groups.add(new Group(cluster.stream().map(i -> index.entry(i).id()).toList(), sharedTerms(cluster, index),
                    Math.round(average(cluster, graph) * 100) / 100.0));
        }
        groups.sort(Comparator.comparingInt((Group group) -> group.ids().size()).reversed().thenComparing(Group::score, Comparator.reverseOrder()));
        return groups;
    }

    /** The analysed terms of a text (folded keys; "c:" and the concept for thesaurus wordings), in order, with repetitions. */
    List<String> terms(String text) {
        return analyzer.tokens(text).stream().map(DifficultyTextAnalyzer.Token::key).toList();
    }

    /** Each text's nearest neighbours, both ways: edge (a, b) with the cosine when either is among the other's nearest. */
    private static List<Map<Integer, Double>> graph(GroupingIndex index, double minimum) {
        int n = index.size();
        List<Map<Integer, Double>> graph = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            graph.add(new HashMap<>());
        }
        double[] scratch = new double[n];
        for (int i = 0; i < n; i++) {
            for (GroupingIndex.Neighbour neighbour : index.neighbours(i, NEIGHBOURS, minimum, scratch)) {
                graph.get(i).put(neighbour.index(), neighbour.similarity());
                graph.get(neighbour.index()).put(i, neighbour.similarity());
            }
        }
        return graph;
    }

    private static double pairs(int sizeA, int sizeB) {
        return Math.min((double) sizeA * sizeB, (double) NEIGHBOURS * Math.min(sizeA, sizeB));
    }

    private record Merge(double average, int a, int b, int versionA, int versionB) {
    }

    /**
     * Agglomerative clustering over the sparse graph: each group keeps the summed similarity to each group it has an
     * edge to; merging folds the smaller group's sums into the larger's. A queue holds each group's best merge; an
     * entry whose partner has changed since is dropped, and its other side queues its new best merge (a merge never
     * raises an average above the older entries', so no merge is missed).
     */
    private static List<List<Integer>> averageLinkage(List<Map<Integer, Double>> graph, double threshold) {
        int n = graph.size();
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        List<List<Integer>> members = new ArrayList<>(n);
        int[] version = new int[n];
        boolean[] alive = new boolean[n];
        PriorityQueue<Merge> queue = new PriorityQueue<>(Comparator.comparingDouble(Merge::average).reversed()
                .thenComparingInt(Merge::a).thenComparingInt(Merge::b));
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>(graph.get(i)));
            members.add(new ArrayList<>(List.of(i)));
            alive[i] = true;
        }
        for (int i = 0; i < n; i++) {
            pushBest(i, sums, members, version, queue, threshold);
        }
        while (!queue.isEmpty()) {
            Merge merge = queue.poll();
            if (merge.average() < threshold) {
                break;
            }
            boolean currentA = alive[merge.a()] && version[merge.a()] == merge.versionA();
            boolean currentB = alive[merge.b()] && version[merge.b()] == merge.versionB();
            if (!currentA || !currentB) {
                // a partner changed since: the side that did not change looks for its best partner again
                if (currentA) {
                    pushBest(merge.a(), sums, members, version, queue, threshold);
                }
                if (currentB) {
                    pushBest(merge.b(), sums, members, version, queue, threshold);
                }
                continue;
            }
            int into = members.get(merge.a()).size() >= members.get(merge.b()).size() ? merge.a() : merge.b();
            int from = into == merge.a() ? merge.b() : merge.a();
            Map<Integer, Double> target = sums.get(into);
            target.remove(from);
            for (Map.Entry<Integer, Double> edge : sums.get(from).entrySet()) {
                int other = edge.getKey();
                if (other == into) {
                    continue;
                }
                double sum = target.merge(other, edge.getValue(), Double::sum);
                Map<Integer, Double> back = sums.get(other);
                back.remove(from);
                back.put(into, sum);
            }
            members.get(into).addAll(members.get(from));
            members.set(from, List.of());
            sums.set(from, Map.of());
            alive[from] = false;
            version[into]++;
            pushBest(into, sums, members, version, queue, threshold);
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                result.add(members.get(i));
            }
        }
        return result;
    }

    /** Queues a group's merge with the group it is on average most similar to, if that reaches the threshold. */
    private static void pushBest(int group, List<Map<Integer, Double>> sums, List<List<Integer>> members, int[] version,
                                 PriorityQueue<Merge> queue, double threshold) {
        int size = members.get(group).size();
        int best = -1;
        double bestAverage = threshold;
        for (Map.Entry<Integer, Double> edge : sums.get(group).entrySet()) {
            double average = edge.getValue() / pairs(size, members.get(edge.getKey()).size());
            if (average >= bestAverage && (best < 0 || average > bestAverage || edge.getKey() < best)) {
                best = edge.getKey();
                bestAverage = average;
            }
        }
        if (best >= 0) {
            int a = Math.min(group, best);
            int b = Math.max(group, best);
            queue.add(new Merge(bestAverage, a, b, version[a], version[b]));
        }
    }

    private static double average(List<Integer> cluster, List<Map<Integer, Double>> graph) {
        Set<Integer> inside = new HashSet<>(cluster);
        double sum = 0;
        for (int a : cluster) {
            for (Map.Entry<Integer, Double> edge : graph.get(a).entrySet()) {
                if (inside.contains(edge.getKey()) && a < edge.getKey()) {
                    sum += edge.getValue();
                }
            }
        }
        // average over the pairs the graph can hold (see pairs), each member with its nearest others
        double pairs = Math.min((double) cluster.size() * (cluster.size() - 1) / 2, (double) cluster.size() * NEIGHBOURS / 2);
        return Math.min(1.0, sum / pairs);
    }

    /**
     * The words most of the group's texts use, as the texts write them (with diacritics where any text has them):
     * thesaurus concepts, dictionary words and word pairs (no lone syllables), found in at least two texts and in
     * at least 40 % of the group, the most widely shared and rarest first.
     */
    private static List<String> sharedTerms(List<Integer> cluster, GroupingIndex index) {
        Map<Integer, Integer> coverage = new HashMap<>();
        Map<Integer, Map<String, Integer>> surfaces = new HashMap<>();
        for (int member : cluster) {
            GroupingIndex.Entry entry = index.entry(member);
            for (int term : entry.terms()) {
                if (index.kind(term) == DifficultyTextAnalyzer.Kind.SYLLABLE) {
                    continue;
                }
                coverage.merge(term, 1, Integer::sum);
                for (String surface : entry.surfaces().getOrDefault(term, List.of())) {
                    surfaces.computeIfAbsent(term, t -> new HashMap<>()).merge(surface, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (int) Math.ceil(cluster.size() * 0.4));
        List<Integer> shared = new ArrayList<>(coverage.keySet().stream().filter(term -> coverage.get(term) >= needed && index.idf(term) > 0).toList());
        // topics ("mạng", "thiết bị") only when no concept, word or pair is shared
        shared.sort(Comparator.comparing((Integer term) -> index.kind(term) == DifficultyTextAnalyzer.Kind.TOPIC)
                .thenComparingDouble(term -> -coverage.get(term) * index.idf(term)).thenComparing(index::key));
        List<String> result = new ArrayList<>();
        for (int term : shared) {
            if (result.size() == SHOWN_TERMS || !result.isEmpty() && index.kind(term) == DifficultyTextAnalyzer.Kind.TOPIC) {
                break;
            }
            String words = readable(term, surfaces.getOrDefault(term, Map.of()), index);
            boolean repeated = result.stream().anyMatch(shown -> shown.contains(words) || words.contains(shown));
            if (!repeated) {
                result.add(words);
            }
        }
        return result;
    }

    /** The most used wording with diacritics; if every text was typed without them, the dictionary's wording. */
    private static String readable(int term, Map<String, Integer> surfaces, GroupingIndex index) {
        return surfaces.entrySet().stream().filter(entry -> GroupingIndex.hasDiacritics(entry.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElseGet(() -> index.written(term));
    }
}
