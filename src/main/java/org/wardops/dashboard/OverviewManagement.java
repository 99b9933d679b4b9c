package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.dashboard.internal.BriefingDocuments;
import org.wardops.dashboard.internal.DashboardPolicy;
import org.wardops.dashboard.internal.DashboardPolicy.OverviewScope;
import org.wardops.dashboard.internal.DrillDown;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.IndicatorView;
import org.wardops.indicators.Period;
import org.wardops.indicators.RankingRow;
import org.wardops.indicators.UnitScore;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The city overview and its monthly briefing, composed from the indicators module's pre-aggregated tables (the
 * {@code overview} set's ranking and scores) and the directory; never from another module's rows. The records
 * behind each figure are listed by their own module (see {@link DrillDown}).
 */
@Service
@Transactional(readOnly = true)
public class OverviewManagement {

    /**
     * The indicator set the overview ranks by (its weights are the indicators' maximum points): {@code overview} as
     * the shared contract names it (defined by migration), or {@code OVERVIEW} as the indicators API spells a set it
     * creates (capitals only); the first of them with indicators valid in the period is read.
     */
    public static final String SET = "overview";
    public static final List<String> SET_CODES = List.of(SET, "OVERVIEW");
    public static final int TREND_MONTHS = 12;

    private final IndicatorManagement indicators;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final DashboardPolicy policy;

    OverviewManagement(IndicatorManagement indicators, DirectoryManagement directory, DocumentManagement documents, DashboardPolicy policy) {
        this.indicators = indicators;
        this.directory = directory;
        this.documents = documents;
        this.policy = policy;
    }

    public boolean mayRead() {
        return policy.mayReadOverview(CurrentActor.get());
    }

    /** The working groups the reader may filter by: every group of the city, or their own. */
    public List<UnitView> workingGroups() {
        Actor actor = CurrentActor.get();
        OverviewScope scope = policy.requireOverview(actor, null);
        if (scope.cityWide()) {
            return directory.workingGroups(indicators.provinceUnit().code());
        }
        return List.of(directory.unit(java.util.Objects.requireNonNull(scope.workingGroupId())));
    }

    public Period currentMonth() {
        CurrentActor.get();
        return indicators.currentMonth();
    }

    /** The overview set's code valid in the period (see {@link #SET_CODES}); {@code overview} when none is defined. */
    public String setFor(Period period) {
        CurrentActor.get();
        List<String> defined = indicators.sets();
        return SET_CODES.stream().filter(defined::contains)
                .filter(code -> !indicators.indicators(code, period.end()).isEmpty()).findFirst().orElse(SET);
    }

    /** The period an overview opens with: the newest month with scores in the set, never after the current month. */
    public Period defaultPeriod() {
        CurrentActor.get();
        Period latest = indicators.latestMonth(setFor(indicators.currentMonth()));
        Period current = indicators.currentMonth();
        return latest.compareTo(current) > 0 ? current : latest;
    }

    /** A page of the overview's ranking with its areas, trend and filters; a future period or bad filter is a 400. */
    public Overview overview(@Nullable UUID workingGroupId, @Nullable UnitType unitType, @Nullable String periodCode, PageRequest page) {
        Composed composed = compose(workingGroupId, unitType, periodCode);
        List<OverviewRow> all = composed.rows();
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        List<OverviewRow> pageRows = withScores(composed, all.subList(from, to));
        return overviewOf(composed, new PageResult<>(pageRows, page.page(), page.size(), all.size()));
    }

    /** The overview as the monthly briefing (BÁO CÁO) in the state or the Party format, as DOCX or PDF. */
    public RenderedDocument briefing(@Nullable UUID workingGroupId, @Nullable String periodCode, DocumentFormat format, DocumentStyle style) {
        Composed composed = compose(workingGroupId, null, periodCode);
        List<OverviewRow> rows = withScores(composed, composed.rows());
        Overview overview = overviewOf(composed, new PageResult<>(rows, 0, Math.max(1, rows.size()), rows.size()));
        var document = BriefingDocuments.briefing(overview, style, indicators.today());
        return documents.render(document, format, BriefingDocuments.baseName(overview));
    }

