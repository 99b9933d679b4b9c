package org.wardops.difficulties.web;

import org.springframework.http.ResponseEntity;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.CommonDifficultyView;
import org.wardops.difficulties.NewProposal;
import org.wardops.difficulties.ProposalAnnex;
import org.wardops.difficulties.ProposalManagement;
import org.wardops.difficulties.ProposalAction;
import org.wardops.difficulties.ProposalView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Proposals to the city leadership: the list, the form (from common difficulties), the page with its state changes. */
@Controller
public class ProposalController {

    /** The proposal form as posted. */
    public record ProposalForm(@Nullable String title, @Nullable String problem, @Nullable String mechanism, @Nullable String decidingBody,
                               @Nullable String requestedDecision, @Nullable LocalDate requestedBy, List<UUID> commonDifficultyIds) {

        public String value(@Nullable String field) {
            return field == null ? "" : field;
        }
    }

    /** The proposals page. */
    public record ListView(PageResult<ProposalView> proposals) {

        public String pageLink(int page) {
            return "/proposals?page=" + page;
        }
    }

    /** The form page, with the common difficulties to choose from. */
    public record FormView(ProposalForm form, List<CommonDifficultyView> commons, FormErrors errors) {
    }

    /** The proposal page with its annex rows and what the reader may do now. */
    public record DetailView(ProposalAnnex annex, FormErrors errors, List<AuditRecordView> history, @Nullable String typedDecisionText,
                             @Nullable LocalDate typedDecisionDate) {

        public ProposalView p() {
            return annex.proposal();
        }

        public boolean may(ProposalAction action) {
            return annex.proposal().actions().contains(action);
        }

        public boolean mayAny() {
            return !annex.proposal().actions().isEmpty();
        }
    }

    private final ProposalManagement proposals;
    private final CommonDifficultyManagement commons;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Notices notices;

    ProposalController(ProposalManagement proposals, CommonDifficultyManagement commons, AuditTrail audit, MessageSource messages, Notices notices) {
        this.proposals = proposals;
        this.commons = commons;
        this.audit = audit;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("view", new ListView(proposals.proposals(PageRequest.of(page, null))));
        return "difficulties/proposals";
    }

    @GetMapping("/proposals/new")
    String newProposal(@RequestParam(name = "common", required = false) @Nullable List<UUID> common, Model model) {
        List<CommonDifficultyView> chosen = common == null ? List.of() : common.stream().distinct().map(commons::commonDifficulty).toList();
        return form(prefilled(chosen), FormErrors.NONE, model);
    }

    /**
     * The form as the chosen common difficulties fill it: their titles and summaries, and the units' recommendations
     * (each once) as the starting point of the proposed mechanism.
     */
    static ProposalForm prefilled(List<CommonDifficultyView> chosen) {
        String title = String.join("; ", chosen.stream().map(CommonDifficultyView::title).toList());
        String problem = String.join("\n\n", chosen.stream().map(CommonDifficultyView::summary).toList());
        String mechanism = String.join("\n", chosen.stream().flatMap(c -> c.members().stream())
                .map(member -> member.recommendation().strip()).filter(text -> !text.isEmpty()).distinct().map(text -> "- " + text).toList());
        return new ProposalForm(cut(title, 300), cut(problem, 4000), cut(mechanism, 4000), "", "", null,
                chosen.stream().map(CommonDifficultyView::id).toList());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @PostMapping("/proposals")
    String create(@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String problem,
                  @RequestParam(required = false) @Nullable String mechanism, @RequestParam(required = false) @Nullable String decidingBody,
                  @RequestParam(required = false) @Nullable String requestedDecision,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate requestedBy,
                  @RequestParam(name = "commonDifficultyIds", required = false) @Nullable List<UUID> commonDifficultyIds,
                  RedirectAttributes redirect, Model model) {
        ProposalForm form = new ProposalForm(title, problem, mechanism, decidingBody, requestedDecision, requestedBy,
                commonDifficultyIds == null ? List.of() : commonDifficultyIds);
        try {
            ProposalView created = proposals.create(new NewProposal(title, problem, mechanism, decidingBody, requestedDecision, requestedBy,
                    form.commonDifficultyIds()));
            notices.add(redirect, "difficulties.message.proposal.created");
            return "redirect:/proposals/" + created.id();
        } catch (InvalidInputException | RuleViolationException | AccessRefusedException e) {
            return form(form, Refusals.shown(e, messages), model);
        }
    }

    @GetMapping("/proposals/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return detail(id, FormErrors.NONE, model);
    }

    @GetMapping("/proposals/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                    @RequestParam(defaultValue = "party") String style) {
        RenderedDocument document = proposals.document(id, DocumentFormat.parse(format), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @PostMapping("/proposals/{id}/{action:submit|decide|implement|complete}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) @Nullable Long version,
               @RequestParam(required = false) @Nullable String decisionText,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decisionDate,
               @RequestParam(required = false) @Nullable Boolean confirm, RedirectAttributes redirect, Model model) {
        long read = version == null ? -1 : version;
        try {
            switch (action) {
                case "submit" -> {
                    // Submitting cannot be undone: the page asks for an explicit confirmation (works without JavaScript).
                    if (!Boolean.TRUE.equals(confirm)) {
                        throw InvalidInputException.of("confirm", "difficulties.error.proposal.confirmRequired");
                    }
                    proposals.submit(id, read);
                }
                case "decide" -> proposals.decide(id, read, decisionText, decisionDate);
                case "implement" -> proposals.startImplementation(id, read);
                default -> proposals.complete(id, read);
            }
            notices.add(redirect, "difficulties.message.proposal." + action);
            return "redirect:/proposals/" + id;
        } catch (InvalidInputException | RuleViolationException | ConflictException | AccessRefusedException e) {
            return detail(id, Refusals.shown(e, messages), model, decisionText, decisionDate);
        }
    }

    private String detail(UUID id, FormErrors errors, Model model) {
        return detail(id, errors, model, null, null);
    }

    private String detail(UUID id, FormErrors errors, Model model, @Nullable String decisionText, @Nullable LocalDate decisionDate) {
        model.addAttribute("view", new DetailView(proposals.annex(id), errors, audit.history(id), decisionText, decisionDate));
        return "difficulties/proposal";
    }

    private String form(ProposalForm form, FormErrors errors, Model model) {
        model.addAttribute("view", new FormView(form, commons.commonDifficulties(new PageRequest(0, PageRequest.MAX_SIZE)).items(), errors));
        return "difficulties/proposalForm";
    }
}
