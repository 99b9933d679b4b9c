package org.wardops.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.dashboard.OverviewManagement;
import org.wardops.dashboard.OverviewRow;
import org.wardops.dashboard.UnitSummary;
import org.wardops.dashboard.UnitSummaryManagement;
import org.wardops.directory.UnitType;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.QueryParameters;

import java.util.Objects;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Overview", description = "The city overview (ranking of units with drill-down links), its monthly briefing, and a unit's 360° summary")
class OverviewApiController {

    private final OverviewManagement overviews;
    private final UnitSummaryManagement summaries;

    OverviewApiController(OverviewManagement overviews, UnitSummaryManagement summaries) {
        this.overviews = overviews;
        this.summaries = summaries;
    }

    @GetMapping("/overview")
    @Operation(operationId = "group", summary = "The units ranked on the overview set, one row per unit with every figure and its drill-down link",
            description = "City leadership and auditors: the whole city or one working group (workingGroupId); a working group's people: their group. "
                    + "Units without data in the period come last with total null. A future period or a bad parameter is 400, another group 403.")
    PageResult<OverviewRow> overview(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String unitType,
                                     @RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String page,
                                     @RequestParam(required = false) @Nullable String size) {
        return overviews.overview(QueryParameters.uuid("workingGroupId", workingGroupId), QueryParameters.option("unitType", unitType, UnitType.class),
                period, new PageRequest(QueryParameters.number("page", page, 0, 0, 100_000),
                        QueryParameters.number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE))).rows();
    }

    @GetMapping("/overview/briefing")
    @Operation(operationId = "briefing", summary = "The overview as the monthly briefing (BÁO CÁO) in the state or the Party format, DOCX or PDF")
    ResponseEntity<byte[]> briefing(@RequestParam(required = false) @Nullable String workingGroupId, @RequestParam(required = false) @Nullable String period,
                                    @RequestParam(defaultValue = "docx") String format, @RequestParam(defaultValue = "state") String style) {
        RenderedDocument document = overviews.briefing(QueryParameters.uuid("workingGroupId", workingGroupId), period,
                Objects.requireNonNullElse(QueryParameters.option("format", format, DocumentFormat.class), DocumentFormat.DOCX), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @GetMapping("/units/{id}/summary")
    @Operation(operationId = "summary", summary = "A unit's 360° summary: overview and 766 scores, every module's figures with links, the 766 trend",
            description = "For whoever's scope covers the unit; period defaults to the current month")
    UnitSummary summary(@PathVariable UUID id, @RequestParam(required = false) @Nullable String period) {
        return summaries.summary(id, period);
    }
}
