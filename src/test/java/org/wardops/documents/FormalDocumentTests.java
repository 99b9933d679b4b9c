package org.wardops.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.wardops.documents.internal.DocxWriter;
import org.wardops.documents.internal.PdfWriter;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormalDocumentTests {

    @Test
    void numbersAndDatesFollowTheStateAndPartyFormats() {
        assertThat(new DocumentNumber(15, "BC", "UBND").format(DocumentStyle.STATE)).isEqualTo("Số: 15/BC-UBND");
        assertThat(new DocumentNumber(12, "BC", "ĐU").format(DocumentStyle.PARTY)).isEqualTo("Số 12-BC/ĐU");
        assertThat(new DocumentNumber(3, "TB", "TCT").format(DocumentStyle.PARTY)).isEqualTo("Số 03-TB/TCT");
        assertThat(PlaceAndDate.format("Phường Xóm Chiếu", LocalDate.of(2025, 11, 5))).isEqualTo("Phường Xóm Chiếu, ngày 05 tháng 11 năm 2025");
        assertThat(PlaceAndDate.format("Phường Xóm Chiếu", LocalDate.of(2026, 2, 14))).isEqualTo("Phường Xóm Chiếu, ngày 14 tháng 02 năm 2026");
    }

    @Test
    void stateDocxOpensInPoiWithTheRequiredBlocksInTimesNewRoman() throws Exception {
        byte[] docx = new DocxWriter().write(document(DocumentStyle.STATE));
        try (XWPFDocument opened = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(opened)) {
            String all = text.getText();
            assertThat(all).contains("ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 15/BC-UBND", "Phường Xóm Chiếu, ngày 05 tháng 11 năm 2025", "BÁO CÁO", "Kết quả thực hiện Kế hoạch 249-KH/UBKTTW",
                    "Chưa có công chức chuyên trách chuyển đổi số", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Hậu", "Nơi nhận:", "Lưu: VT.");
            assertThat(opened.getParagraphs()).flatExtracting(paragraph -> paragraph.getRuns())
                    .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            var pageSize = opened.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW().toString()).isEqualTo("11906");
            assertThat(pageSize.getH().toString()).isEqualTo("16838");
        }
    }

    @Test
    void partyDocxCarriesThePartyHeaderAndNumberStyle() throws Exception {
        byte[] docx = new DocxWriter().write(document(DocumentStyle.PARTY));
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-BC/ĐU").doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA");
        }
    }

    @Test
    void pdfEmbedsLiberationSerifAndExtractsWithCorrectDiacritics() throws Exception {
        byte[] pdf = new PdfWriter().write(document(DocumentStyle.STATE));
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-UBND",
                    "Phường Xóm Chiếu, ngày 05 tháng 11 năm 2025", "ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU", "Chưa có công chức chuyên trách",
                    "chuyển đổi số", "Ngô Văn Hậu");
            List<String> fonts = new ArrayList<>();
            for (var name : opened.getPage(0).getResources().getFontNames()) {
                PDFont font = opened.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(fonts).anyMatch(name -> name.contains("LiberationSerif"));
            assertThat(opened.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    static FormalDocument document(DocumentStyle style) {
        boolean state = style == DocumentStyle.STATE;
        return new FormalDocument(style, state ? "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" : "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH",
                state ? "ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU" : "ĐẢNG ỦY PHƯỜNG XÓM CHIẾU", new DocumentNumber(15, "BC", state ? "UBND" : "ĐU"),
                "Phường Xóm Chiếu", LocalDate.of(2025, 11, 5), "BÁO CÁO", "Kết quả thực hiện Kế hoạch 249-KH/UBKTTW",
                List.of(new FormalDocument.Section("I. Tổ chức bộ máy và nhân sự", List.of(
                        new FormalDocument.Table(List.of("Nội dung", "Kết quả"), List.of(List.of("Tổng số cán bộ, công chức", "42"))),
                        new FormalDocument.Paragraph("Chưa có công chức chuyên trách chuyển đổi số; cán bộ kiêm nhiệm nhiều việc.")))),
                new FormalDocument.Signer(state ? "TM. ỦY BAN NHÂN DÂN" : "T/M ĐẢNG ỦY", state ? "CHỦ TỊCH" : "BÍ THƯ", "Ngô Văn Hậu"),
                List.of("Tổ công tác số 15;", "Lưu: VT."));
    }
}
