package org.wardops.practices;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.wardops.audit.AuditTrail;
import org.wardops.practices.internal.Practice;
import org.wardops.practices.internal.PracticeStore;
import org.wardops.practices.internal.PracticesPolicy;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.files.AttachmentCheck;
import org.wardops.shared.text.TextRules;
import org.wardops.shared.time.LocalTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Good practices: publish, endorse or return, adopt, report the result. Who may do what is {@link PracticesPolicy}'s;
 * the lifecycle checks are {@link Practice}'s. Every change is audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class PracticeManagement {

    public static final BigDecimal VALUE_LIMIT = new BigDecimal("1000000000000");
    public static final int PLANNING_HORIZON_DAYS = 366;
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    /** Days after the planned start of an adoption when its unit is reminded to report the result. */
    public static final int RESULT_REMINDER_DAYS = 90;
    /** At most this many files per practice. */
    public static final int ATTACHMENTS_PER_PRACTICE = 10;
    private static final int REMINDERS_PER_RUN = 500;

    private final PracticeStore practices;
    private final PracticesPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long attachmentLimit;

    PracticeManagement(PracticeStore practices, PracticesPolicy policy, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
                       @Value("${wardops.practices.attachment-limit:10MB}") DataSize attachmentLimit) {
        this.practices = practices;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.attachmentLimit = attachmentLimit.toBytes();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public boolean may(PracticeAction action, UUID unitId) {
        return CurrentActor.find().map(actor -> policy.allowed(actor, action, unitId)).orElse(false);
    }

    public PageResult<PracticeView> practices(@Nullable Topic topic, @Nullable String text, PageRequest page) {
        String visible = policy.visible(CurrentActor.get());
        String query = text == null || text.isBlank() ? null : text.strip();
        if (query != null) {
            TextRules.require("q", query, TextRules.NAME, TextRules.Lines.SINGLE);
        }
        return new PageResult<>(practices.search(visible, topic, query, (int) page.offset(), page.size()), page.page(), page.size(),
                practices.count(visible, topic, query));
    }

    public PracticeView practice(UUID id) {
        CurrentActor.get();
        return practices.find(id).orElseThrow(() -> new PracticeNotFoundException("practice", id));
    }

    @Transactional
    public PracticeView publish(PublishPractice command) {
        Actor actor = CurrentActor.get();
        if (actor.unitId() == null) {
            throw org.wardops.shared.AccessRefusedException.outsideScope();
        }
        policy.require(actor, PracticeAction.PUBLISH, actor.unitId());
        return publishFor(actor.unitId(), command);
    }

    /** Publishes for a named unit: the demo data, run as the system. */
    @Transactional
    public PracticeView publishFor(UUID unitId, PublishPractice command) {
        policy.require(CurrentActor.get(), PracticeAction.PUBLISH, unitId);
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "title", command.title(), TextRules.NAME, TextRules.Lines.SINGLE, "practices.error.practice.titleRequired");
        if (command.topic() == null) {
            problems.add(FieldProblem.of("topic", "practices.error.practice.topicRequired"));
        }
        required(problems, "problem", command.problem(), TextRules.LONG, TextRules.Lines.MULTI, "practices.error.practice.problemRequired");
        required(problems, "actions", command.actions(), TextRules.LONG, TextRules.Lines.MULTI, "practices.error.practice.actionsRequired");
        required(problems, "results", command.results(), TextRules.LONG, TextRules.Lines.MULTI, "practices.error.practice.resultsRequired");
        if (command.indicatorCode() == null || !INDICATOR_CODE.matcher(command.indicatorCode().strip()).matches()) {
            problems.add(FieldProblem.of("indicatorCode", "practices.error.practice.indicatorRequired"));
        }
        value(problems, "baseline", command.baseline(), "practices.error.practice.baselineRequired");
        required(problems, "replication", command.replication(), TextRules.LONG, TextRules.Lines.MULTI, "practices.error.practice.replicationRequired");
        TextRules.check(problems, "cost", command.cost(), TextRules.SHORT, TextRules.Lines.MULTI);
        required(problems, "contact", command.contact(), TextRules.SHORT, TextRules.Lines.MULTI, "practices.error.practice.contactRequired");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PracticeView practice = new PracticeView(Ids.next(), unitId, command.title().strip(), command.topic(), command.problem().strip(),
                command.actions().strip(), command.results().strip(), command.indicatorCode().strip(), command.baseline(),
                command.replication().strip(), command.cost() == null || command.cost().isBlank() ? null : command.cost().strip(),
                command.contact().strip(), PracticeState.PUBLISHED, null, null, clock.instant(), List.of(), 0);
        practices.insert(practice);
        audit.record("practices.practice.published", "Practice", practice.id(), unitId, null, practice);
        return practice;
    }

    @Transactional
    public PracticeView endorse(UUID id, @Nullable String reason) {
        return decide(id, reason, true);
    }

    @Transactional
    public PracticeView giveBack(UUID id, @Nullable String reason) {
        return decide(id, reason, false);
    }

    private PracticeView decide(UUID id, @Nullable String reason, boolean endorse) {
        Actor actor = CurrentActor.get();
        PracticeView current = practices.find(id).orElseThrow(() -> new PracticeNotFoundException("practice", id));
        policy.require(actor, PracticeAction.DECIDE, current.unitId());
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "reason", reason, TextRules.SHORT, TextRules.Lines.MULTI, "practices.error.practice.reasonRequired");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID decidedBy = actor.workingGroupId() != null ? actor.workingGroupId() : actor.unitId();
        PracticeView decided = endorse ? Practice.endorse(current, reason.strip(), decidedBy) : Practice.giveBack(current, reason.strip(), decidedBy);
        if (!practices.decide(decided)) {
            throw ConflictException.staleVersion();
        }
        PracticeView stored = practices.find(id).orElseThrow();
        audit.record(endorse ? "practices.practice.endorsed" : "practices.practice.returned", "Practice", id, current.unitId(), current, stored);
        return stored;
    }

    /** The actor's unit adopts the practice, starting on the planned day. */
    @Transactional
    public PracticeView.AdoptionView adopt(UUID id, @Nullable LocalDate plannedStart) {
        Actor actor = CurrentActor.get();
        if (actor.unitId() == null) {
            throw org.wardops.shared.AccessRefusedException.outsideScope();
        }
        return adoptFor(id, actor.unitId(), plannedStart);
    }

    /** Adoption by a named unit: the demo data, run as the system. */
    @Transactional
    public PracticeView.AdoptionView adoptFor(UUID id, UUID unitId, @Nullable LocalDate plannedStart) {
        Actor actor = CurrentActor.get();
        PracticeView practice = practices.find(id).orElseThrow(() -> new PracticeNotFoundException("practice", id));
        policy.require(actor, PracticeAction.ADOPT, unitId);
        LocalDate today = today();
        if (plannedStart == null) {
            throw InvalidInputException.of("plannedStart", "practices.error.adoption.startRequired");
        }
        if (plannedStart.isBefore(today.minusDays(PLANNING_HORIZON_DAYS)) || plannedStart.isAfter(today.plusDays(PLANNING_HORIZON_DAYS))) {
            throw InvalidInputException.of("plannedStart", "practices.error.adoption.startRange", PLANNING_HORIZON_DAYS);
        }
        Practice.requireAdoptable(practice, unitId);
        PracticeView.AdoptionView adoption = new PracticeView.AdoptionView(Ids.next(), id, unitId, plannedStart, null, null, null);
        practices.insertAdoption(adoption, clock.instant());
        audit.record("practices.adoption.created", "PracticeAdoption", adoption.id(), unitId, null, adoption);
        return adoption;
    }

    @Transactional
    public PracticeView.AdoptionView reportResult(UUID adoptionId, @Nullable BigDecimal value, @Nullable String text) {
        Actor actor = CurrentActor.get();
        PracticeView.AdoptionView adoption = practices.adoption(adoptionId).orElseThrow(() -> new PracticeNotFoundException("adoption", adoptionId));
        policy.require(actor, PracticeAction.REPORT_RESULT, adoption.unitId());
        List<FieldProblem> problems = new ArrayList<>();
        value(problems, "resultValue", value, "practices.error.adoption.valueRequired");
        required(problems, "resultText", text, TextRules.SHORT, TextRules.Lines.MULTI, "practices.error.adoption.textRequired");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PracticeView.AdoptionView reported = Practice.reportResult(adoption, value, text.strip(), today());
        if (!practices.reportResult(reported)) {
            throw new ConflictException("practices.error.adoption.alreadyReported");
        }
        audit.record("practices.adoption.resultReported", "PracticeAdoption", adoptionId, adoption.unitId(), adoption, reported);
        return reported;
    }

    public PracticeView.AdoptionView adoption(UUID id) {
        CurrentActor.get();
        return practices.adoption(id).orElseThrow(() -> new PracticeNotFoundException("adoption", id));
    }

    // ---- attachments

    public List<PracticeAttachment> attachments(UUID id) {
        practice(id);
        return practices.attachments(id);
    }

    public PracticeAttachmentContent attachment(UUID id, UUID attachmentId) {
        practice(id);
        return practices.attachment(id, attachmentId).orElseThrow(() -> new PracticeNotFoundException("attachment", attachmentId));
    }

    /**
     * Attaches a file to a practice: the officers and leader of the publishing unit. As the difficulties' evidence:
     * PDF, DOCX, XLSX, JPEG or PNG judged by the bytes (never the name), at most the configured size
     * ({@code wardops.practices.attachment-limit}, 10 MB) and {@value #ATTACHMENTS_PER_PRACTICE} files, a sanitised name
     * and the SHA-256 checksum; stored in the database, served only as a download.
     */
    @Transactional
    public PracticeAttachment attach(UUID id, @Nullable String fileName, byte[] content) {
        Actor actor = CurrentActor.get();
        PracticeView practice = practices.find(id).orElseThrow(() -> new PracticeNotFoundException("practice", id));
        policy.require(actor, PracticeAction.ATTACH, practice.unitId());
        if (content.length == 0) {
            throw InvalidInputException.of("file", "practices.error.attachment.empty");
        }
        if (content.length > attachmentLimit) {
            throw InvalidInputException.of("file", "practices.error.attachment.tooLarge", DataSize.ofBytes(attachmentLimit).toMegabytes());
        }
        AttachmentCheck.Kind kind = AttachmentCheck.kindOf(content);
        if (kind == null) {
            throw InvalidInputException.of("file", "practices.error.attachment.typeNotAllowed");
        }
        if (practices.attachmentCount(id) >= ATTACHMENTS_PER_PRACTICE) {
            throw InvalidInputException.of("file", "practices.error.attachment.tooMany", ATTACHMENTS_PER_PRACTICE);
        }
        PracticeAttachment attachment = new PracticeAttachment(Ids.next(), id, AttachmentCheck.safeName(fileName, kind), kind.contentType,
                content.length, AttachmentCheck.sha256(content), actor.displayName(), clock.instant());
        practices.insertAttachment(attachment, content);
        audit.record("practices.attachment.added", "Practice", id, practice.unitId(), null, attachment);
        return attachment;
    }

    // ---- result reminders

    /**
     * Reminds the adopters whose planned start lies {@value #RESULT_REMINDER_DAYS} days or more back and who have not
     * reported their result: each adoption once (claimed by its {@code reminded_on} in the same transaction as the
     * event and the audit record, so a second run or instance sends nothing). The notifications module turns the
     * {@link PracticeResultDue} event into an in-app notification for the adopting unit's people. Run by the reminder
     * job as the system; answers how many adoptions were reminded.
     */
    @Transactional
    public int remindDueResults() {
        Actor actor = CurrentActor.get();
        if (!actor.isSystem()) {
            throw org.wardops.shared.AccessRefusedException.outsideScope();
        }
        LocalDate today = today();
        int reminded = 0;
        for (PracticeStore.DueAdoption due : practices.dueAdoptions(today.minusDays(RESULT_REMINDER_DAYS), REMINDERS_PER_RUN)) {
            if (!practices.markReminded(due.adoptionId(), today)) {
                continue;
            }
            PracticeResultDue event = new PracticeResultDue(due.adoptionId(), due.practiceId(), due.unitId(), due.title(), due.plannedStart(),
                    due.plannedStart().plusDays(RESULT_REMINDER_DAYS));
            audit.record("practices.adoption.reminded", "PracticeAdoption", due.adoptionId(), due.unitId(), null, event);
            events.publishEvent(event);
            reminded++;
        }
        return reminded;
    }

    /** The day the adoption's unit was reminded to report its result, if it was. */
    public java.util.Optional<LocalDate> remindedOn(UUID adoptionId) {
        adoption(adoptionId);
        return practices.remindedOn(adoptionId);
    }

    private static void required(List<FieldProblem> problems, String field, @Nullable String value, int max, TextRules.Lines lines, String key) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, key));
        } else {
            TextRules.check(problems, field, value.strip(), max, lines);
        }
    }

    private static void value(List<FieldProblem> problems, String field, @Nullable BigDecimal value, String key) {
        if (value == null) {
            problems.add(FieldProblem.of(field, key));
        } else if (value.abs().compareTo(VALUE_LIMIT) >= 0 || value.scale() > 4) {
            problems.add(FieldProblem.of(field, "practices.error.practice.valueRange"));
        }
    }
}
