package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.indicators.DataElementView.Aggregation;
import org.wardops.indicators.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value of a data element for one unit in any period: the value stored for that period, else the roll-up of
 * the periods one level down (year ← quarters ← months ← weeks) by the element's aggregation. A value stored for a
 * larger period wins over its parts, so a unit that reports a whole quarter is not also counted by its months.
 */
public final class ValueResolver {

    private final Map<Period, Map<String, BigDecimal>> stored;
    private final Function<String, Aggregation> aggregation;
    private final Map<Period, Map<String, Optional<BigDecimal>>> resolved = new HashMap<>();

    public ValueResolver(Map<Period, Map<String, BigDecimal>> stored, Function<String, Aggregation> aggregation) {
        this.stored = stored;
        this.aggregation = aggregation;
    }

    public @Nullable BigDecimal value(Period period, String element) {
        Map<String, Optional<BigDecimal>> cache = resolved.computeIfAbsent(period, key -> new HashMap<>());
        Optional<BigDecimal> known = cache.get(element);
        if (known == null) {
            known = Optional.ofNullable(compute(period, element));
            cache.put(element, known);
        }
        return known.orElse(null);
    }

    /** The values of the named elements for the period; elements without a value are left out. */
    public Map<String, BigDecimal> values(Period period, Iterable<String> elements) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String element : elements) {
            BigDecimal value = value(period, element);
            if (value != null) {
                values.put(element, value);
            }
        }
        return values;
    }

    private @Nullable BigDecimal compute(Period period, String element) {
        Map<String, BigDecimal> direct = stored.get(period);
        if (direct != null && direct.containsKey(element)) {
            return direct.get(element);
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (Period child : period.children()) {
            BigDecimal part = value(child, element);
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return switch (aggregation.apply(element)) {
            case SUM -> parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(parts.size()), Expression.PRECISION);
            case LAST -> parts.getLast();
        };
    }
}
