package org.wardops.dashboard.internal;

import org.wardops.dashboard.Overview;
import org.wardops.dashboard.OverviewRow;
import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.indicators.Period;
import org.wardops.indicators.RankingRow;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly briefing for the City Party Committee's meeting: the overview as a formal report (BÁO CÁO) in
 * Vietnamese, as the offices exchange it — the ranking table with every area's points and the units needing
 * attention (weak band or no data). The city reports as its People's Committee (state format) or as the City Party
 * Committee (Party format); a working group reports under its own name.
 */
public final class BriefingDocuments {

    public static final String TYPE_CODE = "BC";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BriefingDocuments() {
    }

    public static FormalDocument briefing(Overview overview, DocumentStyle style, LocalDate date) {
        boolean state = style == DocumentStyle.STATE;
        boolean city = overview.workingGroupId() == null;
        String name = overview.scopeName().toUpperCase(VIETNAMESE);
        String issuing;
        String issuerCode;
        FormalDocument.Signer signer;
        if (city) {
            issuing = state ? "ỦY BAN NHÂN DÂN " + name : "THÀNH ỦY " + name;
            issuerCode = state ? "UBND" : "TU";
            signer = new FormalDocument.Signer(state ? "TM. ỦY BAN NHÂN DÂN" : "T/M THÀNH ỦY", state ? "CHỦ TỊCH" : "BÍ THƯ", "");
        } else {
            issuing = name;
            issuerCode = "TCT";
            signer = new FormalDocument.Signer(state ? "TM. TỔ CÔNG TÁC" : "T/M TỔ CÔNG TÁC", "TỔ TRƯỞNG", "");
        }
        String period = periodText(overview.period());
        List<OverviewRow> rows = overview.rows().items();
        List<OverviewRow> ranked = rows.stream().filter(OverviewRow::hasData).toList();
        List<OverviewRow> attention = rows.stream().filter(row -> !row.hasData() || row.band() == RankingRow.Band.WEAK).toList();
        Overview.TrendPoint latest = overview.trend().getLast();
        List<FormalDocument.Section> sections = new ArrayList<>();
        sections.add(new FormalDocument.Section("I. Tình hình chung", List.of(new FormalDocument.Paragraph(
                "%s, %d trên %d đơn vị cấp xã có số liệu được chấm điểm theo bộ chỉ số tổng hợp (tối đa %s điểm); điểm bình quân %s. %d đơn vị cần quan tâm (xếp loại yếu hoặc chưa có số liệu)."
                        .formatted(period, ranked.size(), overview.unitsInScope(), number(overview.max()),
                                latest.average() == null ? "chưa có số liệu" : number(latest.average()) + " điểm", attention.size())))));
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Xếp hạng", "Tổng điểm"));
        overview.areas().forEach(area -> header.add(areaName(area) + " (" + number(area.max()) + ")"));
        sections.add(new FormalDocument.Section("II. Bảng xếp hạng", List.of(new FormalDocument.Table(header, table(rows, overview)))));
        List<FormalDocument.Block> attentionBlocks = attention.isEmpty()
                ? List.of(new FormalDocument.Paragraph("Không có đơn vị xếp loại yếu; mọi đơn vị đều có số liệu."))
                : List.of(new FormalDocument.Table(header, table(attention, overview)));
        sections.add(new FormalDocument.Section("III. Các đơn vị cần quan tâm", attentionBlocks));
        return new FormalDocument(style, city ? "" : "THÀNH ỦY " + name, issuing, new DocumentNumber(null, TYPE_CODE, issuerCode),
                overview.scopeName(), date, "BÁO CÁO", "Tổng hợp kết quả các chỉ số của đơn vị cấp xã " + period.toLowerCase(VIETNAMESE),
                sections, signer, List.of("Thường trực Thành ủy (để báo cáo);", "Các Tổ công tác (để biết);", "Lưu: VT."));
    }

    public static String baseName(Overview overview) {
        return "bao-cao-tong-hop-chi-so-" + overview.period();
    }

    private static List<List<String>> table(List<OverviewRow> rows, Overview overview) {
        List<List<String>> table = new ArrayList<>();
        int number = 1;
        for (OverviewRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(number++), row.unitName(),
                    row.rank() == null ? "–" : Integer.toString(row.rank()), row.total() == null ? "Chưa có số liệu" : number(row.total())));
            for (Overview.Area area : overview.areas()) {
                cells.add(row.areas().stream().filter(cell -> cell.area().equals(area.code())).findFirst()
                        .map(cell -> cell.points() == null ? "–" : number(cell.points())).orElse("–"));
            }
            table.add(cells);
        }
        return table;
    }

    /** An area's name in the briefing: its indicator's name when it has one, else its code. */
    private static String areaName(Overview.Area area) {
        return area.indicators().size() == 1 ? area.indicators().getFirst().names().vi() : area.code();
    }

    private static String periodText(String code) {
        Period period = Period.parse("period", code);
        return switch (period.type()) {
            case MONTH -> "Tháng %d/%d".formatted(period.number(), period.year());
            case QUARTER -> "Quý %s/%d".formatted(List.of("I", "II", "III", "IV").get(period.number() - 1), period.year());
            case WEEK -> "Tuần %d/%d".formatted(period.number(), period.year());
            case YEAR -> "Năm %d".formatted(period.year());
        };
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(value);
    }
}
