package org.wardops.documents.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature and "Nơi nhận" end the body; an annex follows them on a page of its own (Decree 30/2020, issue 12). */
class DocumentLayoutTests {

    private static FormalDocument withAnnex() {
        return new FormalDocument(DocumentStyle.STATE, "", "TỔ CÔNG TÁC SỐ 15", new DocumentNumber(3, "TTr", "TCT"), "Thành phố Hồ Chí Minh",
                LocalDate.of(2025, 11, 20), "TỜ TRÌNH", "Về việc bố trí công chức chuyên trách chuyển đổi số",
                List.of(new FormalDocument.Section("I. Tình hình", List.of(new FormalDocument.Paragraph("Nội dung tờ trình.")))),
                new FormalDocument.Signer("TM. TỔ CÔNG TÁC", "TỔ TRƯỞNG", "Phạm Thị Thu Hà"),
                List.of("Thường trực Thành ủy (để xem xét);", "Lưu."),
                List.of(new FormalDocument.Section("PHỤ LỤC: Khó khăn của các đơn vị", List.of(new FormalDocument.Table(
                        List.of("STT", "Đơn vị", "Hạn"), List.of(List.of("1", "Phường Xóm Chiếu", "12/11/2026")))))));
    }

    @Test
    void theAnnexFollowsTheSignatureAndRecipientsInWord() throws Exception {
        byte[] docx = new DocxWriter().write(withAnnex());
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            String all = text.getText();
            assertThat(all.indexOf("Nội dung tờ trình.")).isLessThan(all.indexOf("Nơi nhận:"));
            assertThat(all.indexOf("Phạm Thị Thu Hà")).isLessThan(all.indexOf("PHỤ LỤC"));
            assertThat(all.indexOf("Nơi nhận:")).isLessThan(all.indexOf("PHỤ LỤC"));
        }
    }

    @Test
    void theAnnexStartsANewPageAfterTheSignatureInPdf() throws Exception {
        byte[] pdf = new PdfWriter().write(withAnnex());
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            assertThat(opened.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = Normalizer.normalize(stripper.getText(opened), Normalizer.Form.NFC);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = Normalizer.normalize(stripper.getText(opened), Normalizer.Form.NFC);
            assertThat(first).contains("Nơi nhận", "Phạm Thị Thu Hà").doesNotContain("PHỤ LỤC");
            assertThat(second).contains("PHỤ LỤC", "Phường Xóm Chiếu", "12/11/2026");
        }
    }

    @Test
    void recipientsAreLeftAlignedAndDatesInTablesDoNotBreak() {
        String html = PdfWriter.xhtml(withAnnex());
        // the block table centres its cells; the recipients' cell must win over that rule, as in the DOCX
        assertThat(PdfWriter.STYLE).contains("table.block td.recipients { text-align: left;");
        assertThat(html).contains("<td class=\"recipients\"");
        assertThat(html).contains("<span class=\"nowrap\">12/11/2026</span>");
        assertThat(PdfWriter.keepDatesTogether("hạn 05/01/2026 và 2026")).isEqualTo("hạn <span class=\"nowrap\">05/01/2026</span> và 2026");
    }

    @Test
    void spreadsheetsStoreRealDatesAndKeepDiacriticsInSheetNames() throws Exception {
        byte[] xlsx = new XlsxWriter().write(new org.wardops.documents.Spreadsheet("Rà soát cuối năm", "Tiêu đề", List.of("STT", "Hạn", "Nộp lúc"),
                List.of(List.of(1, LocalDate.of(2026, 11, 12), java.time.Instant.parse("2026-11-12T02:30:00Z")))));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Rà soát cuối năm");
            var due = sheet.getRow(3).getCell(1);
            assertThat(due.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 12));
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            var submitted = sheet.getRow(3).getCell(2);
            assertThat(submitted.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 12, 9, 30));
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(due)).isEqualTo("12/11/2026");
        }
    }
}
