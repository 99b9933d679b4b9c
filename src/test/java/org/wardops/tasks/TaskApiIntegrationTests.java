package org.wardops.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.ApiClient;
import org.wardops.support.ClockedIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The task use cases through the REST API, as the demo accounts, on the story's dates. */
class TaskApiIntegrationTests extends ClockedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    private String leader;
    private String wg15;
    private String khanhHoi;
    private String xomChieu;

    @BeforeEach
    void tokens() throws Exception {
        leader = api.bearer("leader");
        wg15 = api.bearer("wg15.lead");
        khanhHoi = api.bearer("khanhhoi.officer");
        xomChieu = api.bearer("xomchieu.officer");
    }

    @Test
    void cascadeToAWorkingGroupGivesEachWardItsOwnTaskAndTheParentRollsUp() throws Exception {
        JsonNode parent = create(wg15, "{\"title\":\"Test Rà soát hồ sơ tồn đọng\",\"unitId\":\"" + unitId("79-TCT-15")
                + "\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-11-30\",\"affectsLives\":true}");
        assertThat(parent.get("state").asString()).isEqualTo("IN_PROGRESS_ON_TIME");
        assertThat(parent.has("parentId") && parent.get("parentId").isNull()).isTrue();
        List<String> fields = new ArrayList<>();
        parent.propertyNames().forEach(fields::add);
        assertThat(fields).contains("id", "parentId", "unitId", "title", "description", "startDate", "dueDate", "state", "percent",
                "affectsLives", "version", "completionPending");

        MvcResult cascaded = mvc.perform(post("/api/v1/tasks/" + id(parent) + "/cascade").header("Authorization", wg15)
                .contentType(MediaType.APPLICATION_JSON).content("{\"workingGroupId\":\"" + unitId("79-TCT-15") + "\",\"dueDate\":\"2025-11-20\"}")).andReturn();
        assertThat(cascaded.getResponse().getStatus()).isEqualTo(201);
        JsonNode children = api.read(cascaded);
        assertThat(children.size()).isEqualTo(3);
        children.forEach(child -> {
            assertThat(child.get("parentId").asString()).isEqualTo(id(parent));
            assertThat(child.get("dueDate").asString()).isEqualTo("2025-11-20");
        });
        String khanhHoiTask = childOf(children, "27265");

        assertThat(status(post("/api/v1/tasks/" + khanhHoiTask + "/progress"), khanhHoi, "{\"percent\":60,\"note\":\"Đã rà soát 60% hồ sơ\"}")).isEqualTo(200);
        assertThat(status(post("/api/v1/tasks/" + khanhHoiTask + "/complete"), khanhHoi,
                "{\"note\":\"Đã rà soát xong\",\"evidence\":\"Báo cáo số 12/BC-UBND\"}")).isEqualTo(200);
        JsonNode pending = details(khanhHoiTask, khanhHoi).get("task");
        assertThat(pending.get("state").asString()).isEqualTo("IN_PROGRESS_ON_TIME");
        assertThat(pending.get("completionPending").asBoolean()).isTrue();
        assertThat(status(post("/api/v1/tasks/" + khanhHoiTask + "/accept"), wg15, "{}")).isEqualTo(200);

        clock.advance(Duration.ofDays(20));
        wg15 = api.bearer("wg15.lead");
        khanhHoi = api.bearer("khanhhoi.officer");
        JsonNode rollUp = details(id(parent), wg15).get("rollUp");
        assertThat(rollUp.get("units").asInt()).isEqualTo(3);
        assertThat(rollUp.get("completedOnTime").asInt()).isEqualTo(1);
        assertThat(rollUp.get("overdue").asInt()).isEqualTo(2);
        assertThat(details(khanhHoiTask, khanhHoi).get("task").get("state").asString()).isEqualTo("COMPLETED_ON_TIME");

        MvcResult listed = mvc.perform(get("/api/v1/tasks").param("parentId", id(parent)).param("state", "IN_PROGRESS_OVERDUE")
                .header("Authorization", wg15)).andReturn();
        assertThat(api.read(listed).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void cascadingToUnitsOutsideTheIssuersScopeIsRefusedAndCreatesNothing() throws Exception {
        JsonNode parent = create(wg15, "{\"title\":\"Nhiệm vụ của tổ\",\"unitId\":\"" + unitId("79-TCT-15")
                + "\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-11-30\"}");
        long before = count();
        MvcResult refused = mvc.perform(post("/api/v1/tasks/" + id(parent) + "/cascade").header("Authorization", wg15)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[\"" + unitId("27265") + "\",\"" + unitId("25747") + "\"]}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.read(refused).get("detail").asString()).contains("ngoài phạm vi");
        assertThat(count()).isEqualTo(before);
        assertThat(status(post("/api/v1/tasks/" + id(parent) + "/cascade"), wg15, "{\"allUnits\":true}")).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWardCannotReportOnAnotherWardsTask() throws Exception {
        String khanhHoiTask = demoChild("Tăng cường vai trò", "27265");
        String before = jdbc.sql("SELECT CAST(version AS VARCHAR(20)) FROM tasks_task WHERE id = :id").param("id", java.util.UUID.fromString(khanhHoiTask))
                .query(String.class).single();
        assertThat(status(post("/api/v1/tasks/" + khanhHoiTask + "/complete"), xomChieu, "{\"note\":\"Xong\"}")).isEqualTo(403);
        assertThat(jdbc.sql("SELECT CAST(version AS VARCHAR(20)) FROM tasks_task WHERE id = :id").param("id", java.util.UUID.fromString(khanhHoiTask))
                .query(String.class).single()).isEqualTo(before);
    }

    @Test
    void nobodyAcceptsTheirOwnCompletion() throws Exception {
        JsonNode task = create(leader, "{\"title\":\"Nhiệm vụ của Thành phố\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-11-30\"}");
        assertThat(status(post("/api/v1/tasks/" + id(task) + "/complete"), leader, "{\"note\":\"Xong\"}")).isEqualTo(200);
        MvcResult refused = mvc.perform(post("/api/v1/tasks/" + id(task) + "/accept").header("Authorization", leader)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.read(refused).get("code").asString()).isEqualTo("tasks.error.task.ownCompletion");
        assertThat(details(id(task), leader).get("task").get("completionPending").asBoolean()).isTrue();
    }

    @Test
    void aDueDateBeforeTheStartDateIsRefusedAndNothingIsCreated() throws Exception {
        long before = count();
        MvcResult refused = mvc.perform(post("/api/v1/tasks").header("Authorization", leader).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Sai ngày\",\"startDate\":\"2025-11-10\",\"dueDate\":\"2025-11-01\"}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = api.read(refused);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        assertThat(problem.toString()).contains("Hạn hoàn thành không được trước ngày bắt đầu");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOwnerMustBelongToTheLeadUnit() throws Exception {
        String xomChieuOfficer = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_person WHERE full_name = 'Huỳnh Thị Mai'").query(String.class).single();
        String chair = api.bearer("xomchieu.chair");
        long before = count();
        MvcResult refused = mvc.perform(post("/api/v1/tasks").header("Authorization", leader).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Sai người phụ trách\",\"startDate\":\"2025-11-05\",\"dueDate\":\"2025-11-20\",\"ownerPersonId\":\""
                        + xomChieuOfficer + "\"}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read(refused).get("errors").get(0).get("field").asString()).isEqualTo("ownerPersonId");
        assertThat(count()).isEqualTo(before);
        JsonNode owned = create(chair, "{\"title\":\"Test rà soát hồ sơ đất đai\",\"startDate\":\"2025-11-05\",\"dueDate\":\"2025-12-20\","
                + "\"ownerPersonId\":\"" + xomChieuOfficer + "\"}");
        assertThat(owned.get("ownerPersonId").asString()).isEqualTo(xomChieuOfficer);
    }

    @Test
    void achievedQuantityCannotExceedTheTargetNorBeNegative() throws Exception {
        String resettlement = demoChild("Di dời các hộ dân", "27265");
        assertThat(status(post("/api/v1/tasks/" + resettlement + "/progress"), khanhHoi, "{\"achieved\":121,\"note\":\"Quá chỉ tiêu\"}")).isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + resettlement + "/progress"), khanhHoi, "{\"achieved\":-1,\"note\":\"Âm\"}")).isEqualTo(400);
        JsonNode task = details(resettlement, khanhHoi).get("task");
        assertThat(task.get("achieved").asInt()).isEqualTo(46);
        assertThat(task.get("percent").asInt()).isEqualTo(38);
        assertThat(status(post("/api/v1/tasks/" + resettlement + "/progress"), khanhHoi, "{\"achieved\":60,\"note\":\"Đã di dời thêm 14 hộ\"}")).isEqualTo(200);
        assertThat(details(resettlement, khanhHoi).get("task").get("percent").asInt()).isEqualTo(50);
    }

    @Test
    void aNewDueDateNeedsTheIssuersApprovalAndKeepsTheOriginal() throws Exception {
        String task = demoChild("Tổ chức tập huấn", "27265");
        assertThat(status(post("/api/v1/tasks/" + task + "/request-due-date"), khanhHoi, "{\"dueDate\":\"2025-10-01\",\"reason\":\"Thiếu giảng viên\"}"))
                .isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + task + "/request-due-date"), khanhHoi, "{\"dueDate\":\"2026-01-15\",\"reason\":\"Thiếu giảng viên\"}"))
                .isEqualTo(200);
        assertThat(status(post("/api/v1/tasks/" + task + "/approve-due-date"), khanhHoi, "{}")).isEqualTo(403);
        String scienceOfficer = api.bearer("dept.sci");
        assertThat(status(post("/api/v1/tasks/" + task + "/approve-due-date"), scienceOfficer, "{}")).isEqualTo(200);
        JsonNode approved = details(task, khanhHoi).get("task");
        assertThat(approved.get("dueDate").asString()).isEqualTo("2026-01-15");
        assertThat(approved.get("originalDueDate").asString()).isEqualTo("2025-12-20");
        assertThat(approved.get("requestedDueDate").isNull()).isTrue();

        assertThat(status(post("/api/v1/tasks/" + task + "/request-due-date"), khanhHoi, "{\"dueDate\":\"2026-02-15\",\"reason\":\"Chờ kinh phí\"}"))
                .isEqualTo(200);
        assertThat(status(post("/api/v1/tasks/" + task + "/refuse-due-date"), scienceOfficer, "{}")).isEqualTo(200);
        JsonNode refused = details(task, khanhHoi).get("task");
        assertThat(refused.get("dueDate").asString()).isEqualTo("2026-01-15");
        assertThat(refused.get("originalDueDate").asString()).isEqualTo("2025-12-20");
    }

    @Test
    void aCompletionAfterTheDueDateIsLateAndAReturnSendsItBack() throws Exception {
        JsonNode task = create(wg15, "{\"title\":\"Test Báo cáo nhanh\",\"unitId\":\"" + unitId("79-TCT-15")
                + "\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-11-10\"}");
        String child = api.read(mvc.perform(post("/api/v1/tasks/" + id(task) + "/cascade").header("Authorization", wg15)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[\"" + unitId("27265") + "\"]}")).andReturn()).get(0).get("id").asString();
        clock.set(java.time.Instant.parse("2025-11-10T17:30:00Z"));
        wg15 = api.bearer("wg15.lead");
        khanhHoi = api.bearer("khanhhoi.officer");
        assertThat(details(child, khanhHoi).get("task").get("state").asString()).isEqualTo("IN_PROGRESS_OVERDUE");
        assertThat(status(post("/api/v1/tasks/" + child + "/complete"), khanhHoi, "{\"note\":\"Xong\"}")).isEqualTo(200);
        assertThat(status(post("/api/v1/tasks/" + child + "/return"), wg15, "{\"reason\":\" \"}")).isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + child + "/return"), wg15, "{\"reason\":\"Thiếu minh chứng\"}")).isEqualTo(200);
        JsonNode returned = details(child, khanhHoi).get("task");
        assertThat(returned.get("completionPending").asBoolean()).isFalse();
        assertThat(returned.get("returnedReason").asString()).isEqualTo("Thiếu minh chứng");
        assertThat(status(post("/api/v1/tasks/" + child + "/complete"), khanhHoi, "{\"note\":\"Bổ sung minh chứng\"}")).isEqualTo(200);
        assertThat(status(post("/api/v1/tasks/" + child + "/accept"), wg15, "{}")).isEqualTo(200);
        assertThat(details(child, khanhHoi).get("task").get("state").asString()).isEqualTo("COMPLETED_LATE");
        assertThat(status(post("/api/v1/tasks/" + child + "/cancel"), wg15, "{\"reason\":\"Hủy\"}")).isEqualTo(422);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonNode task = create(leader, "{\"title\":\"Bản gốc\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-11-30\"}");
        String body = "{\"title\":\"Sửa\",\"startDate\":\"2025-11-01\",\"dueDate\":\"2025-12-05\",\"version\":" + task.get("version").asLong() + "}";
        assertThat(status(put("/api/v1/tasks/" + id(task)), leader, body)).isEqualTo(200);
        assertThat(status(put("/api/v1/tasks/" + id(task)), leader, body)).isEqualTo(409);
        JsonNode changed = details(id(task), leader).get("task");
        assertThat(changed.get("dueDate").asString()).isEqualTo("2025-12-05");
        assertThat(changed.get("originalDueDate").asString()).isEqualTo("2025-11-30");
    }

    @Test
    void theYearEndBoardShowsOverdueFirstThenPeoplesLivesThenByDueDate() throws Exception {
        String chair = api.bearer("xomchieu.chair");
        JsonNode review = api.read(mvc.perform(get("/api/v1/tasks/year-end-review").header("Authorization", chair)).andReturn());
        List<String> titles = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        review.get("tasks").forEach(task -> {
            rows.add(task);
            if (!task.get("title").asString().startsWith("Test ")) {
                titles.add(task.get("title").asString());
            }
        });
        assertThat(rows).isSortedAccordingTo(java.util.Comparator
                .comparing((JsonNode task) -> !task.get("state").asString().equals("IN_PROGRESS_OVERDUE"))
                .thenComparing(task -> !task.get("affectsLives").asBoolean())
                .thenComparing(task -> task.get("dueDate").asString()));
        assertThat(titles).containsSubsequence(
                "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW quý III/2025",
                "Rà soát toàn bộ nhiệm vụ trước cuối năm, ưu tiên nhiệm vụ liên quan trực tiếp đến đời sống người dân",
                "Tăng cường vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
                "Tổ chức tập huấn toàn diện về công nghệ và chuyển đổi số cho cán bộ, công chức phường");
        assertThat(mvc.perform(get("/api/v1/tasks/year-end-review").param("unitId", unitId("27265")).header("Authorization", chair))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/tasks/year-end-review").param("city", "true").header("Authorization", chair))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        JsonNode city = api.read(mvc.perform(get("/api/v1/tasks/year-end-review").param("city", "true").header("Authorization", leader)).andReturn());
        assertThat(city.get("total").asLong()).isGreaterThan(168);
        assertThat(city.get("tasks").size()).isEqualTo(50);
        JsonNode second = api.read(mvc.perform(get("/api/v1/tasks/year-end-review").param("city", "true").param("page", "1").param("size", "100")
                .header("Authorization", leader)).andReturn());
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("tasks").size()).isEqualTo((int) Math.min(100, city.get("total").asLong() - 100));
    }

    @Test
    void theYearEndBoardExportsAsAWorkbookInTheBoardsOrderAndAsAFormalReport() throws Exception {
        String chair = api.bearer("xomchieu.chair");
        JsonNode review = api.read(mvc.perform(get("/api/v1/tasks/year-end-review").header("Authorization", chair)).andReturn());
        List<String> boardTitles = new ArrayList<>();
        review.get("tasks").forEach(task -> boardTitles.add(task.get("title").asString()));
        assertThat(boardTitles).isNotEmpty();

        MvcResult xlsx = mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "xlsx").header("Authorization", chair)).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("ra-soat-nhiem-vu-cuoi-nam-2025");
        List<String> workbookTitles = new ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Nhiệm vụ");
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                workbookTitles.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
        }
        assertThat(workbookTitles).containsExactlyElementsOf(boardTitles);

        MvcResult docx = mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "docx").header("Authorization", chair)).andReturn();
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        try (var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.getResponse().getContentAsByteArray())))) {
            String content = text.getText();
            assertThat(content).contains("ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU").contains("BÁO CÁO").contains("Số:")
                    .contains("Danh mục nhiệm vụ cần rà soát").contains("CHỦ TỊCH");
            boardTitles.forEach(title -> assertThat(content).contains(title));
        }
        MvcResult party = mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "docx").param("style", "party")
                .header("Authorization", chair)).andReturn();
        try (var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(party.getResponse().getContentAsByteArray())))) {
            assertThat(text.getText()).contains("ĐẢNG ỦY PHƯỜNG XÓM CHIẾU").contains("BÍ THƯ");
        }
        MvcResult pdf = mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "pdf").header("Authorization", chair)).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "xlsx").param("unitId", unitId("27265"))
                .header("Authorization", chair)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "xlsx").param("city", "true")
                .header("Authorization", chair)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/tasks/year-end-review/export").param("format", "csv").header("Authorization", chair))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void coordinatingUnitsReadTheTaskButOnlyTheLeadUnitReportsOnIt() throws Exception {
        String chair = api.bearer("xomchieu.chair");
        String vinhHoi = api.bearer("vinhhoi.officer");
        JsonNode task = create(chair, "{\"title\":\"Test Chỉnh trang vỉa hè liên phường\",\"startDate\":\"2025-11-10\",\"dueDate\":\"2025-12-20\","
                + "\"coordinatingUnitIds\":[\"" + unitId("27265") + "\",\"" + unitId("27265") + "\"]}");
        JsonNode details = details(id(task), khanhHoi);
        assertThat(details.get("coordinatingUnits").size()).isEqualTo(1);
        assertThat(details.get("coordinatingUnits").get(0).get("id").asString()).isEqualTo(unitId("27265"));
        assertThat(details.get("may").get("report").asBoolean()).isFalse();
        assertThat(mvc.perform(get("/api/v1/tasks/" + id(task)).header("Authorization", vinhHoi)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + id(task) + "/progress"), khanhHoi, "{\"percent\":30,\"note\":\"Phối hợp khảo sát\"}")).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + id(task) + "/progress"), chair, "{\"percent\":30,\"note\":\"Đã khảo sát\"}")).isEqualTo(200);
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id").param("id", java.util.UUID.fromString(id(task)))
                .query(String.class).list()).contains("tasks.task.created", "tasks.task.coordinatingUnitsSet");

        long before = count();
        String lead = jdbc.sql("SELECT CAST(unit_id AS VARCHAR(36)) FROM tasks_task WHERE id = :id").param("id", java.util.UUID.fromString(id(task)))
                .query(String.class).single();
        assertThat(status(post("/api/v1/tasks"), chair, "{\"title\":\"Test Trùng đơn vị\",\"startDate\":\"2025-11-10\",\"dueDate\":\"2025-12-20\","
                + "\"coordinatingUnitIds\":[\"" + lead + "\"]}")).isEqualTo(400);
        assertThat(status(post("/api/v1/tasks"), chair, "{\"title\":\"Test Đơn vị lạ\",\"startDate\":\"2025-11-10\",\"dueDate\":\"2025-12-20\","
                + "\"coordinatingUnitIds\":[\"" + java.util.UUID.randomUUID() + "\"]}")).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aProjectListsTheDifficultiesBlockingItWithTheirState() throws Exception {
        String project = demoChild("Di dời các hộ dân", "27265");
        String difficulty = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_difficulty WHERE title LIKE 'Di dời người dân khỏi chung cư cũ%'")
                .query(String.class).single();
        String state = jdbc.sql("SELECT state FROM difficulties_difficulty WHERE id = :id").param("id", java.util.UUID.fromString(difficulty))
                .query(String.class).single();
        MvcResult added = mvc.perform(post("/api/v1/tasks/" + project + "/blockers").header("Authorization", khanhHoi)
                .contentType(MediaType.APPLICATION_JSON).content("{\"difficultyId\":\"" + difficulty + "\"}")).andReturn();
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode blockers = api.read(added);
        assertThat(blockers.size()).isEqualTo(1);
        assertThat(blockers.get(0).get("difficultyId").asString()).isEqualTo(difficulty);
        assertThat(blockers.get(0).get("state").asString()).isEqualTo(state);
        assertThat(blockers.get(0).get("title").asString()).startsWith("Di dời người dân khỏi chung cư cũ");
        assertThat(status(post("/api/v1/tasks/" + project + "/blockers"), khanhHoi, "{\"difficultyId\":\"" + difficulty + "\"}")).isEqualTo(200);
        assertThat(api.read(mvc.perform(get("/api/v1/tasks/" + project + "/blockers").header("Authorization", khanhHoi)).andReturn()).size()).isEqualTo(1);
        assertThat(mvc.perform(get("/api/v1/tasks/" + project + "/blockers").header("Authorization", xomChieu)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + project + "/blockers"), xomChieu, "{\"difficultyId\":\"" + difficulty + "\"}")).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + project + "/blockers"), khanhHoi, "{}")).isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + project + "/blockers"), khanhHoi, "{\"difficultyId\":\"" + java.util.UUID.randomUUID() + "\"}"))
                .isEqualTo(404);
        String plainTask = demoChild("Tăng cường vai trò", "27265");
        assertThat(status(post("/api/v1/tasks/" + plainTask + "/blockers"), khanhHoi, "{\"difficultyId\":\"" + difficulty + "\"}")).isEqualTo(422);

        MvcResult removed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/v1/tasks/" + project + "/blockers/" + difficulty).header("Authorization", khanhHoi)).andReturn();
        assertThat(api.read(removed).size()).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id").param("id", java.util.UUID.fromString(project))
                .query(String.class).list()).contains("tasks.project.blockerAdded", "tasks.project.blockerRemoved");
    }

    @Test
    void khanhHoisResettlementProjectHasMilestonesAndCappedQuantities() throws Exception {
        String project = demoChild("Di dời các hộ dân", "27265");
        JsonNode details = details(project, khanhHoi);
        assertThat(details.get("task").get("kind").asString()).isEqualTo("PROJECT");
        List<String> milestones = new ArrayList<>();
        details.get("milestones").forEach(milestone -> milestones.add(milestone.get("plannedDate").asString()));
        assertThat(milestones).hasSize(4).isSorted();
        JsonNode relocated = find(details.get("quantities"), "Hộ đã di dời");
        assertThat(relocated.get("achieved").asInt()).isEqualTo(46);
        assertThat(relocated.get("total").asInt()).isEqualTo(120);

        assertThat(status(post("/api/v1/tasks/" + project + "/quantities"), khanhHoi,
                "{\"name\":\"Hộ đã di dời\",\"measure\":\"hộ\",\"total\":120,\"achieved\":121}")).isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + project + "/quantities"), xomChieu,
                "{\"name\":\"Hộ đã di dời\",\"measure\":\"hộ\",\"total\":120,\"achieved\":50}")).isEqualTo(403);
        assertThat(status(post("/api/v1/tasks/" + project + "/quantities"), khanhHoi,
                "{\"name\":\"Hộ đã di dời\",\"measure\":\"hộ\",\"total\":120,\"achieved\":52}")).isEqualTo(200);
        assertThat(find(details(project, khanhHoi).get("quantities"), "Hộ đã di dời").get("achieved").asInt()).isEqualTo(52);

        String open = null;
        for (JsonNode milestone : details.get("milestones")) {
            if (milestone.get("actualDate").isNull()) {
                open = milestone.get("id").asString();
                break;
            }
        }
        assertThat(status(post("/api/v1/tasks/" + project + "/milestones/" + open + "/reached"), khanhHoi, "{\"actualDate\":\"2026-01-01\"}"))
                .isEqualTo(400);
        assertThat(status(post("/api/v1/tasks/" + project + "/milestones/" + open + "/reached"), khanhHoi, "{\"actualDate\":\"2025-11-04\"}"))
                .isEqualTo(200);
        MvcResult added = mvc.perform(post("/api/v1/tasks/" + project + "/milestones").header("Authorization", khanhHoi)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Khởi công xây dựng lại\",\"plannedDate\":\"2026-06-30\"}")).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(201);
        assertThat(details(project, khanhHoi).get("milestones").size()).isEqualTo(5);

        String plainTask = demoChild("Tổ chức tập huấn", "27265");
        assertThat(status(post("/api/v1/tasks/" + plainTask + "/milestones"), khanhHoi, "{\"name\":\"Mốc\",\"plannedDate\":\"2025-12-01\"}"))
                .isEqualTo(422);
    }

    @Test
    void statisticsRankUnitsAndWorkingGroups() throws Exception {
        JsonNode byUnit = api.read(mvc.perform(get("/api/v1/tasks/statistics").param("groupBy", "unit").header("Authorization", leader)).andReturn());
        assertThat(byUnit.get("rows").size()).isGreaterThanOrEqualTo(168);
        for (JsonNode row : byUnit.get("rows")) {
            // ranked only with enough tasks due (TaskStatistics.MINIMUM_DUE); the others have no rate and no rank
            assertThat(row.get("rank").asInt() == 0).isEqualTo(row.get("onTimeRate").asInt() < 0);
        }
        if (byUnit.get("rows").get(0).get("onTimeRate").asInt() >= 0) {
            assertThat(byUnit.get("rows").get(0).get("rank").asInt()).isEqualTo(1);
        }
        JsonNode khanhHoiRow = find(byUnit.get("rows"), "Phường Khánh Hội");
        assertThat(khanhHoiRow.get("completedLate").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(khanhHoiRow.get("averageDelayDays").asDouble()).isGreaterThan(0);
        JsonNode trend = byUnit.get("trend");
        // the trend starts at the first month with a completion, within the last 12
        assertThat(trend.size()).isBetween(1, 12);
        assertThat(trend.get(0).get("completedOnTime").asInt() + trend.get(0).get("completedLate").asInt()).isPositive();
        assertThat(trend.get(trend.size() - 1).get("month").asString()).isEqualTo("2025-11");
        assertThat(trend.get(trend.size() - 1).get("completedLate").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode byGroup = api.read(mvc.perform(get("/api/v1/tasks/statistics").param("groupBy", "workingGroup").header("Authorization", leader)).andReturn());
        assertThat(byGroup.get("rows").size()).isEqualTo(19);
        JsonNode mine = api.read(mvc.perform(get("/api/v1/tasks/statistics").header("Authorization", xomChieu)).andReturn());
        assertThat(mine.get("rows").size()).isEqualTo(1);
        assertThat(mvc.perform(get("/api/v1/tasks/statistics").param("groupBy", "district").header("Authorization", leader))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private JsonNode find(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (row.get("name").asString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " not in statistics");
    }

    private JsonNode create(String token, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/tasks").header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return api.read(result);
    }

    private JsonNode details(String id, String token) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/tasks/" + id).header("Authorization", token)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return api.read(result);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    private String childOf(JsonNode children, String unitCode) {
        String unit = unitId(unitCode);
        for (JsonNode child : children) {
            if (child.get("unitId").asString().equals(unit)) {
                return id(child);
            }
        }
        throw new AssertionError("No child for " + unitCode);
    }

    private String demoChild(String titleStart, String unitCode) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM tasks_task WHERE title LIKE :title AND unit_id = :unit AND parent_id IS NOT NULL")
                .param("title", titleStart + "%").param("unit", java.util.UUID.fromString(unitId(unitCode))).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }

    private String unitId(String code) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
