package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The addressee's work on a submitted difficulty (accept, answer, forward, escalate, decline), the raising unit's
 * verdict (resolve, reopen), the thread (feedback, question, reply, answer corrections) and "we have this too".
 */
@Component
class DifficultyAnswers {

    private final DifficultyRecords records;
    private final DifficultyEntry entry;
    private final ApplicationEventPublisher events;
    private final DifficultyHandlers handlers;

    DifficultyAnswers(DifficultyRecords records, DifficultyEntry entry, ApplicationEventPublisher events, DifficultyHandlers handlers) {
        this.handlers = handlers;
        this.records = records;
        this.entry = entry;
        this.events = events;
    }

    DifficultyView accept(UUID id, long version, @Nullable String assignee, @Nullable UUID handlerId) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.ACCEPT);
        String name;
        if (handlerId != null) {
            name = handlers.nameOf(current.addressee(), handlerId);
        } else if (assignee == null || assignee.isBlank()) {
            name = actor.displayName();
        } else {
            List<FieldProblem> problems = new ArrayList<>();
            name = DifficultyTexts.collect(problems, "assignee", assignee, DifficultyTexts.ASSIGNEE_MAX);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return records.save(current, current.accept(name), "difficulties.difficulty.accepted");
    }

    DifficultyView answer(UUID id, long version, @Nullable String answer, @Nullable UUID handlerId) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.ANSWER);
        List<FieldProblem> problems = new ArrayList<>();
        String text = DifficultyTexts.collectMultiline(problems, "text", answer, DifficultyTexts.TEXT_MAX);
        String handler = null;
        if (handlerId != null) {
            try {
                handler = handlers.nameOf(current.addressee(), handlerId);
            } catch (InvalidInputException refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DifficultyView changed = records.save(current, current.answer(records.today(), actor.displayName(), handler),
                "difficulties.difficulty.answered");
        records.addEntry(current.id(), EntryKind.ANSWER, text, actor);
        events.publishEvent(new DifficultyAnswered(id, current.unitId(), current.title(), actor.displayName(), text));
        return changed;
    }

    DifficultyView resolve(UUID id, long version) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.RESOLVE);
        return records.save(current, current.resolve(), "difficulties.difficulty.resolved");
    }

    DifficultyView reopen(UUID id, long version, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.REOPEN);
        String text = DifficultyTexts.text("reason", reason, DifficultyTexts.NOTE_MAX);
        DifficultyView changed = records.save(current, current.reopen(), "difficulties.difficulty.reopened");
        records.addEntry(current.id(), EntryKind.REOPENED, text, actor);
        events.publishEvent(new DifficultyReopened(id, current.unitId(), records.answeringUnit(current.addressee()), current.title(), text));
        return changed;
    }

    DifficultyView forward(UUID id, long version, @Nullable Addressee to, @Nullable String note) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.FORWARD);
        List<FieldProblem> problems = new ArrayList<>();
        String text = DifficultyTexts.collectMultiline(problems, "note", note, DifficultyTexts.NOTE_MAX);
        if (to == null) {
            problems.add(FieldProblem.of("addressee", "difficulties.error.addressee.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DifficultyEntry.Resolved target = entry.resolveAddressee(to, current.unitId());
        DifficultyView changed = records.save(current, current.forward(target.addressee(), target.name(),
                records.deadline(current.category(), records.today())), "difficulties.difficulty.forwarded");
        records.addEntry(current.id(), EntryKind.FORWARDED, text, actor);
        events.publishEvent(new DifficultyForwarded(id, current.unitId(), records.answeringUnit(target.addressee()), current.title(),
                Objects.requireNonNull(changed.dueDate()), text));
        return changed;
    }

    DifficultyView escalate(UUID id, long version, @Nullable String note) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.ESCALATE);
        String text = DifficultyTexts.text("note", note, DifficultyTexts.NOTE_MAX);
        DifficultyView changed = records.save(current, current.escalate(records.cityLeadershipName(),
                records.deadline(current.category(), records.today())), "difficulties.difficulty.escalated");
        records.addEntry(current.id(), EntryKind.ESCALATED, text, actor);
        events.publishEvent(new DifficultyEscalated(id, current.unitId(), records.answeringUnit(changed.addressee()), current.title(),
                Objects.requireNonNull(changed.dueDate()), text));
        return changed;
    }

    DifficultyView decline(UUID id, long version, @Nullable String reason) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.DECLINE);
        String text = DifficultyTexts.text("reason", reason, DifficultyTexts.NOTE_MAX);
        DifficultyView changed = records.save(current, current.decline(), "difficulties.difficulty.declined");
        records.addEntry(current.id(), EntryKind.DECLINED, text, actor);
        events.publishEvent(new DifficultyDeclined(id, current.unitId(), current.title(), text));
        return changed;
    }

    /** Feedback by the working group, a question by the addressee, or the unit's reply, outside any state change. */
    EntryView comment(UUID id, @Nullable EntryKind kind, @Nullable String text) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.readable(id, actor);
        if (kind == null || !kind.isComment()) {
            throw InvalidInputException.of("kind", "difficulties.error.entry.kindInvalid");
        }
        DifficultyAction action = DifficultyAction.valueOf(kind.name());
        if (!current.actionsOfState().contains(action) || !records.policy.may(actor, action, current)) {
            throw new AccessRefusedException("difficulties.error.entry.notAllowed");
        }
        String checked = DifficultyTexts.text("text", text, DifficultyTexts.TEXT_MAX);
        DifficultyStore.Entry added = records.addEntry(current.id(), kind, checked, actor);
        records.audit.record("difficulties.entry.added", "Difficulty", current.id(), current.unitId(), null, Map.of("kind", kind, "text", checked));
        return new EntryView(added.id(), kind, checked, added.authorName(), added.authorRole(), added.authorUnit(), added.createdAt(), null, 0,
                false);
    }

    /** Corrects an answer; only its author, only within {@link DifficultyManagement#ANSWER_EDIT_WINDOW} of writing it. */
    void editAnswer(UUID id, UUID entryId, long version, @Nullable String text) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.readable(id, actor);
        DifficultyStore.Entry answer = records.store.entry(entryId)
                .filter(found -> found.difficultyId().equals(id) && found.kind() == EntryKind.ANSWER)
                .orElseThrow(() -> new NotFoundException("difficulties.error.entry.notFound"));
        if (!answer.authorId().equals(actor.accountId())) {
            throw new AccessRefusedException("difficulties.error.answer.notAuthor");
        }
        Instant now = records.clock.instant();
        if (!now.isBefore(answer.createdAt().plus(DifficultyManagement.ANSWER_EDIT_WINDOW))) {
            throw new RuleViolationException("difficulties.error.answer.editWindowClosed", DifficultyManagement.ANSWER_EDIT_WINDOW.toMinutes());
        }
        String checked = DifficultyTexts.text("text", text, DifficultyTexts.TEXT_MAX);
        if (!records.store.updateEntryText(entryId, version, checked, now)) {
            throw ConflictException.staleVersion();
        }
        records.audit.record("difficulties.answer.edited", "Difficulty", current.id(), current.unitId(),
                Map.of("entryId", entryId, "text", answer.text()), Map.of("entryId", entryId, "text", checked));
    }

    /** "We have this too": another unit co-signs a submitted, non-confidential difficulty once, with its own detail. */
    DifficultyView cosign(UUID id, @Nullable String detail) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.readable(id, actor);
        if (!DifficultiesPolicy.actsForUnit(actor)) {
            throw new AccessRefusedException("difficulties.error.cosign.unitsOnly");
        }
        if (current.unitId().equals(actor.unitId())) {
            throw new RuleViolationException("difficulties.error.cosign.ownDifficulty");
        }
        if (!current.actionsOfState().contains(DifficultyAction.COSIGN) || current.confidential()) {
            throw new RuleViolationException("difficulties.error.cosign.notOpenToOthers");
        }
        List<Cosigner> existing = records.store.cosigners(List.of(id)).getOrDefault(id, List.of());
        if (existing.stream().anyMatch(cosigner -> cosigner.unitId().equals(actor.unitId()))) {
            throw new ConflictException("difficulties.error.cosign.twice");
        }
        String checked = DifficultyTexts.text("detail", detail, DifficultyTexts.NOTE_MAX);
        UUID unitId = Objects.requireNonNull(actor.unitId());
        Cosigner cosigner = new Cosigner(unitId, actor.unitName() == null ? "" : actor.unitName(), checked, records.clock.instant());
        records.store.insertCosign(id, cosigner, actor.accountId());
        records.audit.record("difficulties.difficulty.cosigned", "Difficulty", id, unitId, null, cosigner);
        events.publishEvent(new DifficultyCosigned(id, current.unitId(), cosigner.unitName(), current.title()));
        return records.view(current);
    }
}
