package org.wardops.difficulties.internal;

import org.wardops.difficulties.ProposalAnnex;
import org.wardops.difficulties.ProposalView;
import org.wardops.difficulties.UnitRef;
import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.IssuingBody;
import org.wardops.documents.FormalDocument.Block;
import org.wardops.documents.FormalDocument.Paragraph;
import org.wardops.documents.FormalDocument.Section;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal to the leadership as a formal submission (TỜ TRÌNH) of the working group: the problem, the units that
 * share it, the proposed mechanism and the decision requested, with an annex of every unit's own difficulty.
 */
public final class ProposalDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProposalDocuments() {
    }

    /**
     * @param issuingBody the working group that submits the proposal
     * @param superiorBody the body above it (for a working group of the city, the City Party Committee)
     * @param leader the working group's leader, who signs
     */
    public static FormalDocument proposal(ProposalAnnex annex, String superiorBody, String issuingBody, String leader, String place,
                                          LocalDate date, DocumentStyle style) {
        ProposalView proposal = annex.proposal();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("I. Tình hình, khó khăn, vướng mắc", paragraphs(proposal.problem())));
        List<Block> units = new ArrayList<>();
        units.add(new Paragraph("Qua giám sát và tổng hợp kiến nghị, có " + proposal.unitsAffectedCount()
                + " đơn vị cùng nêu khó khăn này (" + String.join("; ", proposal.commonDifficultyTitles()) + "):"));
        units.add(new Paragraph(String.join(", ", proposal.unitsAffected().stream().map(UnitRef::name).toList()) + "."));
        sections.add(new Section("II. Các đơn vị có cùng khó khăn", units));
        sections.add(new Section("III. Đề xuất cơ chế, giải pháp", paragraphs(proposal.mechanism())));
        List<Block> request = new ArrayList<>(paragraphs(proposal.requestedDecision()));
        if (proposal.requestedBy() != null) {
            request.add(new Paragraph("Kính đề nghị " + proposal.decidingBody() + " xem xét, cho ý kiến trước ngày "
                    + DATE.format(proposal.requestedBy()) + "."));
        } else {
            request.add(new Paragraph("Kính đề nghị " + proposal.decidingBody() + " xem xét, cho ý kiến."));
        }
        sections.add(new Section("IV. Kiến nghị", request));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ProposalAnnex.Row row : annex.rows()) {
            // a co-signing unit's row is its own account of another unit's difficulty: say whose, as the page does
            String difficulty = (row.cosigned() ? "(Cùng kiến nghị với " + row.cosignedWith() + ") " : "") + row.title() + ": " + row.description();
            rows.add(List.of(String.valueOf(number++), row.unitName(), row.commonDifficulty(), difficulty, row.recommendation()));
        }
        Section annexTable = new Section("PHỤ LỤC: Khó khăn, kiến nghị của các đơn vị", List.of(new FormalDocument.Table(
                List.of("STT", "Đơn vị", "Khó khăn chung", "Khó khăn của đơn vị", "Kiến nghị của đơn vị"), rows)));
        IssuingBody body = IssuingBody.workingGroup(issuingBody, superiorBody);
        return new FormalDocument(style, body.superior(), body.issuer(), new DocumentNumber(null, "TTr", "TCT"), place, date,
                "TỜ TRÌNH", proposal.title(), sections,
                new FormalDocument.Signer(style == DocumentStyle.PARTY ? "T/M TỔ CÔNG TÁC" : "TM. TỔ CÔNG TÁC", "TỔ TRƯỞNG", leader),
                List.of(proposal.decidingBody() + " (để xem xét, quyết định);", "Ủy ban Kiểm tra Thành ủy (để biết);",
                        "Các đơn vị có tên trong phụ lục;", "Lưu."), List.of(annexTable));
    }

    private static List<Block> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> (Block) new Paragraph(line)).toList();
    }
}
