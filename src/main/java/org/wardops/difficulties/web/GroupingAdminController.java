package org.wardops.difficulties.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.difficulties.GroupingManagement;
import org.wardops.difficulties.GroupingTuningView;
import org.wardops.difficulties.ThesaurusEntryView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.UUID;

/** Administration of the grouping: the domain thesaurus (list, add, edit, delete) and the tuning to people's decisions. */
@Controller
public class GroupingAdminController {

    /** The page: the settings in force and the learning's state, the thesaurus, and the form for a new entry. */
    public record GroupingAdminView(GroupingTuningView tuning, List<ThesaurusEntryView> entries, ThesaurusForm form, FormErrors errors) {
    }

    /** One entry's edit page. */
    public record ThesaurusEntryPage(ThesaurusEntryView entry, ThesaurusForm form, FormErrors errors) {
    }

    private final GroupingManagement grouping;
    private final MessageSource messages;
    private final Notices notices;

    GroupingAdminController(GroupingManagement grouping, MessageSource messages, Notices notices) {
        this.grouping = grouping;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/admin/grouping")
    String page(Model model) {
        return page(ThesaurusForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/admin/grouping/thesaurus")
    String add(@ModelAttribute ThesaurusForm form, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            ThesaurusEntryView added = grouping.addThesaurusEntry(form.command());
            notices.add(redirect, "difficulties.message.thesaurus.added", added.concept());
            return "redirect:/admin/grouping";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/admin/grouping/thesaurus/{id}")
    String entry(@PathVariable UUID id, Model model) {
        ThesaurusEntryView entry = grouping.thesaurusEntry(id);
        model.addAttribute("view", new ThesaurusEntryPage(entry, ThesaurusForm.of(entry), FormErrors.NONE));
        return "difficulties/groupingEntry";
    }

    @PostMapping("/admin/grouping/thesaurus/{id}")
    String change(@PathVariable UUID id, @ModelAttribute ThesaurusForm form, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        ThesaurusEntryView entry = grouping.thesaurusEntry(id);
        try {
            ThesaurusEntryView changed = grouping.changeThesaurusEntry(id, form.version() == null ? -1 : form.version(), form.command());
            notices.add(redirect, "difficulties.message.thesaurus.changed", changed.concept());
            return "redirect:/admin/grouping";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : 409);
            model.addAttribute("view", new ThesaurusEntryPage(entry, form, FormErrors.of(e, messages)));
            return "difficulties/groupingEntry";
        }
    }

    @PostMapping("/admin/grouping/thesaurus/{id}/delete")
    String remove(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        ThesaurusEntryView entry = grouping.thesaurusEntry(id);
        grouping.removeThesaurusEntry(id, version == null ? -1 : version);
        notices.add(redirect, "difficulties.message.thesaurus.removed", entry.concept());
        return "redirect:/admin/grouping";
    }

    @PostMapping("/admin/grouping/tuning")
    String tune(RedirectAttributes redirect) {
        GroupingTuningView.Run run = grouping.tune();
        notices.add(redirect, "difficulties.message.grouping.tuned." + run.outcome());
        return "redirect:/admin/grouping";
    }

    private String page(ThesaurusForm form, FormErrors errors, Model model) {
        model.addAttribute("view", new GroupingAdminView(grouping.tuning(), grouping.thesaurus(), form, errors));
        return "difficulties/grouping";
    }
}
