package org.wardops.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.RenderedDocument;
import org.wardops.reporting.internal.AnswerCheck;
import org.wardops.reporting.internal.AttachmentIntake;
import org.wardops.reporting.internal.AttachmentStore;
import org.wardops.reporting.internal.Report;
import org.wardops.reporting.internal.ReportDocumentBuilder;
import org.wardops.reporting.internal.ReportStore;
import org.wardops.reporting.internal.ReportingFigures;
import org.wardops.reporting.internal.ReportingPolicy;
import org.wardops.reporting.internal.RequestStore;
import org.wardops.reporting.internal.TemplateStore;
import org.wardops.shared.ConflictException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.time.Clock;
import java.time.YearMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's report from draft to acceptance. Who may do what is {@link ReportingPolicy}'s answer (docs/reporting.md):
 * the unit's officers and leader prepare it, only its leader submits it, the requesting working group (or a city
 * leader) returns it with a reason or accepts it; a unit's drafts are its own until submitted.
 */
@Service
@Transactional(readOnly = true)
public class ReportManagement {

    private final ReportingPolicy policy;

    private final ReportStore reports;
    private final RequestStore requests;
    private final TemplateStore templates;
    private final AttachmentStore attachments;
    private final ReportRequestManagement requestManagement;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AttachmentIntake intake;
    private final ReportingFigures figures;

    ReportManagement(ReportStore reports, RequestStore requests, TemplateStore templates, AttachmentStore attachments,
                     ReportRequestManagement requestManagement, DirectoryManagement directory, DocumentManagement documents,
                     AuditTrail audit, ApplicationEventPublisher events, Clock clock, AttachmentIntake intake, ReportingPolicy policy,
                     ReportingFigures figures) {
        this.policy = policy;
        this.reports = reports;
        this.requests = requests;
        this.templates = templates;
        this.attachments = attachments;
        this.requestManagement = requestManagement;
        this.directory = directory;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.intake = intake;
        this.figures = figures;
    }

    public ReportView report(UUID id) {
        Report report = load(id);
        policy.require(CurrentActor.get(), ReportAction.READ, report);
        return report.view();
    }

    /** One page of the reports the actor may read, filtered and counted in SQL; a unit's drafts appear for that unit only. */
    public PageResult<ReportView> find(@Nullable UUID requestId, @Nullable UUID unitId, @Nullable ReportState state, PageRequest page) {
        return find(requestId, unitId, null, state, page);
    }

    /** The same, also filtered to the reports whose deadline falls in a month. */
    public PageResult<ReportView> find(@Nullable UUID requestId, @Nullable UUID unitId, @Nullable YearMonth deadlineMonth, @Nullable ReportState state,
                                       PageRequest page) {
        Actor actor = CurrentActor.get();
        return reports.search(requestId, unitId, deadlineMonth, state, policy.visible(actor), page).map(Report::view);
    }

    /**
     * The reports of a unit (or of everyone the actor reads) whose deadline falls in a month, with their timeliness: the
     * records behind the unit's monthly report figures. What the actor may not read is not listed but counted.
     */
    @Transactional(readOnly = true)
    public ReportListing listing(@Nullable UUID unitId, @Nullable YearMonth deadlineMonth, @Nullable ReportState state, PageRequest page) {
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        PageResult<ReportListing.Row> rows = reports.listed(unitId, deadlineMonth, state, policy.visible(actor), page)
                .map(listed -> new ReportListing.Row(listed.reportId(), listed.unitId(), listed.requestTitle(), listed.period(), listed.deadline(),
                        listed.state(), listed.firstSubmittedAt(), ReportListing.Row.timeliness(listed.deadline(), listed.firstSubmittedAt(), now)));
        long notShown = unitId == null ? 0 : Math.max(0, reports.count(unitId, deadlineMonth, state) - rows.total());
        return new ReportListing(rows, notShown);
    }

