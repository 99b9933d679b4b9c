package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyAttachmentStore;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.reporting.ReportManagement;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.files.AttachmentCheck;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.supervision.SupervisionManagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A unit (or its working group) records a difficulty: drafts, edits, links its source, attaches evidence, submits. */
@Component
class DifficultyEntry {

    private final DifficultyRecords records;
    private final DifficultyAttachmentStore attachments;
    private final ReportManagement reports;
    private final SupervisionManagement supervision;
    private final ApplicationEventPublisher events;
    private final long attachmentLimit;

    DifficultyEntry(DifficultyRecords records, DifficultyAttachmentStore attachments, ReportManagement reports, SupervisionManagement supervision,
                    ApplicationEventPublisher events, @Value("${wardops.difficulties.attachment-limit:20MB}") DataSize attachmentLimit) {
        this.records = records;
        this.attachments = attachments;
        this.reports = reports;
        this.supervision = supervision;
        this.events = events;
        this.attachmentLimit = attachmentLimit.toBytes();
    }

    boolean mayRecord() {
        return records.policy.mayRecordAny(CurrentActor.get());
    }

    boolean actsForOwnUnit() {
        return DifficultiesPolicy.actsForUnit(CurrentActor.get());
    }

    DifficultyView create(SaveDifficulty command) {
        Actor actor = CurrentActor.get();
        if (!records.policy.mayRecordAny(actor)) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        if (command.unitId() == null) {
            throw InvalidInputException.of("unitId", "difficulties.error.difficulty.unitRequired");
        }
        UnitView unit = records.directory.unit(command.unitId());
        if (!records.policy.mayRecordFor(actor, unit.id())) {
            throw new AccessRefusedException("difficulties.error.difficulty.recordOutsideScope");
        }
        if (!unit.type().isCommuneLevel()) {
            throw new RuleViolationException("difficulties.error.difficulty.communeLevelOnly", unit.name());
        }
        Checked checked = check(command, unit.id());
        Instant now = records.clock.instant();
        Difficulty created = new Difficulty(Ids.next(), unit.id(), unit.name(), checked.title, checked.description, checked.recommendation,
                checked.category, checked.severity, checked.addressee, checked.addresseeName, checked.source, checked.sourceRef,
                checked.sourceId, command.confidential(), DifficultyState.DRAFT, null, null, null, null, actor.accountId(), now, 0);
        records.store.insert(created, now);
        records.audit.record("difficulties.difficulty.created", "Difficulty", created.id(), created.unitId(), null, created);
        return records.view(created);
    }

    DifficultyView change(UUID id, long version, SaveDifficulty command) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.EDIT);
        Checked checked = check(command, current.unitId());
        Difficulty changed = current.edit(checked.title, checked.description, checked.recommendation, checked.category, checked.severity,
                checked.addressee, checked.addresseeName, checked.source, checked.sourceRef, checked.sourceId, command.confidential());
        return records.save(current, changed, "difficulties.difficulty.changed");
    }

    DifficultyView submit(UUID id, long version) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.forAction(id, version, actor, DifficultyAction.SUBMIT);
        LocalDate today = records.today();
        DifficultyView submitted = records.save(current, current.submit(today, records.deadline(current.category(), today)),
                "difficulties.difficulty.submitted");
        events.publishEvent(new DifficultySubmitted(id, current.unitId(), records.answeringUnit(submitted.addressee()), current.title(),
                Objects.requireNonNull(submitted.dueDate())));
        return submitted;
    }

    /**
     * Attaches evidence: the raising unit (and its working group) or the addressee, until the difficulty is resolved or
     * declined. The type is decided by the content, never by the name; the size is limited; the name is sanitised.
     */
    DifficultyAttachment attach(UUID id, @Nullable String fileName, byte[] content) {
        Actor actor = CurrentActor.get();
        Difficulty current = records.readable(id, actor);
        records.policy.require(actor, DifficultyAction.ATTACH, current);
        if (!current.actionsOfState().contains(DifficultyAction.ATTACH)) {
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
                content.length, AttachmentCheck.sha256(content), actor.displayName(), records.clock.instant());
        attachments.insert(attachment, content);
        records.audit.record("difficulties.attachment.added", "Difficulty", id, current.unitId(), null, attachment);
        return attachment;
    }

    /** The unit's reports and the sessions that covered it, that the actor may read: the sources a difficulty can link to. */
    SourceOptions sourceOptions(UUID unitId) {
        CurrentActor.get();
        List<SourceOptions.Option> reportOptions = reports.reports(null, unitId, null).stream()
                .map(report -> new SourceOptions.Option(report.id(), report.submittedAt() == null ? null
                        : LocalDate.ofInstant(report.submittedAt(), LocalTime.VIETNAM),
                        report.documentNumber() == null ? null : String.valueOf(report.documentNumber())))
                .toList();
        List<SourceOptions.Option> sessionOptions = supervision.sessions().stream()
                .filter(session -> session.unitIds().contains(unitId))
                .map(session -> new SourceOptions.Option(session.id(), session.heldOn(), session.workingGroupName()))
                .toList();
        return new SourceOptions(reportOptions, sessionOptions);
    }

    record Resolved(Addressee addressee, String name) {
    }

    Resolved resolveAddressee(@Nullable Addressee requested, UUID unitId) {
        if (requested == null || (requested.type() == AddresseeType.WORKING_GROUP && requested.unitId() == null)) {
            UnitView group = records.directory.supervisingGroupOf(unitId)
                    .orElseThrow(() -> InvalidInputException.of("addressee", "difficulties.error.addressee.noWorkingGroup"));
            return new Resolved(new Addressee(AddresseeType.WORKING_GROUP, group.id()), group.name());
        }
        if (requested.type() == AddresseeType.CITY_LEADERSHIP) {
            return new Resolved(new Addressee(AddresseeType.CITY_LEADERSHIP, null), records.cityLeadershipName());
        }
        if (requested.unitId() == null) {
            throw InvalidInputException.of("addressee", "difficulties.error.addressee.unitRequired");
        }
        UnitView unit;
        try {
            unit = records.directory.unit(requested.unitId());
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
        String title = DifficultyTexts.collect(problems, "title", command.title(), DifficultyTexts.TITLE_MAX);
        String description = DifficultyTexts.collectMultiline(problems, "description", command.description(), DifficultyTexts.TEXT_MAX);
        String recommendation = DifficultyTexts.collectMultiline(problems, "recommendation", command.recommendation(), DifficultyTexts.TEXT_MAX);
        String category = command.category() == null ? "" : command.category().strip();
        if (records.store.categories().stream().noneMatch(c -> c.code().equals(category))) {
            problems.add(FieldProblem.of("category", "difficulties.error.difficulty.categoryUnknown"));
        }
        if (command.severity() == null) {
            problems.add(FieldProblem.of("severity", "difficulties.error.difficulty.severityRequired"));
        }
        String sourceRef = DifficultyTexts.optional(problems, "sourceRef", command.sourceRef(), DifficultyTexts.SOURCE_REF_MAX);
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
        return new Checked(title, description, recommendation, category, command.severity(), addressee.addressee(), addressee.name(),
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
}
