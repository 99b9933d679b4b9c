package org.wardops.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A formal document as the issuing module describes it: issuing body, number, place and date, type and summary,
 * body, signer and recipients. The renderers lay it out in the chosen style on A4.
 *
 * @param superiorBody the body above the issuer (cơ quan chủ quản), in capitals; may be empty
 * @param issuingBody the issuer, in capitals
 * @param type the document type in capitals, e.g. {@code BÁO CÁO}, {@code THÔNG BÁO KẾT LUẬN}
 * @param summary what the document is about (trích yếu)
 * @param annexes parts that follow the signature and "Nơi nhận" on pages of their own (phụ lục), as Decree 30/2020
 *                places them: the body ends with the signature, the annex comes after it
 */
public record FormalDocument(
        DocumentStyle style,
        String superiorBody,
        String issuingBody,
        DocumentNumber number,
        String place,
        LocalDate date,
        String type,
        String summary,
        List<Section> sections,
        Signer signer,
        List<String> recipients,
        List<Section> annexes) {

    public FormalDocument {
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    /** A document without an annex. */
    public FormalDocument(DocumentStyle style, String superiorBody, String issuingBody, DocumentNumber number, String place, LocalDate date,
                          String type, String summary, List<Section> sections, Signer signer, List<String> recipients) {
        this(style, superiorBody, issuingBody, number, place, date, type, summary, sections, signer, recipients, List.of());
    }

    public String numberLine() {
        return number.format(style);
    }

    public String placeAndDate() {
        return PlaceAndDate.format(place, date);
    }

    /** A part of the body; an empty heading leaves the blocks without one. */
    public record Section(String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph or a table of the body. */
    public sealed interface Block permits Paragraph, Table {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The signature block.
     *
     * @param authority who the signer signs for, e.g. {@code TM. ỦY BAN NHÂN DÂN}; may be empty
     * @param title the signer's title, e.g. {@code CHỦ TỊCH}
     */
    public record Signer(String authority, String title, String name) {
    }
}
