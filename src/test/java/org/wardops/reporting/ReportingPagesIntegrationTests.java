package org.wardops.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReportingPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    ReportRequestManagement requests;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportTemplateManagement templates;

    private ReportingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportingFixtures(jdbc, actors, requests);
    }

    @Test
    void theFormKeepsEverythingTypedAndShowsEveryErrorInPlaceWithoutJavaScript() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        mvc.perform(post("/reports/" + report).with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("version", "0").param("answers.staffTotal", "600").param("answers.onlineRate", "bảy mươi")
                        .param("answers.results", "Bộ máy vận hành <b>thông suốt</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"600\"")))
                .andExpect(content().string(containsString("value=\"bảy mươi\"")))
                .andExpect(content().string(containsString("Bộ máy vận hành &lt;b&gt;thông suốt&lt;/b&gt;")))
                .andExpect(content().string(containsString("id=\"answers.staffTotal-error\"")))
                .andExpect(content().string(containsString("Giá trị phải từ 0 đến 500.")))
                .andExpect(content().string(containsString("Vui lòng nhập một số, ví dụ 12,5.")));
        assertThat(fixtures.version(report)).isZero();

        mvc.perform(post("/reports/" + report).with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("version", "0").param("answers.staffTotal", "42").param("answers.onlineRate", "70"))
                .andExpect(redirectedUrl("/reports/" + report));
        mvc.perform(get("/reports/" + report).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("value=\"42\"")))
                .andExpect(content().string(containsString("Huỳnh Thị Mai")));
    }

    @Test
    void aStaleSaveShowsTheOtherAuthorAndKeepsWhatWasTyped() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        mvc.perform(post("/reports/" + report).with(csrf()).with(actors.session("xomchieu.chair"))
                        .param("version", "0").param("answers.results", "Bản của Chủ tịch"))
                .andExpect(redirectedUrl("/reports/" + report));
        mvc.perform(post("/reports/" + report).with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("version", "0").param("answers.results", "Bản của công chức"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngô Văn Hậu đã lưu báo cáo này lúc")))
                .andExpect(content().string(containsString("Bản của công chức</textarea>")))
                .andExpect(content().string(containsString("<q>Bản của Chủ tịch</q>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("SELECT answers FROM reporting_report WHERE id = :id").param("id", report).query(String.class).single())
                .contains("Bản của Chủ tịch");
    }

    @Test
    void filesTravelWithTheDraftAndBadFilesAreRefusedInPlace() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
        mvc.perform(multipart("/reports/" + report).file(new MockMultipartFile("file.evidence", "anh may tinh.png", "image/png", png))
                        .param("version", "0").param("answers.staffTotal", "42").with(csrf()).with(actors.session("xomchieu.officer")))
                .andExpect(redirectedUrl("/reports/" + report));
        mvc.perform(get("/reports/" + report).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("anh may tinh.png")));
        mvc.perform(multipart("/reports/" + report).file(new MockMultipartFile("file.evidence", "virus.pdf", "application/pdf",
                                "#!/bin/sh".getBytes(StandardCharsets.US_ASCII)))
                        .param("version", "1").param("answers.staffTotal", "43").with(csrf()).with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"43\"")))
                .andExpect(content().string(containsString("Chỉ nhận tệp PDF")));
        assertThat(fixtures.version(report)).isEqualTo(1);
    }

    @Test
    void pagesRefuseActorsOutsideTheScope() throws Exception {
        UUID request = fixtures.request(30, "27259");
        UUID report = fixtures.report(request, "27259");
        mvc.perform(get("/reports/" + report).with(actors.session("khanhhoi.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + report).with(actors.session("wg15.member")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bản nháp báo cáo chỉ đơn vị soạn thảo được xem")));
        mvc.perform(post("/reports/" + report + "/submit").with(csrf()).with(actors.session("xomchieu.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/report-requests/" + request).with(actors.session("dept.sci"))).andExpect(status().isForbidden());
        assertThat(fixtures.state(report)).isEqualTo("DRAFT");
    }

    @Test
    void returningWithoutAReasonIsRefusedOnThePage() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        actors.as("xomchieu.officer", () -> reports.saveDraft(report, 0, ReportingFixtures.COMPLETE, java.util.List.of()));
        actors.as("xomchieu.chair", () -> reports.submit(report));
        mvc.perform(post("/reports/" + report + "/return").param("reason", " ").with(csrf()).with(actors.session("wg15.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi lý do trả lại báo cáo.")));
        assertThat(fixtures.state(report)).isEqualTo("SUBMITTED");
        mvc.perform(post("/reports/" + report + "/accept").with(csrf()).with(actors.session("wg15.lead")))
                .andExpect(redirectedUrl("/reports/" + report));
        assertThat(fixtures.state(report)).isEqualTo("ACCEPTED");
        mvc.perform(get("/reports/" + report).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(not(containsString("id=\"report-form\""))));
    }

    @Test
    void theMatrixSortsServesHtmxAPartialAndExportsXlsx() throws Exception {
        UUID cityRequest = jdbc.sql("SELECT id FROM reporting_request WHERE title LIKE 'Báo cáo nhanh%'").query(UUID.class).single();
        long started = System.nanoTime();
        mvc.perform(get("/report-requests/" + cityRequest).param("sort", "status").with(actors.session("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Chưa nộp (quá hạn)")))
                .andExpect(content().string(containsString("Đã nộp muộn")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Completeness matrix of 168 units rendered in {} ms", millis);
        mvc.perform(get("/report-requests/" + cityRequest).param("sort", "submitted").header("HX-Request", "true").with(actors.session("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"matrix\"")));
        byte[] xlsx = mvc.perform(get("/report-requests/" + cityRequest + "/completeness.xlsx").with(actors.session("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).startsWith("Phường");
            assertThat(sheet.getLastRowNum()).as("3 units of the group, a blank row and 7 totals").isEqualTo(2 + 3 + 1 + 7);
        }
    }

    @Test
    void templatesAreVersionedAndReportsKeepTheirVersion() throws Exception {
        UUID v1 = fixtures.templateId();
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        ReportTemplateView v2 = actors.as("admin", () -> {
            ReportTemplateView current = templates.template(v1);
            java.util.List<TemplateSection> sections = new java.util.ArrayList<>(current.sections());
            sections.add(new TemplateSection(Texts.of("V. Ý kiến khác", "V. Other remarks", "V. Sonstiges"), java.util.List.of(
                    new TemplateField("remarks", FieldType.TEXT, Texts.of("Ý kiến khác", "Other remarks", "Sonstiges"), null, false, null, null,
                            java.util.List.of()))));
            return templates.newVersion(v1, sections);
        });
        assertThat(v2.version()).isGreaterThanOrEqualTo(2);
        assertThat(v2.familyId()).isEqualTo(jdbc.sql("SELECT family_id FROM reporting_template WHERE id = :id").param("id", v1).query(UUID.class).single());
        assertThat(v2.field("remarks")).isPresent();
        assertThat(jdbc.sql("SELECT template_id FROM reporting_report WHERE id = :id").param("id", report).query(UUID.class).single()).isEqualTo(v1);
        mvc.perform(get("/reports/" + report).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(not(containsString("answers.remarks"))));
        mvc.perform(get("/admin/report-templates/" + v2.id()).with(actors.session("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("answers.remarks")));
        mvc.perform(post("/admin/report-templates/" + v1 + "/versions").with(csrf()).with(actors.session("xomchieu.chair")))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actors.as("xomchieu.officer",
                        () -> reports.saveDraft(report, 0, Map.of("remarks", "x"), java.util.List.of())))
                .isInstanceOf(org.wardops.shared.InvalidInputException.class);
    }

    @Test
    void aWorkingGroupRequestsReportsFromTheFormAndARefusalKeepsTheInput() throws Exception {
        mvc.perform(get("/report-requests/new").with(actors.session("wg15.lead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phường Vĩnh Hội")));
        long before = jdbc.sql("SELECT COUNT(*) FROM reporting_request").query(Long.class).single();
        mvc.perform(post("/report-requests").with(csrf()).with(actors.session("wg15.lead"))
                        .param("templateId", fixtures.templateId().toString()).param("period", "2025-13").param("title", "Báo cáo quý"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2025-13\"")))
                .andExpect(content().string(containsString("Kỳ báo cáo \"2025-13\" không hợp lệ")))
                .andExpect(content().string(containsString("Vui lòng chọn hạn nộp.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_request").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/report-requests").with(csrf()).with(actors.session("wg15.lead"))
                        .param("templateId", fixtures.templateId().toString()).param("period", "2025-Q4").param("deadline", "2026-01-10"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_request").query(Long.class).single()).isEqualTo(before + 1);
        mvc.perform(get("/report-requests/new").with(actors.session("xomchieu.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void theReviewerSeesThePreviousReportOfTheUnitBesideEachAnswer() throws Exception {
        UUID earlier = fixtures.report(fixtures.request(399, "27259"), "27259");
        UUID later = fixtures.report(fixtures.request(400, "27259"), "27259");
        java.util.Map<String, String> before = new java.util.HashMap<>(ReportingFixtures.COMPLETE);
        before.put("staffTotal", "77");
        actors.as("xomchieu.officer", () -> reports.saveDraft(earlier, 0, before, java.util.List.of()));
        actors.as("xomchieu.chair", () -> reports.submit(earlier));
        actors.as("xomchieu.officer", () -> reports.saveDraft(later, 0, ReportingFixtures.COMPLETE, java.util.List.of()));
        actors.as("xomchieu.chair", () -> reports.submit(later));
        mvc.perform(get("/reports/" + later).with(actors.session("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"previous-report\"")))
                .andExpect(content().string(containsString("Kỳ trước: 77")));
    }
}
