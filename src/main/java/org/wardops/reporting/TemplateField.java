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
 * @param options the choices of a {@link FieldType#CHOICE} field
 */
public record TemplateField(String key, FieldType type, Texts label, @Nullable Texts help, boolean required,
                            @Nullable BigDecimal min, @Nullable BigDecimal max, List<String> options) {

    public TemplateField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The bounds that apply: a percentage is within 0 and 100 even when the template says nothing. */
    public @Nullable BigDecimal lowerBound() {
        return min == null && type == FieldType.PERCENT ? BigDecimal.ZERO : min;
    }

    public @Nullable BigDecimal upperBound() {
        return max == null && type == FieldType.PERCENT ? BigDecimal.valueOf(100) : max;
    }
}
