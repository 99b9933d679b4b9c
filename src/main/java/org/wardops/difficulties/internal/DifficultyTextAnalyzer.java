package org.wardops.difficulties.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How difficulty texts become terms: the text is folded first ({@code SearchText.fold}: no diacritics, lower case),
 * then split on spaces; wordings of one thing are replaced by one canonical wording (synonyms.txt, e.g. "cds" and
 * "công chức" → "chuyen doi so" and "can bo"); Vietnamese words are mostly two syllables, so syllable pairs are
 * terms besides single syllables; function words are dropped as single terms.
 */
final class DifficultyTextAnalyzer extends Analyzer {

    private final SynonymMap synonyms;
    private final CharArraySet stopwords;
    /** Syllable pairs of the canonical wordings ("can bo"): meaningful even where a syllable is also a function word. */
    private final Set<String> canonicalPairs = new HashSet<>();

    DifficultyTextAnalyzer() {
        this.synonyms = synonyms();
        this.stopwords = new CharArraySet(lines("stopwords.txt"), false);
        for (String line : lines("synonyms.txt")) {
            String[] words = line.substring(line.indexOf("=>") + 2).strip().split("\\s+");
            for (int i = 0; i + 1 < words.length; i++) {
                canonicalPairs.add(words[i] + " " + words[i + 1]);
            }
        }
    }

    /** Whether a term is or contains a function word ("va duong"): such terms explain nothing to a reader. */
    boolean isNoise(String term) {
        if (canonicalPairs.contains(term)) {
            return false;
        }
        for (String part : term.split(" ")) {
            if (stopwords.contains(part)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        TokenStream stream = new SynonymGraphFilter(tokenizer, synonyms, true);
        stream = new FlattenGraphFilter(stream);
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setOutputUnigrams(true);
        return new TokenStreamComponents(tokenizer, new StopFilter(shingles, stopwords));
    }

    private static SynonymMap synonyms() {
        try (Analyzer plain = new WhitespaceAnalyzer();
             InputStreamReader reader = new InputStreamReader(resource("synonyms.txt"), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("difficulties/synonyms.txt is malformed at line " + e.getErrorOffset(), e);
        }
    }

    private static List<String> lines(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DifficultyTextAnalyzer.class.getResourceAsStream("/difficulties/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing resource difficulties/" + name);
        }
        return in;
    }
}
