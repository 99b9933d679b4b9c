package org.wardops.difficulties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.directory.PersonView;
import org.wardops.shared.PageRequest;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The difficulty page offers one action at a time with the handler chosen from the addressee's people; common
 * difficulties and proposals count the units they name; the proposal form starts from the chosen common difficulty.
 */
class DifficultyActionPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DifficultyManagement difficulties;
    @Autowired
    CommonDifficultyManagement commons;
    @Autowired
    ProposalManagement proposals;

    @Test
    void theAddresseeChoosesAnActionFirstAndSeesOnlyItsForm() throws Exception {
        DifficultyView submitted = submitted("Test chọn thao tác trước");
        String page = html(get("/difficulties/" + submitted.id()), "wg15.lead");
        assertThat(page).contains("?action=answer", "?action=accept", "?action=decline", "Trả lời", "Không tiếp nhận")
                .doesNotContain("id=\"answer-text\"", "id=\"decline-text\"", "id=\"accept-handler\"");

        String chosen = html(get("/difficulties/" + submitted.id()).param("action", "answer"), "wg15.lead");
        assertThat(chosen).contains("id=\"answer-form\"", "id=\"answer-text\"", "id=\"answer-handler\"", "Phạm Thị Thu Hà", "Đỗ Quang Vinh")
                .doesNotContain("id=\"decline-text\"", "id=\"escalate-text\"", "id=\"feedback-text\"");

        String partial = html(get("/difficulties/" + submitted.id()).param("action", "decline").header("HX-Request", "true"), "wg15.lead");
        assertThat(partial).doesNotContain("<html").contains("id=\"decline-form\"", "id=\"decline-text\"").doesNotContain("id=\"answer-text\"");

        String english = mvc.perform(get("/difficulties/" + submitted.id()).param("action", "answer")
                        .cookie(new jakarta.servlet.http.Cookie("wardops-lang", "en")).with(actors.session("wg15.lead")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Choose an action to open its form.", "Handler");
        String german = mvc.perform(get("/difficulties/" + submitted.id()).param("action", "answer")
                        .cookie(new jakarta.servlet.http.Cookie("wardops-lang", "de")).with(actors.session("wg15.lead")))
                .andReturn().getResponse().getContentAsString();
        assertThat(german).contains("Wählen Sie eine Aktion", "Bearbeiter");
    }

    @Test
    void theHandlerIsOneOfTheAddresseesPeopleAndARefusalShowsTheChosenFormWithItsMessages() throws Exception {
        DifficultyView submitted = submitted("Test người xử lý trong danh bạ");
        List<PersonView> handlers = actors.as("wg15.lead", () -> difficulties.handlers(submitted.id()));
        assertThat(handlers).extracting(PersonView::fullName).contains("Phạm Thị Thu Hà", "Đỗ Quang Vinh");
        UUID outsider = jdbc.sql("SELECT person_id FROM access_account WHERE username = 'khanhhoi.officer'").query(UUID.class).single();
        assertThat(handlers).extracting(PersonView::id).doesNotContain(outsider);

        String refused = mvc.perform(post("/difficulties/" + submitted.id() + "/answer").with(csrf()).with(actors.session("wg15.lead"))
                        .param("version", String.valueOf(submitted.version())).param("text", " ").param("handlerId", outsider.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"answer-form\"", "id=\"handler-error\"", "id=\"text-error\"",
                "Người xử lý phải là người của cơ quan được gửi kiến nghị.");
        assertThat(difficulty(submitted.id()).state()).isEqualTo(DifficultyState.SUBMITTED);

        PersonView member = handlers.stream().filter(person -> person.fullName().equals("Đỗ Quang Vinh")).findFirst().orElseThrow();
        mvc.perform(post("/difficulties/" + submitted.id() + "/answer").with(csrf()).with(actors.session("wg15.lead"))
                        .param("version", String.valueOf(submitted.version())).param("text", "Tổ công tác đã đề nghị Sở Nội vụ bố trí biên chế.")
                        .param("handlerId", member.id().toString()))
                .andExpect(status().is3xxRedirection());
        DifficultyView answered = difficulty(submitted.id());
        assertThat(answered.state()).isEqualTo(DifficultyState.ANSWERED);
        assertThat(answered.assignee()).isEqualTo("Đỗ Quang Vinh");
    }

    @Test
    void aCommonDifficultysUnitCountIsTheUnitsItNamesWithTheirSource() throws Exception {
        List<CommonDifficultyView> all = actors.as("leader", () -> commons.commonDifficulties(new PageRequest(0, 100)).items());
        assertThat(all).isNotEmpty();
        for (CommonDifficultyView common : all) {
            assertThat(common.units()).as(common.title()).hasSize(common.unitsAffected());
            assertThat(common.raisingUnits() + common.cosigningUnits()).isEqualTo(common.unitsAffected());
            assertThat(common.raisingUnits()).isEqualTo(common.members().stream().map(MemberView::unitId).distinct().count());
        }
        CommonDifficultyView first = all.getFirst();
        String page = html(get("/common-difficulties/" + first.id()), "leader");
        assertThat(page).contains(first.unitsAffected() + " đơn vị: " + first.raisingUnits() + " đơn vị nêu khó khăn của mình, "
                + first.cosigningUnits() + " đơn vị cùng kiến nghị");
    }

    @Test
    void aProposalsAnnexNamesEveryUnitItCounts() throws Exception {
        List<ProposalView> all = actors.as("leader", () -> proposals.proposals(new PageRequest(0, 100)).items());
        assertThat(all).isNotEmpty();
        for (ProposalView proposal : all) {
            ProposalAnnex annex = actors.as("leader", () -> proposals.annex(proposal.id()));
            assertThat(annex.unitCount()).as(proposal.title()).isEqualTo(proposal.unitsAffectedCount());
            assertThat(annex.rows().stream().filter(row -> !row.cosigned()).count())
                    .isEqualTo(annex.rows().size() - annex.rows().stream().filter(ProposalAnnex.Row::cosigned).count());
        }
        ProposalView first = all.getFirst();
        assertThat(html(get("/proposals/" + first.id()), "leader"))
                .contains("Phụ lục liệt kê " + first.unitsAffectedCount() + " đơn vị; đề xuất tính " + first.unitsAffectedCount() + " đơn vị.");
    }

    @Test
    void theProposalFormStartsFromTheChosenCommonDifficulty() throws Exception {
        CommonDifficultyView common = actors.as("wg15.lead", () -> commons.commonDifficulties(new PageRequest(0, 100)).items()).stream()
                .filter(c -> !c.members().isEmpty()).findFirst().orElseThrow();
        String form = html(get("/proposals/new").param("common", common.id().toString()), "wg15.lead");
        String recommendation = common.members().getFirst().recommendation().strip();
        assertThat(form).contains("value=\"" + common.id() + "\" checked", escaped(common.title()))
                .contains("- " + escaped(recommendation).substring(0, Math.min(40, recommendation.length())));
    }

    @Test
    void theUnitImportPageOffersAnExampleFileThatPassesTheDryRun() throws Exception {
        assertThat(html(get("/admin/units/import"), "admin")).contains("href=\"/examples/don-vi-hanh-chinh-mau.csv\"", "Tải tệp mẫu");
        byte[] example = mvc.perform(get("/examples/don-vi-hanh-chinh-mau.csv").with(actors.session("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(example, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("province_code,province_name,province_type,unit_code,unit_name,unit_type").contains("Phường Xóm Chiếu");
        org.wardops.directory.UnitImportReport report = actors.as("admin", () -> directory.importOfficialUnits(
                new java.io.StringReader(text), true));
        assertThat(report.accepted()).isTrue();
        assertThat(report.units()).isEqualTo(5);
    }

    @Autowired
    org.wardops.directory.DirectoryManagement directory;

    private DifficultyView submitted(String title) {
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        DifficultyView draft = actors.as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu, title,
                "Mô tả khó khăn để thử trang xử lý.", "STAFFING", Severity.MEDIUM, "Đề nghị hỗ trợ.", null, null, null, false)));
        return actors.as("xomchieu.chair", () -> difficulties.submit(draft.id(), draft.version()));
    }

    /** As JTE escapes text in HTML content. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    private DifficultyView difficulty(UUID id) {
        return actors.as("wg15.lead", () -> difficulties.difficulty(id));
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(actors.session(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
