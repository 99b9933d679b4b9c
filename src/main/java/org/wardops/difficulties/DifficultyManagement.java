package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.wardops.difficulties.internal.DifficultyAttachmentStore;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.difficulties.internal.Visibility;
import org.wardops.directory.DirectoryManagement;
import org.wardops.reporting.ReportManagement;
import org.wardops.supervision.SupervisionManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.files.AttachmentCheck;
import org.wardops.shared.security.Role;
import org.wardops.shared.time.LocalTime;
import org.wardops.shared.time.WorkingDays;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Difficulties and recommendations: units draft and submit them, the addressee (the unit's working group, a city
 * department or the city leadership) accepts, answers, forwards, escalates or declines them within a deadline in
 * working days, the raising unit confirms or reopens, other units co-sign. Every change is checked against the
 * actor's role and scope here, and audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DifficultyManagement {

    /** An answer can be corrected by its author for this long; the edit is audited. */
    public static final Duration ANSWER_EDIT_WINDOW = Duration.ofMinutes(15);
    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int NOTE_MAX = 2000;

    private static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_LEADER, Role.UNIT_OFFICER);

    private final DifficultyStore store;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final WorkingDays workingDays;
    private final DeploymentSettings deployment;
    private final ApplicationEventPublisher events;
    private final DifficultyAttachmentStore attachments;
    private final ReportManagement reports;
    private final SupervisionManagement supervision;
    private final long attachmentLimit;
    private final Clock clock;

    DifficultyManagement(DifficultyStore store, DirectoryManagement directory, AuditTrail audit, WorkingDays workingDays,
                         DeploymentSettings deployment, ApplicationEventPublisher events, DifficultyAttachmentStore attachments,
                         ReportManagement reports, SupervisionManagement supervision,
                         @Value("${wardops.difficulties.attachment-limit:20MB}") DataSize attachmentLimit, Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.reports = reports;
        this.supervision = supervision;
        this.attachmentLimit = attachmentLimit.toBytes();
        this.directory = directory;
        this.audit = audit;
        this.workingDays = workingDays;
        this.deployment = deployment;
        this.events = events;
        this.clock = clock;
    }

    public List<CategoryView> categories() {
        CurrentActor.get();
        return store.categories();
    }

    public PageResult<DifficultyView> find(DifficultySearch search, PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<Difficulty> found = store.search(search, visibility(actor), today(), page, search.overdueOnly());
        return views(found);
    }

    public DifficultyView difficulty(UUID id) {
        Actor actor = CurrentActor.get();
        return view(readable(id, actor));
    }

    public DifficultyDetails details(UUID id) {
        Actor actor = CurrentActor.get();
        Difficulty difficulty = readable(id, actor);
        Instant now = clock.instant();
        List<EntryView> entries = store.entries(id).stream()
                .map(entry -> new EntryView(entry.id(), entry.kind(), entry.text(), entry.authorName(), entry.authorRole(), entry.authorUnit(),
                        entry.createdAt(), entry.editedAt(), entry.version(), entry.kind() == EntryKind.ANSWER
                        && entry.authorId().equals(actor.accountId()) && now.isBefore(entry.createdAt().plus(ANSWER_EDIT_WINDOW))))
                .toList();
        DifficultyView view = view(difficulty);
        return new DifficultyDetails(view, entries, actions(actor, difficulty, view.cosigners()), attachments.of(id));
    }

    /** What awaits the actor's answer (as working group, department or city leadership), overdue first. */
    public List<DifficultyView> inbox() {
        Actor actor = CurrentActor.get();
        Set<UUID> units = new HashSet<>();
        if (actor.workingGroupId() != null && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER)) {
            units.add(actor.workingGroupId());
        }
        if (actor.unitId() != null && actor.hasRole(Role.DEPARTMENT_OFFICER)) {
            units.add(actor.unitId());
        }
        List<Difficulty> found = store.inbox(units, actor.hasRole(Role.CITY_LEADER), today());
        return views(new PageResult<>(found, 0, found.size(), found.size())).items();
    }

    public BoardView board(UUID workingGroupId) {
        Actor actor = CurrentActor.get();
        boolean ownGroup = workingGroupId.equals(actor.workingGroupId()) && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);
        if (!ownGroup && !actor.scope().cityWide()) {
            throw AccessRefusedException.outsideScope();
        }
        UnitView group = directory.unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new NotFoundException("difficulties.error.board.notAWorkingGroup");
        }
        Set<UUID> units = directory.unitsSupervisedBy(workingGroupId);
        List<String> categories = store.categories().stream().map(CategoryView::code).toList();
        Map<UUID, Map<String, Long>> counts = new LinkedHashMap<>();
        for (DifficultyStore.Count count : store.countBy("unit_id", "category", units)) {
            counts.computeIfAbsent(UUID.fromString(count.first()), id -> new LinkedHashMap<>()).put(count.second(), count.count());
        }
        List<HeatTable.Row> rows = new ArrayList<>();
        long max = 0;
        for (UnitView unit : directory.units(units)) {
            Map<String, Long> byCategory = counts.getOrDefault(unit.id(), Map.of());
            rows.add(new HeatTable.Row(unit.id(), unit.name(), byCategory, byCategory.values().stream().mapToLong(Long::longValue).sum()));
            max = Math.max(max, byCategory.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
        List<DifficultyView> overdue = new ArrayList<>();
        for (UUID unitId : units) {
            overdue.addAll(find(new DifficultySearch(unitId, null, null, null, true, null), new PageRequest(0, 100)).items());
        }
        overdue.sort(java.util.Comparator.comparing(DifficultyView::dueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new BoardView(workingGroupId, group.name(), new HeatTable(categories, rows, max), overdue);
    }

    /** Published figures for the whole city: anyone logged in may read them. */
    public OverviewView overview() {
        CurrentActor.get();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        store.categories().forEach(category -> byCategory.put(category.code(), 0L));
        Map<DifficultyState, Long> byState = new LinkedHashMap<>();
        for (DifficultyState state : DifficultyState.values()) {
            if (state != DifficultyState.DRAFT) {
                byState.put(state, 0L);
            }
        }
        long total = 0;
        for (DifficultyStore.Count count : store.countBy("category", "state", null)) {
            byCategory.merge(count.first(), count.count(), Long::sum);
            byState.merge(DifficultyState.valueOf(count.second()), count.count(), Long::sum);
            total += count.count();
        }
        long[] answered = store.answeredOnTime(null);
        return new OverviewView(byCategory, byState, total, store.countOverdue(today(), null), answered[0], answered[1]);
    }

    @Transactional
    public DifficultyView create(SaveDifficulty command) {
        Actor actor = CurrentActor.get();
        if (command.unitId() == null) {
            throw InvalidInputException.of("unitId", "difficulties.error.difficulty.unitRequired");
        }
        UnitView unit = directory.unit(command.unitId());
        if (!mayRecordFor(actor, unit.id())) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        if (!unit.type().isCommuneLevel()) {
            throw new RuleViolationException("difficulties.error.difficulty.communeLevelOnly", unit.name());
        }
        Checked checked = check(command, unit.id());
        Instant now = clock.instant();
        Difficulty created = new Difficulty(Ids.next(), unit.id(), unit.name(), checked.title, checked.description, checked.recommendation,
                checked.category, checked.severity, checked.addressee, checked.addresseeName, checked.source, checked.sourceRef,
                checked.sourceId, command.confidential(), DifficultyState.DRAFT, null, null, null, null, actor.accountId(), now, 0);
        store.insert(created, now);
        audit.record("difficulties.difficulty.created", "Difficulty", created.id(), created.unitId(), null, created);
        return view(created);
    }

    @Transactional
    public DifficultyView change(UUID id, long version, SaveDifficulty command) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        if (!mayRecordFor(actor, current.unitId())) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        requireVersion(current, version);
        Checked checked = check(command, current.unitId());
        Difficulty changed = current.edit(checked.title, checked.description, checked.recommendation, checked.category, checked.severity,
                checked.addressee, checked.addresseeName, checked.source, checked.sourceRef, checked.sourceId, command.confidential());
        return save(current, changed, "difficulties.difficulty.changed");
    }

    @Transactional
    public DifficultyView submit(UUID id, long version) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        if (!maySubmit(actor, current)) {
            throw new AccessRefusedException("difficulties.error.difficulty.submitNotAllowed");
        }
        requireVersion(current, version);
        LocalDate today = today();
        DifficultyView submitted = save(current, current.submit(today, deadline(current.category(), today)), "difficulties.difficulty.submitted");
        events.publishEvent(new DifficultySubmitted(id, current.unitId(), answeringUnit(submitted.addressee()), current.title(),
                java.util.Objects.requireNonNull(submitted.dueDate())));
        return submitted;
    }

    @Transactional
    public DifficultyView accept(UUID id, long version, @Nullable String assignee) {
        Actor actor = CurrentActor.get();
        Difficulty current = addressed(id, actor);
        requireVersion(current, version);
        String name = assignee == null || assignee.isBlank() ? actor.displayName() : text("assignee", assignee, 200);
        return save(current, current.accept(name), "difficulties.difficulty.accepted");
    }

    @Transactional
    public DifficultyView answer(UUID id, long version, @Nullable String answer) {
        Actor actor = CurrentActor.get();
        Difficulty current = addressed(id, actor);
        requireVersion(current, version);
        String text = text("text", answer, TEXT_MAX);
        DifficultyView changed = save(current, current.answer(today(), actor.displayName()), "difficulties.difficulty.answered");
        addEntry(current.id(), EntryKind.ANSWER, text, actor);
        events.publishEvent(new DifficultyAnswered(id, current.unitId(), current.title(), actor.displayName()));
        return changed;
    }

    @Transactional
    public DifficultyView resolve(UUID id, long version) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        requireRaisingUnit(actor, current);
        requireVersion(current, version);
        return save(current, current.resolve(), "difficulties.difficulty.resolved");
    }

    @Transactional
    public DifficultyView reopen(UUID id, long version, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        requireRaisingUnit(actor, current);
        requireVersion(current, version);
        String text = text("reason", reason, NOTE_MAX);
        DifficultyView changed = save(current, current.reopen(), "difficulties.difficulty.reopened");
        addEntry(current.id(), EntryKind.REOPENED, text, actor);
        events.publishEvent(new DifficultyReopened(id, current.unitId(), answeringUnit(current.addressee()), current.title(), text));
        return changed;
    }

    @Transactional
    public DifficultyView forward(UUID id, long version, @Nullable Addressee to, @Nullable String note) {
        Actor actor = CurrentActor.get();
        Difficulty current = addressed(id, actor);
        requireVersion(current, version);
        List<FieldProblem> problems = new ArrayList<>();
        String text = collect(problems, "note", note, NOTE_MAX);
        if (to == null) {
            problems.add(FieldProblem.of("addressee", "difficulties.error.addressee.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Resolved target = resolveAddressee(to, current.unitId());
        DifficultyView changed = save(current, current.forward(target.addressee, target.name, deadline(current.category(), today())),
                "difficulties.difficulty.forwarded");
        addEntry(current.id(), EntryKind.FORWARDED, text, actor);
        events.publishEvent(new DifficultyForwarded(id, current.unitId(), answeringUnit(target.addressee), current.title(),
                java.util.Objects.requireNonNull(changed.dueDate()), text));
        return changed;
    }

    @Transactional
    public DifficultyView escalate(UUID id, long version, @Nullable String note) {
        Actor actor = CurrentActor.get();
        Difficulty current = addressed(id, actor);
        if (!mayEscalate(actor, current)) {
            throw new AccessRefusedException("difficulties.error.difficulty.escalateNotAllowed");
        }
        requireVersion(current, version);
        String text = text("note", note, NOTE_MAX);
        DifficultyView changed = save(current, current.escalate(cityLeadershipName(), deadline(current.category(), today())),
                "difficulties.difficulty.escalated");
        addEntry(current.id(), EntryKind.ESCALATED, text, actor);
        events.publishEvent(new DifficultyEscalated(id, current.unitId(), answeringUnit(changed.addressee()), current.title(),
                java.util.Objects.requireNonNull(changed.dueDate()), text));
        return changed;
    }

    @Transactional
    public DifficultyView decline(UUID id, long version, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Difficulty current = addressed(id, actor);
        requireVersion(current, version);
        String text = text("reason", reason, NOTE_MAX);
        DifficultyView changed = save(current, current.decline(), "difficulties.difficulty.declined");
        addEntry(current.id(), EntryKind.DECLINED, text, actor);
        events.publishEvent(new DifficultyDeclined(id, current.unitId(), current.title(), text));
        return changed;
    }

    /** Feedback by the working group, a question by the addressee, or the unit's reply, outside any state change. */
    @Transactional
    public EntryView comment(UUID id, @Nullable EntryKind kind, @Nullable String text) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        if (kind == null || !kind.isComment()) {
            throw InvalidInputException.of("kind", "difficulties.error.entry.kindInvalid");
        }
        DifficultyAction action = DifficultyAction.valueOf(kind.name());
        if (!actions(actor, current, List.of()).contains(action)) {
            throw new AccessRefusedException("difficulties.error.entry.notAllowed");
        }
        String checked = text("text", text, TEXT_MAX);
        DifficultyStore.Entry entry = addEntry(current.id(), kind, checked, actor);
        audit.record("difficulties.entry.added", "Difficulty", current.id(), current.unitId(), null, Map.of("kind", kind, "text", checked));
        return new EntryView(entry.id(), kind, checked, entry.authorName(), entry.authorRole(), entry.authorUnit(), entry.createdAt(), null, 0,
                false);
    }

    /** Corrects an answer; only its author, only within {@link #ANSWER_EDIT_WINDOW} of writing it. */
    @Transactional
    public void editAnswer(UUID id, UUID entryId, long version, @Nullable String text) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        DifficultyStore.Entry entry = store.entry(entryId).filter(found -> found.difficultyId().equals(id) && found.kind() == EntryKind.ANSWER)
                .orElseThrow(() -> new NotFoundException("difficulties.error.entry.notFound"));
        if (!entry.authorId().equals(actor.accountId())) {
            throw new AccessRefusedException("difficulties.error.answer.notAuthor");
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.createdAt().plus(ANSWER_EDIT_WINDOW))) {
            throw new RuleViolationException("difficulties.error.answer.editWindowClosed", ANSWER_EDIT_WINDOW.toMinutes());
        }
        String checked = text("text", text, TEXT_MAX);
        if (!store.updateEntryText(entryId, version, checked, now)) {
            throw ConflictException.staleVersion();
        }
        audit.record("difficulties.answer.edited", "Difficulty", current.id(), current.unitId(), Map.of("entryId", entryId, "text", entry.text()),
                Map.of("entryId", entryId, "text", checked));
    }

    /**
     * Attaches evidence: the raising unit (and its working group) or the addressee, until the difficulty is resolved or
     * declined. The type is decided by the content (PDF, DOCX, XLSX, JPEG or PNG), never by the name; the size is
     * limited ({@code wardops.difficulties.attachment-limit}, 20 MB); the name is sanitised and the SHA-256 checksum kept.
     */
    @Transactional
    public DifficultyAttachment attach(UUID id, @Nullable String fileName, byte[] content) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        if (!mayAttach(actor, current)) {
            throw new AccessRefusedException("difficulties.error.attachment.notAllowed");
        }
        if (content.length == 0) {
            throw InvalidInputException.of("file", "difficulties.error.attachment.empty");
        }
        if (content.length > attachmentLimit) {
            throw InvalidInputException.of("file", "difficulties.error.attachment.tooLarge", DataSize.ofBytes(attachmentLimit).toMegabytes());
        }
        AttachmentCheck.Kind kind = AttachmentCheck.kindOf(content);
        if (kind == null) {
            throw InvalidInputException.of("file", "difficulties.error.attachment.typeNotAllowed");
        }
        DifficultyAttachment attachment = new DifficultyAttachment(Ids.next(), id, AttachmentCheck.safeName(fileName, kind), kind.contentType,
                content.length, AttachmentCheck.sha256(content), actor.displayName(), clock.instant());
        attachments.insert(attachment, content);
        audit.record("difficulties.attachment.added", "Difficulty", id, current.unitId(), null, attachment);
        return attachment;
    }

    /** The evidence of a difficulty the actor may see. */
    public List<DifficultyAttachment> attachments(UUID id) {
        Actor actor = CurrentActor.get();
        readable(id, actor);
        return attachments.of(id);
    }

    /** One attachment with its content, for whoever may see the difficulty. */
    public DifficultyAttachmentContent attachment(UUID id, UUID attachmentId) {
        Actor actor = CurrentActor.get();
        readable(id, actor);
        return attachments.content(id, attachmentId).orElseThrow(() -> new NotFoundException("difficulties.error.attachment.notFound"));
    }

    /** "We have this too": another unit co-signs a submitted, non-confidential difficulty once, with its own detail. */
    @Transactional
    public DifficultyView cosign(UUID id, @Nullable String detail) {
        Actor actor = CurrentActor.get();
        Difficulty current = readable(id, actor);
        if (actor.unitId() == null || !actor.hasAnyRole(Role.UNIT_LEADER, Role.UNIT_OFFICER)) {
            throw new AccessRefusedException("difficulties.error.cosign.unitsOnly");
        }
        if (current.unitId().equals(actor.unitId())) {
            throw new RuleViolationException("difficulties.error.cosign.ownDifficulty");
        }
        if (current.state() == DifficultyState.DRAFT || current.confidential()) {
            throw new RuleViolationException("difficulties.error.cosign.notOpenToOthers");
        }
        List<Cosigner> existing = store.cosigners(List.of(id)).getOrDefault(id, List.of());
        if (existing.stream().anyMatch(cosigner -> cosigner.unitId().equals(actor.unitId()))) {
            throw new ConflictException("difficulties.error.cosign.twice");
        }
        String checked = text("detail", detail, NOTE_MAX);
        Cosigner cosigner = new Cosigner(actor.unitId(), actor.unitName() == null ? "" : actor.unitName(), checked, clock.instant());
        store.insertCosign(id, cosigner, actor.accountId());
        audit.record("difficulties.difficulty.cosigned", "Difficulty", id, actor.unitId(), null, cosigner);
        events.publishEvent(new DifficultyCosigned(id, current.unitId(), cosigner.unitName(), current.title()));
        return view(current);
    }

    /**
     * Difficulties awaiting their answer whose due date is one of the days, with the unit that must answer each: for
     * the reminders of the notifications module, which runs as the system.
     */
    public List<DueDifficulty> openDifficultiesDueOn(java.util.Collection<LocalDate> days) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        return store.openDueOn(days).stream()
                .map(d -> new DueDifficulty(d.id(), d.unitId(), answeringUnit(d.addressee()), d.title(), java.util.Objects.requireNonNull(d.dueDate())))
                .toList();
    }

    /** Whether the day is a working day (Monday to Friday, not a public holiday). */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private Set<DifficultyAction> actions(Actor actor, Difficulty d, List<Cosigner> cosigners) {
        Set<DifficultyAction> actions = EnumSet.noneOf(DifficultyAction.class);
        boolean recorder = mayRecordFor(actor, d.unitId());
        boolean addressee = isAddressee(actor, d);
        boolean unitMember = isRaisingUnit(actor, d);
        switch (d.state()) {
            case DRAFT -> {
                if (recorder) {
                    actions.add(DifficultyAction.EDIT);
                }
                if (maySubmit(actor, d)) {
                    actions.add(DifficultyAction.SUBMIT);
                }
            }
            case SUBMITTED, FORWARDED, ESCALATED -> {
                if (addressee) {
                    actions.addAll(List.of(DifficultyAction.ACCEPT, DifficultyAction.ANSWER, DifficultyAction.DECLINE));
                }
            }
            case IN_PROGRESS -> {
                if (addressee) {
                    actions.addAll(List.of(DifficultyAction.ANSWER, DifficultyAction.FORWARD, DifficultyAction.DECLINE));
                    if (mayEscalate(actor, d)) {
                        actions.add(DifficultyAction.ESCALATE);
                    }
                }
            }
            case ANSWERED -> {
                if (unitMember) {
                    actions.addAll(List.of(DifficultyAction.RESOLVE, DifficultyAction.REOPEN));
                }
            }
            case RESOLVED, DECLINED -> {
            }
        }
        if (mayAttach(actor, d)) {
            actions.add(DifficultyAction.ATTACH);
        }
        if (d.state() != DifficultyState.DRAFT) {
            if (addressee || (actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER) && actor.covers(d.unitId()))) {
                actions.add(DifficultyAction.FEEDBACK);
            }
            if (addressee) {
                actions.add(DifficultyAction.QUESTION);
            }
            if (unitMember) {
                actions.add(DifficultyAction.REPLY);
            }
            boolean otherUnit = actor.unitId() != null && !actor.unitId().equals(d.unitId()) && actor.hasAnyRole(Role.UNIT_LEADER, Role.UNIT_OFFICER);
            boolean signed = cosigners.stream().anyMatch(cosigner -> cosigner.unitId().equals(actor.unitId()));
            if (otherUnit && !d.confidential() && !signed) {
                actions.add(DifficultyAction.COSIGN);
            }
        }
        return actions;
    }

    /** The unit's own officers and leaders, the working group supervising it (recording during a session), and the system. */
    private static boolean mayRecordFor(Actor actor, UUID unitId) {
        if (actor.isSystem()) {
            return true;
        }
        if (unitId.equals(actor.unitId()) && UNIT_ROLES.stream().anyMatch(actor::hasRole)) {
            return true;
        }
        return actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER) && actor.covers(unitId) && !unitId.equals(actor.workingGroupId());
    }

    /** Officers draft; the unit's leader submits (or the working group for what it recorded on the unit's behalf). */
    private static boolean maySubmit(Actor actor, Difficulty d) {
        if (actor.isSystem()) {
            return true;
        }
        if (d.unitId().equals(actor.unitId()) && actor.hasRole(Role.UNIT_LEADER)) {
            return true;
        }
        return actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER) && actor.covers(d.unitId());
    }

    private static boolean isAddressee(Actor actor, Difficulty d) {
        if (actor.isSystem()) {
            return true;
        }
        Addressee addressee = d.addressee();
        return switch (addressee.type()) {
            case WORKING_GROUP -> addressee.unitId() != null && addressee.unitId().equals(actor.workingGroupId())
                    && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER);
            case DEPARTMENT -> addressee.unitId() != null && addressee.unitId().equals(actor.unitId()) && actor.hasRole(Role.DEPARTMENT_OFFICER);
            case CITY_LEADERSHIP -> actor.hasRole(Role.CITY_LEADER);
        };
    }

    /** Only a working group's leader (or a department) takes a difficulty to the city leadership. */
    private static boolean mayEscalate(Actor actor, Difficulty d) {
        return actor.isSystem() || switch (d.addressee().type()) {
            case WORKING_GROUP -> actor.hasRole(Role.WORKING_GROUP_LEADER);
            case DEPARTMENT -> actor.hasRole(Role.DEPARTMENT_OFFICER);
            case CITY_LEADERSHIP -> false;
        };
    }

    /** The unit's recorders and the addressee attach evidence until the difficulty is resolved or declined. */
    private static boolean mayAttach(Actor actor, Difficulty d) {
        if (d.state() == DifficultyState.RESOLVED || d.state() == DifficultyState.DECLINED) {
            return false;
        }
        return mayRecordFor(actor, d.unitId()) || (d.state() != DifficultyState.DRAFT && isAddressee(actor, d));
    }

    private static boolean isRaisingUnit(Actor actor, Difficulty d) {
        return actor.isSystem() || (d.unitId().equals(actor.unitId()) && UNIT_ROLES.stream().anyMatch(actor::hasRole));
    }

    private static void requireRaisingUnit(Actor actor, Difficulty d) {
        if (!isRaisingUnit(actor, d)) {
            throw new AccessRefusedException("difficulties.error.difficulty.raisingUnitOnly", d.unitName());
        }
    }

    private Difficulty addressed(UUID id, Actor actor) {
        Difficulty current = readable(id, actor);
        if (!isAddressee(actor, current)) {
            throw new AccessRefusedException("difficulties.error.difficulty.notAddressee", current.addresseeName());
        }
        return current;
    }

    /** The difficulty, if the actor may see it; otherwise "not found", so that a confidential item's existence is not revealed. */
    private Difficulty readable(UUID id, Actor actor) {
        Difficulty difficulty = store.find(id).orElseThrow(() -> new DifficultyNotFoundException(id));
        boolean visible = actor.scope().cityWide() || actor.covers(difficulty.unitId())
                || (difficulty.state() != DifficultyState.DRAFT && (!difficulty.confidential() || isAddressee(actor, difficulty)));
        if (!visible) {
            throw new DifficultyNotFoundException(id);
        }
        return difficulty;
    }

    private static void requireVersion(Difficulty current, long version) {
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private DifficultyView save(Difficulty before, Difficulty after, String action) {
        if (!store.update(after, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        Difficulty saved = store.find(after.id()).orElseThrow();
        audit.record(action, "Difficulty", after.id(), after.unitId(), before, saved);
        return view(saved);
    }

    private DifficultyStore.Entry addEntry(UUID difficultyId, EntryKind kind, String text, Actor actor) {
        String role = actor.roles().stream().sorted().findFirst().map(Role::name).orElse("");
        DifficultyStore.Entry entry = new DifficultyStore.Entry(Ids.next(), difficultyId, kind, text, actor.accountId(), actor.displayName(), role,
                actor.unitName(), clock.instant(), null, 0);
        store.insertEntry(entry);
        return entry;
    }

    private LocalDate deadline(String category, LocalDate from) {
        int days = store.categories().stream().filter(c -> c.code().equals(category)).findFirst().map(CategoryView::answerDays).orElse(15);
        return workingDays.add(from, days);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    private DifficultyView view(Difficulty d) {
        return DifficultyStore.view(d, store.cosigners(List.of(d.id())).getOrDefault(d.id(), List.of()), today());
    }

    private PageResult<DifficultyView> views(PageResult<Difficulty> found) {
        Map<UUID, List<Cosigner>> cosigners = store.cosigners(found.items().stream().map(Difficulty::id).toList());
        LocalDate today = today();
        return found.map(d -> DifficultyStore.view(d, cosigners.getOrDefault(d.id(), List.of()), today));
    }

    private static Visibility visibility(Actor actor) {
        Set<UUID> addressedTo = new HashSet<>();
        if (actor.unitId() != null) {
            addressedTo.add(actor.unitId());
        }
        if (actor.workingGroupId() != null) {
            addressedTo.add(actor.workingGroupId());
        }
        return new Visibility(actor.scope().cityWide(), actor.scope().unitIds(), addressedTo);
    }

    /** The unit whose people answer for the addressee: the working group, the department, or the province unit for the city leadership. */
    private @Nullable UUID answeringUnit(Addressee addressee) {
        if (addressee.type() == AddresseeType.CITY_LEADERSHIP) {
            return directory.unitByCode(deployment.provinceCode()).map(UnitView::id).orElse(null);
        }
        return addressee.unitId();
    }

    private String cityLeadershipName() {
        return directory.unitByCode(deployment.provinceCode()).map(UnitView::name).orElse(deployment.provinceCode());
    }

    private record Resolved(Addressee addressee, String name) {
    }

    private Resolved resolveAddressee(@Nullable Addressee requested, UUID unitId) {
        if (requested == null || (requested.type() == AddresseeType.WORKING_GROUP && requested.unitId() == null)) {
            UnitView group = directory.supervisingGroupOf(unitId)
                    .orElseThrow(() -> InvalidInputException.of("addressee", "difficulties.error.addressee.noWorkingGroup"));
            return new Resolved(new Addressee(AddresseeType.WORKING_GROUP, group.id()), group.name());
        }
        if (requested.type() == AddresseeType.CITY_LEADERSHIP) {
            return new Resolved(new Addressee(AddresseeType.CITY_LEADERSHIP, null), cityLeadershipName());
        }
        if (requested.unitId() == null) {
            throw InvalidInputException.of("addressee", "difficulties.error.addressee.unitRequired");
        }
        UnitView unit;
        try {
            unit = directory.unit(requested.unitId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of("addressee", "difficulties.error.addressee.unknown");
        }
        UnitType expected = requested.type() == AddresseeType.WORKING_GROUP ? UnitType.WORKING_GROUP : UnitType.DEPARTMENT;
        if (unit.type() != expected) {
            throw InvalidInputException.of("addressee", "difficulties.error.addressee.wrongType", unit.name());
        }
        return new Resolved(new Addressee(requested.type(), unit.id()), unit.name());
    }

    private record Checked(String title, String description, String recommendation, String category, Severity severity, Addressee addressee,
                           String addresseeName, DifficultySource source, @Nullable String sourceRef, @Nullable UUID sourceId) {
    }

    private Checked check(SaveDifficulty command, UUID unitId) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = collect(problems, "title", command.title(), TITLE_MAX);
        String description = collect(problems, "description", command.description(), TEXT_MAX);
        String recommendation = collect(problems, "recommendation", command.recommendation(), TEXT_MAX);
        String category = command.category() == null ? "" : command.category().strip();
        if (store.categories().stream().noneMatch(c -> c.code().equals(category))) {
            problems.add(FieldProblem.of("category", "difficulties.error.difficulty.categoryUnknown"));
        }
        if (command.severity() == null) {
            problems.add(FieldProblem.of("severity", "difficulties.error.difficulty.severityRequired"));
        }
        String sourceRef = command.sourceRef() == null || command.sourceRef().isBlank() ? null : command.sourceRef().strip();
        if (sourceRef != null && sourceRef.length() > 500) {
            problems.add(FieldProblem.of("sourceRef", "difficulties.error.text.tooLong", 500));
        }
        DifficultySource source = command.source() == null ? DifficultySource.AD_HOC : command.source();
        UUID sourceId = command.sourceId();
        if (sourceId != null && source == DifficultySource.AD_HOC) {
            problems.add(FieldProblem.of("sourceId", "difficulties.error.source.adHocHasNoLink"));
        } else if (sourceId != null && !sourceConcerns(source, sourceId, unitId)) {
            problems.add(FieldProblem.of("sourceId", "difficulties.error.source.unknown"));
        }
        Resolved addressee = null;
        try {
            addressee = resolveAddressee(command.addressee(), unitId);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(title, description, recommendation, category, command.severity(), addressee.addressee, addressee.name,
                source, sourceRef, sourceId);
    }

    /** Whether the report is the unit's, or the session covered the unit, and the actor may read it. */
    private boolean sourceConcerns(DifficultySource source, UUID sourceId, UUID unitId) {
        try {
            return switch (source) {
                case REPORT -> reports.report(sourceId).unitId().equals(unitId);
                case SESSION -> supervision.session(sourceId).unitIds().contains(unitId);
                case AD_HOC -> false;
            };
        } catch (NotFoundException | AccessRefusedException e) {
            return false;
        }
    }

    /** The unit's reports and the sessions that covered it, that the actor may read: the sources a difficulty can link to. */
    public SourceOptions sourceOptions(UUID unitId) {
        CurrentActor.get();
        List<SourceOptions.Option> reportOptions = reports.reports(null, unitId, null).stream()
                .map(report -> new SourceOptions.Option(report.id(), report.submittedAt() == null ? null
                        : LocalDate.ofInstant(report.submittedAt(), LocalTime.VIETNAM), report.documentNumber() == null ? null : String.valueOf(report.documentNumber())))
                .toList();
        List<SourceOptions.Option> sessionOptions = supervision.sessions().stream()
                .filter(session -> session.unitIds().contains(unitId))
                .map(session -> new SourceOptions.Option(session.id(), session.heldOn(), session.workingGroupName()))
                .toList();
        return new SourceOptions(reportOptions, sessionOptions);
    }

    private static String text(String field, @Nullable String value, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = collect(problems, field, value, max);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    /** Stripped text; a problem when it is empty, only whitespace, or longer than {@code max}. */
    static String collect(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "difficulties.error.text.required"));
        } else if (text.length() > max) {
            problems.add(FieldProblem.of(field, "difficulties.error.text.tooLong", max));
        }
        return text;
    }
}
