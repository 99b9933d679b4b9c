package org.wardops.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.reporting.ReportingFiguresManagement;

import java.util.Map;

@RestController
@Tag(name = "Report requests")
class ReportingFiguresApiController {

    private final ReportingFiguresManagement figures;

    ReportingFiguresApiController(ReportingFiguresManagement figures) {
        this.figures = figures;
    }

    @PostMapping("/api/v1/reporting/figures/republish")
    @Operation(operationId = "republishReportingFigures", summary = "Publish every unit-month's report figures to indicators again (administrators)",
            description = "reports.due, reports.submittedOnTime, reports.submittedLate, reports.missing per unit and month of the deadline; answers {unitMonths}")
    Map<String, Integer> republish() {
        return Map.of("unitMonths", figures.republishAll());
    }
}
