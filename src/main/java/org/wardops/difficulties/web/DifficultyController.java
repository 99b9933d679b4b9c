package org.wardops.difficulties.web;

import jakarta.servlet.http.HttpServletRequest;
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
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.CategoryView;
import org.wardops.difficulties.DifficultyAction;
import org.wardops.difficulties.DifficultyAttachmentContent;
import org.wardops.difficulties.DifficultyDetails;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultyFigure;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyState;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.EntryKind;
import org.wardops.difficulties.Severity;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Htmx;
import org.wardops.shared.web.Notices;
import org.wardops.shared.web.QueryParameters;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The unit view of difficulties, the difficulty form and page with its actions, and the addressee's inbox. */
@Controller
public class DifficultyController {

    /** The list page: filters as typed and one page of difficulties. */
    public record ListView(PageResult<DifficultyView> difficulties, List<CategoryView> categories, @Nullable String q, @Nullable String category,
                           @Nullable DifficultyState state, boolean mine, boolean mayCreate, @Nullable UUID unitId,
                           @Nullable YearMonth submittedMonth, @Nullable DifficultyFigure figure, @Nullable String unitName) {

        public String pageLink(int page) {
            return link(page, true);
        }

        /** The same list for every unit the reader sees: the link of the unit filter's note. */
        public String withoutUnit() {
            return link(0, false);
        }

        private String link(int page, boolean keepUnit) {
            StringBuilder link = new StringBuilder("/difficulties?page=").append(page);
            if (mine) {
                link.append("&mine=true");
            } else if (!keepUnit) {
                link.append("&mine=false");
            }
            if (keepUnit && unitId != null) {
                link.append("&unitId=").append(unitId);
            }
            if (submittedMonth != null) {
                link.append("&submittedMonth=").append(submittedMonth);
            }
            if (figure != null) {
                link.append("&figure=").append(figure.name());
            }
            if (state != null) {
                link.append("&state=").append(state.name());
            }
            if (category != null && !category.isBlank()) {
                link.append("&category=").append(category);
            }
            if (q != null && !q.isBlank()) {
                link.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            }
            return link.toString();
        }

        public List<DifficultyState> states() {
            return List.of(DifficultyState.values());
        }

        public List<DifficultyFigure> figures() {
            return List.of(DifficultyFigure.values());
        }
    }

    /** The difficulty form page. */
    public record FormView(@Nullable DifficultyView difficulty, DifficultyForm form, FormErrors errors, List<CategoryView> categories,
                           List<UnitView> units, List<UnitView> departments, org.wardops.difficulties.SourceOptions links) {

        public boolean isNew() {
            return difficulty == null;
        }

        public List<Severity> severities() {
            return List.of(Severity.values());
        }

        public List<DifficultySource> sources() {
            return List.of(DifficultySource.values());
        }
    }

    /**
     * The difficulty page: the actions the reader may take as a list to choose from, and the form of the chosen one
     * only ({@code ?action=answer}); the handler is picked from the addressee's people.
     */
    public record DetailView(DifficultyDetails details, List<CategoryView> categories, List<UnitView> departments, FormErrors errors,
                             List<AuditRecordView> history, @Nullable DifficultyAction chosen, List<PersonView> handlers,
                             @Nullable DifficultyAction typedFor, @Nullable String typedText, @Nullable UUID typedHandler) {

        /** The actions that open a form, in the order offered; submitting and resolving are one button each. */
        static final List<DifficultyAction> WITH_FORM = List.of(DifficultyAction.ACCEPT, DifficultyAction.ANSWER, DifficultyAction.REOPEN,
                DifficultyAction.FORWARD, DifficultyAction.ESCALATE, DifficultyAction.DECLINE, DifficultyAction.FEEDBACK,
                DifficultyAction.QUESTION, DifficultyAction.REPLY);

        /** What the reader had typed into the form of the action, when that post was refused: shown again. */
        public String typed(DifficultyAction action) {
            return action == typedFor && typedText != null ? typedText : "";
        }

        public boolean handlerTyped(UUID personId) {
            return personId.equals(typedHandler);
        }

        public DifficultyView d() {
            return details.difficulty();
        }

        /** The actions with a form that the reader may take now. */
        public List<DifficultyAction> choices() {
            return WITH_FORM.stream().filter(details::may).toList();
        }

        public boolean isChosen(DifficultyAction action) {
            return action == chosen;
        }

        public String choiceLink(DifficultyAction action) {
            return "/difficulties/" + d().id() + "?action=" + action.name().toLowerCase();
        }

        /** The endpoint the chosen form posts to: comments share one. */
        public String postPath(DifficultyAction action) {
            return "/difficulties/" + d().id() + "/" + (isComment(action) ? "comment" : action.name().toLowerCase());
        }

        public boolean isComment(DifficultyAction action) {
            return action == DifficultyAction.FEEDBACK || action == DifficultyAction.QUESTION || action == DifficultyAction.REPLY;
        }

        /** The field the facade names when the text of the action is refused. */
        public String textField(DifficultyAction action) {
            return switch (action) {
                case REOPEN, DECLINE -> "reason";
                case ESCALATE, FORWARD -> "note";
                case ACCEPT -> "assignee";
                default -> "text";
            };
        }

        public boolean picksHandler(DifficultyAction action) {
            return action == DifficultyAction.ACCEPT || action == DifficultyAction.ANSWER;
        }

        /** Whether the actions card has anything to show (co-signing and editing have their own places). */
        public boolean hasActions() {
            return details.actions().stream().anyMatch(action -> action != DifficultyAction.COSIGN
                    && action != DifficultyAction.EDIT && action != DifficultyAction.ATTACH);
        }
    }

