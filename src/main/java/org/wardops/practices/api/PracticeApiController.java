package org.wardops.practices.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.practices.PracticeAttachment;
import org.wardops.practices.PracticeAttachmentContent;
import org.wardops.practices.PracticeManagement;
import org.wardops.practices.PracticeView;
import org.wardops.practices.PublishPractice;
import org.wardops.practices.Topic;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Good practices", description = "Publish, endorse or return, adopt and report results")
class PracticeApiController {

    private final PracticeManagement management;

    PracticeApiController(PracticeManagement management) {
        this.management = management;
    }

    record Decision(@Nullable String reason) {
    }

    record Adoption(@Nullable LocalDate plannedStart) {
    }

    record Result(@Nullable BigDecimal value, @Nullable String text) {
    }

    @GetMapping("/api/v1/practices")
    @Operation(operationId = "practices", summary = "Practices, latest first", description = "topic (CITIZEN_SUPPORT, ONLINE_SERVICES, DIGITAL_SKILLS, "
            + "ADMINISTRATIVE_REFORM, INFRASTRUCTURE, OTHER), q (in title or problem), page, size")
    PageResult<PracticeView> practices(@RequestParam(required = false) String topic, @RequestParam(required = false) String q,
                                       @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return management.practices(topic(topic), q, new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @GetMapping("/api/v1/practices/{id}")
    @Operation(operationId = "practice", summary = "One good practice")
    PracticeView practice(@PathVariable UUID id) {
        return management.practice(id);
    }

    @PostMapping("/api/v1/practices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "publish", summary = "Publish a practice of your unit", description = "Unit officers and leaders")
    PracticeView publish(@RequestBody PublishPractice body) {
        return management.publish(body);
    }

    @PostMapping("/api/v1/practices/{id}/endorse")
    @Operation(operationId = "endorse", summary = "Endorse a published practice with a reason", description = "The supervising working group, the city leader")
    PracticeView endorse(@PathVariable UUID id, @RequestBody Decision body) {
        return management.endorse(id, body.reason());
    }

    @PostMapping("/api/v1/practices/{id}/return")
    @Operation(operationId = "giveBack", summary = "Return a published practice with a reason", description = "The supervising working group, the city leader")
    PracticeView giveBack(@PathVariable UUID id, @RequestBody Decision body) {
        return management.giveBack(id, body.reason());
    }

    @PostMapping("/api/v1/practices/{id}/adopt")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adopt", summary = "Adopt an endorsed practice for your unit", description = "409 for your own unit's practice or a second adoption")
    PracticeView.AdoptionView adopt(@PathVariable UUID id, @RequestBody Adoption body) {
        return management.adopt(id, body.plannedStart());
    }

    @PostMapping("/api/v1/adoptions/{id}/result")
    @Operation(operationId = "result", summary = "Report the result of an adoption", description = "Once, not before the planned start (422)")
    PracticeView.AdoptionView result(@PathVariable UUID id, @RequestBody Result body) {
        return management.reportResult(id, body.value(), body.text());
    }

    @PostMapping(value = "/api/v1/practices/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachPracticeFile", summary = "Attach a file to a practice (multipart part `file`)",
            description = "Officers and the leader of the publishing unit. PDF, DOCX, XLSX, JPEG or PNG, judged by content; at most 10 MB "
                    + "(configurable) and 10 files; sanitised name and SHA-256 checksum")
    PracticeAttachment attach(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestPart org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return management.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/v1/practices/{id}/attachments")
    @Operation(operationId = "practiceAttachments", summary = "The files attached to a practice")
    List<PracticeAttachment> attachments(@PathVariable UUID id) {
        return management.attachments(id);
    }

    @GetMapping("/api/v1/practices/{id}/attachments/{attachmentId}")
    @Operation(operationId = "practiceAttachment", summary = "Download one attachment of a practice")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        PracticeAttachmentContent content = management.attachment(id, attachmentId);
        return org.wardops.shared.web.Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }

    private static @Nullable Topic topic(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Topic.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("topic", "practices.error.query.topic");
        }
    }

    private static int number(String name, @Nullable String value, int fallback) {
        try {
            int parsed = value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
            if (parsed < 0 || parsed > 100_000) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "practices.error.query.number", name);
        }
    }
}
