package org.wardops.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.api.ApiVersions;
import org.wardops.shared.web.Downloads;
import org.wardops.shared.web.QueryParameters;
import org.wardops.training.AttendanceEntry;
import org.wardops.training.CertificateCheck;
import org.wardops.training.CourseManagement;
import org.wardops.training.CourseView;
import org.wardops.training.CreateCourse;
import org.wardops.training.Enrol;
import org.wardops.training.EnrolmentResult;
import org.wardops.training.EnrolmentView;
import org.wardops.training.PlanSession;
import org.wardops.training.SessionSheet;
import org.wardops.training.SessionView;
import org.wardops.training.TopicView;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Training", description = "Topic catalogue, courses, sessions, enrolments, attendance, scores and certificates")
class TrainingApiController {

    private final CourseManagement management;

    TrainingApiController(CourseManagement management) {
        this.management = management;
    }

    record Attendance(@Nullable List<AttendanceEntry> attendance) {
    }

    record Scores(@Nullable Integer preScore, @Nullable Integer postScore, @Nullable Long version) {
    }

    @GetMapping("/api/v1/training/topics")
    @Operation(operationId = "topics", summary = "The topic catalogue with coverage targets", description = "Held as data (training_topic, training_target)")
    List<TopicView> topics() {
        return management.topics();
    }

    @GetMapping("/api/v1/courses")
    @Operation(operationId = "courses", summary = "Courses, latest first, with their sessions", description = "topic (a catalogue code), page, size")
    PageResult<CourseView> courses(@RequestParam(required = false) String topic, @RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        return management.courses(topic == null || topic.isBlank() ? null : topic, page(page, size));
    }

    @PostMapping("/api/v1/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCourse", summary = "Create a course", description = "Department officers and administrators. {topic, title, hours, mode: IN_PERSON|ONLINE|BLENDED, organiser}")
    CourseView createCourse(@RequestBody CreateCourse body) {
        return management.createCourse(body);
    }

    @GetMapping("/api/v1/courses/{id}")
    @Operation(operationId = "course", summary = "One course")
    CourseView course(@PathVariable UUID id) {
        return management.course(id);
    }

    @GetMapping("/api/v1/courses/{id}/sessions")
    @Operation(operationId = "listCourseSessions", summary = "A course's sessions, earliest first")
    List<SessionView> sessions(@PathVariable UUID id) {
        return management.course(id).sessions();
    }

    @PostMapping("/api/v1/courses/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "planSession", summary = "Plan a session", description = "Department officers and administrators. {heldOn, place and/or link, trainer, capacity}")
    SessionView planSession(@PathVariable UUID id, @RequestBody PlanSession body) {
        return management.planSession(id, body);
    }

    @GetMapping("/api/v1/courses/{id}/enrolments")
    @Operation(operationId = "enrolments", summary = "A course's enrolments you may see", description = "With attendance counted over the sessions held after each enrolment")
    List<EnrolmentView> enrolments(@PathVariable UUID id) {
        return management.enrolments(id);
    }

    @GetMapping("/api/v1/training-sessions/{id}")
    @Operation(operationId = "sheet", summary = "A session's attendance sheet", description = "The enrolments for whom the session counts, and who was present")
    SessionSheet sheet(@PathVariable UUID id) {
        return management.sheet(id);
    }

    @PostMapping("/api/v1/training-sessions/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "enrolTrainingSession", summary = "Enrol people into a session", description = "{unitId, personIds} (named; 422 if one is already enrolled), {unitId} (every "
            + "current officer of the unit) or {workingGroupId, skill: NONE|BASIC|ADVANCED} (the rule); optional enrolledOn. All or none; 422 when the "
            + "free places do not suffice")
    EnrolmentResult enrol(@PathVariable UUID id, @RequestBody Enrol body) {
        return management.enrol(id, body);
    }

    @PutMapping("/api/v1/training-sessions/{id}/attendance")
    @Operation(operationId = "attendance", summary = "Record attendance", description = "{attendance: [{enrolmentId, present}]}; 422 before the session is held or for an enrolment "
            + "made after it. Completion is settled in the same transaction")
    SessionSheet attendance(@PathVariable UUID id, @RequestBody Attendance body) {
        return management.recordAttendance(id, body.attendance());
    }

    @GetMapping("/api/v1/enrolments/{id}")
    @Operation(operationId = "enrolment", summary = "One enrolment")
    EnrolmentView enrolment(@PathVariable UUID id) {
        return management.enrolment(id);
    }

    @PutMapping("/api/v1/enrolments/{id}/scores")
    @Operation(operationId = "recordEnrolmentScores", summary = "Record pre- and post-test scores", description = "{preScore, postScore (0–100, null while not taken), version}. Completion is "
            + "settled in the same transaction")
    EnrolmentView scores(@PathVariable UUID id, @RequestBody Scores body) {
        return management.recordScores(id, body.preScore(), body.postScore(), ApiVersions.required(body.version()));
    }

    @GetMapping("/api/v1/enrolments/{id}/certificate.pdf")
    @Operation(operationId = "certificate", summary = "The certificate of a completed enrolment as PDF")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        RenderedDocument document = management.certificatePdf(id);
        return Downloads.file(document.content(), document.contentType(), document.fileName());
    }

    @GetMapping("/api/v1/certificates/{code}")
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate (public, no log-in)", description = "{code, fullName, course, topic, issuedOn, expiresOn, expired}; "
            + "404 for any code that is not a valid certificate")
    CertificateCheck verify(@PathVariable String code) {
        return management.verify(code);
    }

    static PageRequest page(@Nullable String page, @Nullable String size) {
        return new PageRequest(QueryParameters.number("page", page, 0, 0, 100_000),
                QueryParameters.number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