    /** The addressee's inbox. */
    public record InboxView(PageResult<DifficultyView> difficulties, List<CategoryView> categories) {

        public String pageLink(int page) {
            return "/difficulties/inbox?page=" + page;
        }
    }

    private final DifficultyManagement difficulties;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Notices notices;

    DifficultyController(DifficultyManagement difficulties, DirectoryManagement directory, DeploymentSettings deployment, AuditTrail audit,
                         MessageSource messages, Notices notices) {
        this.difficulties = difficulties;
        this.directory = directory;
        this.deployment = deployment;
        this.audit = audit;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/difficulties")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String category,
                @RequestParam(required = false) @Nullable DifficultyState state, @RequestParam(required = false) @Nullable Boolean mine,
                @RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String submittedMonth,
                @RequestParam(required = false) @Nullable DifficultyFigure figure,
                @RequestParam(required = false) @Nullable Integer page, HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.get();
        boolean ownUnit = mine == null ? difficulties.actsForOwnUnit() : mine;
        UUID filterUnit = unitId != null ? unitId : ownUnit ? actor.unitId() : null;
        YearMonth month = QueryParameters.month("submittedMonth", submittedMonth);
        PageResult<DifficultyView> found = difficulties.find(new DifficultySearch(filterUnit, category, state, null, false, q, month, figure),
                PageRequest.of(page, 50));
        boolean mayCreate = difficulties.mayRecord();
        String unitName = unitId == null ? null : directory.units(java.util.Set.of(unitId)).stream().map(UnitView::name).findFirst().orElse(unitId.toString());
        model.addAttribute("view", new ListView(found, difficulties.categories(), q, category, state, ownUnit, mayCreate, unitId, month, figure, unitName));
        return Htmx.pageOrPartial(request, "difficulties/list", "difficulties/_table");
    }

    @GetMapping("/difficulties/new")
    String newDifficulty(@RequestParam(required = false) @Nullable UUID unitId, Model model) {
        Actor actor = CurrentActor.get();
        if (!difficulties.mayRecord()) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        return form(null, DifficultyForm.empty(unitId == null ? actor.unitId() : unitId), FormErrors.NONE, model);
    }

    @PostMapping("/difficulties")
    String create(@ModelAttribute DifficultyForm form, RedirectAttributes redirect, Model model) {
        try {
            DifficultyView created = difficulties.create(form.command(null));
            notices.add(redirect, "difficulties.message.difficulty.created");
            return "redirect:/difficulties/" + created.id();
        } catch (InvalidInputException | RuleViolationException | AccessRefusedException e) {
            if (!difficulties.mayRecord()) {
                throw e;
            }
            return form(null, form, Refusals.shown(e, messages), model);
        }
    }

    @GetMapping("/difficulties/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        DifficultyDetails details = difficulties.details(id);
        if (!details.actions().contains(DifficultyAction.EDIT)) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        DifficultyView difficulty = details.difficulty();
        return form(difficulty, DifficultyForm.of(difficulty), FormErrors.NONE, model);
    }

    @PostMapping("/difficulties/{id}")
    String change(@PathVariable UUID id, @ModelAttribute DifficultyForm form, RedirectAttributes redirect, Model model) {
        DifficultyView difficulty = difficulties.difficulty(id);
        try {
            difficulties.change(id, form.version() == null ? -1 : form.version(), form.command(difficulty.unitId()));
            notices.add(redirect, "difficulties.message.difficulty.saved");
            return "redirect:/difficulties/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException | AccessRefusedException e) {
            return form(difficulty, form, Refusals.shown(e, messages), model);
        }
    }

    /** The page, with the form of the chosen action; htmx asks for the actions card alone when an action is chosen. */
    @GetMapping("/difficulties/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable String action, HttpServletRequest request, Model model) {
        String page = detail(id, FormErrors.NONE, model, chosen(action), null, null);
        return action != null && Htmx.isHtmx(request) ? "difficulties/_actions" : page;
    }

