package org.wardops.reporting.web;

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
import org.wardops.shared.web.Htmx;

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

    private final ReportRequestManagement requests;

    ReportRequestController(ReportRequestManagement requests) {
        this.requests = requests;
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
        return Files.download(workbook.content(), workbook.contentType(), workbook.fileName());
    }
}