    /** The first {@value PageRequest#MAX_SIZE} reports the actor may read of one request or unit (callers always name one). */
    public List<ReportView> reports(@Nullable UUID requestId, @Nullable UUID unitId, @Nullable ReportState state) {
        return find(requestId, unitId, state, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** The unit of each of the reports that the actor may read; the others (and unknown ids) are left out, without an error. */
    public Map<UUID, UUID> unitsOfReadable(java.util.Collection<UUID> reportIds) {
        Actor actor = CurrentActor.get();
        Map<UUID, UUID> units = new java.util.LinkedHashMap<>();
        for (UUID id : reportIds) {
            reports.find(id).filter(report -> policy.allowed(actor, report).contains(ReportAction.READ))
                    .ifPresent(report -> units.put(id, report.view().unitId()));
        }
        return units;
    }

    public List<AttachmentView> attachments(UUID reportId) {
        report(reportId);
        return attachments.ofReport(reportId);
    }

    public AttachmentContent attachment(UUID reportId, UUID attachmentId) {
        report(reportId);
        return attachments.content(reportId, attachmentId).orElseThrow(() -> new ReportNotFoundException("attachment", attachmentId));
    }

    /** What the actor may do with the report now; pages offer only these actions, the verbs check again. */
    public record Permissions(boolean edit, boolean submit, boolean review, boolean markReady) {
    }

    public Permissions permissions(ReportView report) {
        Set<ReportAction> allowed = actions(report);
        return new Permissions(allowed.contains(ReportAction.EDIT), allowed.contains(ReportAction.SUBMIT),
                allowed.contains(ReportAction.ACCEPT), allowed.contains(ReportAction.MARK_READY));
    }

    /** The actions the actor may take on the report now: what the page offers and the API's {@code actions} field lists. */
    public Set<ReportAction> actions(ReportView report) {
        return policy.allowed(CurrentActor.get(), load(report.id()));
    }

    /** Refuses (403, named) unless the actor may take the action on the report, without changing it. */
    public void requireAllowed(UUID id, ReportAction action) {
        policy.require(CurrentActor.get(), action, load(id));
    }

    /** Saves the answers (and any files) of a draft if nobody saved it since {@code version}; checks what is filled in. */
    @Transactional
    public ReportView saveDraft(UUID id, long version, Map<String, String> answers, List<Upload> uploads) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.EDIT, report);
        if (report.view().version() != version) {
            throw new ReportChangedException(report.view());
        }
        ReportTemplateView template = template(report.view());
        Map<String, String> merged = new LinkedHashMap<>(report.view().answers());
        answers.forEach((key, value) -> merged.put(key, value == null ? "" : value.strip()));
        List<FieldProblem> problems = new ArrayList<>(AnswerCheck.check(template, merged, false));
        List<AttachmentView> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            stored.add(intake.accept(actor, report.view(), template, upload, problems));
        }
        intake.checkReferences(report.view(), template, merged, stored, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        stored.forEach(attachment -> merged.put(attachment.fieldKey(), attachment.id().toString()));
        Report changed = report.saveDraft(merged, actor.displayName(), clock.instant());
        return write(report, changed, "reporting.report.draftSaved");
    }

