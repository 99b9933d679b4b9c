package org.wardops.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.reporting.ReportTemplateManagement;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.SaveTemplate;
import org.wardops.reporting.TemplateSection;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The administrators' template pages: every version, a preview of the form, copying to a new version, and the
 * builder that makes a new template or a new version with changed sections and fields. The builder is one form that
 * posts the whole template; adding and removing rows are submit buttons that show the form again, so it works
 * without JavaScript, and a refused save shows every message next to its input with everything typed.
 */
@Controller
public class ReportTemplateAdminController {

    /** The list page. */
    public record TemplatesView(List<ReportTemplateView> templates) {
    }

    /** The preview page. */
    public record TemplatePreview(ReportTemplateView template) {
    }

    /**
     * The builder page.
     *
     * @param basedOn the version a new version starts from; null for a new template
     */
    public record BuilderView(TemplateForm form, @Nullable ReportTemplateView basedOn, FormErrors errors) {

        public String action() {
            return basedOn == null ? "/admin/report-templates/new" : "/admin/report-templates/" + basedOn.id() + "/edit";
        }
    }

    private final ReportTemplateManagement templates;
    private final Notices notices;
    private final MessageSource messages;

    ReportTemplateAdminController(ReportTemplateManagement templates, Notices notices, MessageSource messages) {
        this.templates = templates;
        this.notices = notices;
        this.messages = messages;
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

    @GetMapping("/admin/report-templates/new")
    String newTemplate(Model model) {
        model.addAttribute("view", new BuilderView(TemplateForm.blank(), null, FormErrors.NONE));
        return "reporting/builder";
    }

    @PostMapping("/admin/report-templates/new")
    String create(HttpServletRequest http, RedirectAttributes redirect, Model model) {
        return save(http, null, redirect, model);
    }

    @GetMapping("/admin/report-templates/{id}/edit")
    String newVersion(@PathVariable UUID id, Model model) {
        ReportTemplateView template = templates.template(id);
        model.addAttribute("view", new BuilderView(TemplateForm.of(template), template, FormErrors.NONE));
        return "reporting/builder";
    }

    @PostMapping("/admin/report-templates/{id}/edit")
    String createVersion(@PathVariable UUID id, HttpServletRequest http, RedirectAttributes redirect, Model model) {
        return save(http, templates.template(id), redirect, model);
    }

    private String save(HttpServletRequest http, @Nullable ReportTemplateView basedOn, RedirectAttributes redirect, Model model) {
        TemplateForm form = TemplateForm.read(http.getParameterMap());
        String action = http.getParameter("action");
        if (action != null && form.rearrange(action)) {
            model.addAttribute("view", new BuilderView(form, basedOn, FormErrors.NONE));
            return "reporting/builder";
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<TemplateSection> sections = form.toSections(problems);
        problems.addAll(templates.problemsOf(new SaveTemplate(basedOn == null ? form.name() : basedOn.name(), sections)));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            ReportTemplateView saved = basedOn == null
                    ? templates.create(new SaveTemplate(form.name(), sections))
                    : templates.newVersion(basedOn.id(), sections);
            notices.add(redirect, "reporting.message.template.created", saved.name(), saved.version());
            return "redirect:/admin/report-templates/" + saved.id();
        } catch (InvalidInputException e) {
            model.addAttribute("view", new BuilderView(form, basedOn, FormErrors.of(e, messages)));
            return "reporting/builder";
        }
    }
}
