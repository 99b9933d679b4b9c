package org.wardops.difficulties.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.difficulties.CategoryView;
import org.wardops.difficulties.CommonDifficultyAction;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.MemberView;
import org.wardops.difficulties.CommonDifficultyView;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.NewCommonDifficulty;
import org.wardops.difficulties.SuggestionView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.UUID;

/** Common difficulties, and the suggested groupings a person accepts (possibly edited) or rejects. */
@Controller
public class CommonDifficultyController {

    /** The page: common difficulties so far and, for those who group, the suggestions waiting. */
    public record CommonsView(PageResult<CommonDifficultyView> commons, List<SuggestionView> suggestions, boolean mayGroup, boolean cityScope,
                              @Nullable UUID workingGroupId, List<CategoryView> categories, FormErrors errors) {

        public String pageLink(int page) {
            return "/common-difficulties?page=" + page + (cityScope ? "&scope=city" : "");
        }
    }

    /** One common difficulty. */
    public record CommonView(CommonDifficultyView common, List<CategoryView> categories, List<MemberView> candidates, FormErrors errors,
                             List<UUID> ticked) {

        public boolean may(CommonDifficultyAction action) {
            return common.actions().contains(action);
        }
    }

    private final CommonDifficultyManagement commons;
    private final DifficultyManagement difficulties;
    private final MessageSource messages;
    private final Notices notices;

    CommonDifficultyController(CommonDifficultyManagement commons, DifficultyManagement difficulties, MessageSource messages, Notices notices) {
        this.commons = commons;
        this.difficulties = difficulties;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/common-difficulties")
    String list(@RequestParam(required = false) @Nullable String scope, @RequestParam(required = false) @Nullable Integer page, Model model) {
        return page(scope, page, FormErrors.NONE, model);
    }

    /** Accepts a suggestion as shown, or edited: another title, some members unticked. */
    @PostMapping("/common-difficulties")
    String create(@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String summary,
                  @RequestParam(name = "difficultyIds", required = false) @Nullable List<UUID> difficultyIds,
                  @RequestParam(required = false) @Nullable String suggestionKey, @RequestParam(required = false) @Nullable String scope,
                  RedirectAttributes redirect, Model model) {
        try {
            CommonDifficultyView created = commons.create(new NewCommonDifficulty(title, summary, null, difficultyIds, suggestionKey));
            notices.add(redirect, "difficulties.message.common.created", created.unitsAffected());
            return "redirect:/common-difficulties/" + created.id();
        } catch (InvalidInputException | RuleViolationException | ConflictException | AccessRefusedException e) {
            return page(scope, null, Refusals.shown(e, messages), model);
        }
    }

    @PostMapping("/common-difficulties/reject")
    String reject(@RequestParam(required = false) @Nullable String key, @RequestParam(required = false) @Nullable String scope,
                  RedirectAttributes redirect, Model model) {
        try {
            commons.reject(key);
            notices.add(redirect, "difficulties.message.suggestion.rejected");
            return "redirect:/common-difficulties" + ("city".equals(scope) ? "?scope=city" : "");
        } catch (InvalidInputException | ConflictException | AccessRefusedException e) {
            return page(scope, null, Refusals.shown(e, messages), model);
        }
    }

    @GetMapping("/common-difficulties/{id}")
    String common(@PathVariable UUID id, Model model) {
        return common(id, FormErrors.NONE, List.of(), model);
    }

    /** Adds the ticked difficulties; a refusal shows the page again with the message and the ticks kept. */
    @PostMapping("/common-difficulties/{id}/members")
    String addMembers(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
                      @RequestParam(name = "difficultyIds", required = false) @Nullable List<UUID> difficultyIds,
                      RedirectAttributes redirect, Model model) {
        try {
            commons.addMembers(id, version == null ? -1 : version, difficultyIds);
            notices.add(redirect, "difficulties.message.common.membersAdded");
            return "redirect:/common-difficulties/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException | AccessRefusedException e) {
            return common(id, Refusals.shown(e, messages), difficultyIds == null ? List.of() : difficultyIds, model);
        }
    }

    private String common(UUID id, FormErrors errors, List<UUID> ticked, Model model) {
        CommonDifficultyView common = commons.commonDifficulty(id);
        List<MemberView> candidates = common.actions().contains(CommonDifficultyAction.ADD_MEMBERS) ? commons.candidates(id) : List.of();
        model.addAttribute("view", new CommonView(common, difficulties.categories(), candidates, errors, ticked));
        return "difficulties/common";
    }

    private String page(@Nullable String scope, @Nullable Integer page, FormErrors errors, Model model) {
        Actor actor = CurrentActor.get();
        boolean mayGroup = commons.mayGroup();
        boolean cityScope = "city".equals(scope) || actor.workingGroupId() == null;
        List<SuggestionView> suggestions = mayGroup ? commons.suggestions(cityScope ? null : actor.workingGroupId()) : List.of();
        model.addAttribute("view", new CommonsView(commons.commonDifficulties(PageRequest.of(page, null)), suggestions, mayGroup, cityScope, actor.workingGroupId(),
                difficulties.categories(), errors));
        return "difficulties/commons";
    }
}
