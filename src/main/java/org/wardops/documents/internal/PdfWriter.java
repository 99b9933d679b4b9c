package org.wardops.documents.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Lays a formal document out as XHTML and renders it to PDF with Liberation Serif embedded (metric-compatible with
 * Times New Roman, SIL OFL), so the PDF looks like the DOCX on machines without Microsoft fonts.
 */
@Component
public class PdfWriter {

    static final String FAMILY = "Liberation Serif";
    static final String STYLE = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.3; }
            table.block { width: 100%; border-collapse: collapse; }
            table.block td { vertical-align: top; text-align: center; font-size: 12pt; }
            .nowrap { white-space: nowrap; }
            .bold { font-weight: bold; }
            .underline { text-decoration: underline; }
            .date { font-style: italic; font-size: 13pt; margin-top: 6pt; white-space: nowrap; }
            .type { text-align: center; font-weight: bold; margin-top: 18pt; }
            .summary { text-align: center; font-weight: bold; }
            .rule { text-align: center; }
            h2 { font-size: 14pt; font-weight: bold; margin: 10pt 0 4pt 0; }
            p.body { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
            table.data { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; }
            table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 4pt; font-size: 12pt; text-align: left; }
            table.block td.recipients { text-align: left; font-size: 11pt; }
            .annex { page-break-before: always; }
            .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
            .signature { height: 30mm; }
            """;

    public byte[] write(FormalDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "Regular", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "Bold", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "Italic", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "BoldItalic", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(xhtml(document), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String face, int weight, BaseRendererBuilder.FontStyle style) {
        String resource = "/fonts/LiberationSerif-" + face + ".ttf";
        builder.useFont(() -> {
            InputStream in = PdfWriter.class.getResourceAsStream(resource);
            return Objects.requireNonNull(in, resource);
        }, FAMILY, weight, style, true);
    }

    static String xhtml(FormalDocument document) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(document.type())).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<table class=\"block\"><tr><td style=\"width: 38%\">")
                .append(line(document.superiorBody(), ""))
                .append(line(document.issuingBody(), document.style() == DocumentStyle.STATE ? "bold underline" : "bold"));
        if (document.style() == DocumentStyle.PARTY) {
            html.append(line("*", ""));
        }
        html.append(line(document.numberLine(), "")).append("</td><td>");
        if (document.style() == DocumentStyle.STATE) {
            html.append(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold nowrap"))
                    .append(line("Độc lập - Tự do - Hạnh phúc", "bold underline nowrap"));
        } else {
            html.append(line("ĐẢNG CỘNG SẢN VIỆT NAM", "bold underline"));
        }
        html.append("<div class=\"date\">").append(escape(document.placeAndDate())).append("</div></td></tr></table>");
        html.append("<div class=\"type\">").append(escape(document.type())).append("</div>")
                .append("<div class=\"summary\">").append(escape(document.summary())).append("</div>")
                .append("<div class=\"rule\">&#8212;&#8212;&#8212;&#8212;&#8212;</div>");
        sections(html, document.sections());
        html.append("<table class=\"block\"><tr><td class=\"recipients\" style=\"width: 45%\"><div class=\"recipients-title\">Nơi nhận:</div>");
        document.recipients().forEach(recipient -> html.append("<div>- ").append(escape(recipient)).append("</div>"));
        html.append("</td><td>").append(line(document.signer().authority(), "bold")).append(line(document.signer().title(), "bold"))
                .append("<div class=\"signature\"></div>").append(line(document.signer().name(), "bold"))
                .append("</td></tr></table>");
        if (!document.annexes().isEmpty()) {
            html.append("<div class=\"annex\">");
            sections(html, document.annexes());
            html.append("</div>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    private static void sections(StringBuilder html, java.util.List<FormalDocument.Section> sections) {
        for (FormalDocument.Section section : sections) {
            if (!section.heading().isBlank()) {
                html.append("<h2>").append(escape(section.heading())).append("</h2>");
            }
            for (FormalDocument.Block block : section.blocks()) {
                switch (block) {
                    case FormalDocument.Paragraph paragraph -> html.append("<p class=\"body\">").append(multiline(paragraph.text())).append("</p>");
                    case FormalDocument.Table table -> {
                        html.append("<table class=\"data\"><tr>");
                        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
                        html.append("</tr>");
                        for (var row : table.rows()) {
                            html.append("<tr>");
                            row.forEach(cell -> html.append("<td>").append(keepDatesTogether(multiline(cell))).append("</td>"));
                            html.append("</tr>");
                        }
                        html.append("</table>");
                    }
                }
            }
        }
    }

    // A date in a narrow table column must not break after a slash ("12/11 /2026").
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

    static String keepDatesTogether(String html) {
        return DATE.matcher(html).replaceAll("<span class=\"nowrap\">$0</span>");
    }

    private static String line(String text, String cssClass) {
        return text.isBlank() ? "" : "<div class=\"" + cssClass + "\">" + escape(text) + "</div>";
    }

    private static String multiline(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case 0xa0 -> out.append("&#160;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
