package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.SearchText;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of a deployment's domain thesaurus: equivalent terms (the first is the concept a reader sees), an optional
 * topic it shares with related concepts, and an optional weight (how much the concept counts against any other).
 * Terms are compared folded (no diacritics, lower case), so "biên chế" and "bien che" are one term and a term may
 * belong to one entry only.
 */
public record ThesaurusEntry(UUID id, List<String> terms, @Nullable String topic, @Nullable Double weight, int position, Instant updatedAt,
                             long version) {

    public static final int TERM_MAX = 100;
    public static final int TERMS_MAX = 30;
    public static final double WEIGHT_MIN = 0.2;
    public static final double WEIGHT_MAX = 3.0;

    public String concept() {
        return terms.getFirst();
    }

    DifficultyTextAnalyzer.Concept analyzerConcept() {
        return new DifficultyTextAnalyzer.Concept(concept(), terms, topic, weight == null ? 1.0 : weight);
    }

    /** The checked terms, topic and weight; the terms already held by another entry (by folded term) make a 400. */
    public record Checked(List<String> terms, @Nullable String topic, @Nullable Double weight) {
    }

    /**
     * Checks an entry's input against the other entries: at least one term, none blank, repeated or over-long, none
     * already in another entry; a topic of at most {@link #TERM_MAX} characters; a weight within the safe range.
     * Terms are stored NFC, as written (with their diacritics), without surrounding space.
     */
    public static Checked check(@Nullable List<String> terms, @Nullable String topic, @Nullable Double weight, List<ThesaurusEntry> others) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        others.forEach(other -> other.terms().forEach(term -> taken.putIfAbsent(SearchText.fold(term), other.concept())));
        List<String> checked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (terms == null || terms.isEmpty()) {
            problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.termsRequired"));
        } else if (terms.size() > TERMS_MAX) {
            problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.tooManyTerms", TERMS_MAX));
        } else {
            for (String raw : terms) {
                String term = raw == null ? "" : normal(raw);
                String key = SearchText.fold(term);
                if (key.isBlank()) {
                    problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.termBlank"));
                } else if (term.length() > TERM_MAX) {
                    problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.termTooLong", term.substring(0, 20) + "…", TERM_MAX));
                } else if (!seen.add(key)) {
                    problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.termRepeated", term));
                } else if (taken.containsKey(key)) {
                    problems.add(FieldProblem.of("terms", "difficulties.error.thesaurus.termTaken", term, taken.get(key)));
                } else {
                    checked.add(term);
                }
            }
        }
        String cleanTopic = topic == null || topic.isBlank() ? null : normal(topic);
        if (cleanTopic != null && cleanTopic.length() > TERM_MAX) {
            problems.add(FieldProblem.of("topic", "difficulties.error.thesaurus.topicTooLong", TERM_MAX));
        }
        if (weight != null && (weight.isNaN() || weight < WEIGHT_MIN || weight > WEIGHT_MAX)) {
            problems.add(FieldProblem.of("weight", "difficulties.error.thesaurus.weightOutOfRange", WEIGHT_MIN, WEIGHT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(List.copyOf(checked), cleanTopic, weight == null || weight == 1.0 ? null : weight);
    }

    private static String normal(String text) {
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
