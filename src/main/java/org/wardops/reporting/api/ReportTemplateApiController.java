package org.wardops.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.reporting.ReportTemplateManagement;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.SaveTemplate;
import org.wardops.reporting.TemplateSection;
import org.wardops.shared.PageResult;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Report templates", description = "Versioned report templates: sections and typed fields in three languages")
class ReportTemplateApiController {

    record TemplateBody(@Nullable String name, @Nullable List<TemplateSection> sections) {
    }

    record VersionBody(@Nullable List<TemplateSection> sections) {
    }

    private final ReportTemplateManagement templates;

    ReportTemplateApiController(ReportTemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/report-templates")
    @Operation(operationId = "listReportTemplates", summary = "List report templates", description = "Every version, newest version of each template first")
    PageResult<ReportTemplateView> list() {
        List<ReportTemplateView> all = templates.templates();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/api/v1/report-templates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createReportTemplate", summary = "Create a report template (version 1)", description = "System administrators only. Field types: TEXT, LONG_TEXT, "
            + "INTEGER, DECIMAL, PERCENT, BOOLEAN, CHOICE, DATE, ATTACHMENT")
    ReportTemplateView create(@RequestBody TemplateBody body) {
        return templates.create(new SaveTemplate(body.name() == null ? "" : body.name(), body.sections() == null ? List.of() : body.sections()));
    }

    @GetMapping("/api/v1/report-templates/{id}")
    @Operation(operationId = "getReportTemplate", summary = "One report template version")
    ReportTemplateView get(@PathVariable UUID id) {
        return templates.template(id);
    }

    @PostMapping("/api/v1/report-templates/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "newVersion", summary = "Copy a template to its next version", description = "With new sections when given; reports keep the version they were created with")
    ReportTemplateView newVersion(@PathVariable UUID id, @RequestBody(required = false) @Nullable VersionBody body) {
        return templates.newVersion(id, body == null ? null : body.sections());
    }
}
