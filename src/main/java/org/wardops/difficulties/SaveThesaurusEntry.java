package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A thesaurus entry as entered: equivalent terms with diacritics (the first is the concept), an optional topic and weight (0.2–3). */
public record SaveThesaurusEntry(@Nullable List<String> terms, @Nullable String topic, @Nullable Double weight) {
}
