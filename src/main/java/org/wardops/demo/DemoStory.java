package org.wardops.demo;

import java.util.List;
import java.util.Map;

/** What the wards of working group no. 15 reported and what the session decided, in Vietnamese (PRODUCT.md §1). */
final class DemoStory {

    static final String XOM_CHIEU_RECOMMENDATION = "Bố trí biên chế công chức chuyên trách chuyển đổi số cho phường; đầu tư đồng bộ máy tính, "
            + "đường truyền, thiết bị lưu trữ và bảo đảm an toàn thông tin.";
    static final String KHANH_HOI_RECOMMENDATION = "Bổ sung nhân sự tương xứng với khối lượng công việc; có cơ chế, nguồn lực hỗ trợ di dời "
            + "người dân ra khỏi các chung cư cũ, hư hỏng, xuống cấp.";
    static final String VINH_HOI_RECOMMENDATION = "Thành phố tổ chức đào tạo toàn diện về công nghệ và chuyển đổi số cho cán bộ, công chức phường.";

    private DemoStory() {
    }

    static Map<String, String> xomChieu() {
        return Map.ofEntries(
                Map.entry("staffTotal", "42"), Map.entry("staffShortage", "6"), Map.entry("dedicatedItOfficer", "false"),
                Map.entry("concurrentPosts", "Nhiều công chức kiêm nhiệm từ hai đến ba vị trí; công chức Văn phòng HĐND và UBND phường kiêm nhiệm "
                        + "nhiệm vụ chuyển đổi số nên một số việc còn chậm."),
                Map.entry("applicationsReceived", "1860"), Map.entry("onlineRate", "78.5"), Map.entry("onTimeRate", "97.2"),
                Map.entry("itSkills", "Không đồng đều"),
                Map.entry("equipment", "Trang thiết bị công nghệ thông tin đã cũ, không đồng bộ; chưa đáp ứng yêu cầu kết nối, lưu trữ dữ liệu "
                        + "và bảo đảm an toàn thông tin."),
                Map.entry("results", "Bộ máy phường vận hành thông suốt từ ngày 01/7/2025. Trung tâm Phục vụ hành chính công phường tiếp nhận và "
                        + "trả kết quả đúng quy định. Tổ công nghệ số cộng đồng của Đoàn Thanh niên hỗ trợ người dân nộp hồ sơ trực tuyến."),
                Map.entry("difficulties", "Phường chưa có công chức chuyên trách chuyển đổi số; cán bộ, công chức kiêm nhiệm nhiều việc; kỹ năng "
                        + "công nghệ thông tin không đồng đều làm chậm một số nhiệm vụ; trang thiết bị cũ, không đồng bộ."),
                Map.entry("recommendations", XOM_CHIEU_RECOMMENDATION));
    }

    static Map<String, String> khanhHoi() {
        return Map.ofEntries(
                Map.entry("staffTotal", "45"), Map.entry("staffShortage", "9"), Map.entry("dedicatedItOfficer", "true"),
                Map.entry("concurrentPosts", "Thiếu nhân sự so với khối lượng công việc rất lớn, nhiều công chức phải kiêm nhiệm."),
                Map.entry("applicationsReceived", "2410"), Map.entry("onlineRate", "72"), Map.entry("onTimeRate", "95.8"),
                Map.entry("itSkills", "Khá"),
                Map.entry("equipment", "Hạ tầng trụ sở và đường truyền còn nhiều bất cập; thiết bị lưu trữ chưa đủ dung lượng."),
                Map.entry("results", "Hoàn thành các nhiệm vụ được giao trong tháng; duy trì tiếp công dân và giải quyết hồ sơ đúng hạn."),
                Map.entry("difficulties", "Hạ tầng còn nhiều bất cập; thiếu nhân sự so với khối lượng công việc rất lớn; nhiệm vụ khó như di dời "
                        + "người dân ra khỏi các chung cư cũ, hư hỏng, xuống cấp trên địa bàn."),
                Map.entry("recommendations", KHANH_HOI_RECOMMENDATION));
    }

    static Map<String, String> vinhHoi() {
        return Map.ofEntries(
                Map.entry("staffTotal", "38"), Map.entry("staffShortage", "7"), Map.entry("dedicatedItOfficer", "false"),
                Map.entry("applicationsReceived", "1530"), Map.entry("onlineRate", "69.4"), Map.entry("onTimeRate", "96.1"),
                Map.entry("itSkills", "Còn hạn chế"),
                Map.entry("equipment", "Hạ tầng công nghệ thông tin yếu, đường truyền không ổn định vào giờ cao điểm."),
                Map.entry("results", "Tổ chức tốt việc tiếp nhận hồ sơ; vận động người dân sử dụng dịch vụ công trực tuyến."),
                Map.entry("difficulties", "Hạ tầng yếu; thiếu cán bộ có trình độ chuyên môn phù hợp với yêu cầu của chính quyền hai cấp."),
                Map.entry("recommendations", VINH_HOI_RECOMMENDATION));
    }

