package org.wardops.difficulties.internal;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An in-memory inverted index of difficulty texts as weighted term vectors, answering "which texts are nearest to this
 * one" without comparing every pair: a query walks only the posting lists of its own terms.
 * <p>
 * A text's vector: every term of its title, description and recommendation (see {@link DifficultyTextAnalyzer}),
 * weighted by field ({@link #TITLE} over {@link #DESCRIPTION} over {@link #RECOMMENDATION}), by kind (thesaurus
 * concepts and dictionary words over unknown syllable pairs over single syllables) and by rarity (log(1 + n / df): a
 * phrase many difficulties use says little), then scaled to length 1, so that the dot product is the cosine.
 * Stock sentences (the same sentence, e.g. "Đề nghị Thành phố xem xét, hỗ trợ.", in the description or recommendation
 * of many texts across several categories) carry no weight at all. Texts of different categories are compared at
 * {@link #OTHER_CATEGORY} of their cosine: the category is a soft signal, a wrong category does not hide a match.
 * <p>
 * {@link #add} appends a new text with the statistics of the texts already there (idf is not recomputed for the
 * others; rebuild when the collection has grown by a good share). Memory is linear in the number of terms.
 */
final class GroupingIndex {

    static final double TITLE = 1.5;
    static final double DESCRIPTION = 1.0;
    static final double RECOMMENDATION = 0.4;
    static final double OTHER_CATEGORY = 0.7;
    /** A term no other text uses cannot make two texts alike; it counts at this share in a vector's length. */
    static final double UNIQUE = 0.5;
    /** Terms used by more than this share of the texts are left out (when there are enough texts to tell). */
    static final double COMMON_SHARE = 0.5;
    private static final Pattern SENTENCE = Pattern.compile("[.;!?\\n\\r]+");
    private static final int STOCK_MIN_WORDS = 4;
    /** How many of a query's heaviest terms walk their posting lists. */
    static final int QUERY_TERMS = 20;
    /** Posting lists longer than this (and than a twentieth of the texts) are not walked to find candidates. */
    static final int CANDIDATE_DF = 200;

    /** One analysed text: its vector (term ids ascending, weights), and for each term the words as written. */
    record Entry(UUID id, String category, int[] terms, float[] weights, Map<Integer, List<String>> surfaces) {
    }

    /** A nearby text and its similarity (0–1). */
    record Neighbour(int index, double similarity) {
    }

    private final DifficultyTextAnalyzer analyzer;
    private final FieldWeights fields;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> termKeys = new ArrayList<>();
    private final List<DifficultyTextAnalyzer.Kind> termKinds = new ArrayList<>();
    private int[] documentFrequency = new int[64];
    private final Set<String> stock = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    /** Posting lists: for each term id, the entries holding it and the term's weight there. */
    private final List<IntFloatList> postings = new ArrayList<>();
    private int statisticsSize;

    GroupingIndex(DifficultyTextAnalyzer analyzer, List<SimilarityGrouping.Text> texts) {
        this(analyzer, FieldWeights.DEFAULT, texts);
    }

    GroupingIndex(DifficultyTextAnalyzer analyzer, FieldWeights fields, List<SimilarityGrouping.Text> texts) {
        this.analyzer = analyzer;
        this.fields = fields;
        findStock(texts);
        List<Map<Integer, double[]>> raw = new ArrayList<>(texts.size());
        List<Map<Integer, List<String>>> surfaces = new ArrayList<>(texts.size());
        for (SimilarityGrouping.Text text : texts) {
            Map<Integer, List<String>> written = new HashMap<>();
            Map<Integer, double[]> weights = rawWeights(text, written, true);
            raw.add(weights);
            surfaces.add(written);
            for (int term : weights.keySet()) {
                documentFrequency[term]++;
            }
        }
        statisticsSize = texts.size();
        for (int i = 0; i < texts.size(); i++) {
            append(texts.get(i), raw.get(i), surfaces.get(i));
        }
    }

    int size() {
        return entries.size();
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    String key(int term) {
        return termKeys.get(term);
    }

    DifficultyTextAnalyzer.Kind kind(int term) {
        return termKinds.get(term);
    }

    double idf(int term) {
        int df = term < documentFrequency.length ? documentFrequency[term] : 0;
        if (df == 0) {
            return Math.log(1.0 + Math.max(1, statisticsSize));
        }
        if (statisticsSize >= 10 && df > COMMON_SHARE * statisticsSize) {
            return 0;
        }
        return Math.log(1.0 + (double) statisticsSize / df);
    }

    String written(int term) {
        return analyzer.written(termKeys.get(term));
    }

    /** Adds a text (e.g. a newly submitted difficulty), weighted with the statistics already collected; answers its index. */
    int add(SimilarityGrouping.Text text) {
        Map<Integer, List<String>> written = new HashMap<>();
        Map<Integer, double[]> weights = rawWeights(text, written, true);
        for (int term : weights.keySet()) {
            documentFrequency[term]++;
        }
        return append(text, weights, written);
    }

    /** The k texts most similar to the text at {@code index}, at least {@code minimum} similar, the most similar first. */
    List<Neighbour> neighbours(int index, int k, double minimum, double[] scratch) {
        Entry entry = entries.get(index);
        return search(entry.terms(), entry.weights(), entry.category(), index, k, minimum, scratch);
    }

    /** The k indexed texts most similar to a text that is not indexed (a difficulty being written or just submitted). */
    List<Neighbour> neighbours(SimilarityGrouping.Text text, int k, double minimum) {
        Map<Integer, double[]> raw = rawWeights(text, new HashMap<>(), false);
        Entry probe = vector(text, raw, Map.of());
        return search(probe.terms(), probe.weights(), probe.category(), -1, k, minimum, new double[entries.size()]);
    }

    double similarity(int a, int b) {
        Entry x = entries.get(a);
        Entry y = entries.get(b);
        return dot(x.terms(), x.weights(), y) * categoryFactor(x.category(), y.category());
    }

    private static double dot(int[] terms, float[] weights, Entry other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms().length) {
            if (terms[i] == other.terms()[j]) {
                dot += (double) weights[i++] * other.weights()[j++];
            } else if (terms[i] < other.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    private List<Neighbour> search(int[] terms, float[] weights, String category, int self, int k, double minimum, double[] scratch) {
        int n = entries.size();
        double[] accumulated = scratch.length >= n ? scratch : new double[n];
        IntFloatList touched = new IntFloatList();
        // the query's heaviest terms find the candidates (query pruning); the k found are then scored exactly
        Integer[] order = new Integer[terms.length];
        for (int t = 0; t < terms.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        // in a large collection, terms most texts share find no useful candidates (they still count in the exact score)
        int longestWalk = Math.max(CANDIDATE_DF, n / 20);
        for (int o = 0, walked = 0; o < order.length && walked < QUERY_TERMS; o++) {
            int t = order[o];
            if (terms[t] >= postings.size() || postings.get(terms[t]).size > longestWalk) {
                continue;
            }
            walked++;
            IntFloatList list = postings.get(terms[t]);
            float weight = weights[t];
            for (int p = 0; p < list.size; p++) {
                int doc = list.ids[p];
                if (accumulated[doc] == 0) {
                    touched.add(doc, 0);
                }
                accumulated[doc] += weight * list.values[p];
            }
        }
        // the k best in a min-heap on score (heap[0] is the weakest kept)
        int[] best = new int[Math.max(1, k)];
        double[] bestScore = new double[Math.max(1, k)];
        int count = 0;
        for (int p = 0; p < touched.size; p++) {
            int doc = touched.ids[p];
            double score = accumulated[doc];
            accumulated[doc] = 0;
            if (doc == self || score < minimum || count == k && score <= bestScore[0]) {
                continue;
            }
            score *= categoryFactor(category, entries.get(doc).category());
            if (score < minimum) {
                continue;
            }
            if (count < k) {
                best[count] = doc;
                bestScore[count] = score;
                siftUp(best, bestScore, count++);
            } else if (score > bestScore[0]) {
                best[0] = doc;
                bestScore[0] = score;
                siftDown(best, bestScore, count);
            }
        }
        List<Neighbour> result = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            double exact = dot(terms, weights, entries.get(best[q])) * categoryFactor(category, entries.get(best[q]).category());
            if (exact >= minimum) {
                result.add(new Neighbour(best[q], Math.min(1.0, exact)));
            }
        }
        result.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return result;
    }

    private static void siftUp(int[] ids, double[] scores, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (scores[parent] <= scores[at]) {
                return;
            }
            swap(ids, scores, at, parent);
            at = parent;
        }
    }

    private static void siftDown(int[] ids, double[] scores, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (scores[child] < scores[smallest]) {
                    smallest = child;
                }
            }
            if (smallest == at) {
                return;
            }
            swap(ids, scores, at, smallest);
            at = smallest;
        }
    }

    private static void swap(int[] ids, double[] scores, int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }

    private static double categoryFactor(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return 1.0;
        }
        return OTHER_CATEGORY;
    }

    private int append(SimilarityGrouping.Text text, Map<Integer, double[]> raw, Map<Integer, List<String>> written) {
        Entry entry = vector(text, raw, written);
        int index = entries.size();
        entries.add(entry);
        for (int t = 0; t < entry.terms().length; t++) {
            while (postings.size() <= entry.terms()[t]) {
                postings.add(new IntFloatList());
            }
            postings.get(entry.terms()[t]).add(index, entry.weights()[t]);
        }
        return index;
    }

    private Entry vector(SimilarityGrouping.Text text, Map<Integer, double[]> raw, Map<Integer, List<String>> written) {
        int[] terms = raw.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[terms.length];
        double norm = 0;
        for (int t = 0; t < terms.length; t++) {
            double weight = raw.get(terms[t])[0] * idf(terms[t]) * (documentFrequency[terms[t]] <= 1 ? UNIQUE : 1.0);
            weights[t] = (float) weight;
            norm += weight * weight;
        }
        norm = Math.sqrt(norm);
        int kept = 0;
        for (int t = 0; t < terms.length; t++) {
            if (weights[t] > 0 && norm > 0) {
                terms[kept] = terms[t];
                weights[kept] = (float) (weights[t] / norm);
                kept++;
            }
        }
        Map<Integer, List<String>> surfaces = new HashMap<>();
        for (int t = 0; t < kept; t++) {
            List<String> surface = written.get(terms[t]);
            if (surface != null) {
                surfaces.put(terms[t], surface);
            }
        }
        return new Entry(text.id(), text.category() == null ? "" : text.category(), Arrays.copyOf(terms, kept), Arrays.copyOf(weights, kept), surfaces);
    }

    /** Field- and kind-weighted term counts of one text (repetitions in a field count a little), stock sentences left out. */
    private Map<Integer, double[]> rawWeights(SimilarityGrouping.Text text, Map<Integer, List<String>> written, boolean createTerms) {
        Map<Integer, double[]> weights = new LinkedHashMap<>();
        field(text.title(), fields.title(), false, weights, written, createTerms);
        field(text.description(), fields.description(), true, weights, written, createTerms);
        field(text.recommendation(), fields.recommendation(), true, weights, written, createTerms);
        return weights;
    }

    private void field(String value, double fieldWeight, boolean dropStock, Map<Integer, double[]> weights, Map<Integer, List<String>> written,
                       boolean createTerms) {
        if (value == null || value.isBlank()) {
            return;
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (String sentence : SENTENCE.split(value)) {
            if (dropStock && !stock.isEmpty() && stock.contains(analyzer.key(sentence))) {
                continue;
            }
            for (DifficultyTextAnalyzer.Token token : analyzer.tokens(sentence)) {
                Integer term = termIds.get(token.key());
                if (term == null) {
                    if (!createTerms) {
                        continue;
                    }
                    term = termKeys.size();
                    termIds.put(token.key(), term);
                    termKeys.add(token.key());
                    termKinds.add(token.kind());
                    if (term >= documentFrequency.length) {
                        documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
                    }
                }
                int repeat = seen.merge(term, 1, Integer::sum);
                double weight = fieldWeight * kindWeight(token.kind()) * analyzer.conceptWeight(token.key()) * (repeat == 1 ? 1.0 : 0.25 / repeat);
                weights.computeIfAbsent(term, key -> new double[1])[0] += weight;
                List<String> surfaces = written.computeIfAbsent(term, key -> new ArrayList<>(1));
                if (!surfaces.contains(token.surface())) {
                    surfaces.add(token.surface());
                }
            }
        }
    }

    static double kindWeight(DifficultyTextAnalyzer.Kind kind) {
        return switch (kind) {
            case CONCEPT, TOPIC -> 1.0;
            case PHRASE -> 0.6;
            case PAIR -> 0.4;
            case SYLLABLE -> 0.15;
        };
    }

    static boolean hasDiacritics(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences of descriptions and recommendations that many texts repeat word for word, across at least three
     * categories (or, where no categories are given, in a tenth of the texts): form phrases, not the difficulty.
     */
    private void findStock(List<SimilarityGrouping.Text> texts) {
        Map<String, Set<Integer>> textsOf = new HashMap<>();
        Map<String, Set<String>> categoriesOf = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            SimilarityGrouping.Text text = texts.get(i);
            for (String field : new String[]{text.description(), text.recommendation()}) {
                if (field == null) {
                    continue;
                }
                for (String sentence : SENTENCE.split(field)) {
                    String key = analyzer.key(sentence);
                    if (key.split(" ").length < STOCK_MIN_WORDS) {
                        continue;
                    }
                    textsOf.computeIfAbsent(key, s -> new HashSet<>()).add(i);
                    if (text.category() != null && !text.category().isEmpty()) {
                        categoriesOf.computeIfAbsent(key, s -> new HashSet<>()).add(text.category());
                    }
                }
            }
        }
        int minimum = Math.max(3, (int) Math.ceil(texts.size() * 0.02));
        for (Map.Entry<String, Set<Integer>> sentence : textsOf.entrySet()) {
            int count = sentence.getValue().size();
            int categories = categoriesOf.getOrDefault(sentence.getKey(), Set.of()).size();
            if (count >= minimum && (categories >= 3 || categories == 0 && count >= Math.max(3, texts.size() / 10))) {
                stock.add(sentence.getKey());
            }
        }
    }

    /** Whether a sentence was recognised as stock wording. */
    boolean stock(String sentence) {
        return stock.contains(analyzer.key(sentence));
    }

    /** A growable list of (int, float) pairs. */
    static final class IntFloatList {
        int[] ids = new int[4];
        float[] values = new float[4];
        int size;

        void add(int id, float value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size] = value;
            size++;
        }
    }
}