    /** Every state change and comment of the difficulty page; a refusal shows the chosen form again with the messages. */
    @PostMapping("/difficulties/{id}/{action:submit|accept|answer|resolve|reopen|forward|escalate|decline|cosign|comment}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) @Nullable Long version,
               @RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable EntryKind kind,
               @RequestParam(required = false) @Nullable AddresseeType addresseeType, @RequestParam(required = false) @Nullable UUID addresseeUnitId,
               @RequestParam(required = false) @Nullable UUID handlerId, RedirectAttributes redirect, Model model) {
        long read = version == null ? -1 : version;
        try {
            switch (action) {
                case "submit" -> difficulties.submit(id, read);
                case "accept" -> difficulties.accept(id, read, text, handlerId);
                case "answer" -> difficulties.answer(id, read, text, handlerId);
                case "resolve" -> difficulties.resolve(id, read);
                case "reopen" -> difficulties.reopen(id, read, text);
                case "forward" -> difficulties.forward(id, read, addresseeType == null ? null : new Addressee(addresseeType, addresseeUnitId), text);
                case "escalate" -> difficulties.escalate(id, read, text);
                case "decline" -> difficulties.decline(id, read, text);
                case "cosign" -> difficulties.cosign(id, text);
                default -> difficulties.comment(id, kind, text);
            }
            notices.add(redirect, "difficulties.message.action." + action);
            return "redirect:/difficulties/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException | AccessRefusedException e) {
            DifficultyAction chosen = chosen("comment".equals(action) ? kind == null ? null : kind.name() : action);
            return detail(id, Refusals.shown(e, messages), model, chosen, text, handlerId);
        }
    }

    /** Evidence uploaded on the difficulty page; a refusal shows the page again with the message at the file field. */
    @PostMapping(value = "/difficulties/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestPart(required = false)
                  org.springframework.web.multipart.@Nullable MultipartFile file, RedirectAttributes redirect, Model model) throws java.io.IOException {
        try {
            difficulties.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            notices.add(redirect, "difficulties.message.action.attach");
            return "redirect:/difficulties/" + id;
        } catch (InvalidInputException | AccessRefusedException e) {
            return detail(id, Refusals.shown(e, messages), model);
        }
    }

    @GetMapping("/difficulties/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        DifficultyAttachmentContent content = difficulties.attachment(id, attachmentId);
        return org.wardops.shared.web.Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }

    @GetMapping("/difficulties/inbox")
    String inbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("view", new InboxView(difficulties.inbox(PageRequest.of(page, 50)), difficulties.categories()));
        return "difficulties/inbox";
    }

    private String detail(UUID id, FormErrors errors, Model model) {
        return detail(id, errors, model, null, null, null);
    }

    private String detail(UUID id, FormErrors errors, Model model, @Nullable DifficultyAction asked, @Nullable String typedText,
                          @Nullable UUID typedHandler) {
        DifficultyDetails details = difficulties.details(id);
        DifficultyAction chosen = asked != null && DetailView.WITH_FORM.contains(asked) && details.may(asked) ? asked : null;
        List<PersonView> handlers = chosen == DifficultyAction.ACCEPT || chosen == DifficultyAction.ANSWER ? difficulties.handlers(id) : List.of();
        List<UnitView> departments = chosen == DifficultyAction.FORWARD ? departments() : List.of();
        model.addAttribute("view", new DetailView(details, difficulties.categories(), departments, errors, audit.history(id), chosen, handlers,
                asked, typedText, typedHandler));
        return "difficulties/detail";
    }

    /** The action named in a query or path ({@code answer}, {@code FEEDBACK}); anything else chooses none. */
    private static @Nullable DifficultyAction chosen(@Nullable String name) {
        if (name == null) {
            return null;
        }
        for (DifficultyAction action : DifficultyAction.values()) {
            if (action.name().equalsIgnoreCase(name)) {
                return action;
            }
        }
        return null;
    }

    private String form(@Nullable DifficultyView difficulty, DifficultyForm form, FormErrors errors, Model model) {
        Actor actor = CurrentActor.get();
        List<UnitView> units;
        if (difficulty != null) {
            units = List.of(directory.unit(difficulty.unitId()));
        } else if (actor.workingGroupId() != null && actor.scope().unitIds().size() > 1) {
            units = directory.units(directory.unitsSupervisedBy(actor.workingGroupId()));
        } else if (actor.unitId() != null) {
            units = List.of(directory.unit(actor.unitId()));
        } else {
            units = List.of();
        }
        org.wardops.difficulties.SourceOptions links = units.size() == 1 ? difficulties.sourceOptions(units.getFirst().id())
                : new org.wardops.difficulties.SourceOptions(List.of(), List.of());
        model.addAttribute("view", new FormView(difficulty, form, errors, difficulties.categories(), units, departments(), links));
        return "difficulties/form";
    }

    private List<UnitView> departments() {
        return directory.findUnits(new UnitSearch(deployment.provinceCode(), UnitType.DEPARTMENT, null, false), new PageRequest(0, 200)).items();
    }
}
