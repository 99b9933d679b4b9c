package org.wardops.supervision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupervisionIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theDemoSessionCarriesMinutesFeedbackAndNumberedConclusions() throws Exception {
        UUID session = demoSession();
        mvc.perform(get("/api/v1/sessions/" + session).header("Authorization", api.bearer("wg15.member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitIds.length()").value(3))
                .andExpect(jsonPath("$.participants[0].role").value("CHAIR"))
                .andExpect(jsonPath("$.participants[0].fullName").value("Phạm Thị Thu Hà"))
                .andExpect(jsonPath("$.feedback.length()").value(3))
                .andExpect(jsonPath("$.reportIds.length()").value(3))
                .andExpect(jsonPath("$.conclusions[0].number").value(1))
                .andExpect(jsonPath("$.conclusions[3].number").value(4))
                .andExpect(jsonPath("$.conclusions[2].text", containsString("đời sống người dân")))
                .andExpect(jsonPath("$.noticeNumber").value(1));
        mvc.perform(get("/sessions/" + session).with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội")))
                .andExpect(content().string(containsString("<strong>Phường Xóm Chiếu</strong>")));
        mvc.perform(get("/programmes").with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("249-KH/UBKTTW")));
        mvc.perform(get("/supervision").with(actors.session("wg15.lead")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void sessionsAreRefusedOutsideTheScope() throws Exception {
        UUID session = demoSession();
        mvc.perform(get("/api/v1/sessions/" + session).header("Authorization", api.bearer("dept.sci"))).andExpect(status().isForbidden());
        mvc.perform(get("/sessions/" + session).with(actors.session("dept.sci"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sessions").header("Authorization", api.bearer("khanhhoi.officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        UUID group = unit("79-TCT-15");
        String otherWard = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE province_code = '79' AND type = 'WARD' "
                + "AND code NOT IN ('27259', '27265', '27286') ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(post("/api/v1/sessions").header("Authorization", api.bearer("wg15.lead")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("programmeId", programme(), "workingGroupId", group, "heldOn", "2025-12-05",
                                "place", "Phường khác", "unitIds", List.of(otherWard)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("supervision.error.session.unitNotSupervised"));
    }

    @Test
    void aNewSessionKeepsNoScriptInItsMinutesAndNumbersItsConclusionsAndNotice() throws Exception {
        UUID xomChieu = unit("27259");
        long before = jdbc.sql("SELECT COUNT(*) FROM supervision_session").query(Long.class).single();
        JsonNode created = api.read(mvc.perform(post("/api/v1/sessions").header("Authorization", api.bearer("wg15.lead"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("programmeId", programme(), "heldOn", "2025-12-05",
                                "place", "Phường Xóm Chiếu", "unitIds", List.of(xomChieu),
                                "agenda", List.of("Rà soát nhiệm vụ cuối năm"),
                                "minutes", "<p onclick=\"alert(1)\">Biên bản <b>họp</b></p><script>alert('x')</script><a href=\"javascript:alert(1)\">liên kết</a>",
                                "feedback", List.of(Map.of("unitId", xomChieu, "recommendation", "Bổ sung máy tính", "response", "Sở KH&CN xem xét")),
                                "conclusions", List.of("Rà soát nhiệm vụ trước cuối năm.", "Ưu tiên nhiệm vu liên quan đời sống người dân.")))))
                .andExpect(status().isCreated()).andReturn());
        String minutes = created.get("minutes").asString();
        assertThat(minutes).contains("Biên bản <b>họp</b>").doesNotContain("script", "onclick", "javascript");
        assertThat(created.get("conclusions").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(created.get("noticeNumber").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_session").query(Long.class).single()).isEqualTo(before + 1);
        mvc.perform(get("/sessions/" + created.get("id").asString()).with(actors.session("wg15.member")))
                .andExpect(content().string(not(containsString("alert("))));
    }

    @Test
    void theConclusionNoticeRendersAsDocxAndPdfWithVietnameseIntact() throws Exception {
        UUID session = demoSession();
        byte[] docx = mvc.perform(get("/api/v1/sessions/" + session + "/conclusions/document").param("format", "docx")
                        .header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "TỔ CÔNG TÁC SỐ 15",
                    "Số 01-TB/TCT", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2025", "THÔNG BÁO KẾT LUẬN", "1. Ghi nhận các phường",
                    "4. Tổ công tác tổng hợp các khó khăn chung", "TỔ TRƯỞNG", "Phạm Thị Thu Hà");
        }
        byte[] pdf = mvc.perform(get("/api/v1/sessions/" + session + "/conclusions/document").param("format", "pdf").param("style", "state")
                        .header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 01/TB-TCT", "THÔNG BÁO KẾT LUẬN",
                    "ưu tiên trước các nhiệm vụ liên quan đến đời sống", "Phạm Thị Thu Hà");
        }
        mvc.perform(get("/sessions/" + session + "/minutes/document").param("format", "pdf").with(actors.session("wg15.member")))
                .andExpect(status().isOk());
    }

    @Test
    void aUnitsReportRendersInBothFormats() throws Exception {
        UUID report = jdbc.sql("SELECT r.id FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id "
                + "WHERE q.title LIKE 'Báo cáo kết quả thực hiện Kế hoạch 249%tháng 10/2025' AND r.unit_id = :unit")
                .param("unit", unit("27259")).query(UUID.class).single();
        byte[] docx = mvc.perform(get("/api/v1/reports/" + report + "/document").param("format", "docx").param("style", "state")
                .header("Authorization", api.bearer("xomchieu.chair"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            // a People's Committee heads its documents alone: no superior body above it (Decree 30/2020, Appendix I)
            assertThat(text.getText()).doesNotContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
            assertThat(text.getText()).contains("ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 01/BC-UBND", "Phường Xóm Chiếu, ngày 22 tháng 10 năm 2025", "BÁO CÁO",
                    "Tổng số cán bộ, công chức hiện có", "kiêm nhiệm nhiều việc", "Ngô Văn Hậu");
        }
        byte[] pdf = mvc.perform(get("/reports/" + report + "/document").param("format", "pdf").param("style", "party")
                .with(actors.session("wg15.member"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY PHƯỜNG XÓM CHIẾU", "Số 01-BC/ĐU", "kiêm nhiệm");
        }
        mvc.perform(get("/api/v1/reports/" + report + "/document").param("format", "odt").header("Authorization", api.bearer("xomchieu.chair")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/" + report + "/document").header("Authorization", api.bearer("dept.sci")))
                .andExpect(status().isForbidden());
    }

    private UUID demoSession() {
        return jdbc.sql("SELECT id FROM supervision_session WHERE held_on = :day").param("day", java.time.LocalDate.of(2025, 10, 30))
                .query(UUID.class).single();
    }

    private UUID programme() {
        return jdbc.sql("SELECT id FROM supervision_programme WHERE code = '249-KH/UBKTTW'").query(UUID.class).single();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
