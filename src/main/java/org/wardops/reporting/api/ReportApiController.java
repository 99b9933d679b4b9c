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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.AttachmentContent;
import org.wardops.reporting.AttachmentView;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportState;
import org.wardops.reporting.ReportView;
import org.wardops.reporting.Upload;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.web.QueryParameters;
import org.wardops.reporting.ReportAction;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wardops.shared.api.ApiVersions;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Reports", description = "Units' reports: drafts, submission by the unit leader, return and acceptance by the working group")
class ReportApiController {

    record DraftBody(@Nullable Long version, @Nullable Map<String, Object> answers) {
    }

    record ReturnBody(@Nullable String reason) {
    }

    private final ReportManagement reports;

    ReportApiController(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports")
    @Operation(operationId = "listReports", summary = "Find reports", description = "Only reports you may read: your unit's, and submitted reports of units in your scope; "
            + "deadlineMonth (yyyy-MM) keeps the reports whose deadline falls in that month (the records behind a unit's monthly report figures)")
    PageResult<ReportView> list(@RequestParam(required = false) @Nullable UUID requestId, @RequestParam(required = false) @Nullable UUID unitId,
                                @RequestParam(required = false) @Nullable String deadlineMonth,
                                @RequestParam(required = false) @Nullable String state,
                                @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        ReportState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = ReportState.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("state", "reporting.error.report.unknownState", state);
            }
        }
        return reports.find(requestId, unitId, QueryParameters.month("deadlineMonth", deadlineMonth), wanted, PageRequest.of(page, size));
    }

    /** A report with the actions the caller may take on it now (the same the page offers). */
    record ReportResource(@JsonUnwrapped ReportView report, Set<ReportAction> actions) {
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(operationId = "getReport", summary = "One report", description = "With `actions`: what you may do with it now (READ, EDIT, SUBMIT, RETURN, ACCEPT, REGISTER_PAPER)")
    ReportResource get(@PathVariable UUID id) {
        ReportView report = reports.report(id);
        return new ReportResource(report, reports.actions(report));
    }

    @PutMapping("/api/v1/reports/{id}")
    @Operation(operationId = "saveDraft", summary = "Save draft answers", description = "Send the version you read; if someone saved since, the answer is 409 naming them")
    ReportView saveDraft(@PathVariable UUID id, @RequestBody DraftBody body) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((key, value) -> answers.put(key, value == null ? "" : value.toString()));
        }
        return reports.saveDraft(id, ApiVersions.required(body.version()), answers, List.of());
    }

    @PostMapping("/api/v1/reports/{id}/ready")
    @Operation(operationId = "markReady", summary = "Mark ready for signature (unit officers)",
            description = "Puts a complete draft on the unit leader's to-do list and notifies the unit; refused with every field problem "
                    + "when required answers are missing, 409 when it is already marked or no longer a draft")
    ReportView markReady(@PathVariable UUID id) {
        return reports.markReadyForSignature(id);
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    @Operation(operationId = "submitReport", summary = "Submit (unit leader only)", description = "Refused with every field problem when required answers are missing or out of bounds")
    ReportView submit(@PathVariable UUID id) {
        return reports.submit(id);
    }

    @PostMapping("/api/v1/reports/{id}/return")
    @Operation(operationId = "returnForCorrection", summary = "Return for correction (working group)", description = "A reason is required")
    ReportView returnForCorrection(@PathVariable UUID id, @RequestBody(required = false) @Nullable ReturnBody body) {
        return reports.returnForCorrection(id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/reports/{id}/accept")
    @Operation(operationId = "acceptReport", summary = "Accept (working group)")
    ReportView accept(@PathVariable UUID id) {
        return reports.accept(id);
    }

    @GetMapping("/api/v1/reports/{id}/document")
    @Operation(operationId = "document", summary = "The report as a formal document", description = "format: docx or pdf; style: party or state")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                    @RequestParam(defaultValue = "state") String style) {
        RenderedDocument document = reports.document(id, DocumentFormat.parse(format), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @PostMapping("/api/v1/reports/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachReportFile", summary = "Attach a file to an attachment field", description = "PDF, DOCX, XLSX, JPEG or PNG, judged by content; size limit configurable (20 MB)")
    AttachmentView attach(@PathVariable UUID id, @RequestParam String field, @RequestPart MultipartFile file) throws IOException {
        return reports.attach(id, new Upload(field, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/v1/reports/{id}/attachments/{attachmentId}")
    @Operation(operationId = "reportAttachment", summary = "Download one of a report's attachments")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        AttachmentContent content = reports.attachment(id, attachmentId);
        return Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }
}
