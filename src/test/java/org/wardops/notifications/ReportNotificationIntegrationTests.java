package org.wardops.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.reporting.NewReportRequest;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportView;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every transition of a unit's report reaches the inboxes of the people it concerns. */
class ReportNotificationIntegrationTests extends IntegrationTest {

    static final Map<String, String> COMPLETE = Map.ofEntries(
            Map.entry("staffTotal", "42"), Map.entry("staffShortage", "6"), Map.entry("dedicatedItOfficer", "false"),
            Map.entry("applicationsReceived", "1860"), Map.entry("onlineRate", "78.5"), Map.entry("onTimeRate", "97.2"),
            Map.entry("itSkills", "Không đồng đều"), Map.entry("equipment", "Máy tính cũ, không đồng bộ."),
            Map.entry("results", "Bộ máy vận hành thông suốt."), Map.entry("difficulties", "Chưa có công chức chuyên trách chuyển đổi số."),
            Map.entry("recommendations", "Bố trí biên chế chuyên trách chuyển đổi số."));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRequestManagement requests;
    @Autowired
    ReportManagement reports;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(EventBacklog.EXECUTOR)
    Object notificationsExecutor;

    @org.junit.jupiter.api.BeforeEach
    void demoEventsHandled() {
        EventBacklog.awaitDrained(notificationsExecutor);
    }

    @Test
    void aReportsWholeWayReachesTheUnitAndTheWorkingGroup() throws Exception {
        String title = "Báo cáo kiểm thử thông báo " + UUID.randomUUID();
        UUID request = actors.as("wg15.lead", () -> requests.request(new NewReportRequest(templateId(), "2025-W47",
                List.of(unitId("27259"), unitId("27265")), LocalDate.now().plusDays(30), title, null))).id();
        UUID xomChieu = report(request, "27259");
        UUID khanhHoi = report(request, "27265");

        await().atMost(Duration.ofSeconds(20)).until(() -> count(xomChieu, "REPORT_REQUESTED") == reached("27259", NotificationKind.REPORT_REQUESTED)
                && count(khanhHoi, "REPORT_REQUESTED") == reached("27265", NotificationKind.REPORT_REQUESTED));
        JsonNode requested = inboxEntry("xomchieu.officer", xomChieu, "REPORT_REQUESTED");
        assertThat(requested.get("title").asString()).isEqualTo(title);
        assertThat(requested.get("link").asString()).isEqualTo("/reports/" + xomChieu);
        assertThat(count(xomChieu, "REPORT_SUBMITTED")).isZero();

        actors.as("xomchieu.officer", () -> reports.saveDraft(xomChieu, 0, COMPLETE, List.of()));
        actors.as("xomchieu.chair", () -> reports.submit(xomChieu));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(xomChieu, "REPORT_SUBMITTED") == groupMembers());
        JsonNode submitted = inboxEntry("wg15.member", xomChieu, "REPORT_SUBMITTED");
        assertThat(submitted.get("title").asString()).startsWith(title).contains("Xóm Chiếu");
        assertThat(recipientUnits(xomChieu, "REPORT_SUBMITTED")).doesNotContain(unitId("27259"));

        actors.as("wg15.member", () -> reports.returnForCorrection(xomChieu, "Bổ sung số liệu tháng 10"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(xomChieu, "REPORT_RETURNED") == reached("27259", NotificationKind.REPORT_RETURNED));
        assertThat(inboxEntry("xomchieu.officer", xomChieu, "REPORT_RETURNED").get("detail").asString())
                .isEqualTo("Bổ sung số liệu tháng 10");
        assertThat(inboxEntry("xomchieu.chair", xomChieu, "REPORT_RETURNED")).isNotNull();
        assertThat(recipientUnits(xomChieu, "REPORT_RETURNED")).containsOnly(unitId("27259"));

        actors.as("xomchieu.chair", () -> reports.submit(xomChieu));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(xomChieu, "REPORT_SUBMITTED") == 2 * groupMembers());
        ReportView accepted = actors.as("wg15.lead", () -> reports.accept(xomChieu));
        assertThat(accepted.state().name()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(xomChieu, "REPORT_ACCEPTED") == reached("27259", NotificationKind.REPORT_ACCEPTED));
        assertThat(recipientUnits(xomChieu, "REPORT_ACCEPTED")).containsOnly(unitId("27259"));
        assertThat(count(khanhHoi, "REPORT_RETURNED")).isZero();

        long mails = jdbc.sql("SELECT COUNT(*) FROM notifications_mail m JOIN directory_person p ON p.id = m.person_id "
                        + "JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = '27259' AND m.subject LIKE :subject")
                .param("subject", "%" + title + "%").query(Long.class).single();
        assertThat(mails).isEqualTo(3 * Recipients.reached(jdbc, "27259", NotificationKind.REPORT_REQUESTED, true));
    }

    private JsonNode inboxEntry(String username, UUID reportId, String kind) throws Exception {
        JsonNode inbox = api.read(mvc.perform(get("/api/v1/notifications").param("size", "100")
                .header("Authorization", api.bearer(username))).andReturn());
        for (JsonNode item : inbox.get("items")) {
            if (item.get("link").asString().equals("/reports/" + reportId) && item.get("kind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError(username + " has no " + kind + " for " + reportId);
    }

    private UUID templateId() {
        return jdbc.sql("SELECT id FROM reporting_template WHERE name = :name AND version_no = 1")
                .param("name", "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW").query(UUID.class).single();
    }

    private UUID unitId(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    private UUID report(UUID requestId, String unitCode) {
        return jdbc.sql("SELECT id FROM reporting_report WHERE request_id = :request AND unit_id = :unit")
                .param("request", requestId).param("unit", unitId(unitCode)).query(UUID.class).single();
    }

    private long count(UUID reportId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE subject_id = :id AND kind = :kind")
                .param("id", reportId).param("kind", kind).query(Long.class).single();
    }

    private List<UUID> recipientUnits(UUID reportId, String kind) {
        return jdbc.sql("SELECT DISTINCT p.unit_id FROM notifications_notification n JOIN directory_person p ON p.id = n.person_id "
                        + "WHERE n.subject_id = :id AND n.kind = :kind")
                .param("id", reportId).param("kind", kind).query(UUID.class).list();
    }

    private long reached(String unitCode, NotificationKind kind) {
        return Recipients.reached(jdbc, unitCode, kind, false);
    }

    /** The members of working group no. 15, who asked for the report. */
    private long groupMembers() {
        return jdbc.sql("SELECT COUNT(DISTINCT m.person_id) FROM directory_group_member m JOIN directory_unit u ON u.id = m.working_group_id "
                + "WHERE u.code = '79-TCT-15'").query(Long.class).single();
    }
}
