package org.wardops.training.internal;

import org.wardops.documents.DocumentNumber;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.FormalDocument.Block;
import org.wardops.documents.FormalDocument.Paragraph;
import org.wardops.documents.FormalDocument.Section;
import org.wardops.training.CourseView;
import org.wardops.training.EnrolmentView;
import org.wardops.training.SessionView;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A completion certificate (giấy chứng nhận) as a formal document in the state format, in Vietnamese like every
 * document WardOps issues. It carries the verification code and where to check it; nothing else about the person.
 */
public final class CertificateDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificateDocument() {
    }

    public static FormalDocument of(CourseView course, EnrolmentView enrolment, String topicLabel) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Chứng nhận ông/bà: " + enrolment.fullName()));
        body.add(new Paragraph("Đã hoàn thành khóa bồi dưỡng \"" + course.title() + "\" (chủ đề: " + topicLabel + "; thời lượng "
                + course.hours().stripTrailingZeros().toPlainString() + " giờ" + period(course) + ")."));
        body.add(new Paragraph("Ngày cấp: " + DATE.format(enrolment.completedOn())
                + (enrolment.certificateExpiresOn() == null ? "; không thời hạn." : "; có giá trị đến ngày " + DATE.format(enrolment.certificateExpiresOn()) + ".")));
        body.add(new Paragraph("Mã xác minh: " + enrolment.certificateCode() + " — tra cứu tại trang /certificates/" + enrolment.certificateCode()
                + " của hệ thống WardOps."));
        return new FormalDocument(DocumentStyle.STATE, "", upper(course.organiser()), new DocumentNumber(null, "GCN", "BD"), "Thành phố Hồ Chí Minh",
                enrolment.completedOn(), "GIẤY CHỨNG NHẬN", "Hoàn thành khóa bồi dưỡng " + course.title(), List.of(new Section("", body)),
                new FormalDocument.Signer("TM. ĐƠN VỊ TỔ CHỨC", "", course.organiser()), List.of("Người được cấp;", "Lưu."));
    }

    private static String period(CourseView course) {
        List<SessionView> sessions = course.sessions();
        if (sessions.isEmpty()) {
            return "";
        }
        return "; từ ngày " + DATE.format(sessions.getFirst().heldOn()) + " đến ngày " + DATE.format(sessions.getLast().heldOn());
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
