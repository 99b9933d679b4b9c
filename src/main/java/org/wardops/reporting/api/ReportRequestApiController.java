package org.wardops.reporting.api;

import org.wardops.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.NewReportRequest;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportRequestView;
import org.wardops.shared.PageResult;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Report requests", description = "Requests for reports per period to a set of units, and their completeness")
class ReportRequestApiController {

    record CreateBody(@Nullable UUID templateId, @Nullable String period, @Nullable List<UUID> unitIds, @Nullable LocalDate deadline,
                        @Nullable String title, @Nullable UUID requestedById) {
    }

    private final ReportRequestManagement requests;

    ReportRequestApiController(ReportRequestManagement requests) {
        this.requests = requests;
    }

    @PostMapping("/api/v1/report-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createReportRequest", summary = "Request reports", description = "period: 2025, 2025-Q4, 2025-10 or 2025-W47; deadline: a date (end of day in "
            + "Asia/Ho_Chi_Minh); an empty unitIds asks every unit the working group supervises")
    ReportRequestView create(@RequestBody CreateBody body) {
        return requests.request(new NewReportRequest(body.templateId(), body.period(), body.unitIds(), body.deadline(), body.title(),
                body.requestedById()));
    }

    @GetMapping("/api/v1/report-requests")
    @Operation(operationId = "listReportRequests", summary = "Report requests")
    PageResult<ReportRequestView> list() {
        List<ReportRequestView> all = requests.requests();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/api/v1/report-requests/{id}")
    @Operation(operationId = "getReportRequest", summary = "One report request with its units")
    ReportRequestView get(@PathVariable UUID id) {
        return requests.request(id);
    }

    @GetMapping("/api/v1/report-requests/{id}/completeness")
    @Operation(operationId = "completeness", summary = "Completeness and timeliness", description = "Per unit in your scope: NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, "
            + "SUBMITTED_LATE, RETURNED, ACCEPTED or MISSING; counts and percentages. sort: unit, status or submitted")
    Completeness completeness(@PathVariable UUID id, @RequestParam(required = false) @Nullable String sort) {
        return requests.completeness(id, Completeness.Sort.parse(sort));
    }

    @GetMapping("/api/v1/report-requests/{id}/completeness/xlsx")
    @Operation(operationId = "completenessWorkbook", summary = "Completeness as an XLSX workbook")
    ResponseEntity<byte[]> completenessWorkbook(@PathVariable UUID id) {
        RenderedDocument workbook = requests.completenessWorkbook(id);
        return Downloads.file(workbook.content(), workbook.contentType(), workbook.fileName());
    }
}