    /** Attaches a file to an attachment field of a draft (the API's way; the page sends files with the draft). */
    @Transactional
    public AttachmentView attach(UUID id, Upload upload) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.EDIT, report);
        return attachAndSave(report, upload, actor);
    }

    private AttachmentView attachAndSave(Report report, Upload upload, Actor actor) {
        ReportTemplateView template = template(report.view());
        List<FieldProblem> problems = new ArrayList<>();
        AttachmentView stored = intake.accept(actor, report.view(), template, upload, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> answers = new LinkedHashMap<>(report.view().answers());
        answers.put(stored.fieldKey(), stored.id().toString());
        write(report, report.saveDraft(answers, actor.displayName(), clock.instant()), "reporting.report.draftSaved");
        return stored;
    }

    /**
     * An officer marks the draft complete and ready for the leader's signature: the required answers must be there
     * (as for submitting), the change is audited, and the unit's people are told ({@link ReportMarkedReady}).
     */
    @Transactional
    public ReportView markReadyForSignature(UUID id) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.MARK_READY, report);
        Report marked = report.markReadyForSignature(actor.displayName(), clock.instant());
        ReportTemplateView template = template(report.view());
        List<FieldProblem> problems = new ArrayList<>(AnswerCheck.check(template, report.view().answers(), true));
        intake.checkReferences(report.view(), template, report.view().answers(), List.of(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportView stored = write(report, marked, "reporting.report.markedReady");
        events.publishEvent(new ReportMarkedReady(id, stored.requestId(), stored.unitId(), actor.displayName()));
        return stored;
    }

    @Transactional
    public ReportView submit(UUID id) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.SUBMIT, report);
        if (!report.state().editableByUnit()) {
            throw new ReportStateException("reporting.error.report.notEditable", report.state(), ReportState.EDITABLE);
        }
        ReportTemplateView template = template(report.view());
        List<FieldProblem> problems = new ArrayList<>(AnswerCheck.check(template, report.view().answers(), true));
        intake.checkReferences(report.view(), template, report.view().answers(), List.of(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        boolean first = report.isFirstSubmission();
        Integer number = report.view().documentNumber() == null
                ? documents.nextNumber(report.view().unitId(), ReportDocumentBuilder.TYPE_CODE, LocalDate.ofInstant(now, LocalTime.VIETNAM).getYear())
                : null;
        ReportView stored = write(report, report.submit(actor.displayName(), now, number), "reporting.report.submitted");
        RequestStore.Row request = requests.find(stored.requestId()).orElseThrow();
        events.publishEvent(new ReportSubmitted(id, stored.requestId(), stored.unitId(),
                !Deadlines.onTime(java.util.Objects.requireNonNull(stored.firstSubmittedAt()), request.deadline()), !first));
        return stored;
    }

    @Transactional
    public ReportView returnForCorrection(UUID id, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.RETURN, report);
        ReportView stored = write(report, report.returnForCorrection(reason), "reporting.report.returned");
        events.publishEvent(new ReportReturned(id, stored.requestId(), stored.unitId(), java.util.Objects.requireNonNull(stored.returnReason())));
        return stored;
    }

    @Transactional
    public ReportView accept(UUID id) {
        Actor actor = CurrentActor.get();
        Report report = load(id);
        policy.require(actor, ReportAction.ACCEPT, report);
        ReportView stored = write(report, report.accept(clock.instant()), "reporting.report.accepted");
        events.publishEvent(new ReportAccepted(id, stored.requestId(), stored.unitId()));
        return stored;
    }

    /**
     * Records a report the unit sent on paper before it used WardOps, with the time it arrived: only administrators,
     * only for a report not yet submitted, audited like every change.
     */
    @Transactional
    public ReportView registerPaperSubmission(UUID id, Map<String, String> answers, Instant receivedAt, String signedBy) {
        Report report = load(id);
        policy.require(CurrentActor.get(), ReportAction.REGISTER_PAPER, report);
        if (!report.isFirstSubmission()) {
            throw new ConflictException("reporting.error.report.alreadySubmitted");
        }
        if (receivedAt.isAfter(clock.instant())) {
            throw new RuleViolationException("reporting.error.report.receivedInFuture");
        }
        ReportTemplateView template = template(report.view());
        List<FieldProblem> problems = AnswerCheck.check(template, answers, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Report drafted = report.saveDraft(answers, signedBy, receivedAt);
        Integer number = documents.nextNumber(report.view().unitId(), ReportDocumentBuilder.TYPE_CODE,
                LocalDate.ofInstant(receivedAt, LocalTime.VIETNAM).getYear());
        return write(report, drafted.submit(signedBy, receivedAt, number), "reporting.report.paperSubmissionRegistered");
    }

    /** Saves a draft's answers as a unit would, at a given time: for records brought over from paper by administrators. */
    @Transactional
    public ReportView registerPaperDraft(UUID id, Map<String, String> answers, Instant writtenAt, String writtenBy) {
        Report report = load(id);
        policy.require(CurrentActor.get(), ReportAction.REGISTER_PAPER, report);
        return write(report, report.saveDraft(answers, writtenBy, writtenAt), "reporting.report.paperDraftRegistered");
    }

    /** The report as a formal document of the unit; a draft shows an empty number. */
    public RenderedDocument document(UUID id, DocumentFormat format, DocumentStyle style) {
        ReportView report = report(id);
        ReportTemplateView template = template(report);
        ReportRequestView request = requestManagement.request(report.requestId());
        UnitView unit = directory.unit(report.unitId());
        String superior = unit.parentId() == null ? "" : directory.unit(unit.parentId()).name();
        LocalDate date = LocalDate.ofInstant(report.submittedAt() == null ? clock.instant() : report.submittedAt(), LocalTime.VIETNAM);
        FormalDocument document = ReportDocumentBuilder.build(report, template, request, unit, superior, attachments.ofReport(id), style, date);
        return documents.render(document, format, "bao-cao-" + unit.code() + "-" + request.period());
    }

    public ReportTemplateView templateOf(ReportView report) {
        return template(report);
    }

    private ReportView write(Report before, Report after, String action) {
        if (!reports.update(after.view())) {
            throw new ReportChangedException(load(before.view().id()).view());
        }
        ReportView stored = load(before.view().id()).view();
        audit.record(action, "Report", stored.id(), stored.unitId(), before.view(), stored);
        figures.written(before.view(), stored);
        return stored;
    }

    private ReportTemplateView template(ReportView report) {
        return templates.find(report.templateId()).orElseThrow();
    }

    private Report load(UUID id) {
        return reports.find(id).orElseThrow(() -> new ReportNotFoundException("report", id));
    }
}
