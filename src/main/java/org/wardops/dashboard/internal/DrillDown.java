package org.wardops.dashboard.internal;

import org.wardops.indicators.IndicatorView;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the records behind a figure are listed: the owning module's list page, filtered to the unit (and the state
 * the figure counts, where the list filters by it). The module is named by the data element's prefix (the source that
 * publishes it, docs/indicators.md); figures without a list of records open the unit's score card, which shows the
 * inputs and the formula. The owning module's list applies its own policy, so only what the reader may see is listed.
 */
public final class DrillDown {

    private static final Pattern ELEMENT = Pattern.compile("#\\{([^}]+)}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private DrillDown() {
    }

    /** The first data element an indicator's numerator reads, e.g. {@code tasks.overdue}. */
    public static Optional<String> firstElement(IndicatorView indicator) {
        Matcher matcher = ELEMENT.matcher(indicator.numerator());
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** The list of records behind an indicator's figure for a unit and period. */
    public static String link(IndicatorView indicator, UUID unitId, String period) {
        return firstElement(indicator).map(element -> link(element, unitId, period))
                .orElseGet(() -> scoreCard(unitId, period, indicator.set()));
    }

    /** The list of records behind a data element's value for a unit and period. */
    public static String link(String element, UUID unitId, String period) {
        String unit = unitId.toString();
        if (element.startsWith("tasks.")) {
            // the task figures count a unit's own tasks by the month they fall due: the list filtered the same way
            String month = MONTH.matcher(period).matches() ? "&dueMonth=" + period : "";
            return switch (element) {
                case "tasks.overdue" -> "/tasks?unitId=" + unit + "&state=IN_PROGRESS_OVERDUE" + month;
                case "tasks.doneOnTime" -> "/tasks?unitId=" + unit + "&state=COMPLETED_ON_TIME" + month;
                default -> "/tasks?unitId=" + unit + month;
            };
        }
        if (element.startsWith("difficulties.")) {
            // the difficulty figures count a unit's difficulties by the month they were submitted: the list filtered the same way
            String month = MONTH.matcher(period).matches() ? "&submittedMonth=" + period : "";
            String base = "/difficulties?mine=false&unitId=" + unit + month;
            return switch (element) {
                case "difficulties.submitted" -> base + "&figure=SUBMITTED";
                case "difficulties.answered" -> base + "&figure=ANSWERED";
                case "difficulties.answeredOnTime" -> base + "&figure=ANSWERED_ON_TIME";
                case "difficulties.open" -> base + "&figure=OPEN";
                default -> base;
            };
        }
        if (element.startsWith("reports.")) {
            // the report figures count a unit's reports by the month of their deadline: the list filtered the same way
            return "/reports?unitId=" + unit + (MONTH.matcher(period).matches() ? "&deadlineMonth=" + period : "");
        }
        if (element.startsWith("capacity.")) {
            return "/capacity/units/" + unit;
        }
        if (element.startsWith("training.")) {
            return "/training?unitId=" + unit;
        }
        if (element.startsWith("assistance.")) {
            return "/citizen-support?unitId=" + unit;
        }
        if (element.startsWith("practices.")) {
            return "/practices";
        }
        return scoreCard(unitId, period, "766");
    }

    public static String scoreCard(UUID unitId, String period, String set) {
        return "/indicators/scorecard?unitId=" + unitId + "&period=" + period + "&set=" + set;
    }
}
