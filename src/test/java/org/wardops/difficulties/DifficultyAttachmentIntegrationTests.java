package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.shared.Hashing;
import org.wardops.shared.InvalidInputException;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DifficultyAttachmentIntegrationTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DifficultyManagement difficulties;

    @Test
    void evidenceIsJudgedByItsContentStoredWithAChecksumUnderASafeNameAndAudited() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        UUID id = draft("Thiết bị lưu trữ quá cũ (minh chứng)");

        JsonNode attached = api.read(mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "..\\..\\Biên bản <kiểm tra>.pdf", "text/plain", PDF))
                        .header("Authorization", officer))
                .andExpect(status().isCreated()).andReturn());
        assertThat(attached.get("fileName").asString()).isEqualTo("Biên bản _kiểm tra_.pdf");
        assertThat(attached.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attached.get("sha256").asString()).isEqualTo(Hashing.sha256(PDF));
        assertThat(attached.get("size").asLong()).isEqualTo(PDF.length);
        String attachmentId = attached.get("id").asString();

        byte[] downloaded = mvc.perform(get("/api/v1/difficulties/" + id + "/attachments/" + attachmentId).header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/api/v1/difficulties/" + id + "/attachments").header("Authorization", officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(attachmentId));
        mvc.perform(get("/api/v1/difficulties/" + id).header("Authorization", officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attachments[0].sha256").value(Hashing.sha256(PDF)))
                .andExpect(jsonPath("$.actions[?(@ == 'ATTACH')]").exists());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id AND action = 'difficulties.attachment.added'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", EXE)).header("Authorization", officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("difficulties.error.attachment.typeNotAllowed"));
        mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])).header("Authorization", officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("difficulties.error.attachment.empty"));
        assertThatThrownBy(() -> actors.as("xomchieu.officer", () -> difficulties.attach(id, "big.pdf", tooLarge())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().field()).isEqualTo("file"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM difficulties_attachment WHERE difficulty_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheRaisingUnitAndTheAddresseeAttachAndOthersDoNotSeeADraftsFiles() throws Exception {
        UUID id = draft("Thiếu máy quét tài liệu (minh chứng)");
        String attachmentId = api.read(mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", png())).header("Authorization", api.bearer("xomchieu.officer")))
                .andExpect(status().isCreated()).andReturn()).get("id").asString();

        mvc.perform(get("/api/v1/difficulties/" + id + "/attachments/" + attachmentId).header("Authorization", api.bearer("khanhhoi.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", png())).header("Authorization", api.bearer("wg15.member")))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/difficulties/" + id + "/submit").header("Authorization", api.bearer("xomchieu.chair"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/difficulties/" + id + "/attachments/" + attachmentId).header("Authorization", api.bearer("khanhhoi.officer")))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/difficulties/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", png())).header("Authorization", api.bearer("khanhhoi.officer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("difficulties.error.attachment.notAllowed"));
        mvc.perform(get("/api/v1/difficulties/" + id + "/attachments/" + UUID.randomUUID()).header("Authorization", api.bearer("xomchieu.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageUploadsListsAndDownloadsEvidenceAndShowsARefusalAtTheField() throws Exception {
        UUID id = draft("Đường truyền chập chờn (minh chứng)");
        mvc.perform(multipart("/difficulties/" + id + "/attachments").file(new MockMultipartFile("file", "Ảnh chụp màn hình.png", "image/png", png()))
                        .with(csrf()).with(actors.session("xomchieu.officer")))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/difficulties/" + id).with(actors.session("xomchieu.officer"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ảnh chụp màn hình.png").contains("Tài liệu minh chứng (1)").contains("SHA-256: " + Hashing.sha256(png()));
        UUID attachmentId = jdbc.sql("SELECT id FROM difficulties_attachment WHERE difficulty_id = :id").param("id", id).query(UUID.class).single();
        assertThat(mvc.perform(get("/difficulties/" + id + "/attachments/" + attachmentId).with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(png());

        String refused = mvc.perform(multipart("/difficulties/" + id + "/attachments").file(new MockMultipartFile("file", "virus.png", "image/png", EXE))
                        .with(csrf()).with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("nội dung tệp này không thuộc các loại đó");
    }

    private UUID draft(String title) {
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        return actors.as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu, title, "Mô tả có kèm minh chứng.",
                "INFRASTRUCTURE", Severity.MEDIUM, "Đề nghị hỗ trợ.", null, null, null, false))).id();
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
    }

    private static byte[] tooLarge() {
        byte[] content = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }
}
