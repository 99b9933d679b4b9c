package org.wardops.tasks.internal;

import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.IssuingBody;
import org.wardops.documents.Spreadsheet;
import org.wardops.tasks.TaskState;
import org.wardops.tasks.TaskView;
import org.wardops.tasks.YearEndReview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The year-end review board as an XLSX workbook and as a formal report (BÁO CÁO) of the unit, the working group or
 * the city, in Vietnamese as the offices exchange them; rows keep the board's order.
 */
public final class YearEndDocuments {

    public static final String TYPE_CODE = "BC";
    public static final List<String> HEADER = List.of("STT", "Nhiệm vụ", "Đơn vị thực hiện", "Hạn hoàn thành", "Tình trạng", "Tiến độ (%)",
            "Liên quan đời sống người dân");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private YearEndDocuments() {
    }

    public static Spreadsheet workbook(YearEndReview review) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (TaskView task : review.tasks()) {
            rows.add(List.of(number++, task.title(), task.unitName(), task.dueDate(), stateText(task.state()), task.percent(),
                    task.affectsLives() ? "Có" : ""));
        }
        return new Spreadsheet("Rà soát cuối năm", title(review), HEADER, rows);
    }

    /**
     * The board as a report. A unit reports as its People's Committee in the state format or as its Party committee in
     * the Party format; a working group and the city report under their own names.
     */
    public static FormalDocument report(YearEndReview review, String superiorName, DocumentStyle style, LocalDate date) {
        boolean state = style == DocumentStyle.STATE;
        boolean unit = review.unitId() != null;
        String name = upper(review.scopeName());
        String issuing;
        String superiorBody;
        String issuerCode;
        FormalDocument.Signer signer;
        if (unit) {
            IssuingBody body = IssuingBody.unit(style, review.scopeName(), superiorName);
            issuing = body.issuer();
            superiorBody = body.superior();
            issuerCode = state ? "UBND" : "ĐU";
            signer = new FormalDocument.Signer(state ? "TM. ỦY BAN NHÂN DÂN" : "T/M ĐẢNG ỦY", state ? "CHỦ TỊCH" : "BÍ THƯ", "");
        } else if (review.workingGroupId() != null) {
            IssuingBody body = IssuingBody.workingGroup(review.scopeName(), superiorName);
            issuing = body.issuer();
            superiorBody = body.superior();
            issuerCode = "TCT";
            signer = new FormalDocument.Signer(state ? "TM. TỔ CÔNG TÁC" : "T/M TỔ CÔNG TÁC", "TỔ TRƯỞNG", "");
        } else {
            issuing = state ? "ỦY BAN NHÂN DÂN " + name : "THÀNH ỦY " + name;
            superiorBody = "";
            issuerCode = state ? "UBND" : "TU";
            signer = new FormalDocument.Signer(state ? "TM. ỦY BAN NHÂN DÂN" : "T/M THÀNH ỦY", state ? "CHỦ TỊCH" : "BÍ THƯ", "");
        }
        List<TaskView> tasks = review.tasks();
        long overdue = tasks.stream().filter(task -> task.state() == TaskState.IN_PROGRESS_OVERDUE).count();
        long lives = tasks.stream().filter(TaskView::affectsLives).count();
        List<FormalDocument.Section> sections = new ArrayList<>();
        sections.add(new FormalDocument.Section("I. Tình hình chung", List.of(new FormalDocument.Paragraph(
                "Đến ngày %s, %s còn %d nhiệm vụ chưa hoàn thành có hạn đến ngày %s, trong đó %d nhiệm vụ đang thực hiện quá hạn và %d nhiệm vụ liên quan trực tiếp đến đời sống người dân."
                        .formatted(DATE.format(date), review.scopeName(), tasks.size(), DATE.format(review.yearEnd()), overdue, lives)))));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (TaskView task : tasks) {
            rows.add(List.of(Integer.toString(number++), task.title(), task.unitName(), DATE.format(task.dueDate()), stateText(task.state()),
                    Integer.toString(task.percent()), task.affectsLives() ? "Có" : ""));
        }
        sections.add(new FormalDocument.Section("II. Danh mục nhiệm vụ cần rà soát", List.of(new FormalDocument.Table(HEADER, rows))));
        return new FormalDocument(style, superiorBody, issuing, new DocumentNumber(null, TYPE_CODE, issuerCode), review.scopeName(), date,
                "BÁO CÁO", "Rà soát nhiệm vụ chưa hoàn thành đến ngày " + DATE.format(review.yearEnd()), sections, signer,
                List.of(superiorName.isEmpty() ? "Thường trực Thành ủy (để báo cáo);" : superiorName + " (để báo cáo);", "Lưu: VT."));
    }

    public static String baseName(YearEndReview review, String code) {
        return "ra-soat-nhiem-vu-cuoi-nam-" + review.yearEnd().getYear() + (code.isEmpty() ? "" : "-" + code);
    }

    private static String title(YearEndReview review) {
        return "Rà soát nhiệm vụ chưa hoàn thành đến ngày " + DATE.format(review.yearEnd()) + " — " + review.scopeName();
    }

    private static String stateText(TaskState state) {
        return switch (state) {
            case IN_PROGRESS_ON_TIME -> "Đang thực hiện trong hạn";
            case IN_PROGRESS_OVERDUE -> "Đang thực hiện quá hạn";
            case COMPLETED_ON_TIME -> "Hoàn thành đúng hạn";
            case COMPLETED_LATE -> "Hoàn thành quá hạn";
            case CANCELLED -> "Đã hủy";
        };
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
