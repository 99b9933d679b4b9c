package org.wardops.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Training on the shared demo database: the demo story, completion settled in the transaction of the attendance or
 * score that completes it (and withdrawn again, which restores every figure), coverage counts, the public check of a
 * certificate, and bad input that changes nothing.
 */
class TrainingIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseManagement courses;
    @Autowired
    CoverageManagement coverage;
    @Autowired
    StaffManagement staff;

    @Test
    void vinhHoisRequestWasAcceptedIntoTheDecemberCourse() throws Exception {
        String body = mvc.perform(get("/api/v1/training-requests?state=ACCEPTED").header("Authorization", api.bearer("vinhhoi.officer")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("DT_COMPREHENSIVE").contains("\"enrolled\":5").doesNotContain("INFO_SECURITY");
        String courseId = jdbc.sql("SELECT id FROM training_course WHERE topic_code = 'DT_COMPREHENSIVE'").query(String.class).single();
        List<LocalDate> days = jdbc.sql("SELECT held_on FROM training_session WHERE course_id = :c ORDER BY held_on")
                .param("c", UUID.fromString(courseId)).query(LocalDate.class).list();
        assertThat(days).hasSize(3).allSatisfy(day -> assertThat(day).isAfterOrEqualTo(courses.today()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_enrolment WHERE completed_on IS NOT NULL").query(Long.class).single()).isGreaterThan(50);
    }

    @Test
    void attendanceAndScoresCompleteInTheSameTransactionAndWithdrawingRestoresTheFigures() throws Exception {
        UUID unit = testUnit();
        List<UUID> covered = jdbc.sql("SELECT e.person_id FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
                + "WHERE e.completed_on IS NOT NULL AND c.topic_code IN ('BASIC_IT', 'DT_COMPREHENSIVE')").query(UUID.class).list();
        List<StaffSkill> uncovered = actors.as("dept.sci", () -> staff.currentStaff(unit)).stream()
                .filter(s -> !s.testedSkill().atLeastBasic() && !covered.contains(s.personId())).limit(2).toList();
        assertThat(uncovered).hasSize(2);
        LocalDate today = courses.today();
        CoverageRow before = basicIt(unit);
        CourseView course = actors.as("dept.sci", () -> courses.createCourse(new CreateCourse("BASIC_IT", "Kiểm thử hoàn thành", BigDecimal.TEN,
                TrainingMode.IN_PERSON, "Sở Nội vụ")));
        SessionView first = actors.as("dept.sci", () -> courses.planSession(course.id(), new PlanSession(today.minusDays(20), "Phòng họp", null, "Giảng viên", 30)));
        SessionView second = actors.as("dept.sci", () -> courses.planSession(course.id(), new PlanSession(today.minusDays(13), null, "https://meet.example/x", "Giảng viên", 30)));
        EnrolmentResult enrolled = actors.as("dept.sci", () -> courses.enrol(first.id(), new Enrol(unit, uncovered.stream().map(StaffSkill::personId).toList(),
                null, null, today.minusDays(30))));
        List<UUID> ids = enrolled.enrolled().stream().map(EnrolmentView::id).toList();
        String token = api.bearer("dept.sci");

        for (SessionView session : List.of(first, second)) {
            assertThat(status(put("/api/v1/training-sessions/" + session.id() + "/attendance").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"attendance\":[{\"enrolmentId\":\"" + ids.get(0) + "\",\"present\":true},{\"enrolmentId\":\"" + ids.get(1) + "\",\"present\":true}]}")))
                    .isEqualTo(200);
        }
        assertThat(completed(ids)).isZero();
        for (UUID id : ids) {
            assertThat(status(put("/api/v1/enrolments/" + id + "/scores").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"preScore\":40,\"postScore\":85,\"version\":0}"))).isEqualTo(200);
        }
        assertThat(completed(ids)).as("completed by the score's own request").isEqualTo(2);
        CoverageRow after = basicIt(unit);
        assertThat(after.covered()).isEqualTo(before.covered() + 2);
        assertThat(after.officers()).isEqualTo(before.officers());
        String month = YearMonth.from(today).toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> published(unit, month, "training.basicIt.covered") == after.covered());

        String code = jdbc.sql("SELECT certificate_code FROM training_enrolment WHERE id = :id").param("id", ids.get(0)).query(String.class).single();
        String check = mvc.perform(get("/api/v1/certificates/" + code)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(check).contains(uncovered.get(0).fullName()).contains("Kiểm thử hoàn thành").doesNotContain("personId").doesNotContain(unit.toString());
        MvcResult pdf = mvc.perform(get("/api/v1/enrolments/" + ids.get(0) + "/certificate.pdf").header("Authorization", token)).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        for (UUID id : ids) {
            long version = jdbc.sql("SELECT version FROM training_enrolment WHERE id = :id").param("id", id).query(Long.class).single();
            assertThat(status(put("/api/v1/enrolments/" + id + "/scores").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"preScore\":40,\"postScore\":60,\"version\":" + version + "}"))).isEqualTo(200);
        }
        assertThat(completed(ids)).isZero();
        assertThat(status(get("/api/v1/certificates/" + code))).isEqualTo(404);
        assertThat(basicIt(unit).covered()).isEqualTo(before.covered());
        await().atMost(Duration.ofSeconds(20)).until(() -> published(unit, month, "training.basicIt.covered") == before.covered());
    }

    @Test
    void attendanceBeforeEnrolmentAScoreOutOfRangeAndASecondEnrolmentChangeNothing() throws Exception {
        UUID unit = testUnit();
        StaffSkill person = actors.as("dept.sci", () -> staff.currentStaff(unit)).getFirst();
        LocalDate today = courses.today();
        CourseView course = actors.as("dept.sci", () -> courses.createCourse(new CreateCourse("DATA_MANAGEMENT", "Kiểm thử dữ liệu sai", BigDecimal.ONE,
                TrainingMode.ONLINE, "Sở Khoa học và Công nghệ")));
        SessionView early = actors.as("dept.sci", () -> courses.planSession(course.id(), new PlanSession(today.minusDays(10), null, "https://meet.example/a", "GV", 5)));
        SessionView later = actors.as("dept.sci", () -> courses.planSession(course.id(), new PlanSession(today.plusDays(10), null, "https://meet.example/b", "GV", 5)));
        EnrolmentView enrolment = actors.as("dept.sci", () -> courses.enrol(later.id(), new Enrol(unit, List.of(person.personId()), null, null, null)))
                .enrolled().getFirst();
        String token = api.bearer("dept.sci");
        long audited = auditCount();

        MvcResult beforeEnrolment = mvc.perform(put("/api/v1/training-sessions/" + early.id() + "/attendance").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"attendance\":[{\"enrolmentId\":\"" + enrolment.id() + "\",\"present\":true}]}")).andReturn();
        assertThat(beforeEnrolment.getResponse().getStatus()).isEqualTo(422);
        MvcResult outOfRange = mvc.perform(put("/api/v1/enrolments/" + enrolment.id() + "/scores").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"preScore\":101,\"postScore\":-1,\"version\":0}")).andReturn();
        assertThat(outOfRange.getResponse().getStatus()).isEqualTo(400);
        assertThat(outOfRange.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("preScore").contains("postScore")
                .contains("Điểm là số nguyên từ 0 đến 100.");
        MvcResult twice = mvc.perform(post("/api/v1/training-sessions/" + later.id() + "/enrolments").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"" + unit + "\",\"personIds\":[\"" + person.personId() + "\"]}")).andReturn();
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);
        assertThat(status(put("/api/v1/training-sessions/" + later.id() + "/attendance").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"attendance\":[{\"enrolmentId\":\"" + enrolment.id() + "\",\"present\":true}]}"))).as("not held yet").isEqualTo(422);
        assertThat(status(post("/api/v1/courses").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"topic\":\"NO_SUCH\",\"title\":\"x\",\"hours\":2,\"mode\":\"ONLINE\",\"organiser\":\"y\"}"))).isEqualTo(400);
        assertThat(auditCount()).isEqualTo(audited);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE enrolment_id = :id").param("id", enrolment.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_enrolment WHERE course_id = :c").param("c", course.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownCertificateCodeIsNotFoundWithoutAnyDetail() throws Exception {
        for (String code : List.of("AAAA-BBBB-CCCC", "nonsense", "' OR 1=1 --")) {
            MvcResult result = mvc.perform(get("/api/v1/certificates/{code}", code)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(code);
        }
        assertThat(mvc.perform(get("/certificates/AAAA-BBBB-CCCC")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRequestWithBadInputIsRefusedWithEveryField() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM training_request").query(Long.class).single();
        MvcResult result = mvc.perform(post("/api/v1/training-requests").header("Authorization", api.bearer("vinhhoi.officer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"topic\":\"BASIC_IT\",\"people\":0,\"preferredPeriod\":\"2020-01\",\"reason\":\"a\\u0000b\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("people").contains("preferredPeriod").contains("reason");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_request").query(Long.class).single()).isEqualTo(before);
    }

    private CoverageRow basicIt(UUID unit) {
        return actors.as("dept.sci", () -> coverage.ofUnit(unit, "BASIC_IT")).getFirst();
    }

    /** A ward outside working group no. 15 with at least three current officers below the basic IT standard and without a basic-IT course. */
    private UUID testUnit() {
        return jdbc.sql("SELECT s.unit_id FROM capacity_staff s JOIN directory_unit u ON u.id = s.unit_id WHERE s.left_on IS NULL AND s.tested_skill = 'NONE' "
                        + "AND u.code NOT IN ('27259', '27265', '27286') AND s.person_id NOT IN (SELECT e.person_id FROM training_enrolment e "
                        + "JOIN training_course c ON c.id = e.course_id WHERE e.completed_on IS NOT NULL AND c.topic_code IN ('BASIC_IT', 'DT_COMPREHENSIVE')) "
                        + "GROUP BY s.unit_id HAVING COUNT(*) >= 3 ORDER BY s.unit_id DESC LIMIT 1")
                .query(UUID.class).single();
    }

    private long completed(List<UUID> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM training_enrolment WHERE id IN (:ids) AND completed_on IS NOT NULL AND certificate_code IS NOT NULL")
                .param("ids", ids).query(Long.class).single();
    }

    private int published(UUID unit, String month, String element) {
        return jdbc.sql("SELECT amount FROM indicators_value WHERE unit_id = :u AND period_code = :p AND data_element = :e AND source = 'training'")
                .param("u", unit).param("p", month).param("e", element).query(BigDecimal.class).optional().map(BigDecimal::intValue).orElse(-1);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }
}
