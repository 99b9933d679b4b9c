package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the grouping thesaurus: equivalent terms (the first is the concept shown), an optional topic and weight. */
public record ThesaurusEntryView(UUID id, String concept, List<String> terms, @Nullable String topic, @Nullable Double weight, Instant updatedAt,
                                 long version) {
}
