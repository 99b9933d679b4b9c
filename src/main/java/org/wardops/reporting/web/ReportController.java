package org.wardops.reporting.web;

import org.wardops.shared.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wardops.reporting.ReportAction;
import org.wardops.shared.AccessRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.AttachmentContent;
import org.wardops.reporting.AttachmentView;
import org.wardops.reporting.FieldType;
import org.wardops.reporting.ReportChangedException;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportRequestView;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.ReportView;
import org.wardops.reporting.Upload;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.KeptForm;
import org.wardops.shared.web.Notices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's report: the form that saves drafts (with files, without JavaScript), the leader's submission, and the
 * working group's return and acceptance. A refused save shows the form again with everything typed and every
 * message in place; a concurrent save shows the other person's answers beside the typed ones.
 */
@Controller
public class ReportController {

    static final String ANSWER = "answers.";
    static final String FILE = "file.";

    /** An earlier report of the same unit, for the history list. */
    public record EarlierReport(ReportView report, String title) {
    }

    /**
     * The report page.
     *
     * @param answers what the form shows: the stored answers, or what was typed when a save was refused
     * @param stored the answers someone else saved meanwhile, when a save collided; shown beside the typed ones
     * @param keptInput whether the form shows input typed before the session expired, kept over the log-in, not saved yet
     */
    public record ReportPageView(ReportView report, ReportTemplateView template, ReportRequestView request, String unitName,
                                 ReportManagement.Permissions may, Map<String, String> answers, long formVersion, FormErrors errors,
                                 @Nullable ReportView stored, String reason, List<AttachmentView> attachments,
                                 List<AuditRecordView> history, List<EarlierReport> earlier, @Nullable EarlierReport previous,
                                 boolean keptInput) {

        /**
         * Who returned the report the last time, as the audit trail names the acting person and their own unit
         * ("Trưởng Tổ công tác (Văn phòng Thành ủy)"); null when the history does not show it.
         */
        public @Nullable String returnedBy() {
            return history.stream().filter(entry -> "reporting.report.returned".equals(entry.action()))
                    .max(java.util.Comparator.comparing(AuditRecordView::occurredAt).thenComparing(AuditRecordView::seq))
                    .map(AuditRecordView::actorLabel).orElse(null);
        }

        /** The unit's answer to the same field in its previous report of the same template, shown beside this one. */
        public @Nullable String previousAnswer(String key) {
            return previous == null ? null : previous.report().answer(key);
        }

        public String answer(String key) {
            return answers.getOrDefault(key, "");
        }

        /** The other person's answer to a field when it differs from the typed one, else null. */
        public @Nullable String storedIfDifferent(String key) {
            if (stored == null) {
                return null;
            }
            String other = stored.answer(key);
            return other.equals(answer(key)) ? null : other;
        }

        public @Nullable AttachmentView attachment(String key) {
            String id = answer(key);
            return attachments.stream().filter(attachment -> attachment.id().toString().equals(id)).findFirst().orElse(null);
        }

        public String field(String key) {
            return ANSWER + key;
        }

        public boolean isNumeric(FieldType type) {
            return type.isNumeric();
        }
    }

    private final ReportManagement reports;
    private final ReportRequestManagement requests;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Notices notices;

    ReportController(ReportManagement reports, ReportRequestManagement requests, DirectoryManagement directory, AuditTrail audit,
                     MessageSource messages, Notices notices) {
        this.reports = reports;
        this.requests = requests;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable UUID id, HttpServletRequest http, Model model) {
        ReportView report = reports.report(id);
        Optional<Map<String, String>> kept = KeptForm.take(http, "/reports/" + id);
        if (kept.isPresent() && reports.permissions(report).edit()) {
            Map<String, String> shown = new LinkedHashMap<>(report.answers());
            kept.get().forEach((name, value) -> {
                if (name.startsWith(ANSWER)) {
                    shown.put(name.substring(ANSWER.length()), value);
                }
            });
            String keptVersion = kept.get().get(KeptForm.VERSION);
            long version = keptVersion == null ? report.version() : parseVersion(keptVersion);
            return page(report, shown, version, FormErrors.NONE, null, "", true, model);
        }
        return page(report, report.answers(), report.version(), FormErrors.NONE, null, "", model);
    }

    @PostMapping("/reports/{id}")
    String save(@PathVariable UUID id, HttpServletRequest http, RedirectAttributes redirect, Model model) {
        Map<String, String> typed = typedAnswers(http);
        long version = parseVersion(http.getParameter("version"));
        try {
            reports.saveDraft(id, version, typed, uploads(http));
            notices.add(redirect, "reporting.message.report.draftSaved");
            return "redirect:/reports/" + id;
        } catch (ReportChangedException e) {
            ReportView current = e.current();
            Map<String, String> shown = new LinkedHashMap<>(current.answers());
            shown.putAll(typed);
            return page(current, shown, current.version(), FormErrors.of(e, messages), current, "", model);
        } catch (InvalidInputException | ConflictException e) {
            ReportView current = reports.report(id);
            Map<String, String> shown = new LinkedHashMap<>(current.answers());
            shown.putAll(typed);
            return page(current, shown, version, FormErrors.of(e, messages), null, "", model);
        }
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String confirmed, RedirectAttributes redirect,
                  HttpServletResponse response, Model model) {
        try {
            if (!"true".equals(confirmed)) {
                reports.requireAllowed(id, ReportAction.SUBMIT);
                throw InvalidInputException.of("confirmed", "reporting.error.report.confirmationRequired");
            }
            reports.submit(id);
            notices.add(redirect, "reporting.message.report.submitted");
            return "redirect:/reports/" + id;
        } catch (InvalidInputException | ConflictException | AccessRefusedException e) {
            return refused(id, e, "", response, model);
        }
    }

