package org.wardops.difficulties;

import java.util.Map;

/** A category of the configurable taxonomy, with its labels by language and its answer deadline in working days. */
public record CategoryView(String code, Map<String, String> labels, int answerDays) {

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("vi", code));
    }
}
