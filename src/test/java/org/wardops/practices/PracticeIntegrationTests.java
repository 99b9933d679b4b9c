package org.wardops.practices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The practice flow on the API and the pages, the demo story, bad input, and every write × every demo role (docs/practices.md). */
class PracticeIntegrationTests extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PracticeManagement practices;

    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void theDemoPracticeIsEndorsedByTheWorkingGroupAndAdoptedByTwoWardsOneWithItsResult() throws Exception {
        String page = body(mvc.perform(get("/practices").with(actors.session("vinhhoi.officer"))).andReturn());
        assertThat(page).contains("Buổi tối hỗ trợ dịch vụ công trực tuyến tại nhà sinh hoạt khu phố", "Phường Khánh Hội", "Được công nhận");
        UUID id = jdbc.sql("SELECT id FROM practices_practice WHERE title = 'Buổi tối hỗ trợ dịch vụ công trực tuyến tại nhà sinh hoạt khu phố'")
                .query(UUID.class).single();
        String detail = body(mvc.perform(get("/practices/" + id).with(actors.session("leader"))).andReturn());
        assertThat(detail).contains("Tổ công tác số 15", "Phường Xóm Chiếu", "Phường Vĩnh Hội", "87", "45", "Chưa báo cáo kết quả");
        for (String language : new String[] {"en", "de"}) {
            assertThat(mvc.perform(get("/practices/" + id + "?lang=" + language).with(actors.session("auditor"))).andReturn()
                    .getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aPracticeIsPublishedEndorsedAdoptedAndItsResultReportedThroughTheApi() throws Exception {
        MvcResult published = api(post("/api/v1/practices"), "khanhhoi.officer", practiceJson("Mở điểm hỗ trợ tại chợ"));
        assertThat(published.getResponse().getStatus()).isEqualTo(201);
        String id = api.read(published).get("id").asString();
        assertThat(api(post("/api/v1/practices/" + id + "/adopt"), "xomchieu.officer", "{\"plannedStart\": \"" + practices.today() + "\"}")
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(api(post("/api/v1/practices/" + id + "/endorse"), "wg15.lead", "{\"reason\": \"\"}").getResponse().getStatus()).isEqualTo(400);
        MvcResult endorsed = api(post("/api/v1/practices/" + id + "/endorse"), "wg15.lead", "{\"reason\": \"Có số liệu rõ ràng\"}");
        assertThat(api.read(endorsed).get("state").asString()).isEqualTo("ENDORSED");
        assertThat(api(post("/api/v1/practices/" + id + "/return"), "wg15.lead", "{\"reason\": \"Muộn\"}").getResponse().getStatus()).isEqualTo(422);
        assertThat(api(post("/api/v1/practices/" + id + "/adopt"), "khanhhoi.officer", "{\"plannedStart\": \"" + practices.today() + "\"}")
                .getResponse().getStatus()).isEqualTo(409);
        MvcResult later = api(post("/api/v1/practices/" + id + "/adopt"), "vinhhoi.officer", "{\"plannedStart\": \"" + practices.today().plusDays(5) + "\"}");
        assertThat(later.getResponse().getStatus()).isEqualTo(201);
        assertThat(api(post("/api/v1/adoptions/" + api.read(later).get("id").asString() + "/result"), "vinhhoi.officer",
                "{\"value\": 50, \"text\": \"Sớm quá\"}").getResponse().getStatus()).isEqualTo(422);
        MvcResult adopted = api(post("/api/v1/practices/" + id + "/adopt"), "xomchieu.officer", "{\"plannedStart\": \"" + practices.today() + "\"}");
        assertThat(adopted.getResponse().getStatus()).isEqualTo(201);
        assertThat(api(post("/api/v1/practices/" + id + "/adopt"), "xomchieu.chair", "{\"plannedStart\": \"" + practices.today() + "\"}")
                .getResponse().getStatus()).isEqualTo(409);
        String adoption = api.read(adopted).get("id").asString();
        assertThat(api(post("/api/v1/adoptions/" + adoption + "/result"), "xomchieu.officer", "{\"value\": 64.5, \"text\": \"Tăng rõ\"}")
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(api(post("/api/v1/adoptions/" + adoption + "/result"), "xomchieu.officer", "{\"value\": 70, \"text\": \"Lần hai\"}")
                .getResponse().getStatus()).isEqualTo(409);
        JsonNode read = api.read(api(get("/api/v1/practices/" + id), "auditor", null));
        assertThat(read.get("adoptions")).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id").param("id", UUID.fromString(id)).query(Long.class).single())
                .isEqualTo(2);
        JsonNode found = api.read(api(get("/api/v1/practices").param("topic", "CITIZEN_SUPPORT").param("q", "chợ"), "dept.sci", null));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(api(get("/api/v1/practices?topic=NOPE"), "dept.sci", null).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void badInputIsA400NamingEachFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM practices_practice").query(Long.class).single();
        MvcResult refused = api(post("/api/v1/practices"), "khanhhoi.officer", "{\"title\": \"T\\u202Ex\", \"topic\": \"CITIZEN_SUPPORT\", "
                + "\"indicatorCode\": \"1 bad\", \"baseline\": 0.123456, \"contact\": \"" + "x".repeat(2001) + "\"}");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        api.read(refused).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("title", "problem", "actions", "results", "indicatorCode", "baseline", "replication", "contact");
        String page = body(mvc.perform(post("/practices").with(csrf()).with(actors.session("khanhhoi.officer"))
                .param("title", "Tổ hỗ trợ lưu động").param("topic", "CITIZEN_SUPPORT").param("baseline", "không rõ")).andReturn());
        assertThat(page).contains("value=\"Tổ hỗ trợ lưu động\"", "Nêu vấn đề đặt ra.", "Nhập giá trị trước khi áp dụng.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practices_practice").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void everyWriteFollowsThePolicyForEveryRoleOnTheApiAndThePages() throws Exception {
        Set<String> publish = Set.of("xomchieu.chair", "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer");
        Set<String> decideOwn = Set.of("admin", "leader", "wg15.lead", "wg15.member");
        Set<String> decideOther = Set.of("admin", "leader");
        Set<String> adopt = Set.of("xomchieu.chair", "xomchieu.officer", "vinhhoi.officer");
        Set<String> report = Set.of("xomchieu.chair", "xomchieu.officer");
        UUID khanhHoi = unit("27265");
        UUID far = jdbc.sql("SELECT unit_id FROM citizensupport_team WHERE unit_id NOT IN (:story) ORDER BY unit_id LIMIT 1")
                .param("story", List.of(unit("27259"), khanhHoi, unit("27286"))).query(UUID.class).single();
        List<String> mismatches = new ArrayList<>();
        Set<String> attach = Set.of("khanhhoi.officer");
        for (String role : ROLES) {
            UUID files = publishedBy(khanhHoi);
            check(mismatches, role, "attach", attach.contains(role) ? 201 : 403, () -> attachments(files),
                    () -> mvc.perform(multipart("/api/v1/practices/" + files + "/attachments").file(png("plan.png"))
                            .header("Authorization", token(role))).andReturn().getResponse().getStatus());
            check(mismatches, role, "attach (page)", attach.contains(role) ? 302 : 403, () -> attachments(files),
                    () -> mvc.perform(multipart("/practices/" + files + "/attachments").file(png("anh.png")).with(csrf()).with(actors.session(role)))
                            .andReturn().getResponse().getStatus());
            check(mismatches, role, "publish", publish.contains(role) ? 201 : 403, this::count,
                    () -> api(post("/api/v1/practices"), role, practiceJson("Cách làm của " + role)).getResponse().getStatus());
            check(mismatches, role, "publish page", publish.contains(role) ? 302 : 403, this::count,
                    () -> page(post("/practices"), role, Map.of("title", "Trang của " + role, "topic", "OTHER", "problem", "a", "actions", "b",
                            "results", "c", "indicatorCode", "assistance.done", "baseline", "1", "replication", "d", "contact", "e")));
            UUID own = publishedBy(khanhHoi);
            UUID other = publishedBy(far);
            check(mismatches, role, "endorse own", decideOwn.contains(role) ? 200 : 403, () -> state(own),
                    () -> api(post("/api/v1/practices/" + own + "/endorse"), role, "{\"reason\": \"Tốt\"}").getResponse().getStatus());
            check(mismatches, role, "endorse other (page)", decideOther.contains(role) ? 302 : 403, () -> state(other),
                    () -> page(post("/practices/" + other + "/endorse"), role, Map.of("reason", "Tốt")));
            UUID returnOwn = publishedBy(khanhHoi);
            check(mismatches, role, "return own (page)", decideOwn.contains(role) ? 302 : 403, () -> state(returnOwn),
                    () -> page(post("/practices/" + returnOwn + "/return"), role, Map.of("reason", "Thiếu số liệu")));
            UUID returnOther = publishedBy(far);
            check(mismatches, role, "return other", decideOther.contains(role) ? 200 : 403, () -> state(returnOther),
                    () -> api(post("/api/v1/practices/" + returnOther + "/return"), role, "{\"reason\": \"Thiếu số liệu\"}").getResponse().getStatus());
            UUID endorsed = endorsedBy(khanhHoi);
            int adoptExpected = adopt.contains(role) ? 201 : role.equals("khanhhoi.officer") ? 409 : 403;
            check(mismatches, role, "adopt", adoptExpected, this::adoptions,
                    () -> api(post("/api/v1/practices/" + endorsed + "/adopt"), role, "{\"plannedStart\": \"" + practices.today() + "\"}").getResponse().getStatus());
            UUID endorsedForPage = endorsedBy(khanhHoi);
            check(mismatches, role, "adopt (page)", adoptExpected == 201 ? 302 : adoptExpected == 409 ? 200 : 403, this::adoptions,
                    () -> page(post("/practices/" + endorsedForPage + "/adopt"), role, Map.of("plannedStart", practices.today().toString())));
            UUID adoption = adoptedBy(endorsedBy(khanhHoi), unit("27259"));
            check(mismatches, role, "report result", report.contains(role) ? 200 : 403, () -> reported(adoption),
                    () -> api(post("/api/v1/adoptions/" + adoption + "/result"), role, "{\"value\": 3, \"text\": \"Tốt\"}").getResponse().getStatus());
            UUID pageAdoption = adoptedBy(endorsedBy(khanhHoi), unit("27259"));
            check(mismatches, role, "report result (page)", report.contains(role) ? 302 : 403, () -> reported(pageAdoption),
                    () -> page(post("/adoptions/" + pageAdoption + "/result"), role, Map.of("resultValue", "3", "resultText", "Tốt")));
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void filesAreAttachedJudgedByTheirContentLimitedAndServedAsDownloads() throws Exception {
        UUID id = CurrentActor.runAs(Actor.system(), () -> practices.publishFor(unit("27265"), command("Cách làm có tệp " + UUID.randomUUID())).id());
        MvcResult added = mvc.perform(multipart("/api/v1/practices/" + id + "/attachments").file(png("../Kế hoạch <tối>.png"))
                .header("Authorization", token("khanhhoi.officer"))).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(201);
        JsonNode attachment = api.read(added);
        assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");
        assertThat(attachment.get("fileName").asString()).doesNotContain("/", "<", ">").endsWith(".png");
        assertThat(attachment.get("sha256").asString()).hasSize(64);
        // a text file named .pdf, an empty file: refused on the field, nothing stored
        MvcResult disguised = mvc.perform(multipart("/api/v1/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "ketqua.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", token("khanhhoi.officer"))).andReturn();
        assertThat(disguised.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(disguised)).contains("PDF, DOCX, XLSX");
        assertThat(mvc.perform(multipart("/api/v1/practices/" + id + "/attachments").file(new MockMultipartFile("file", "x.png", "image/png", new byte[0]))
                .header("Authorization", token("khanhhoi.officer"))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(attachments(id)).isEqualTo(1L);
        for (int i = 1; i < PracticeManagement.ATTACHMENTS_PER_PRACTICE; i++) {
            assertThat(CurrentActor.runAs(Actor.system(), () -> practices.attach(id, "anh.png", pngBytes()))).isNotNull();
        }
        assertThat(mvc.perform(multipart("/api/v1/practices/" + id + "/attachments").file(png("mot-nua.png"))
                .header("Authorization", token("khanhhoi.officer"))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(attachments(id)).isEqualTo((long) PracticeManagement.ATTACHMENTS_PER_PRACTICE);
        JsonNode list = api.read(api(get("/api/v1/practices/" + id + "/attachments"), "auditor", null));
        assertThat(list).hasSize(PracticeManagement.ATTACHMENTS_PER_PRACTICE);
        MvcResult download = mvc.perform(get("/practices/" + id + "/attachments/" + attachment.get("id").asString()).with(actors.session("vinhhoi.officer")))
                .andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pngBytes());
        assertThat(mvc.perform(get("/api/v1/practices/" + id + "/attachments/" + UUID.randomUUID()).header("Authorization", token("auditor")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        String page = body(mvc.perform(get("/practices/" + id).with(actors.session("khanhhoi.officer"))).andReturn());
        assertThat(page).contains("id=\"attachment-list\"", attachment.get("fileName").asString(), "enctype=\"multipart/form-data\"");
        assertThat(body(mvc.perform(get("/practices/" + id).with(actors.session("xomchieu.officer"))).andReturn())).doesNotContain("id=\"attachment-file\"");
        String refused = body(mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(actors.session("khanhhoi.officer"))).andReturn());
        assertThat(refused).contains("Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id AND action = 'practices.attachment.added'").param("id", id)
                .query(Long.class).single()).isEqualTo(1L + (PracticeManagement.ATTACHMENTS_PER_PRACTICE - 1));
    }

    @Test
    void adoptersAreRemindedOnceToReportTheirResultNinetyDaysAfterTheStart() throws Exception {
        UUID practice = endorsedBy(unit("27265"));
        UUID due = CurrentActor.runAs(Actor.system(), () -> practices.adoptFor(practice, unit("27259"),
                practices.today().minusDays(PracticeManagement.RESULT_REMINDER_DAYS)).id());
        UUID early = CurrentActor.runAs(Actor.system(), () -> practices.adoptFor(practice, unit("27286"),
                practices.today().minusDays(PracticeManagement.RESULT_REMINDER_DAYS - 1)).id());
        assertThatThrownBy(() -> actors.as("admin", practices::remindDueResults)).isInstanceOf(org.wardops.shared.AccessRefusedException.class);
        assertThat(CurrentActor.runAs(Actor.system(), practices::remindDueResults)).isGreaterThanOrEqualTo(1);
        assertThat(CurrentActor.runAs(Actor.system(), () -> practices.remindedOn(due))).contains(practices.today());
        assertThat(CurrentActor.runAs(Actor.system(), () -> practices.remindedOn(early))).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(due) >= 1);
        long sent = reminders(due);
        String title = jdbc.sql("SELECT title FROM notifications_notification WHERE subject_id = :id AND kind = 'PRACTICE_RESULT_DUE' LIMIT 1")
                .param("id", due).query(String.class).single();
        assertThat(title).startsWith("Cách làm thử");
        // a second run (the job on another instance, or tomorrow) reminds nobody again
        assertThat(CurrentActor.runAs(Actor.system(), practices::remindDueResults)).isZero();
        assertThat(reminders(early)).isZero();
        assertThat(reminders(due)).isEqualTo(sent);
        String inbox = body(mvcQuiet(get("/notifications").with(actors.session("xomchieu.officer"))));
        assertThat(inbox).contains(title);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id AND action = 'practices.adoption.reminded'").param("id", due)
                .query(Long.class).single()).isEqualTo(1L);
    }

    private MvcResult mvcQuiet(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long reminders(UUID adoption) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE subject_id = :id AND kind = 'PRACTICE_RESULT_DUE'")
                .param("id", adoption).query(Long.class).single();
    }

    private Object attachments(UUID practice) {
        return jdbc.sql("SELECT COUNT(*) FROM practices_attachment WHERE practice_id = :id").param("id", practice).query(Long.class).single();
    }

    private static byte[] pngBytes() {
        return java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    }

    private static MockMultipartFile png(String name) {
        return new MockMultipartFile("file", name, "image/png", pngBytes());
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, username -> {
            try {
                return api.bearer(username);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs the call; a status other than the expected one is a mismatch, and a refusal (403) must leave the state as it was. */
    private void check(List<String> mismatches, String role, String action, int expected, java.util.function.Supplier<Object> state,
                       java.util.concurrent.Callable<Integer> call) throws Exception {
        Object before = state.get();
        int actual = call.call();
        if (expected != actual) {
            mismatches.add(action + " as " + role + ": " + actual + " instead of " + expected);
        }
        if (actual == 403 && !state.get().equals(before)) {
            mismatches.add(action + " as " + role + ": refused but something changed");
        }
    }

    private UUID publishedBy(UUID unit) {
        return CurrentActor.runAs(Actor.system(), () -> practices.publishFor(unit, command("Cách làm thử " + UUID.randomUUID())).id());
    }

    private UUID endorsedBy(UUID unit) {
        UUID id = publishedBy(unit);
        CurrentActor.runAs(Actor.system(), () -> practices.endorse(id, "Tốt"));
        return id;
    }

    private UUID adoptedBy(UUID practice, UUID unit) {
        return CurrentActor.runAs(Actor.system(), () -> practices.adoptFor(practice, unit, practices.today().minusDays(1)).id());
    }

    private Object count() {
        return jdbc.sql("SELECT COUNT(*) FROM practices_practice").query(Long.class).single();
    }

    private Object adoptions() {
        return jdbc.sql("SELECT COUNT(*) FROM practices_adoption").query(Long.class).single();
    }

    private Object state(UUID id) {
        return jdbc.sql("SELECT state FROM practices_practice WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Object reported(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM practices_adoption WHERE id = :id AND reported_on IS NOT NULL").param("id", id).query(Long.class).single();
    }

    private static PublishPractice command(String title) {
        return new PublishPractice(title, Topic.CITIZEN_SUPPORT, "Vấn đề", "Cách làm", "Kết quả tăng 20 %", "assistance.done", BigDecimal.TEN,
                "Nhân rộng", null, "Văn phòng UBND phường");
    }

    private static String practiceJson(String title) {
        return "{\"title\": \"" + title + "\", \"topic\": \"CITIZEN_SUPPORT\", \"problem\": \"Người dân đi làm ban ngày\", \"actions\": \"Mở điểm hỗ trợ buổi tối\", "
                + "\"results\": \"Số lượt hoàn thành tăng từ 40 lên 90\", \"indicatorCode\": \"assistance.done\", \"baseline\": 40, "
                + "\"replication\": \"Chọn địa điểm có wifi\", \"cost\": null, \"contact\": \"Văn phòng UBND phường\"}";
    }

    private MvcResult api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String role, String json) throws Exception {
        String token = tokens.computeIfAbsent(role, username -> {
            try {
                return api.bearer(username);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        request.header("Authorization", token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }

    private int page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String role, Map<String, String> params)
            throws Exception {
        params.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(actors.session(role))).andReturn().getResponse().getStatus();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
