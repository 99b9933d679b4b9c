package org.wardops.reporting;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a report template.
 *
 * @param key the stable name answers are stored under (letters, digits, underscores)
 * @param min the lower bound of a number, inclusive
 * @param max the upper bound of a number, inclusive
 * @param options the choices of a {@link FieldType#CHOICE} field, as answers store them (the Vietnamese text)
 * @param optionLabels the choices in the three languages, one per option (a missing one reads as the option itself)
 */
public record TemplateField(String key, FieldType type, Texts label, @Nullable Texts help, boolean required,
                            @Nullable BigDecimal min, @Nullable BigDecimal max, List<String> options, List<Texts> optionLabels) {

    public TemplateField {
        options = options == null ? List.of() : List.copyOf(options);
        List<Texts> given = optionLabels == null ? List.of() : optionLabels;
        List<Texts> labels = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Texts option = i < given.size() ? given.get(i) : null;
            labels.add(option == null ? Texts.of(options.get(i), "", "") : new Texts(options.get(i), option.en(), option.de()));
        }
        optionLabels = List.copyOf(labels);
    }

    /** A field whose choices, if any, read the same in every language. */
    public TemplateField(String key, FieldType type, Texts label, @Nullable Texts help, boolean required,
                         @Nullable BigDecimal min, @Nullable BigDecimal max, List<String> options) {
        this(key, type, label, help, required, min, max, options, List.of());
    }

    /** A stored choice in the reader's language; an answer that is no longer one of the options reads as stored. */
    public String optionLabel(String value, java.util.Locale locale) {
        int at = options.indexOf(value);
        return at < 0 ? value : optionLabels.get(at).in(locale);
    }

    /** The bounds that apply: a percentage is within 0 and 100 even when the template says nothing. */
    public @Nullable BigDecimal lowerBound() {
        return min == null && type == FieldType.PERCENT ? BigDecimal.ZERO : min;
    }

    public @Nullable BigDecimal upperBound() {
        return max == null && type == FieldType.PERCENT ? BigDecimal.valueOf(100) : max;
    }
}
