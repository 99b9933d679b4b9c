package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Difficulties and recommendations: units draft and submit them, the addressee (the unit's working group, a city
 * department or the city leadership) accepts, answers, forwards, escalates or declines them within a deadline in
 * working days, the raising unit confirms or reopens, other units co-sign. The facade other modules and the pages
 * use; the use cases live in {@link DifficultyEntry}, {@link DifficultyAnswers} and {@link DifficultyQueries}, who may
 * do what in the module's policy, and every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DifficultyManagement {

    /** An answer can be corrected by its author for this long; the edit is audited. */
    public static final Duration ANSWER_EDIT_WINDOW = Duration.ofMinutes(15);

    private final DifficultyEntry entry;
    private final DifficultyAnswers answers;
    private final DifficultyHandlers handlers;
    private final DifficultyQueries queries;
    private final DifficultyRecords records;

    DifficultyManagement(DifficultyEntry entry, DifficultyAnswers answers, DifficultyQueries queries, DifficultyRecords records,
                         DifficultyHandlers handlers) {
        this.handlers = handlers;
        this.entry = entry;
        this.answers = answers;
        this.queries = queries;
        this.records = records;
    }

    public List<CategoryView> categories() {
        return queries.categories();
    }

    public PageResult<DifficultyView> find(DifficultySearch search, PageRequest page) {
        return queries.find(search, page);
    }

    public DifficultyView difficulty(UUID id) {
        return queries.difficulty(id);
    }

    public DifficultyDetails details(UUID id) {
        return queries.details(id);
    }

    /** What awaits the actor's answer (as working group, department or city leadership), overdue first, paged with its total. */
    public PageResult<DifficultyView> inbox(PageRequest page) {
        return queries.inbox(page);
    }

    public BoardView board(UUID workingGroupId) {
        return queries.board(workingGroupId);
    }

    /** Published figures for the whole city: anyone logged in may read them. */
    public OverviewView overview() {
        return queries.overview();
    }

    /** Whether the actor may raise difficulties at all: the pages offer the form only then. */
    public boolean mayRecord() {
        return entry.mayRecord();
    }

    /** Whether the actor acts for their own unit (its officers and leaders): their lists start with their unit's difficulties. */
    public boolean actsForOwnUnit() {
        return entry.actsForOwnUnit();
    }

    @Transactional
    public DifficultyView create(SaveDifficulty command) {
        return entry.create(command);
    }

    @Transactional
    public DifficultyView change(UUID id, long version, SaveDifficulty command) {
        return entry.change(id, version, command);
    }

    @Transactional
    public DifficultyView submit(UUID id, long version) {
        return entry.submit(id, version);
    }

    @Transactional
    public DifficultyView accept(UUID id, long version, @Nullable String assignee) {
        return answers.accept(id, version, assignee, null);
    }

    /** Accepts with the handler chosen from the addressee's people ({@link #handlers}); without one, as {@link #accept(UUID, long, String)}. */
    @Transactional
    public DifficultyView accept(UUID id, long version, @Nullable String assignee, @Nullable UUID handlerId) {
        return answers.accept(id, version, assignee, handlerId);
    }

    /** The people of the addressed body, in Vietnamese order: who may be chosen as the difficulty's handler. */
    public List<org.wardops.directory.PersonView> handlers(UUID id) {
        return handlers.of(queries.details(id).difficulty().addressee());
    }

    @Transactional
    public DifficultyView answer(UUID id, long version, @Nullable String answer) {
        return answers.answer(id, version, answer, null);
    }

    /** Answers and records the handler chosen from the addressee's people, when one is given. */
    @Transactional
    public DifficultyView answer(UUID id, long version, @Nullable String answer, @Nullable UUID handlerId) {
        return answers.answer(id, version, answer, handlerId);
    }

    @Transactional
    public DifficultyView resolve(UUID id, long version) {
        return answers.resolve(id, version);
    }

    @Transactional
    public DifficultyView reopen(UUID id, long version, @Nullable String reason) {
        return answers.reopen(id, version, reason);
    }

    @Transactional
    public DifficultyView forward(UUID id, long version, @Nullable Addressee to, @Nullable String note) {
        return answers.forward(id, version, to, note);
    }

    @Transactional
    public DifficultyView escalate(UUID id, long version, @Nullable String note) {
        return answers.escalate(id, version, note);
    }

    @Transactional
    public DifficultyView decline(UUID id, long version, @Nullable String reason) {
        return answers.decline(id, version, reason);
    }

    /** Feedback by the working group, a question by the addressee, or the unit's reply, outside any state change. */
    @Transactional
    public EntryView comment(UUID id, @Nullable EntryKind kind, @Nullable String text) {
        return answers.comment(id, kind, text);
    }

    /** Corrects an answer; only its author, only within {@link #ANSWER_EDIT_WINDOW} of writing it. */
    @Transactional
    public void editAnswer(UUID id, UUID entryId, long version, @Nullable String text) {
        answers.editAnswer(id, entryId, version, text);
    }

    /**
     * Attaches evidence: the raising unit (and its working group) or the addressee, until the difficulty is resolved or
     * declined. The type is decided by the content (PDF, DOCX, XLSX, JPEG or PNG), never by the name; the size is
     * limited ({@code wardops.difficulties.attachment-limit}, 20 MB); the name is sanitised and the SHA-256 checksum kept.
     */
    @Transactional
    public DifficultyAttachment attach(UUID id, @Nullable String fileName, byte[] content) {
        return entry.attach(id, fileName, content);
    }

    /** The evidence of a difficulty the actor may see. */
    public List<DifficultyAttachment> attachments(UUID id) {
        return queries.attachments(id);
    }

    /** One attachment with its content, for whoever may see the difficulty. */
    public DifficultyAttachmentContent attachment(UUID id, UUID attachmentId) {
        return queries.attachment(id, attachmentId);
    }

    /** "We have this too": another unit co-signs a submitted, non-confidential difficulty once, with its own detail. */
    @Transactional
    public DifficultyView cosign(UUID id, @Nullable String detail) {
        return answers.cosign(id, detail);
    }

    /**
     * Difficulties awaiting their answer whose due date is one of the days, with the unit that must answer each: for
     * the reminders of the notifications module, which runs as the system.
     */
    public List<DueDifficulty> openDifficultiesDueOn(Collection<LocalDate> days) {
        return queries.openDifficultiesDueOn(days);
    }

    /** Whether the day is a working day (Monday to Friday, not a public holiday). */
    public boolean isWorkingDay(LocalDate day) {
        return records.isWorkingDay(day);
    }

    /** The unit's reports and the sessions that covered it, that the actor may read: the sources a difficulty can link to. */
    public SourceOptions sourceOptions(UUID unitId) {
        return entry.sourceOptions(unitId);
    }
}
