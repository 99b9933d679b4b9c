package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.text.SearchText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How difficulty texts become terms, from a thesaurus and two data files under {@code src/main/resources/difficulties}:
 * <ul>
 * <li>the thesaurus (held in the database and edited by administrators, seeded from {@code thesaurus.txt}; see
 * {@link GroupingModel}): concepts and their wordings ("kiêm nhiệm = kiêm nhiệm, kiêm luôn, làm thay, …"); every
 * wording of a concept is one term;</li>
 * <li>{@code phrases.txt}: Vietnamese words of several syllables ("hồ sơ", "chữ ký số") kept together as one unit;</li>
 * <li>{@code stopwords.txt}: function words, which are never terms and which no word pair spans.</li>
 * </ul>
 * A field is cut into clauses at punctuation; each clause into syllables, which are matched against the dictionary
 * folded ({@link SearchText#fold}: no diacritics, lower case), longest wording first, so that "chuyen doi so" and
 * "chuyển đổi số" are the same unit. Syllables no wording covers are single terms (weak), and two adjacent ones form a
 * pair (most Vietnamese words are two syllables), but never across punctuation, a function word or a known unit.
 * Every term keeps the words as written (with diacritics when the text has them), for explanations.
 */
final class DifficultyTextAnalyzer {

    /** What a term is: a thesaurus concept, a dictionary word, a pair of unknown syllables, or one unknown syllable. */
    enum Kind {
        CONCEPT, TOPIC, PHRASE, PAIR, SYLLABLE
    }

    /** One term of a text: its key (folded; "c:" + concept for concepts), its kind, and the words as written. */
    record Token(String key, Kind kind, String surface) {
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"“”‘’'/\\\\|\\n\\r\\t…•*+=<>–—]|\\s-\\s");
    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int MAX_WORDS = 8;

    private final Map<String, String> conceptOf = new HashMap<>();
    private final Map<String, String> topicOf = new HashMap<>();
    /** The dictionary form (with diacritics) of every folded wording, for texts typed without them. */
    private final Map<String, String> written = new HashMap<>();
    private final Set<String> phrases = new HashSet<>();
    private final Set<String> stopwords = new HashSet<>();
    private int longest = 1;
    /** Every beginning of a dictionary entry, in whole words ("chuyen", "chuyen doi", "chuyen doi so"). */
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, String> folds = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One thesaurus entry: the concept (its first wording, with diacritics), its other wordings, an optional topic it
     * belongs to, and its weight (1 = as any concept; an administrator may make a concept count more or less).
     */
    record Concept(String concept, List<String> wordings, @Nullable String topic, double weight) {
    }

    private static final List<String> PHRASES = lines("phrases.txt");
    private static final List<String> STOPWORDS = lines("stopwords.txt");

    private final Map<String, Double> conceptWeight = new HashMap<>();

    DifficultyTextAnalyzer() {
        this(lines("thesaurus.txt"), PHRASES, STOPWORDS);
    }

    /** An analyzer over other data (e.g. a deployment's edited thesaurus), in the files' line format. */
    DifficultyTextAnalyzer(List<String> thesaurus, List<String> phraseLines, List<String> stopwordLines) {
        this((java.util.Collection<Concept>) parse(thesaurus), phraseLines, stopwordLines);
    }

    /** An analyzer over a thesaurus held as data (the administrators' entries), with the bundled phrases and stopwords. */
    static DifficultyTextAnalyzer of(List<Concept> thesaurus) {
        return new DifficultyTextAnalyzer((java.util.Collection<Concept>) thesaurus, PHRASES, STOPWORDS);
    }

    /** The bundled thesaurus file's entries (the default a deployment starts from). */
    static List<Concept> bundledThesaurus() {
        return parse(lines("thesaurus.txt"));
    }

    /** Thesaurus lines ("concept = wording, … | topic") as entries. */
    static List<Concept> parse(List<String> thesaurus) {
        List<Concept> concepts = new ArrayList<>();
        for (String line : thesaurus) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("difficulties thesaurus: expected \"concept = wording, …\" in: " + line);
            }
            String wordings = line.substring(equals + 1);
            String topic = null;
            int bar = wordings.indexOf('|');
            if (bar >= 0) {
                topic = wordings.substring(bar + 1).strip();
                wordings = wordings.substring(0, bar);
            }
            concepts.add(new Concept(line.substring(0, equals).strip(),
                    java.util.Arrays.stream(wordings.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList(),
                    topic == null || topic.isEmpty() ? null : topic, 1.0));
        }
        return concepts;
    }

    private DifficultyTextAnalyzer(java.util.Collection<Concept> thesaurus, List<String> phraseLines, List<String> stopwordLines) {
        for (Concept entry : thesaurus) {
            String concept = entry.concept();
            String conceptKey = SearchText.fold(concept);
            remember(concept);
            conceptOf.put(conceptKey, conceptKey);
            if (entry.weight() != 1.0) {
                conceptWeight.put(conceptKey, entry.weight());
            }
            if (entry.topic() != null) {
                topicOf.put(conceptKey, SearchText.fold(entry.topic()));
                remember(entry.topic());
            }
            for (String wording : entry.wordings()) {
                String key = SearchText.fold(wording);
                if (!key.isEmpty()) {
                    conceptOf.putIfAbsent(key, conceptKey);
                    remember(wording.strip());
                }
            }
        }
        for (String line : phraseLines) {
            phrases.add(SearchText.fold(line));
            remember(line);
        }
        for (String line : stopwordLines) {
            stopwords.add(SearchText.fold(line));
            longest = Math.max(longest, SearchText.fold(line).split(" ").length);
        }
        for (Set<String> entries : List.of(stopwords, conceptOf.keySet(), phrases)) {
            for (String entry : entries) {
                String[] words = entry.split(" ");
                StringBuilder prefix = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    prefix.append(w == 0 ? "" : " ").append(words[w]);
                    prefixes.add(prefix.toString());
                }
            }
        }
    }

    private void remember(String wording) {
        String key = SearchText.fold(wording);
        if (key.isEmpty()) {
            return;
        }
        written.putIfAbsent(key, Normalizer.normalize(wording.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
        longest = Math.min(MAX_WORDS, Math.max(longest, key.split(" ").length));
    }

    /** The weight an administrator gave the concept of a term key ("c:" + concept); 1 when none. */
    double conceptWeight(String key) {
        return conceptWeight.isEmpty() || !key.startsWith("c:") ? 1.0 : conceptWeight.getOrDefault(key.substring(2), 1.0);
    }

    /** The words a key stands for, with diacritics: the dictionary's form, or the folded key when it is unknown. */
    String written(String key) {
        String plain = key.startsWith("c:") || key.startsWith("t:") ? key.substring(2) : key;
        return written.getOrDefault(plain, plain);
    }

    /** The terms of one text field, in order, with repetitions. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String normal = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (String clause : CLAUSE_BREAK.split(normal)) {
            List<String> surfaces = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            Matcher syllables = SYLLABLE.matcher(clause);
            while (syllables.find()) {
                String key = fold(syllables.group());
                if (!key.isEmpty()) {
                    surfaces.add(syllables.group());
                    keys.add(key);
                }
            }
            clause(surfaces, keys, tokens);
        }
        return tokens;
    }

    private void clause(List<String> surfaces, List<String> keys, List<Token> tokens) {
        String pending = null;
        String pendingSurface = null;
        int i = 0;
        while (i < keys.size()) {
            int matched = 0;
            String key = null;
            // longest dictionary entry starting here; stops as soon as no entry begins with the words so far
            StringBuilder candidate = new StringBuilder();
            for (int length = 1; i + length <= keys.size() && length <= longest; length++) {
                if (length > 1) {
                    candidate.append(' ');
                }
                candidate.append(keys.get(i + length - 1));
                String words = candidate.toString();
                if (!prefixes.contains(words)) {
                    break;
                }
                if (stopwords.contains(words) || conceptOf.containsKey(words) || phrases.contains(words)) {
                    matched = length;
                    key = words;
                }
            }
            if (matched > 0) {
                String surface = String.join(" ", surfaces.subList(i, i + matched));
                pending = null;
                if (stopwords.contains(key)) {
                    // a function word: no term, and no pair across it
                } else if (conceptOf.containsKey(key)) {
                    String concept = conceptOf.get(key);
                    tokens.add(new Token("c:" + concept, Kind.CONCEPT, surface));
                    String topic = topicOf.get(concept);
                    if (topic != null) {
                        tokens.add(new Token("t:" + topic, Kind.TOPIC, written(topic)));
                    }
                } else {
                    tokens.add(new Token(key, Kind.PHRASE, surface));
                }
                i += matched;
                continue;
            }
            String key1 = keys.get(i);
            String surface = surfaces.get(i);
            if (key1.length() > 1 && !key1.chars().allMatch(Character::isDigit)) {
                tokens.add(new Token(key1, Kind.SYLLABLE, surface));
                if (pending != null) {
                    tokens.add(new Token(pending + " " + key1, Kind.PAIR, pendingSurface + " " + surface));
                }
                pending = key1;
                pendingSurface = surface;
            } else {
                pending = null;
            }
            i++;
        }
    }

    /** A sentence's words folded, as {@code SearchText.fold} would (remembered syllable by syllable): the key of stock sentences. */
    String key(String sentence) {
        StringBuilder key = new StringBuilder();
        Matcher syllables = SYLLABLE.matcher(sentence.toLowerCase(Locale.ROOT));
        while (syllables.find()) {
            String folded = fold(syllables.group());
            if (!folded.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(folded);
            }
        }
        return key.toString();
    }

    /** SearchText.fold of one syllable, remembered (a city's texts use a few thousand distinct syllables). */
    private String fold(String syllable) {
        String folded = folds.get(syllable);
        if (folded == null) {
            if (folds.size() > 200_000) {
                folds.clear();
            }
            folded = SearchText.fold(syllable);
            folds.put(syllable, folded);
        }
        return folded;
    }

    static List<String> lines(String name) {
        try (InputStream in = DifficultyTextAnalyzer.class.getResourceAsStream("/difficulties/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource difficulties/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
