package org.wardops.documents.internal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Lays a formal document out as DOCX: A4, Times New Roman, the margins and blocks of Decree 30/2020/NĐ-CP. */
@Component
public class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;

    public byte[] write(FormalDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            header(docx, document);
            centered(docx, document.type(), 14, true, 240);
            centered(docx, document.summary(), 14, true, 0);
            centered(docx, "\u2014\u2014\u2014\u2014\u2014", 12, false, 0);
            sections(docx, document.sections());
            closing(docx, document);
            if (!document.annexes().isEmpty()) {
                body(docx).setPageBreak(true);
                sections(docx, document.annexes());
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sections(XWPFDocument docx, java.util.List<FormalDocument.Section> sections) {
        for (FormalDocument.Section section : sections) {
            if (!section.heading().isBlank()) {
                XWPFParagraph heading = body(docx);
                run(heading, section.heading(), 14, true, false);
            }
            for (FormalDocument.Block block : section.blocks()) {
                switch (block) {
                    case FormalDocument.Paragraph paragraph -> {
                        XWPFParagraph p = body(docx);
                        p.setIndentationFirstLine(10 * TWIPS_PER_MM);
                        p.setAlignment(ParagraphAlignment.BOTH);
                        run(p, paragraph.text(), 14, false, false);
                    }
                    case FormalDocument.Table table -> table(docx, table);
                }
            }
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    /** The two-column block above the title: issuer and number on the left, national title (or Party name) and date on the right. */
    private static void header(XWPFDocument docx, FormalDocument document) {
        XWPFTable table = borderless(docx);
        XWPFTableRow row = table.getRow(0);
        XWPFTableCell left = row.getCell(0);
        XWPFTableCell right = row.getCell(1);
        XWPFParagraph first = left.getParagraphs().getFirst();
        first.setAlignment(ParagraphAlignment.CENTER);
        run(first, document.superiorBody(), 13, false, false);
        XWPFParagraph issuer = cellParagraph(left);
        XWPFRun issuerRun = run(issuer, document.issuingBody(), 13, true, false);
        if (document.style() == DocumentStyle.STATE) {
            issuerRun.setUnderline(UnderlinePatterns.SINGLE);
        } else {
            run(cellParagraph(left), "*", 13, false, false);
        }
        run(cellParagraph(left), document.numberLine(), 13, false, false);

        XWPFParagraph title = right.getParagraphs().getFirst();
        title.setAlignment(ParagraphAlignment.CENTER);
        if (document.style() == DocumentStyle.STATE) {
            run(title, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            XWPFRun motto = run(cellParagraph(right), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            motto.setUnderline(UnderlinePatterns.SINGLE);
        } else {
            XWPFRun party = run(title, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            party.setUnderline(UnderlinePatterns.SINGLE);
        }
        XWPFParagraph date = cellParagraph(right);
        date.setSpacingBefore(120);
        run(date, document.placeAndDate(), 14, false, true);
    }

    private static void closing(XWPFDocument docx, FormalDocument document) {
        XWPFTable table = borderless(docx);
        XWPFTableRow row = table.getRow(0);
        XWPFTableCell left = row.getCell(0);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        run(heading, "Nơi nhận:", 12, true, true);
        for (String recipient : document.recipients()) {
            run(cellParagraph(left, ParagraphAlignment.LEFT), "- " + recipient, 11, false, false);
        }
        XWPFTableCell right = row.getCell(1);
        XWPFParagraph authority = right.getParagraphs().getFirst();
        authority.setAlignment(ParagraphAlignment.CENTER);
        run(authority, document.signer().authority(), 14, true, false);
        run(cellParagraph(right), document.signer().title(), 14, true, false);
        XWPFParagraph name = cellParagraph(right);
        name.setSpacingBefore(1400);
        run(name, document.signer().name(), 14, true, false);
    }

    private static void table(XWPFDocument docx, FormalDocument.Table block) {
        XWPFTable table = docx.createTable(block.rows().size() + 1, block.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), block.header(), true);
        for (int i = 0; i < block.rows().size(); i++) {
            fill(table.getRow(i + 1), block.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int column = 0; column < values.size(); column++) {
            XWPFParagraph paragraph = row.getCell(column).getParagraphs().getFirst();
            run(paragraph, values.get(column), 13, bold, false);
        }
    }

    private static XWPFTable borderless(XWPFDocument docx) {
        XWPFTable table = docx.createTable(1, 2);
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        return table;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
        return cellParagraph(cell, ParagraphAlignment.CENTER);
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void centered(XWPFDocument docx, String text, int size, boolean bold, int spacingBefore) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        run(paragraph, text, size, bold, false);
    }

    private static XWPFParagraph body(XWPFDocument docx) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
