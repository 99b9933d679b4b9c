package org.wardops.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReportingApiIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    ReportRequestManagement requests;
    @Autowired
    JsonMapper json;

    private final Map<String, String> tokens = new HashMap<>();
    private ReportingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportingFixtures(jdbc, actors, requests);
    }

    @Test
    void aWardSeesOnlyItsOwnDraftsAndTheGroupSeesNoDrafts() throws Exception {
        UUID request = fixtures.request(30, "27259", "27265");
        UUID xomChieu = fixtures.report(request, "27259");
        saveDraft(xomChieu, "xomchieu.officer", 0, Map.of("staffTotal", "42")).andExpect(status().isOk());

        mvc.perform(get("/api/v1/reports/" + xomChieu).header("Authorization", token("khanhhoi.officer")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("shared.error.access.outsideScope"));
        mvc.perform(get("/api/v1/reports/" + xomChieu).header("Authorization", token("wg15.member")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("reporting.error.report.draftOfAnotherUnit"));
        mvc.perform(get("/api/v1/reports").param("requestId", request.toString()).header("Authorization", token("khanhhoi.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitId").value(fixtures.unitId("27265").toString()));
        mvc.perform(get("/api/v1/reports/" + xomChieu).header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.staffTotal").value("42"))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.requestId").value(request.toString()))
                .andExpect(jsonPath("$.submittedAt").doesNotExist());
    }

    @Test
    void aWorkingGroupSeesOnlyItsOwnUnitsOfACityWideRequest() throws Exception {
        UUID cityRequest = jdbc.sql("SELECT id FROM reporting_request WHERE title LIKE 'Báo cáo nhanh%'").query(UUID.class).single();
        JsonNode completeness = api.read(mvc.perform(get("/api/v1/report-requests/" + cityRequest + "/completeness")
                .header("Authorization", token("wg15.member"))).andExpect(status().isOk()).andReturn());
        assertThat(completeness.get("expected").asInt()).isEqualTo(3);
        JsonNode all = api.read(mvc.perform(get("/api/v1/report-requests/" + cityRequest + "/completeness")
                .header("Authorization", token("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(all.get("expected").asInt()).isEqualTo(168);

        UUID outside = jdbc.sql("SELECT id FROM reporting_report WHERE request_id = :request AND first_submitted_at IS NOT NULL "
                        + "AND unit_id NOT IN (:ours) ORDER BY id LIMIT 1").param("request", cityRequest)
                .param("ours", java.util.List.of(fixtures.unitId("27259"), fixtures.unitId("27265"), fixtures.unitId("27286")))
                .query(UUID.class).single();
        mvc.perform(get("/api/v1/reports/" + outside).header("Authorization", token("wg15.member")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/" + outside + "/accept").header("Authorization", token("wg15.lead")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badAnswersAreRefusedWithEveryFieldErrorAndTheDraftStays() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        saveDraft(report, "xomchieu.officer", 0, Map.of("staffTotal", "42", "results", "Đã làm")).andExpect(status().isOk());

        saveDraft(report, "xomchieu.officer", 1, Map.of("staffTotal", "600", "onlineRate", "nhiều", "staffShortage", "2.5",
                "itSkills", "Xuất sắc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("answers.staffTotal", "answers.onlineRate", "answers.staffShortage",
                        "answers.itSkills")))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.staffTotal')].message").value("Giá trị phải từ 0 đến 500."));
        assertThat(fixtures.version(report)).isEqualTo(1);

        mvc.perform(post("/api/v1/reports/" + report + "/submit").header("Authorization", token("xomchieu.chair")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("answers.staffShortage", "answers.dedicatedItOfficer",
                        "answers.onlineRate", "answers.difficulties", "answers.recommendations")))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.difficulties')].code").value("reporting.error.answer.required"));
        assertThat(fixtures.state(report)).isEqualTo("DRAFT");
        assertThat(fixtures.version(report)).isEqualTo(1);
        mvc.perform(get("/api/v1/reports/" + report).header("Authorization", token("xomchieu.officer")))
                .andExpect(jsonPath("$.answers.results").value("Đã làm"));
    }

    @Test
    void onlyTheUnitLeaderSubmitsOnlyTheGroupDecidesAndOnlyInTheRightState() throws Exception {
        UUID request = fixtures.request(30, "27259", "27265");
        UUID report = fixtures.report(request, "27259");
        saveDraft(report, "xomchieu.officer", 0, ReportingFixtures.COMPLETE).andExpect(status().isOk());

        mvc.perform(post("/api/v1/reports/" + report + "/submit").header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("reporting.error.report.onlyLeaderSubmits"));
        UUID khanhHoi = fixtures.report(request, "27265");
        mvc.perform(post("/api/v1/reports/" + khanhHoi + "/submit").header("Authorization", token("xomchieu.chair")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/" + report + "/accept").header("Authorization", token("wg15.lead")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("reporting.error.report.notSubmitted"));
        assertThat(fixtures.state(report)).isEqualTo("DRAFT");

        mvc.perform(post("/api/v1/reports/" + report + "/submit").header("Authorization", token("xomchieu.chair")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedAt").exists());
        saveDraft(report, "xomchieu.officer", 2, Map.of("results", "Sửa sau khi nộp")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/reports/" + report + "/return").header("Authorization", token("wg15.member"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("reporting.error.report.reasonRequired"));
        mvc.perform(post("/api/v1/reports/" + report + "/accept").header("Authorization", token("xomchieu.chair")))
                .andExpect(status().isForbidden());
        assertThat(fixtures.state(report)).isEqualTo("SUBMITTED");

        mvc.perform(post("/api/v1/reports/" + report + "/return").header("Authorization", token("wg15.member"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Bổ sung số liệu hồ sơ trực tuyến\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
        mvc.perform(post("/api/v1/reports/" + report + "/submit").header("Authorization", token("xomchieu.chair"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + report + "/accept").header("Authorization", token("wg15.lead")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

        mvc.perform(get("/api/v1/report-requests/" + request + "/completeness").header("Authorization", token("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(2))
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.onTime").value(1))
                .andExpect(jsonPath("$.rows[?(@.reportId == '" + report + "')].status").value("ACCEPTED"));
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id ORDER BY seq").param("id", report).query(String.class).list())
                .containsExactly("reporting.report.draftSaved", "reporting.report.submitted", "reporting.report.returned",
                        "reporting.report.submitted", "reporting.report.accepted");
    }

    @Test
    void aLateFirstSubmissionStaysLateAndUnsubmittedUnitsAreMissing() throws Exception {
        UUID request = fixtures.request(-1, "27259", "27265");
        UUID report = fixtures.report(request, "27259");
        saveDraft(report, "xomchieu.officer", 0, ReportingFixtures.COMPLETE).andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + report + "/submit").header("Authorization", token("xomchieu.chair"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/report-requests/" + request + "/completeness").header("Authorization", token("wg15.lead")))
                .andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.missing").value(1))
                .andExpect(jsonPath("$.onTimePercent").value(0.0))
                .andExpect(jsonPath("$.rows[?(@.reportId == '" + report + "')].status").value("SUBMITTED_LATE"));
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictNamingTheOtherAuthor() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        saveDraft(report, "xomchieu.chair", 0, Map.of("results", "Bản của Chủ tịch")).andExpect(status().isOk());
        saveDraft(report, "xomchieu.officer", 0, Map.of("results", "Bản của công chức"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("reporting.error.report.changedByOther"))
                .andExpect(jsonPath("$.detail", containsString("Ngô Văn Hậu")));
        mvc.perform(get("/api/v1/reports/" + report).header("Authorization", token("xomchieu.officer")))
                .andExpect(jsonPath("$.answers.results").value("Bản của Chủ tịch")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/reports/" + report).header("Authorization", token("xomchieu.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("shared.error.input.invalid"));
    }

    @Test
    void attachmentsAreJudgedByContentSizedChecksummedAndSafelyNamed() throws Exception {
        UUID report = fixtures.report(fixtures.request(30, "27259"), "27259");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        JsonNode attached = api.read(mvc.perform(multipart("/api/v1/reports/" + report + "/attachments").file(
                        new MockMultipartFile("file", "..\\Danh mục <thiết bị>.pdf", "application/octet-stream", pdf))
                        .param("field", "evidence").header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isCreated()).andReturn());
        assertThat(attached.get("fileName").asString()).isEqualTo("Danh mục _thiết bị_.pdf");
        assertThat(attached.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attached.get("sha256").asString()).isEqualTo(org.wardops.shared.files.AttachmentCheck.sha256(pdf));
        mvc.perform(get("/api/v1/reports/" + report).header("Authorization", token("xomchieu.officer")))
                .andExpect(jsonPath("$.answers.evidence").value(attached.get("id").asString()));
        byte[] stored = mvc.perform(get("/api/v1/reports/" + report + "/attachments/" + attached.get("id").asString())
                .header("Authorization", token("xomchieu.officer"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(stored).isEqualTo(pdf);

        long before = jdbc.sql("SELECT COUNT(*) FROM reporting_attachment").query(Long.class).single();
        mvc.perform(multipart("/api/v1/reports/" + report + "/attachments").file(
                        new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("field", "evidence").header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.attachment.typeNotAllowed"));
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        mvc.perform(multipart("/api/v1/reports/" + report + "/attachments").file(new MockMultipartFile("file", "lon.pdf", "application/pdf", huge))
                        .param("field", "evidence").header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.attachment.tooLarge"));
        mvc.perform(multipart("/api/v1/reports/" + report + "/attachments").file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                        .param("field", "results").header("Authorization", token("xomchieu.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.attachment.notAnAttachmentField"));
        mvc.perform(multipart("/api/v1/reports/" + report + "/attachments").file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                        .param("field", "evidence").header("Authorization", token("khanhhoi.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_attachment").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void requestsNeedAValidPeriodTemplateDeadlineAndUnitsInScope() throws Exception {
        mvc.perform(post("/api/v1/report-requests").header("Authorization", token("wg15.lead")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2025-13\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("templateId", "period", "deadline")));
        String outside = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE province_code = '79' AND type = 'WARD' "
                + "AND code NOT IN ('27259', '27265', '27286') ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(post("/api/v1/report-requests").header("Authorization", token("wg15.lead")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"templateId\":\"" + fixtures.templateId() + "\",\"period\":\"2025-Q4\",\"deadline\":\"2025-12-31\",\"unitIds\":[\""
                                + outside + "\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/report-requests").header("Authorization", token("xomchieu.officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"templateId\":\"" + fixtures.templateId() + "\",\"period\":\"2025-Q4\",\"deadline\":\"2025-12-31\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/report-requests").header("Authorization", token("wg15.lead")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"templateId\":\"" + fixtures.templateId() + "\",\"period\":\"2025-Q4\",\"deadline\":\"2025-12-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitIds.length()").value(3))
                .andExpect(jsonPath("$.period").value("2025-Q4"));
    }

    private org.springframework.test.web.servlet.ResultActions saveDraft(UUID report, String username, long version, Map<String, String> answers)
            throws Exception {
        return mvc.perform(put("/api/v1/reports/" + report).header("Authorization", token(username)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("version", version, "answers", answers))));
    }

    private String token(String username) throws Exception {
        String token = tokens.get(username);
        if (token == null) {
            token = api.bearer(username);
            tokens.put(username, token);
        }
        return token;
    }
}
