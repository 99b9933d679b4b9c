package org.wardops.reporting;

import java.util.List;

/** A new report template (version 1) as an administrator defines it. */
public record SaveTemplate(String name, List<TemplateSection> sections) {
}
