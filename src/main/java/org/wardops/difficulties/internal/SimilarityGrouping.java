package org.wardops.difficulties.internal;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.wardops.shared.text.SearchText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Groups similar difficulty texts. Every text is indexed in memory with Lucene; each text's own terms, as a query,
 * score every other text with BM25; dividing by the text's score against itself makes scores comparable (1 = the
 * same terms). Texts are then joined by average linkage while the average similarity between two groups stays at
 * or above the threshold, so that one loose pair cannot chain two themes together.
 */
public final class SimilarityGrouping {

    /** Tuned on the labelled evaluation set (src/test/resources/difficulties/evaluation-set.tsv). */
    public static final double DEFAULT_THRESHOLD = 0.15;
    private static final int MAX_QUERY_TERMS = 60;
    private static final int NEIGHBOURS = 200;
    private static final String FIELD = "text";

    /** One text to compare: a difficulty's title, description and recommendation. */
    public record Text(UUID id, String text) {
    }

    /** A suggested group: its texts, the terms most of them share, and their average similarity (0–1). */
    public record Group(List<UUID> ids, List<String> sharedTerms, double score) {
    }

    private final DifficultyTextAnalyzer analyzer = new DifficultyTextAnalyzer();

    public List<Group> group(List<Text> texts, double threshold) {
        int n = texts.size();
        if (n < 2) {
            return List.of();
        }
        List<List<String>> terms = texts.stream().map(text -> terms(text.text())).toList();
        double[][] similarity = similarities(texts, terms);
        List<List<Integer>> clusters = averageLinkage(similarity, threshold);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> cluster : clusters) {
            if (cluster.size() < 2) {
                continue;
            }
            double sum = 0;
            int pairs = 0;
            for (int a = 0; a < cluster.size(); a++) {
                for (int b = a + 1; b < cluster.size(); b++) {
                    sum += similarity[cluster.get(a)][cluster.get(b)];
                    pairs++;
                }
            }
            groups.add(new Group(cluster.stream().map(index -> texts.get(index).id()).toList(), sharedTerms(cluster, terms, analyzer),
                    Math.round(sum / pairs * 100) / 100.0));
        }
        groups.sort(Comparator.comparingInt((Group group) -> group.ids().size()).reversed().thenComparing(Group::score, Comparator.reverseOrder()));
        return groups;
    }

    /** The analysed terms of a text, in order, with repetitions. */
    List<String> terms(String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, SearchText.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private double[][] similarities(List<Text> texts, List<List<String>> terms) {
        int n = terms.size();
        double[][] similarity = new double[n][n];
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < n; i++) {
                    Document document = new Document();
                    document.add(new StoredField("index", i));
                    document.add(new TextField(FIELD, SearchText.fold(texts.get(i).text()), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] indexOfDoc = new int[n];
                for (int doc = 0; doc < n; doc++) {
                    indexOfDoc[doc] = reader.storedFields().document(doc).getField("index").numericValue().intValue();
                }
                double[][] directed = new double[n][n];
                for (int i = 0; i < n; i++) {
                    BooleanQuery query = queryOf(terms.get(i), reader);
                    ScoreDoc[] hits = searcher.search(query, Math.min(n, NEIGHBOURS)).scoreDocs;
                    double self = 0;
                    for (ScoreDoc hit : hits) {
                        if (indexOfDoc[hit.doc] == i) {
                            self = hit.score;
                        }
                    }
                    if (self <= 0) {
                        continue;
                    }
                    for (ScoreDoc hit : hits) {
                        directed[i][indexOfDoc[hit.doc]] = Math.min(1.0, hit.score / self);
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        similarity[i][j] = (directed[i][j] + directed[j][i]) / 2;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return similarity;
    }

    /** The text's distinct terms, the rarest first (they say most about it), as alternatives. */
    private static BooleanQuery queryOf(List<String> terms, DirectoryReader reader) throws IOException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
        Map<String, Integer> frequency = new HashMap<>();
        for (String term : distinct) {
            frequency.put(term, reader.docFreq(new Term(FIELD, term)));
        }
        distinct.sort(Comparator.comparing(frequency::get));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : distinct.subList(0, Math.min(MAX_QUERY_TERMS, distinct.size()))) {
            query.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Agglomerative clustering; the similarity of a merged group to another is the size-weighted average
     * (Lance–Williams). Each group remembers its most similar other group; a merge never raises a similarity, so only
     * the groups whose best partner took part in the merge look for a new one (about n² work instead of n³).
     */
    private static List<List<Integer>> averageLinkage(double[][] input, double threshold) {
        int n = input.length;
        double[][] similarity = new double[n][];
        for (int i = 0; i < n; i++) {
            similarity[i] = input[i].clone();
        }
        List<List<Integer>> clusters = new ArrayList<>();
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
            alive[i] = true;
        }
        int[] partner = new int[n];
        for (int i = 0; i < n; i++) {
            partner[i] = bestPartner(i, similarity, alive);
        }
        while (true) {
            int a = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (alive[i] && partner[i] >= 0 && similarity[i][partner[i]] >= best) {
                    best = similarity[i][partner[i]];
                    a = i;
                }
            }
            if (a < 0) {
                break;
            }
            int b = partner[a];
            int sizeA = clusters.get(a).size();
            int sizeB = clusters.get(b).size();
            for (int c = 0; c < n; c++) {
                if (alive[c] && c != a && c != b) {
                    double merged = (sizeA * similarity[a][c] + sizeB * similarity[b][c]) / (sizeA + sizeB);
                    similarity[a][c] = merged;
                    similarity[c][a] = merged;
                }
            }
            clusters.get(a).addAll(clusters.get(b));
            alive[b] = false;
            for (int c = 0; c < n; c++) {
                if (alive[c] && (c == a || partner[c] == a || partner[c] == b)) {
                    partner[c] = bestPartner(c, similarity, alive);
                }
            }
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                result.add(clusters.get(i));
            }
        }
        return result;
    }

    private static int bestPartner(int row, double[][] similarity, boolean[] alive) {
        int best = -1;
        for (int c = 0; c < similarity.length; c++) {
            if (c != row && alive[c] && (best < 0 || similarity[row][c] > similarity[row][best])) {
                best = c;
            }
        }
        return best;
    }

    /** Terms found in at least half of the group's texts, function words left out, syllable pairs first, the most widely shared first. */
    private static List<String> sharedTerms(List<Integer> cluster, List<List<String>> terms, DifficultyTextAnalyzer analyzer) {
        Map<String, Integer> coverage = new HashMap<>();
        for (int index : cluster) {
            for (String term : new LinkedHashSet<>(terms.get(index))) {
                coverage.merge(term, 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (cluster.size() + 1) / 2);
        List<String> shared = new ArrayList<>(coverage.entrySet().stream().filter(entry -> entry.getValue() >= needed && !analyzer.isNoise(entry.getKey()))
                .map(Map.Entry::getKey).toList());
        shared.sort(Comparator.comparing((String term) -> !term.contains(" ")).thenComparing(term -> -coverage.get(term))
                .thenComparing(Comparator.naturalOrder()));
        Set<String> covered = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String term : shared) {
            if (result.size() == 8) {
                break;
            }
            boolean partOfShown = !term.contains(" ") && covered.contains(term);
            if (!partOfShown) {
                result.add(term);
                covered.addAll(List.of(term.split(" ")));
            }
        }
        return result;
    }
}
