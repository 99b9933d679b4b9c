package org.wardops.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ClockedIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The task pages, without JavaScript: lists, the task page and its forms, refusals, the year-end board, statistics. */
class TaskPagesIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTaskListServesTheFullPageOrJustTheTableToHtmx() throws Exception {
        String page = page(get("/tasks").param("q", "tap huan").with(actors.session("vinhhoi.officer")));
        assertThat(page).contains("<html").contains("Tổ chức tập huấn toàn diện").doesNotContain("Di dời các hộ dân");
        String partial = page(get("/tasks").param("state", "IN_PROGRESS_OVERDUE").header("HX-Request", "true").with(actors.session("xomchieu.officer")));
        assertThat(partial).doesNotContain("<html").contains("Báo cáo kết quả thực hiện Kế hoạch 249");
    }

    @Test
    void theParentPageShowsTheRollUpAndThePerUnitTable() throws Exception {
        String page = page(get("/tasks/" + demoParent("Báo cáo kết quả thực hiện Kế hoạch 249")).with(actors.session("leader")));
        assertThat(page).contains("Tổng hợp").contains("Tình hình theo đơn vị").contains("Phường Khánh Hội").contains("Hoàn thành quá hạn")
                .contains("Giao cho các đơn vị");
    }

    @Test
    void aWardOfficerIsRefusedAnotherWardsTaskOnThePageAndNothingChanges() throws Exception {
        UUID khanhHoiTask = demoChild("Tăng cường vai trò", "27265");
        long version = version(khanhHoiTask);
        assertThat(mvc.perform(get("/tasks/" + khanhHoiTask).with(actors.session("xomchieu.officer"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/tasks/" + khanhHoiTask + "/complete").with(csrf()).with(actors.session("xomchieu.officer"))
                .param("note", "Xong")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(version(khanhHoiTask)).isEqualTo(version);
    }

    @Test
    void cascadingOutsideTheScopeOnThePageIsRefusedAndCreatesNothing() throws Exception {
        UUID parent = demoParent("Tổng hợp những khó khăn");
        long before = jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
        assertThat(mvc.perform(post("/tasks/" + parent + "/cascade").with(csrf()).with(actors.session("wg15.lead"))
                .param("allUnits", "true")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRefusedNewTaskFormKeepsWhatWasTypedAndExplainsTheDates() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
        String page = page(post("/tasks").with(csrf()).with(actors.session("leader"))
                .param("title", "Kiểm tra hạ tầng công nghệ thông tin").param("startDate", "2025-11-20").param("dueDate", "2025-11-10"));
        assertThat(page).contains("value=\"Kiểm tra hạ tầng công nghệ thông tin\"").contains("Hạn hoàn thành không được trước ngày bắt đầu.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aReportWithoutANoteShowsTheMessageAtItsForm() throws Exception {
        UUID task = demoChild("Tổ chức tập huấn", "27286");
        long version = version(task);
        String page = page(post("/tasks/" + task + "/progress").with(csrf()).with(actors.session("vinhhoi.officer")).param("percent", "20"));
        assertThat(page).contains("Hãy nhập nội dung.");
        assertThat(version(task)).isEqualTo(version);
        assertThat(mvc.perform(post("/tasks/" + task + "/progress").with(csrf()).with(actors.session("vinhhoi.officer"))
                .param("percent", "20").param("note", "Đã đăng ký 12 công chức")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/tasks/" + task);
    }

    @Test
    void theYearEndBoardOffersItsDownloadsForTheSameScope() throws Exception {
        String page = page(get("/tasks/year-end-review").with(actors.session("xomchieu.chair")));
        assertThat(page).contains("id=\"year-end-export\"").contains("Tải bảng tính (XLSX)").contains("Báo cáo UBND (PDF)")
                .contains("/tasks/year-end-review/export?unitId=");
        var response = mvc.perform(get("/tasks/year-end-review/export").param("format", "docx").param("style", "party")
                .with(actors.session("xomchieu.chair"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".docx");
        assertThat(mvc.perform(get("/tasks/year-end-review/export").param("format", "xlsx").param("city", "true")
                .with(actors.session("xomchieu.chair"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aNewTaskNamesItsCoordinatingUnitsWhichThenSeeIt() throws Exception {
        String form = page(get("/tasks/new").with(actors.session("xomchieu.chair")));
        assertThat(form).contains("name=\"coordinatingUnitIds\"").contains("Phường Khánh Hội");
        UUID khanhHoi = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27265'").query(UUID.class).single();
        String location = mvc.perform(post("/tasks").with(csrf()).with(actors.session("xomchieu.chair"))
                .param("title", "Phối hợp giải tỏa lấn chiếm vỉa hè").param("startDate", "2025-11-10").param("dueDate", "2025-12-20")
                .param("coordinatingUnitIds", khanhHoi.toString())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/tasks/");
        String seen = page(get(location).with(actors.session("khanhhoi.officer")));
        assertThat(seen).contains("Đơn vị phối hợp").contains("id=\"coordinating-units\"").contains("Phường Khánh Hội")
                .doesNotContain("id=\"progress-form\"");
    }

    @Test
    void theNewTaskPageOffersThePeopleOfTheLeadUnitAsOwner() throws Exception {
        String form = page(get("/tasks/new").with(actors.session("xomchieu.chair")));
        assertThat(form).contains("name=\"ownerPersonId\"").contains("Ngô Văn Hậu").doesNotContain("Trương Minh Khoa");
        UUID owner = jdbc.sql("SELECT id FROM directory_person WHERE full_name = 'Ngô Văn Hậu' AND title LIKE '%Xóm Chiếu'").query(UUID.class).single();
        UUID stranger = jdbc.sql("SELECT id FROM directory_person WHERE full_name = 'Trương Minh Khoa' AND title LIKE '%Khánh Hội'").query(UUID.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
        String refused = page(post("/tasks").with(csrf()).with(actors.session("xomchieu.chair"))
                .param("title", "Kiểm tra hồ sơ địa chính").param("startDate", "2025-11-10").param("dueDate", "2025-12-20")
                .param("ownerPersonId", stranger.toString()));
        assertThat(refused).contains("Người phụ trách phải thuộc đơn vị chủ trì.").contains("value=\"Kiểm tra hồ sơ địa chính\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/tasks").with(csrf()).with(actors.session("xomchieu.chair"))
                .param("title", "Kiểm tra hồ sơ địa chính").param("startDate", "2025-11-10").param("dueDate", "2025-12-20")
                .param("ownerPersonId", owner.toString())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/tasks/");
        assertThat(jdbc.sql("SELECT owner_person_id FROM tasks_task WHERE id = :id").param("id", UUID.fromString(location.substring("/tasks/".length())))
                .query(UUID.class).single()).isEqualTo(owner);
        assertThat(page(get(location).with(actors.session("xomchieu.chair")))).contains("id=\"task-owner\"").contains("Ngô Văn Hậu");
    }

    @Test
    void aProjectPageLinksABlockingDifficultyAndShowsItsState() throws Exception {
        UUID project = demoChild("Di dời các hộ dân", "27265");
        UUID difficulty = jdbc.sql("SELECT id FROM difficulties_difficulty WHERE title LIKE 'Di dời người dân khỏi chung cư cũ%'").query(UUID.class).single();
        String before = page(get("/tasks/" + project).with(actors.session("khanhhoi.officer")));
        assertThat(before).contains("Chưa có vướng mắc nào được liên kết.").contains("name=\"difficultyId\"").contains("value=\"" + difficulty + "\"");
        assertThat(mvc.perform(post("/tasks/" + project + "/blockers").with(csrf()).with(actors.session("khanhhoi.officer"))
                .param("difficultyId", difficulty.toString())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + project);
        String after = page(get("/tasks/" + project).with(actors.session("khanhhoi.officer")));
        assertThat(after).contains("id=\"blockers\"").contains("/difficulties/" + difficulty).contains("Di dời người dân khỏi chung cư cũ");
        assertThat(mvc.perform(post("/tasks/" + project + "/blockers/" + difficulty + "/remove").with(csrf()).with(actors.session("khanhhoi.officer")))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + project);
        assertThat(page(get("/tasks/" + project).with(actors.session("khanhhoi.officer")))).doesNotContain("id=\"blockers\"");
    }

    @Test
    void theYearEndBoardActsOnManyTasksAllOrNothing() throws Exception {
        UUID review = demoChild("Rà soát toàn bộ nhiệm vụ", "27286");
        UUID training = demoChild("Tổ chức tập huấn", "27286");
        UUID otherWard = demoChild("Tổ chức tập huấn", "27259");
        long before = onTrack();
        assertThat(mvc.perform(post("/tasks/year-end-review/actions").with(csrf()).with(actors.session("vinhhoi.officer"))
                .param("action", "CONFIRM_ON_TRACK").param("taskIds", review.toString(), otherWard.toString()).param("note", "Đúng kế hoạch"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(onTrack()).isEqualTo(before);

        String refused = page(post("/tasks/year-end-review/actions").with(csrf()).with(actors.session("vinhhoi.officer"))
                .param("action", "REQUEST_DUE_DATE").param("taskIds", review.toString(), training.toString()).param("dueDate", "2026-01-31"));
        assertThat(refused).contains("Hãy nêu lý do.");

        assertThat(mvc.perform(post("/tasks/year-end-review/actions").with(csrf()).with(actors.session("vinhhoi.officer"))
                .param("action", "CONFIRM_ON_TRACK").param("taskIds", review.toString(), training.toString()).param("note", "Đúng kế hoạch"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/tasks/year-end-review");
        assertThat(onTrack()).isEqualTo(before + 2);
    }

    private long onTrack() {
        return jdbc.sql("SELECT COUNT(*) FROM tasks_progress WHERE kind = 'ON_TRACK'").query(Long.class).single();
    }

    @Test
    void theProjectPageShowsItsTimelineAndQuantities() throws Exception {
        UUID project = demoChild("Di dời các hộ dân", "27265");
        assertThat(page(get("/tasks/" + project).with(actors.session("khanhhoi.officer"))))
                .contains("Tiến trình dự án").contains("Phê duyệt phương án bồi thường").contains("trễ so với dự kiến")
                .contains("Hộ đã thỏa thuận bồi thường").contains("Chưa đạt, đã quá ngày dự kiến");
    }

    @Test
    void theYearEndBoardAndStatisticsRender() throws Exception {
        assertThat(page(get("/tasks/year-end-review").with(actors.session("xomchieu.chair"))))
                .contains("Rà soát nhiệm vụ cuối năm").contains("Phường Xóm Chiếu").contains("Đang thực hiện quá hạn");
        assertThat(page(get("/tasks/year-end-review").cookie(new jakarta.servlet.http.Cookie("wardops-lang", "en")).with(actors.session("leader"))))
                .contains("Year-end review of tasks").contains("Whole city");
        assertThat(page(get("/tasks/statistics").param("groupBy", "workingGroup").cookie(new jakarta.servlet.http.Cookie("wardops-lang", "de"))
                .with(actors.session("leader")))).contains("Aufgabenstatistik").contains("Tổ công tác số 15");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(UUID task) {
        return jdbc.sql("SELECT version FROM tasks_task WHERE id = :id").param("id", task).query(Long.class).single();
    }

    private UUID demoParent(String titleStart) {
        return jdbc.sql("SELECT id FROM tasks_task WHERE title LIKE :title AND parent_id IS NULL")
                .param("title", titleStart + "%").query(UUID.class).single();
    }

    private UUID demoChild(String titleStart, String unitCode) {
        return jdbc.sql("SELECT t.id FROM tasks_task t JOIN directory_unit u ON u.id = t.unit_id WHERE t.title LIKE :title AND u.code = :code "
                        + "AND t.parent_id IS NOT NULL")
                .param("title", titleStart + "%").param("code", unitCode).query(UUID.class).single();
    }
}
