package org.wardops.reporting;

import java.util.List;

/** A titled group of fields of a report template. */
public record TemplateSection(Texts title, List<TemplateField> fields) {

    public TemplateSection {
        fields = List.copyOf(fields);
    }
}
