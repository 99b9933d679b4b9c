package org.wardops.reporting;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A version of a report template. A template never changes once created; a change is a copy with the next version,
 * so every report keeps the fields it was written against.
 *
 * @param familyId shared by all versions of the same template
 */
public record ReportTemplateView(UUID id, UUID familyId, String name, int version, List<TemplateSection> sections,
                                 Instant createdAt) {

    public ReportTemplateView {
        sections = List.copyOf(sections);
    }

    public List<TemplateField> fields() {
        return sections.stream().flatMap(section -> section.fields().stream()).toList();
    }

    public Optional<TemplateField> field(@Nullable String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }
}
