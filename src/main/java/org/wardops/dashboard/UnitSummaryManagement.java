package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.dashboard.internal.DashboardPolicy;
import org.wardops.dashboard.internal.DrillDown;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitDetails;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.Period;
import org.wardops.indicators.RankingRow;
import org.wardops.indicators.ScoreCard;
import org.wardops.indicators.UnitValues;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.security.CurrentActor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's 360° page, composed from the directory and the indicators module (the figures every module publishes
 * per unit and period, and the score cards); each figure links to the owning module's page of the unit's records.
 */
@Service
@Transactional(readOnly = true)
public class UnitSummaryManagement {

    /** The modules' areas in the page's order, named by the prefix of the data elements they publish. */
    public static final List<String> AREAS = List.of("reports", "tasks", "difficulties", "capacity", "training", "assistance", "practices");

    private final IndicatorManagement indicators;
    private final DirectoryManagement directory;
    private final DashboardPolicy policy;
    private final OverviewManagement overviews;

    UnitSummaryManagement(IndicatorManagement indicators, DirectoryManagement directory, DashboardPolicy policy, OverviewManagement overviews) {
        this.indicators = indicators;
        this.directory = directory;
        this.policy = policy;
        this.overviews = overviews;
    }

    public UnitSummary summary(UUID unitId, @Nullable String periodCode) {
        policy.requireUnitSummary(CurrentActor.get(), unitId);
        UnitDetails details = directory.details(unitId);
        Period period = periodCode == null || periodCode.isBlank() ? indicators.currentMonth() : Period.parse("period", periodCode);
        if (period.start().isAfter(indicators.today())) {
            throw InvalidInputException.of("period", "dashboard.unit.error.futurePeriod", period.code());
        }
        UnitValues values = indicators.values(unitId, period.code());
        List<UnitSummary.Area> areas = new ArrayList<>();
        for (String area : AREAS) {
            List<UnitSummary.Figure> figures = values.values().stream()
                    .filter(value -> value.value() != null && value.dataElement().startsWith(area + "."))
                    .map(value -> new UnitSummary.Figure(value.dataElement(), value.names(), java.util.Objects.requireNonNull(value.value()),
                            DrillDown.link(value.dataElement(), unitId, period.code())))
                    .toList();
            areas.add(new UnitSummary.Area(area, DrillDown.link(area + ".", unitId, period.code()), figures));
        }
        List<Overview.TrendPoint> trend = new ArrayList<>();
        for (Period month : Period.monthsEndingWith(period.type() == Period.Type.MONTH ? period : Period.monthOf(period.end()),
                OverviewManagement.TREND_MONTHS)) {
            Map<UUID, BigDecimal> totals = indicators.totals(IndicatorManagement.SET_766, month.code(), List.of(unitId));
            BigDecimal total = totals.get(unitId);
            trend.add(new Overview.TrendPoint(month.code(), total == null ? null : total.setScale(2, RoundingMode.HALF_UP), total == null ? 0 : 1));
        }
        var group = details.supervisingGroup();
        return new UnitSummary(unitId, details.unit().name(), details.unit().code(), details.unit().type(),
                details.parent() == null ? null : details.parent().name(), group == null ? null : group.id(), group == null ? null : group.name(),
                period.code(), score(unitId, period, overviews.setFor(period)), score(unitId, period, IndicatorManagement.SET_766), areas, trend);
    }

    private UnitSummary.Score score(UUID unitId, Period period, String set) {
        String link = DrillDown.scoreCard(unitId, period.code(), set);
        if (!indicators.sets().contains(set)) {
            return new UnitSummary.Score(set, false, null, BigDecimal.ZERO, null, null, link);
        }
        ScoreCard card = indicators.scoreCard(unitId, period.code(), set);
        return new UnitSummary.Score(set, true, card.total(), card.max(), card.rank(),
                card.total() == null || card.max().signum() == 0 ? null : RankingRow.Band.of(card.total(), card.max()), link);
    }
}
