package org.wardops.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.reporting.ReportTemplateManagement;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.UUID;

/** The administrators' template pages: every version, a preview of the form, and copying to a new version. */
@Controller
public class ReportTemplateAdminController {

    /** The list page. */
    public record TemplatesView(List<ReportTemplateView> templates) {
    }

    /** The preview page. */
    public record TemplatePreview(ReportTemplateView template) {
    }

    private final ReportTemplateManagement templates;
    private final Notices notices;

    ReportTemplateAdminController(ReportTemplateManagement templates, Notices notices) {
        this.templates = templates;
        this.notices = notices;
    }

    @GetMapping("/admin/report-templates")
    String list(Model model) {
        model.addAttribute("view", new TemplatesView(templates.templates()));
        return "reporting/templates";
    }

    @GetMapping("/admin/report-templates/{id}")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("view", new TemplatePreview(templates.template(id)));
        return "reporting/template";
    }

    @PostMapping("/admin/report-templates/{id}/versions")
    String copy(@PathVariable UUID id, RedirectAttributes redirect) {
        ReportTemplateView copy = templates.newVersion(id, null);
        notices.add(redirect, "reporting.message.template.copied", copy.version());
        return "redirect:/admin/report-templates/" + copy.id();
    }
}