    private record Composed(String set, OverviewScope scope, String scopeName, Period period, @Nullable UnitType unitType, List<IndicatorView> columns,
                            List<UUID> unitIds, List<OverviewRow> rows) {
    }

    private Composed compose(@Nullable UUID workingGroupId, @Nullable UnitType unitType, @Nullable String periodCode) {
        Actor actor = CurrentActor.get();
        OverviewScope scope = policy.requireOverview(actor, workingGroupId);
        if (unitType != null && !unitType.isCommuneLevel()) {
            throw InvalidInputException.of("unitType", "dashboard.overview.error.unitType", unitType.name());
        }
        Period period = periodCode == null || periodCode.isBlank() ? defaultPeriod() : Period.parse("period", periodCode);
        if (period.start().isAfter(indicators.today())) {
            throw InvalidInputException.of("period", "dashboard.overview.error.futurePeriod", period.code());
        }
        String scopeName;
        List<UnitView> units;
        if (scope.cityWide()) {
            UnitView province = indicators.provinceUnit();
            scopeName = province.name();
            units = indicators.communeUnits();
        } else {
            var group = directory.workingGroup(java.util.Objects.requireNonNull(scope.workingGroupId()));
            scopeName = group.group().name();
            units = group.supervisedUnits();
        }
        List<UnitView> inScope = units.stream().filter(UnitView::isCurrent).filter(unit -> unit.type().isCommuneLevel())
                .filter(unit -> unitType == null || unit.type() == unitType).toList();
        Map<UUID, UnitView> byId = inScope.stream().collect(Collectors.toMap(UnitView::id, unit -> unit, (a, b) -> a, LinkedHashMap::new));
        String set = setFor(period);
        List<IndicatorView> columns = indicators.indicators(set, period.end()).stream()
                .sorted(Comparator.comparingInt(IndicatorView::sortOrder).thenComparing(IndicatorView::code)).toList();
        BigDecimal max = columns.stream().map(IndicatorView::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<OverviewRow> rows = new ArrayList<>();
        Set<UUID> ranked = new java.util.HashSet<>();
        for (RankingRow row : fullRanking(set, period)) {
            UnitView unit = byId.get(row.unitId());
            if (unit != null) {
                ranked.add(unit.id());
                rows.add(new OverviewRow(row.rank(), unit.id(), unit.code(), unit.name(), unit.type(), row.total(), row.max(), row.previousTotal(),
                        row.band(), List.of(), List.of(), summaryLink(unit.id(), period)));
            }
        }
        inScope.stream().filter(unit -> !ranked.contains(unit.id())).sorted(Comparator.comparing(UnitView::code)).forEach(unit ->
                rows.add(new OverviewRow(null, unit.id(), unit.code(), unit.name(), unit.type(), null, max, null, null, List.of(), List.of(),
                        summaryLink(unit.id(), period))));
        return new Composed(set, scope, scopeName, period, unitType, columns, List.copyOf(byId.keySet()), rows);
    }

    /** The whole city's ranking in the set (one indexed read per 500 units). */
    private List<RankingRow> fullRanking(String set, Period period) {
        List<RankingRow> all = new ArrayList<>();
        int page = 0;
        while (true) {
            PageResult<RankingRow> found = indicators.ranking(set, period.code(), null, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(found.items());
            if (!found.hasNext()) {
                return all;
            }
            page++;
        }
    }

    /** The rows with their areas and figures from the score table (one read for the rows shown). */
    private List<OverviewRow> withScores(Composed composed, List<OverviewRow> rows) {
        Map<UUID, Map<String, UnitScore>> scores = new HashMap<>();
        for (UnitScore score : indicators.scores(composed.set(), composed.period().code(), rows.stream().map(OverviewRow::unitId).toList())) {
            scores.computeIfAbsent(score.unitId(), id -> new HashMap<>()).put(score.indicator(), score);
        }
        Map<String, List<IndicatorView>> areas = areasOf(composed.columns());
        String period = composed.period().code();
        return rows.stream().map(row -> {
            Map<String, UnitScore> own = scores.getOrDefault(row.unitId(), Map.of());
            List<OverviewRow.Figure> figures = new ArrayList<>();
            List<OverviewRow.Cell> cells = new ArrayList<>();
            for (var area : areas.entrySet()) {
                BigDecimal points = null;
                BigDecimal areaMax = BigDecimal.ZERO;
                IndicatorView weakest = area.getValue().getFirst();
                BigDecimal weakestShare = null;
                for (IndicatorView indicator : area.getValue()) {
                    UnitScore score = own.get(indicator.code());
                    BigDecimal earned = score == null ? null : score.points();
                    figures.add(new OverviewRow.Figure(indicator.code(), area.getKey(), score == null ? null : score.numerator(),
                            score == null ? null : score.denominator(), score == null ? null : score.rate(), earned, indicator.max(),
                            DrillDown.link(indicator, row.unitId(), period)));
                    areaMax = areaMax.add(indicator.max());
                    if (earned != null) {
                        points = points == null ? earned : points.add(earned);
                        BigDecimal share = earned.divide(indicator.max(), 6, RoundingMode.HALF_UP);
                        if (weakestShare == null || share.compareTo(weakestShare) < 0) {
                            weakestShare = share;
                            weakest = indicator;
                        }
                    }
                }
                cells.add(new OverviewRow.Cell(area.getKey(), points, areaMax, points == null ? null : RankingRow.Band.of(points, areaMax),
                        DrillDown.link(weakest, row.unitId(), period)));
            }
            return new OverviewRow(row.rank(), row.unitId(), row.unitCode(), row.unitName(), row.unitType(), row.total(), row.max(),
                    row.previousTotal(), row.band(), cells, figures, row.link());
        }).toList();
    }

    private Overview overviewOf(Composed composed, PageResult<OverviewRow> rows) {
        List<Overview.Area> areas = areasOf(composed.columns()).entrySet().stream().map(area -> new Overview.Area(area.getKey(),
                area.getValue().stream().map(IndicatorView::max).reduce(BigDecimal.ZERO, BigDecimal::add),
                area.getValue().stream().map(i -> new Overview.Column(i.code(), i.names(), i.max(), i.direction())).toList())).toList();
        BigDecimal max = composed.columns().stream().map(IndicatorView::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        int withoutData = (int) composed.rows().stream().filter(row -> !row.hasData()).count();
        return new Overview(composed.set(), composed.period().code(), composed.scopeName(), composed.scope().workingGroupId(), composed.unitType(), areas, max,
                rows, trend(composed), composed.unitIds().size(), withoutData);
    }

    /** The average total of the units in scope in each of the last twelve months up to the period (one read per month). */
    private List<Overview.TrendPoint> trend(Composed composed) {
        Period last = composed.period().type() == Period.Type.MONTH ? composed.period() : Period.monthOf(composed.period().end());
        List<Overview.TrendPoint> points = new ArrayList<>();
        for (Period month : Period.monthsEndingWith(last, TREND_MONTHS)) {
            Map<UUID, BigDecimal> totals = indicators.totals(composed.set(), month.code(), composed.unitIds());
            BigDecimal average = totals.isEmpty() ? null : totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
            points.add(new Overview.TrendPoint(month.code(), average, totals.size()));
        }
        return points;
    }

    private static Map<String, List<IndicatorView>> areasOf(List<IndicatorView> columns) {
        Map<String, List<IndicatorView>> areas = new LinkedHashMap<>();
        columns.forEach(indicator -> areas.computeIfAbsent(indicator.group(), g -> new ArrayList<>()).add(indicator));
        return areas;
    }

    private static String summaryLink(UUID unitId, Period period) {
        return "/units/" + unitId + "/summary?period=" + period.code();
    }
}
