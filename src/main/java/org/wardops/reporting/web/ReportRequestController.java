package org.wardops.reporting.web;

import org.wardops.shared.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportRequestView;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.UnitView;
import org.wardops.reporting.ReportTemplateManagement;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Htmx;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.UUID;

/** The requests a person may see, and a request's completeness matrix. */
@Controller
public class ReportRequestController {

    /** The list page. */
    public record RequestsView(List<ReportRequestView> requests) {
    }

    /** The request page: the request and its matrix in the chosen order. */
    public record RequestPageView(ReportRequestView request, Completeness completeness, Completeness.Sort sort) {
    }

    /** The new-request page: templates to choose from and the units the actor may ask. */
    public record NewRequestView(List<ReportTemplateView> templates, List<UnitView> units, ReportRequestForm form, FormErrors errors) {
    }

    private final ReportRequestManagement requests;
    private final ReportTemplateManagement templates;
    private final MessageSource messages;
    private final Notices notices;

    ReportRequestController(ReportRequestManagement requests, ReportTemplateManagement templates, MessageSource messages, Notices notices) {
        this.requests = requests;
        this.templates = templates;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/report-requests/new")
    String newRequest(Model model) {
        return form(ReportRequestForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/report-requests")
    String create(@ModelAttribute ReportRequestForm form, RedirectAttributes redirect, Model model) {
        try {
            ReportRequestView created = requests.request(form.command());
            notices.add(redirect, "reporting.message.request.created", created.unitIds().size());
            return "redirect:/report-requests/" + created.id();
        } catch (InvalidInputException e) {
            return form(form, FormErrors.of(e, messages), model);
        }
    }

    private String form(ReportRequestForm form, FormErrors errors, Model model) {
        List<ReportTemplateView> latest = templates.templates().stream()
                .collect(java.util.stream.Collectors.toMap(ReportTemplateView::familyId, template -> template,
                        (a, b) -> a.version() >= b.version() ? a : b, java.util.LinkedHashMap::new))
                .values().stream().toList();
        model.addAttribute("view", new NewRequestView(latest, requests.requestableUnits(), form, errors));
        return "reporting/newRequest";
    }

    @GetMapping("/report-requests")
    String list(Model model) {
        model.addAttribute("view", new RequestsView(requests.requests()));
        return "reporting/requests";
    }

    @GetMapping("/report-requests/{id}")
    String request(@PathVariable UUID id, @RequestParam(required = false) @Nullable String sort, HttpServletRequest http, Model model) {
        Completeness.Sort order = Completeness.Sort.parse(sort);
        model.addAttribute("view", new RequestPageView(requests.request(id), requests.completeness(id, order), order));
        return Htmx.pageOrPartial(http, "reporting/request", "reporting/_matrix");
    }

    @GetMapping("/report-requests/{id}/completeness.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable UUID id) {
        RenderedDocument workbook = requests.completenessWorkbook(id);
        return Downloads.file(workbook.content(), workbook.contentType(), workbook.fileName());
    }
}
