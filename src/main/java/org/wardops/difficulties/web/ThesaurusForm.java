package org.wardops.difficulties.web;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.SaveThesaurusEntry;
import org.wardops.difficulties.ThesaurusEntryView;
import org.wardops.shared.InvalidInputException;

import java.util.Arrays;
import java.util.List;

/**
 * The thesaurus entry form: terms separated by commas or lines (the first is the concept), a topic, and a weight typed
 * as the reader writes numbers ("1,5" or "1.5"); a weight that is no number is a field error.
 */
public record ThesaurusForm(@Nullable String terms, @Nullable String topic, @Nullable String weight, @Nullable Long version) {

    static ThesaurusForm empty() {
        return new ThesaurusForm("", "", "", null);
    }

    static ThesaurusForm of(ThesaurusEntryView entry) {
        return new ThesaurusForm(String.join(", ", entry.terms()), entry.topic() == null ? "" : entry.topic(),
                entry.weight() == null ? "" : entry.weight().toString(), entry.version());
    }

    SaveThesaurusEntry command() {
        List<String> list = terms == null ? List.of() : Arrays.stream(terms.split("[,\\n\\r]+")).map(String::strip).filter(term -> !term.isEmpty()).toList();
        Double parsed = null;
        if (weight != null && !weight.isBlank()) {
            try {
                parsed = Double.valueOf(weight.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("weight", "difficulties.error.thesaurus.weightInvalid");
            }
        }
        return new SaveThesaurusEntry(list, topic, parsed);
    }

    public String termsOrEmpty() {
        return terms == null ? "" : terms;
    }

    public String topicOrEmpty() {
        return topic == null ? "" : topic;
    }

    public String weightOrEmpty() {
        return weight == null ? "" : weight;
    }
}