    @PostMapping("/reports/{id}/ready")
    String markReady(@PathVariable UUID id, RedirectAttributes redirect, HttpServletResponse response, Model model) {
        try {
            reports.markReadyForSignature(id);
            notices.add(redirect, "reporting.message.report.markedReady");
            return "redirect:/reports/" + id;
        } catch (InvalidInputException | ConflictException | AccessRefusedException e) {
            return refused(id, e, "", response, model);
        }
    }

    @PostMapping("/reports/{id}/return")
    String returnForCorrection(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect,
                               HttpServletResponse response, Model model) {
        try {
            reports.returnForCorrection(id, reason);
            notices.add(redirect, "reporting.message.report.returned");
            return "redirect:/reports/" + id;
        } catch (RuleViolationException | ConflictException | InvalidInputException | AccessRefusedException e) {
            return refused(id, e, reason == null ? "" : reason, response, model);
        }
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect, HttpServletResponse response, Model model) {
        try {
            reports.accept(id);
            notices.add(redirect, "reporting.message.report.accepted");
            return "redirect:/reports/" + id;
        } catch (ConflictException | AccessRefusedException e) {
            return refused(id, e, "", response, model);
        }
    }

    @GetMapping("/reports/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                    @RequestParam(defaultValue = "state") String style) {
        RenderedDocument document = reports.document(id, DocumentFormat.parse(format), DocumentStyle.parse(style));
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        AttachmentContent content = reports.attachment(id, attachmentId);
        return Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }

    /** A refused step re-renders the report page with the message in place and the typed reason kept (403 if refused). */
    private String refused(UUID id, WardOpsException e, String reason, HttpServletResponse response, Model model) {
        ReportView current = reports.report(id);
        FormErrors errors = FormErrors.of(e, messages);
        if (e instanceof RuleViolationException) {
            errors = new FormErrors(Map.of("reason", errors.general()), List.of());
        }
        if (e instanceof AccessRefusedException) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return page(current, current.answers(), current.version(), errors, null, reason, model);
    }

    private String page(ReportView report, Map<String, String> answers, long formVersion, FormErrors errors, @Nullable ReportView stored,
                        String reason, Model model) {
        return page(report, answers, formVersion, errors, stored, reason, false, model);
    }

    private String page(ReportView report, Map<String, String> answers, long formVersion, FormErrors errors, @Nullable ReportView stored,
                        String reason, boolean keptInput, Model model) {
        ReportRequestView request = requests.request(report.requestId());
        ReportTemplateView template = reports.templateOf(report);
        List<EarlierReport> earlier = new ArrayList<>();
        Map<UUID, ReportRequestView> otherRequests = new HashMap<>();
        EarlierReport previous = null;
        LocalDate previousDeadline = null;
        for (ReportView other : reports.reports(null, report.unitId(), null)) {
            if (other.id().equals(report.id())) {
                continue;
            }
            ReportRequestView otherRequest = otherRequests.computeIfAbsent(other.requestId(), requests::request);
            EarlierReport entry = new EarlierReport(other, otherRequest.title());
            earlier.add(entry);
            boolean sameTemplate = reports.templateOf(other).familyId().equals(template.familyId());
            boolean before = otherRequest.deadline().isBefore(request.deadline());
            if (sameTemplate && before && other.submittedAt() != null
                    && (previousDeadline == null || otherRequest.deadline().isAfter(previousDeadline))) {
                previous = entry;
                previousDeadline = otherRequest.deadline();
            }
        }
        model.addAttribute("view", new ReportPageView(report, template, request, directory.unit(report.unitId()).name(),
                reports.permissions(report), answers, formVersion, errors, stored, reason, reports.attachments(report.id()),
                audit.history(report.id()), earlier, previous, keptInput));
        return "reporting/report";
    }

    private static Map<String, String> typedAnswers(HttpServletRequest http) {
        Map<String, String> typed = new LinkedHashMap<>();
        http.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(ANSWER) && values.length > 0) {
                typed.put(name.substring(ANSWER.length()), values[values.length - 1]);
            }
        });
        return typed;
    }

    private static List<Upload> uploads(HttpServletRequest http) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        List<Upload> uploads = new ArrayList<>();
        for (Map.Entry<String, MultipartFile> entry : multipart.getFileMap().entrySet()) {
            MultipartFile file = entry.getValue();
            if (entry.getKey().startsWith(FILE) && !file.isEmpty()) {
                try {
                    uploads.add(new Upload(entry.getKey().substring(FILE.length()),
                            file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private static long parseVersion(@Nullable String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
