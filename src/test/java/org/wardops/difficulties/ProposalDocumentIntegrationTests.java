package org.wardops.difficulties;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProposalDocumentIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProposalRendersAsASubmissionWithItsAnnexInWord() throws Exception {
        String id = demoProposal();
        byte[] docx = mvc.perform(get("/api/v1/proposals/" + id + "/document").param("format", "docx").param("style", "party")
                        .header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỔ CÔNG TÁC SỐ 15", "TỜ TRÌNH", "-TTr/TCT",
                    "Thành phố Hồ Chí Minh, ngày", "đơn vị cùng nêu khó khăn này", "PHỤ LỤC", "TỔ TRƯỞNG", "Phạm Thị Thu Hà");
        }
    }

    @Test
    void theStateFormatPdfKeepsVietnameseDiacritics() throws Exception {
        String id = demoProposal();
        byte[] pdf = mvc.perform(get("/proposals/" + id + "/document").param("format", "pdf").param("style", "state")
                        .with(actors.session("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH", "/TTr-TCT",
                    "Các đơn vị có cùng khó khăn", "Khó khăn của đơn vị", "Nơi nhận");
        }
    }

    @Test
    void aCoSigningUnitsRowSaysWhoseDifficultyItCoSignedInWordAndInPdf(@Autowired DifficultyManagement difficulties,
                                                                       @Autowired CommonDifficultyManagement commons,
                                                                       @Autowired ProposalManagement proposals) throws Exception {
        String id = demoProposal();
        ProposalView proposal = actors.as("leader", () -> proposals.proposal(java.util.UUID.fromString(id)));
        String cosignedWith = null;
        for (java.util.UUID common : proposal.commonDifficultyIds()) {
            for (MemberView member : actors.as("leader", () -> commons.commonDifficulty(common)).members()) {
                try {
                    actors.as("vinhhoi.officer", () -> difficulties.cosign(member.difficultyId(), "Phường Vĩnh Hội có cùng khó khăn: 14 máy tính đã quá 8 năm."));
                    cosignedWith = member.unitName();
                    break;
                } catch (org.wardops.shared.RuleViolationException | org.wardops.shared.ConflictException notOpen) {
                    // answered or already co-signed: the next member
                }
            }
            if (cosignedWith != null) {
                break;
            }
        }
        assertThat(cosignedWith).as("a member difficulty open to co-signing").isNotNull();
        String mark = "(Cùng kiến nghị với " + cosignedWith + ")";
        byte[] docx = mvc.perform(get("/api/v1/proposals/" + id + "/document").param("format", "docx").param("style", "state")
                .header("Authorization", api.bearer("wg15.lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("Phường Vĩnh Hội", mark + " ", "14 máy tính đã quá 8 năm");
        }
        byte[] pdf = mvc.perform(get("/api/v1/proposals/" + id + "/document").param("format", "pdf").param("style", "state")
                .header("Authorization", api.bearer("wg15.lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(org.wardops.shared.text.SearchText.fold(text)).contains(org.wardops.shared.text.SearchText.fold("Cùng kiến nghị với"));
        }
    }

    @Test
    void anUnknownFormatIsRefusedClearly() throws Exception {
        mvc.perform(get("/api/v1/proposals/" + demoProposal() + "/document").param("format", "odt")
                        .header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("shared.error.input.invalid"));
        mvc.perform(get("/api/v1/proposals/" + java.util.UUID.randomUUID() + "/document")
                        .header("Authorization", api.bearer("wg15.lead")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proposals/" + demoProposal() + "/document")).andExpect(status().isUnauthorized());
    }

    private String demoProposal() {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM difficulties_proposal ORDER BY created_at LIMIT 1").query(String.class).single();
    }
}
