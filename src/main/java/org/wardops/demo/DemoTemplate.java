package org.wardops.demo;

import org.wardops.reporting.FieldType;
import org.wardops.reporting.SaveTemplate;
import org.wardops.reporting.TemplateField;
import org.wardops.reporting.TemplateSection;
import org.wardops.reporting.Texts;

import java.math.BigDecimal;
import java.util.List;

/** The report template of Plan 249 that the demo's requests use, in Vietnamese, English and German. */
final class DemoTemplate {

    static final String NAME = "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW";

    private DemoTemplate() {
    }

    static SaveTemplate plan249() {
        return new SaveTemplate(NAME, List.of(
                new TemplateSection(Texts.of("I. Tổ chức bộ máy và nhân sự", "I. Organisation and staffing", "I. Organisation und Personal"), List.of(
                        number("staffTotal", "Tổng số cán bộ, công chức hiện có", "Staff in post", "Beschäftigte im Amt", 0, 500),
                        number("staffShortage", "Số biên chế còn thiếu so với nhu cầu", "Posts lacking against need", "Fehlende Stellen gegenüber Bedarf", 0, 200),
                        field("dedicatedItOfficer", FieldType.BOOLEAN, "Có công chức chuyên trách chuyển đổi số", "Has a dedicated digital-transformation officer",
                                "Hat eine hauptamtliche Fachkraft für digitale Transformation", true),
                        help(field("concurrentPosts", FieldType.LONG_TEXT, "Tình hình kiêm nhiệm", "Concurrent posts", "Ämterhäufung", false),
                                "Ghi rõ các vị trí phải kiêm nhiệm và ảnh hưởng đến tiến độ công việc.",
                                "Name the posts held concurrently and how this affects the work.",
                                "Nennen Sie die gleichzeitig ausgeübten Ämter und die Folgen für die Arbeit."))),
                new TemplateSection(Texts.of("II. Thủ tục hành chính và dịch vụ công", "II. Administrative procedures and public services",
                        "II. Verwaltungsverfahren und öffentliche Dienste"), List.of(
                        number("applicationsReceived", "Số hồ sơ thủ tục hành chính tiếp nhận trong kỳ", "Applications received in the period",
                                "Im Zeitraum eingegangene Anträge", 0, 1_000_000),
                        percent("onlineRate", "Tỷ lệ hồ sơ nộp trực tuyến", "Share of applications filed online", "Anteil online eingereichter Anträge"),
                        percent("onTimeRate", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Share of applications settled on time", "Anteil fristgerecht erledigter Anträge"))),
                new TemplateSection(Texts.of("III. Chuyển đổi số, hạ tầng và trang thiết bị", "III. Digital transformation, infrastructure and equipment",
                        "III. Digitale Transformation, Infrastruktur und Ausstattung"), List.of(
                        new TemplateField("itSkills", FieldType.CHOICE, Texts.of("Kỹ năng công nghệ thông tin của cán bộ, công chức", "Staff IT skills",
                                "IT-Kenntnisse der Beschäftigten"), null, true, null, null, List.of("Tốt", "Khá", "Không đồng đều", "Còn hạn chế"),
                                List.of(Texts.of("Tốt", "Good", "Gut"), Texts.of("Khá", "Fair", "Befriedigend"),
                                        Texts.of("Không đồng đều", "Uneven", "Ungleichmäßig"), Texts.of("Còn hạn chế", "Limited", "Eingeschränkt"))),
                        field("equipment", FieldType.LONG_TEXT, "Tình trạng trang thiết bị, kết nối, lưu trữ và an toàn thông tin",
                                "State of equipment, connectivity, storage and information security",
                                "Zustand von Geräten, Anbindung, Speicherung und Informationssicherheit", true),
                        help(field("evidence", FieldType.ATTACHMENT, "Tài liệu kèm theo", "Supporting document", "Beleg", false),
                                "Ví dụ: danh mục trang thiết bị, biểu số liệu.", "For example an equipment list or a data sheet.",
                                "Zum Beispiel eine Geräteliste oder ein Datenblatt."))),
                new TemplateSection(Texts.of("IV. Kết quả, khó khăn và kiến nghị", "IV. Results, difficulties and recommendations",
                        "IV. Ergebnisse, Schwierigkeiten und Empfehlungen"), List.of(
                        field("results", FieldType.LONG_TEXT, "Kết quả nổi bật", "Main results", "Wichtigste Ergebnisse", true),
                        field("difficulties", FieldType.LONG_TEXT, "Khó khăn, vướng mắc", "Difficulties", "Schwierigkeiten", true),
                        field("recommendations", FieldType.LONG_TEXT, "Kiến nghị, đề xuất", "Recommendations", "Empfehlungen", true)))));
    }

    private static TemplateField field(String key, FieldType type, String vi, String en, String de, boolean required) {
        return new TemplateField(key, type, Texts.of(vi, en, de), null, required, null, null, List.of());
    }

    private static TemplateField help(TemplateField field, String vi, String en, String de) {
        return new TemplateField(field.key(), field.type(), field.label(), Texts.of(vi, en, de), field.required(), field.min(), field.max(),
                field.options(), field.optionLabels());
    }

    private static TemplateField number(String key, String vi, String en, String de, long min, long max) {
        return new TemplateField(key, FieldType.INTEGER, Texts.of(vi, en, de), null, true, BigDecimal.valueOf(min), BigDecimal.valueOf(max), List.of());
    }

    private static TemplateField percent(String key, String vi, String en, String de) {
        return new TemplateField(key, FieldType.PERCENT, Texts.of(vi, en, de), null, true, null, null, List.of());
    }
}
