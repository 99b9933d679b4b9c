package org.wardops.reporting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.wardops.audit.AuditTrail;
import org.wardops.reporting.AttachmentView;
import org.wardops.reporting.FieldType;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.ReportView;
import org.wardops.reporting.TemplateField;
import org.wardops.reporting.Upload;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.files.AttachmentCheck;
import org.wardops.shared.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes in files for a report's attachment fields: the field must take attachments, the file must not be empty or
 * larger than the limit ({@code wardops.reporting.attachment-limit}) and its content must be an allowed type. Problems
 * are added to the caller's list; a file is stored (and audited) only while the list is empty, inside the caller's
 * transaction, so a later refusal rolls it back.
 */
@Component
public class AttachmentIntake {

    private static final UUID NONE = new UUID(0, 0);

    private final AttachmentStore attachments;
    private final AuditTrail audit;
    private final Clock clock;
    private final long limit;

    AttachmentIntake(AttachmentStore attachments, AuditTrail audit, Clock clock,
                     @Value("${wardops.reporting.attachment-limit:20MB}") DataSize limit) {
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
        this.limit = limit.toBytes();
    }

    public AttachmentView accept(Actor actor, ReportView report, ReportTemplateView template, Upload upload, List<FieldProblem> problems) {
        String field = AnswerCheck.field(upload.fieldKey());
        TemplateField templateField = template.field(upload.fieldKey()).orElse(null);
        String problem = null;
        Object[] arguments = {};
        AttachmentCheck.Kind kind = null;
        if (templateField == null || templateField.type() != FieldType.ATTACHMENT) {
            problem = "reporting.error.attachment.notAnAttachmentField";
        } else if (upload.content().length == 0) {
            problem = "reporting.error.attachment.empty";
        } else if (upload.content().length > limit) {
            problem = "reporting.error.attachment.tooLarge";
            arguments = new Object[] {DataSize.ofBytes(limit).toMegabytes()};
        } else {
            kind = AttachmentCheck.kindOf(upload.content());
            if (kind == null) {
                problem = "reporting.error.attachment.typeNotAllowed";
            }
        }
        if (problem != null) {
            problems.add(FieldProblem.of(field, problem, arguments));
            return new AttachmentView(NONE, report.id(), upload.fieldKey(), "", "", 0, "", "", Instant.EPOCH);
        }
        AttachmentView attachment = new AttachmentView(Ids.next(), report.id(), upload.fieldKey(), AttachmentCheck.safeName(upload.fileName(), kind),
                kind.contentType, upload.content().length, AttachmentCheck.sha256(upload.content()), actor.displayName(), clock.instant());
        if (problems.isEmpty()) {
            attachments.insert(attachment, upload.content());
            audit.record("reporting.attachment.added", "Report", report.id(), report.unitId(), null, attachment);
        }
        return attachment;
    }

    /** An attachment field may only name a file attached to this report for that field. */
    public void checkReferences(ReportView report, ReportTemplateView template, Map<String, String> answers, List<AttachmentView> added,
                                List<FieldProblem> problems) {
        Set<String> known = new HashSet<>();
        attachments.ofReport(report.id()).forEach(attachment -> known.add(attachment.fieldKey() + "/" + attachment.id()));
        added.forEach(attachment -> known.add(attachment.fieldKey() + "/" + attachment.id()));
        for (TemplateField field : template.fields()) {
            String value = answers.getOrDefault(field.key(), "");
            if (field.type() == FieldType.ATTACHMENT && !value.isBlank() && !known.contains(field.key() + "/" + value)) {
                problems.add(FieldProblem.of(AnswerCheck.field(field.key()), "reporting.error.attachment.unknown"));
            }
        }
    }
}
