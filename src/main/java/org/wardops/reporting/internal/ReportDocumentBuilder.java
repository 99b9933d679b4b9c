package org.wardops.reporting.internal;

import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.IssuingBody;
import org.wardops.reporting.AttachmentView;
import org.wardops.reporting.FieldType;
import org.wardops.reporting.ReportRequestView;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.ReportView;
import org.wardops.reporting.TemplateField;
import org.wardops.reporting.TemplateSection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's report as a formal document (BÁO CÁO) of its People's Committee (state format) or Party committee (Party
 * format): short answers in a table per section, long answers as paragraphs. Documents are in Vietnamese.
 */
public final class ReportDocumentBuilder {

    public static final String TYPE_CODE = "BC";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportDocumentBuilder() {
    }

    public static FormalDocument build(ReportView report, ReportTemplateView template, ReportRequestView request, UnitView unit,
                                       String superiorName, List<AttachmentView> attachments, DocumentStyle style, LocalDate date) {
        boolean state = style == DocumentStyle.STATE;
        Map<UUID, String> files = new java.util.HashMap<>();
        attachments.forEach(attachment -> files.put(attachment.id(), attachment.fileName()));
        List<FormalDocument.Section> sections = new ArrayList<>();
        for (TemplateSection section : template.sections()) {
            List<FormalDocument.Block> blocks = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (TemplateField field : section.fields()) {
                String value = display(field, report.answer(field.key()), files);
                if (field.type() == FieldType.LONG_TEXT) {
                    flush(rows, blocks);
                    blocks.add(new FormalDocument.Paragraph(field.label().vi() + ":"));
                    for (String paragraph : value.split("\\n\\s*\\n|\\n")) {
                        if (!paragraph.isBlank()) {
                            blocks.add(new FormalDocument.Paragraph(paragraph.strip()));
                        }
                    }
                } else {
                    rows.add(List.of(field.label().vi(), value));
                }
            }
            flush(rows, blocks);
            sections.add(new FormalDocument.Section(section.title().vi(), blocks));
        }
        IssuingBody issuer = IssuingBody.unit(style, unit.name(), superiorName);
        return new FormalDocument(style, issuer.superior(), issuer.issuer(),
                new DocumentNumber(report.documentNumber(), TYPE_CODE, state ? "UBND" : "ĐU"),
                unit.name(), date, "BÁO CÁO", request.title(), sections,
                new FormalDocument.Signer(state ? "TM. ỦY BAN NHÂN DÂN" : "T/M ĐẢNG ỦY", state ? "CHỦ TỊCH" : "BÍ THƯ",
                        report.submittedBy() == null ? "" : report.submittedBy()),
                List.of(request.requestedByName() + ";", state ? "Thường trực Đảng ủy phường;" : "Ủy ban nhân dân phường;", "Lưu: VT."));
    }

    private static void flush(List<List<String>> rows, List<FormalDocument.Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new FormalDocument.Table(List.of("Nội dung", "Kết quả"), rows));
            rows.clear();
        }
    }

    private static String display(TemplateField field, String value, Map<UUID, String> files) {
        if (value.isBlank()) {
            return "";
        }
        return switch (field.type()) {
            case BOOLEAN -> "true".equals(value) ? "Có" : "Không";
            case PERCENT -> value + " %";
            case ATTACHMENT -> {
                try {
                    yield files.getOrDefault(UUID.fromString(value), "");
                } catch (IllegalArgumentException e) {
                    yield "";
                }
            }
            case DATE -> {
                LocalDate date = LocalDate.parse(value);
                yield "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            }
            default -> value;
        };
    }

}