    /** A plausible routine report of any unit; the index varies the figures. */
    static Map<String, String> routine(String unitName, int index) {
        return Map.ofEntries(
                Map.entry("staffTotal", Integer.toString(30 + index % 25)), Map.entry("staffShortage", Integer.toString(index % 9)),
                Map.entry("dedicatedItOfficer", index % 4 == 0 ? "false" : "true"),
                Map.entry("applicationsReceived", Integer.toString(900 + (index * 37) % 2200)),
                Map.entry("onlineRate", Integer.toString(55 + (index * 7) % 40)), Map.entry("onTimeRate", Integer.toString(90 + index % 10)),
                Map.entry("itSkills", List.of("Tốt", "Khá", "Không đồng đều", "Còn hạn chế").get(index % 4)),
                Map.entry("equipment", "Trang thiết bị cơ bản đáp ứng yêu cầu; một số máy tính cần thay thế."),
                Map.entry("results", unitName + " vận hành ổn định bộ máy chính quyền hai cấp, giải quyết hồ sơ đúng quy định."),
                Map.entry("difficulties", "Khối lượng công việc tăng sau sắp xếp; một số cán bộ chưa quen quy trình mới."),
                Map.entry("recommendations", "Tiếp tục tập huấn nghiệp vụ và hỗ trợ trang thiết bị."));
    }

    static List<String> agenda() {
        return List.of(
                "Các phường báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW và kiến nghị tháo gỡ khó khăn trong vận hành chính quyền hai cấp",
                "Thành viên Tổ công tác trao đổi, phản hồi từng kiến nghị",
                "Tổ trưởng Tổ công tác kết luận");
    }

    static String minutes() {
        return "<p>Buổi làm việc bắt đầu lúc 08 giờ 00. Đồng chí Tổ trưởng nêu mục đích, yêu cầu của buổi làm việc.</p>"
                + "<p><strong>Phường Xóm Chiếu</strong> báo cáo: chưa có công chức chuyên trách chuyển đổi số, cán bộ kiêm nhiệm nhiều việc, "
                + "kỹ năng công nghệ thông tin không đồng đều; trang thiết bị cũ, không đồng bộ, chưa đáp ứng yêu cầu kết nối, lưu trữ và an toàn thông tin.</p>"
                + "<p><strong>Phường Khánh Hội</strong> báo cáo: hạ tầng còn bất cập, thiếu nhân sự so với khối lượng công việc rất lớn; "
                + "nhiệm vụ di dời người dân ra khỏi các chung cư cũ, hư hỏng còn nhiều khó khăn.</p>"
                + "<p><strong>Phường Vĩnh Hội</strong> báo cáo: hạ tầng yếu, thiếu cán bộ có trình độ chuyên môn; kiến nghị Thành phố đào tạo "
                + "toàn diện về công nghệ và chuyển đổi số.</p>"
                + "<p>Các thành viên Tổ công tác trao đổi, phản hồi từng kiến nghị (xem bảng kiến nghị và ý kiến phản hồi).</p>"
                + "<ul><li>Đồng chí Phó Trưởng ban Tổ chức Thành ủy phản hồi về biên chế.</li>"
                + "<li>Đại diện Sở Nội vụ phản hồi về đào tạo, bồi dưỡng.</li></ul>"
                + "<p>Buổi làm việc kết thúc lúc 11 giờ 30 cùng ngày.</p>";
    }

    static List<String> conclusions() {
        return List.of(
                "Ghi nhận các phường đã hoàn thành tốt nhiệm vụ được giao; các xã, phường có nhiều cách làm hay, sáng tạo trong phục vụ người dân, "
                        + "cần được nhân rộng.",
                "Tăng cường vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, …) trong hỗ trợ "
                        + "người dân chuyển đổi số và sử dụng dịch vụ công trực tuyến.",
                "Các đơn vị rà soát toàn bộ nhiệm vụ trước cuối năm để đẩy nhanh tiến độ thực hiện, ưu tiên trước các nhiệm vụ liên quan đến đời sống "
                        + "người dân.",
                "Tổ công tác tổng hợp các khó khăn chung của các phường, kịp thời đề xuất Thành ủy cơ chế tháo gỡ.");
    }
}
