package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.indicators.DataElementView;
import org.wardops.indicators.DataElementView.Aggregation;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Period;
import org.wardops.indicators.RebuildReport;
import org.wardops.shared.sql.internal.TableStatistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Computes scores from values and keeps the pre-aggregated tables: {@link #refresh} recomputes one unit's changed
 * periods and every period they roll up into, in the caller's transaction; {@link #rebuild} computes everything
 * into a new snapshot and switches the pointer, so that readers see the old snapshot until the commit and the new
 * one after it, never a half-built table.
 */
@Component
public class ScoreEngine {

    /** What the tables need to know of a unit: its code (for tie order) and its province (the ancestor column). */
    public record UnitInfo(UUID id, String code, @Nullable UUID provinceId) {
    }

    /** Units refreshed per read of their values and per batch of deletes and inserts. */
    private static final int REFRESH_BATCH = 250;
    /** Refreshes read every stored value: the score tables hold every figure, readers' visibility applies on reading. */
    private static final IndicatorsPolicy.Visibility ALL = new IndicatorsPolicy.Visibility("1 = 1", Map.of());

    private final DefinitionStore definitions;
    private final ValueStore values;
    private final ScoreTable table;
    private final Clock clock;
    private final TableStatistics statistics;

    ScoreEngine(DefinitionStore definitions, ValueStore values, ScoreTable table, Clock clock, TableStatistics statistics) {
        this.definitions = definitions;
        this.values = values;
        this.table = table;
        this.clock = clock;
        this.statistics = statistics;
    }

    /** The definitions read once for a computation: indicator versions by set, aggregations, parsed expressions. */
    public Definitions load() {
        return new Definitions(definitions.allIndicators(), definitions.dataElements());
    }

    public static final class Definitions {
        private final Map<String, List<IndicatorView>> bySet = new LinkedHashMap<>();
        private final Map<String, Aggregation> aggregations = new HashMap<>();
        private final Map<String, Expression> parsed = new HashMap<>();

        public Definitions(List<DefinitionStore.Version> indicators, List<DataElementView> elements) {
            indicators.forEach(version -> bySet.computeIfAbsent(version.view().set(), set -> new ArrayList<>()).add(version.view()));
            elements.forEach(element -> aggregations.put(element.code(), element.aggregation()));
        }

        public Set<String> sets() {
            return bySet.keySet();
        }

        /** The versions of the set's indicators valid on the day, in their sort order. */
        public List<IndicatorView> validOn(String set, LocalDate day) {
            return bySet.getOrDefault(set, List.of()).stream().filter(indicator -> indicator.validOn(day)).toList();
        }

        public Aggregation aggregation(String element) {
            return aggregations.getOrDefault(element, Aggregation.SUM);
        }

        public Expression expression(String text) {
            return parsed.computeIfAbsent(text, source -> ExpressionParser.parse(source, code -> true));
        }

        public @Nullable Expression denominator(IndicatorView indicator) {
            return indicator.denominator() == null || indicator.denominator().isBlank() ? null : expression(indicator.denominator());
        }

        public Set<String> references(IndicatorView indicator) {
            Set<String> codes = new LinkedHashSet<>(expression(indicator.numerator()).references());
            Expression denominator = denominator(indicator);
            if (denominator != null) {
                codes.addAll(denominator.references());
            }
            return codes;
        }
    }

    /** The results of the set's indicators for the period, with the definitions valid on the period's last day. */
    public List<Scoring.Result> score(Definitions defs, String set, Period period, ValueResolver resolver) {
        List<Scoring.Result> results = new ArrayList<>();
        for (IndicatorView indicator : defs.validOn(set, period.end())) {
            Map<String, BigDecimal> inputs = resolver.values(period, defs.references(indicator));
            results.add(Scoring.score(indicator, defs.expression(indicator.numerator()), defs.denominator(indicator), inputs));
        }
        return results;
    }

    /** A resolver over one unit's stored values in every period of the given years. */
    public ValueResolver resolver(Definitions defs, UUID unitId, Collection<Integer> years, IndicatorsPolicy.Visibility visible) {
        Map<Period, Map<String, BigDecimal>> stored = new HashMap<>();
        for (ValueStore.Row row : values.values(List.of(unitId), periodCodes(years), visible)) {
            Period.tryParse(row.period()).ifPresent(period -> stored.computeIfAbsent(period, key -> new HashMap<>()).put(row.dataElement(), row.amount()));
        }
        return new ValueResolver(stored, defs::aggregation);
    }

    /** Recomputes the unit's rows for the changed periods and every period they roll up into. */
    public void refresh(UnitInfo unit, Collection<Period> changed) {
        refresh(Map.of(unit, changed));
    }

    /**
     * Recomputes, for each unit, its rows in the changed periods and every period they roll up into: the definitions
     * are read once, the values of {@value #REFRESH_BATCH} units at a time in one read, and the old rows removed and
     * the new ones written in batches (a statistics import of the whole country is a few hundred statements, not
     * thousands per unit).
     */
    public void refresh(Map<UnitInfo, ? extends Collection<Period>> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int snapshot = table.lock();
        Definitions defs = load();
        List<Map.Entry<UnitInfo, ? extends Collection<Period>>> entries = new ArrayList<>(changed.entrySet());
        for (int from = 0; from < entries.size(); from += REFRESH_BATCH) {
            List<Map.Entry<UnitInfo, ? extends Collection<Period>>> slice = entries.subList(from, Math.min(entries.size(), from + REFRESH_BATCH));
            Map<UUID, Set<Period>> periodsByUnit = new LinkedHashMap<>();
            Set<Integer> years = new TreeSet<>();
            for (var entry : slice) {
                Set<Period> periods = new LinkedHashSet<>();
                entry.getValue().forEach(period -> periods.addAll(period.withAncestors()));
                periods.forEach(period -> years.add(yearOf(period)));
                periodsByUnit.put(entry.getKey().id(), periods);
            }
            Map<UUID, Map<Period, Map<String, BigDecimal>>> stored = new HashMap<>();
            for (ValueStore.Row row : values.values(periodsByUnit.keySet(), periodCodes(years), ALL)) {
                Period.tryParse(row.period()).ifPresent(period -> stored.computeIfAbsent(row.unitId(), key -> new HashMap<>())
                        .computeIfAbsent(period, key -> new HashMap<>()).put(row.dataElement(), row.amount()));
            }
            List<ScoreTable.ScoreRow> scores = new ArrayList<>();
            List<ScoreTable.TotalRow> totals = new ArrayList<>();
            List<Map.Entry<UUID, String>> removed = new ArrayList<>();
            for (var entry : slice) {
                UnitInfo unit = entry.getKey();
                ValueResolver resolver = new ValueResolver(stored.getOrDefault(unit.id(), Map.of()), defs::aggregation);
                for (Period period : periodsByUnit.get(unit.id())) {
                    rows(defs, unit, period, resolver, scores, totals);
                    removed.add(Map.entry(unit.id(), period.code()));
                }
            }
            table.remove(snapshot, removed);
            table.insert(snapshot, scores, totals);
        }
        if (changed.size() > REFRESH_BATCH) {
            // a bulk refresh follows a bulk write of values (an import): both tables' statistics are out of date
            statistics.refresh(ScoreTable.TABLES);
            statistics.refresh("indicators_value");
        }
    }

    private static Set<String> periodCodes(Collection<Integer> years) {
        Set<String> codes = new TreeSet<>();
        for (int year : years) {
            for (Period period : descendants(Period.year(year))) {
                codes.add(period.code());
            }
        }
        return codes;
    }

    /** Computes every unit's scores from scratch into a new snapshot, then switches to it and drops the old one. */
    public RebuildReport rebuild(java.util.function.Function<Collection<UUID>, Map<UUID, UnitInfo>> unitLookup) {
        int current = table.lock();
        int next = current + 1;
        table.dropSnapshot(next);
        Definitions defs = load();
        Map<UUID, Map<Period, Map<String, BigDecimal>>> byUnit = new HashMap<>();
        for (ValueStore.Row row : values.all()) {
            Period.tryParse(row.period()).ifPresent(period -> byUnit.computeIfAbsent(row.unitId(), key -> new HashMap<>())
                    .computeIfAbsent(period, key -> new HashMap<>()).put(row.dataElement(), row.amount()));
        }
        Map<UUID, UnitInfo> units = unitLookup.apply(byUnit.keySet());
        List<ScoreTable.ScoreRow> scores = new ArrayList<>();
        List<ScoreTable.TotalRow> totals = new ArrayList<>();
        int scoreCount = 0;
        int totalCount = 0;
        for (var entry : byUnit.entrySet()) {
            UnitInfo unit = units.get(entry.getKey());
            if (unit == null) {
                continue;
            }
            Set<Period> periods = new TreeSet<>();
            entry.getValue().keySet().forEach(period -> periods.addAll(period.withAncestors()));
            ValueResolver resolver = new ValueResolver(entry.getValue(), defs::aggregation);
            for (Period period : periods) {
                rows(defs, unit, period, resolver, scores, totals);
            }
            if (scores.size() > 20_000) {
                scoreCount += scores.size();
                totalCount += totals.size();
                table.insert(next, scores, totals);
                scores.clear();
                totals.clear();
            }
        }
        scoreCount += scores.size();
        totalCount += totals.size();
        table.insert(next, scores, totals);
        table.switchTo(next, clock.instant());
        table.dropSnapshot(current);
        statistics.refresh(ScoreTable.TABLES);
        return new RebuildReport(next, byUnit.size(), scoreCount, totalCount);
    }

    private void rows(Definitions defs, UnitInfo unit, Period period, ValueResolver resolver, List<ScoreTable.ScoreRow> scores,
                      List<ScoreTable.TotalRow> totals) {
        for (String set : defs.sets()) {
            List<Scoring.Result> results = score(defs, set, period, resolver);
            if (results.stream().allMatch(result -> result.points() == null)) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            int scored = 0;
            for (Scoring.Result result : results) {
                IndicatorView indicator = result.indicator();
                scores.add(new ScoreTable.ScoreRow(set, period.code(), unit.id(), unit.provinceId(), indicator.code(), indicator.group(),
                        scale(result.numerator()), scale(result.denominator()), result.rate(), result.points(), indicator.max()));
                max = max.add(indicator.max());
                if (result.points() != null) {
                    total = total.add(result.points());
                    scored++;
                }
            }
            totals.add(new ScoreTable.TotalRow(set, period.code(), unit.id(), unit.provinceId(), unit.code(), total, max, scored,
                    results.size() - scored));
        }
    }

    private static @Nullable BigDecimal scale(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(Scoring.RATE_SCALE, java.math.RoundingMode.HALF_UP);
    }

    /** A period and everything that rolls up into it. */
    public static List<Period> descendants(Period period) {
        List<Period> all = new ArrayList<>();
        all.add(period);
        for (Period child : period.children()) {
            all.addAll(descendants(child));
        }
        return all;
    }

    private static int yearOf(Period period) {
        return period.withAncestors().getLast().year();
    }
}
