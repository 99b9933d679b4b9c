package org.wardops.supervision.internal;

import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.IssuingBody;
import org.wardops.supervision.SessionRole;
import org.wardops.supervision.SessionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A session's conclusion notice (THÔNG BÁO KẾT LUẬN) and minutes (BIÊN BẢN) as formal documents of the working group, in Vietnamese. */
public final class SessionDocuments {

    public static final String NOTICE_TYPE_CODE = "TB";

    private SessionDocuments() {
    }

    public static FormalDocument conclusionNotice(SessionView session, String superiorName, String programmeReference,
                                                  Map<UUID, String> unitNames, String place, DocumentStyle style) {
        String units = String.join(", ", session.unitIds().stream().map(id -> unitNames.getOrDefault(id, "")).toList());
        List<FormalDocument.Block> blocks = new ArrayList<>();
        blocks.add(new FormalDocument.Paragraph("Ngày %02d/%02d/%d, tại %s, %s làm việc với %s về kết quả triển khai Kế hoạch %s."
                .formatted(session.heldOn().getDayOfMonth(), session.heldOn().getMonthValue(), session.heldOn().getYear(), session.place(),
                        session.workingGroupName(), units, programmeReference)));
        blocks.add(new FormalDocument.Paragraph("Sau khi nghe các đơn vị báo cáo, kiến nghị và ý kiến phản hồi của các thành viên Tổ công tác, "
                + "đồng chí " + chair(session) + ", Tổ trưởng, kết luận như sau:"));
        for (SessionView.Conclusion conclusion : session.conclusions()) {
            blocks.add(new FormalDocument.Paragraph(conclusion.number() + ". " + conclusion.text()));
        }
        return new FormalDocument(style, IssuingBody.workingGroup(session.workingGroupName(), superiorName).superior(),
                IssuingBody.workingGroup(session.workingGroupName(), superiorName).issuer(),
                new DocumentNumber(session.noticeNumber(), NOTICE_TYPE_CODE, "TCT"), place, session.heldOn(), "THÔNG BÁO KẾT LUẬN",
                "của Tổ trưởng " + session.workingGroupName() + " tại buổi làm việc với " + units,
                List.of(new FormalDocument.Section("", blocks)),
                new FormalDocument.Signer(style == DocumentStyle.PARTY ? "T/M TỔ CÔNG TÁC" : "TM. TỔ CÔNG TÁC", "TỔ TRƯỞNG", chair(session)),
                recipients(units));
    }

    public static FormalDocument minutes(SessionView session, String superiorName, Map<UUID, String> unitNames, String place,
                                         List<String> minutesParagraphs, DocumentStyle style) {
        String units = String.join(", ", session.unitIds().stream().map(id -> unitNames.getOrDefault(id, "")).toList());
        List<FormalDocument.Section> sections = new ArrayList<>();
        List<List<String>> people = session.participants().stream()
                .map(participant -> List.of(participant.fullName(), participant.title(), roleText(participant.role()))).toList();
        sections.add(new FormalDocument.Section("I. Thành phần tham dự", List.of(new FormalDocument.Table(List.of("Họ và tên", "Chức vụ", "Vai trò"), people))));
        sections.add(new FormalDocument.Section("II. Nội dung", session.agenda().stream()
                .map(item -> (FormalDocument.Block) new FormalDocument.Paragraph("- " + item)).toList()));
        sections.add(new FormalDocument.Section("III. Diễn biến buổi làm việc", minutesParagraphs.stream()
                .map(text -> (FormalDocument.Block) new FormalDocument.Paragraph(text)).toList()));
        List<List<String>> answers = session.feedback().stream()
                .map(item -> List.of(unitNames.getOrDefault(item.unitId(), ""), item.recommendation(), item.response())).toList();
        sections.add(new FormalDocument.Section("IV. Kiến nghị và ý kiến phản hồi",
                List.of(new FormalDocument.Table(List.of("Đơn vị", "Kiến nghị", "Ý kiến phản hồi"), answers))));
        sections.add(new FormalDocument.Section("V. Kết luận", session.conclusions().stream()
                .map(conclusion -> (FormalDocument.Block) new FormalDocument.Paragraph(conclusion.number() + ". " + conclusion.text())).toList()));
        return new FormalDocument(style, IssuingBody.workingGroup(session.workingGroupName(), superiorName).superior(),
                IssuingBody.workingGroup(session.workingGroupName(), superiorName).issuer(),
                new DocumentNumber(null, "BB", "TCT"), place, session.heldOn(), "BIÊN BẢN",
                "Buổi làm việc của " + session.workingGroupName() + " với " + units, sections,
                new FormalDocument.Signer("", "TỔ TRƯỞNG", chair(session)), recipients(units));
    }

    private static List<String> recipients(String units) {
        return List.of("Thường trực Thành ủy (để báo cáo);", "Ủy ban Kiểm tra Thành ủy;", units + ";", "Thành viên Tổ công tác;", "Lưu.");
    }

    private static String chair(SessionView session) {
        return session.participants().stream().filter(participant -> participant.role() == SessionRole.CHAIR)
                .map(SessionView.Participant::fullName).findFirst().orElse("");
    }

    private static String roleText(SessionRole role) {
        return switch (role) {
            case CHAIR -> "Chủ trì";
            case MEMBER -> "Thành viên Tổ công tác";
            case SECRETARY -> "Thư ký";
            case UNIT_REPRESENTATIVE -> "Đại diện đơn vị";
            case GUEST -> "Khách mời";
        };
    }
}
