package org.wardops.citizensupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class CitizenSupportPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    UUID xomChieu;
    UUID team;

    @BeforeEach
    void setUp() {
        xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        team = jdbc.sql("SELECT id FROM citizensupport_team WHERE unit_id = :unit AND residential_group = 'Khu phố 1'")
                .param("unit", xomChieu).query(UUID.class).single();
    }

    @Test
    void theUnitTeamAndPhonePagesRenderInEveryLanguage() throws Exception {
        for (String language : new String[] {"vi", "en", "de"}) {
            for (String[] page : new String[][] {{"/citizen-support", "xomchieu.officer"}, {"/citizen-support/teams/" + team, "wg15.lead"},
                    {"/assistance/log", "volunteer.xomchieu"}, {"/citizen-support?unitId=" + xomChieu, "leader"}}) {
                MvcResult result = mvc.perform(get(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + language)
                        .with(actors.session(page[1]))).andReturn();
                assertThat(result.getResponse().getStatus()).as(page[0] + " " + language).isEqualTo(200);
                assertThat(body(result)).contains("<html lang=\"" + language + "\"");
            }
        }
        String unit = body(mvc.perform(get("/citizen-support").with(actors.session("xomchieu.officer"))).andReturn());
        assertThat(unit).contains("Tổ công nghệ số cộng đồng khu phố 1", "Kích hoạt tài khoản định danh điện tử VNeID", "Thành lập tổ mới");
        String teamPage = body(mvc.perform(get("/citizen-support/teams/" + team).with(actors.session("wg15.lead"))).andReturn());
        assertThat(teamPage).contains("Châu Gia Bảo", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Huỳnh Thị Mai").doesNotContain("id=\"team-form\"");
    }

    @Test
    void thePhonePageIsAnInstallableAppWithoutInlineScriptsOrStyles() throws Exception {
        String page = body(mvc.perform(get("/assistance/log").with(actors.session("volunteer.xomchieu"))).andReturn());
        assertThat(page).contains("rel=\"manifest\" href=\"/assistance/manifest.webmanifest\"")
                .containsPattern("<script src=\"/citizensupport/log-[0-9a-f]+\\.js\" defer></script>")
                .containsPattern("href=\"/citizensupport/log-[0-9a-f]+\\.css\"")
                .contains("id=\"send-now\"", "id=\"unsent-count\"", "hx-headers=")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain("style=");
        MvcResult worker = mvc.perform(get("/assistance/sw.js").with(actors.session("volunteer.xomchieu"))).andReturn();
        assertThat(worker.getResponse().getStatus()).isEqualTo(200);
        assertThat(worker.getResponse().getContentType()).startsWith("text/javascript");
        assertThat(worker.getResponse().getHeader("Service-Worker-Allowed")).isEqualTo("/assistance/");
        assertThat(body(worker)).contains("caches.open", "IndexedDB");
        MvcResult manifest = mvc.perform(get("/assistance/manifest.webmanifest").with(actors.session("volunteer.xomchieu"))).andReturn();
        assertThat(manifest.getResponse().getContentType()).startsWith("application/manifest+json");
        assertThat(body(manifest)).contains("\"start_url\": \"/assistance/log\"");
    }

    @Test
    void thePageBudgetOfScriptsAndStylesStaysUnder60KilobytesCompressed() throws Exception {
        long total = 0;
        for (String path : new String[] {"static/citizensupport/log.js", "static/citizensupport/log.css", "static/css/wardops.css"}) {
            byte[] content = new org.springframework.core.io.ClassPathResource(path).getContentAsByteArray();
            java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
            try (var gzip = new java.util.zip.GZIPOutputStream(compressed)) {
                gzip.write(content);
            }
            total += compressed.size();
        }
        assertThat(total).isLessThan(60 * 1024);
    }

    @Test
    void theFormWorksWithoutJavaScriptAndASecondSendOfTheSameFormIsLoggedOnce() throws Exception {
        UUID clientId = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            MvcResult result = mvc.perform(post("/assistance/log").with(csrf()).with(actors.session("volunteer.xomchieu"))
                    .param("clientId", clientId.toString()).param("date", today()).param("teamId", team.toString()).param("residentialGroup", "")
                    .param("service", "ONLINE_PUBLIC_SERVICE").param("procedureCode", "1.001612").param("channel", "SUPPORT_POINT")
                    .param("outcome", "DONE").param("minutes", "30").param("ageBand", "").param("gender", "")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/assistance/log");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE client_id = :id").param("id", clientId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT residential_group FROM citizensupport_assistance WHERE client_id = :id").param("id", clientId)
                .query(String.class).single()).isEqualTo("Khu phố 1");
    }

    @Test
    void aRefusedFormShowsTheMessageInPlaceKeepsWhatWasTypedAndStoresNothing() throws Exception {
        long before = entries();
        String page = body(mvc.perform(post("/assistance/log").with(csrf()).with(actors.session("volunteer.xomchieu"))
                .param("clientId", UUID.randomUUID().toString()).param("date", today()).param("teamId", team.toString())
                .param("service", "VNEID_LEVEL2").param("channel", "DOOR_TO_DOOR").param("outcome", "NOT_POSSIBLE")
                .param("reason", "Chú Tư không nhớ mật khẩu").param("minutes", "abc")).andReturn());
        assertThat(page).contains("Không được ghi dữ liệu cá nhân", "Chú Tư không nhớ mật khẩu</textarea>", "Nhập thời gian hỗ trợ.",
                "value=\"VNEID_LEVEL2\" selected");
        assertThat(entries()).isEqualTo(before);

        MvcResult sync = mvc.perform(post("/assistance/log/sync").with(csrf()).with(actors.session("volunteer.xomchieu"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"clientId\": \"" + UUID.randomUUID() + "\", \"date\": \"" + today()
                        + "\", \"teamId\": \"" + team + "\", \"service\": \"OTHER\", \"channel\": \"PHONE\", \"outcome\": \"PARTLY\", "
                        + "\"reason\": \"gọi lại 0903123456\", \"minutes\": 5}")).andReturn();
        assertThat(sync.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(sync)).contains("\"status\":\"refused\"", "số điện thoại");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aTeamFormWithProblemsKeepsTheInputAndBadQueryParametersAre400() throws Exception {
        long teams = jdbc.sql("SELECT COUNT(*) FROM citizensupport_team").query(Long.class).single();
        String page = body(mvc.perform(post("/citizen-support/teams?unitId=" + xomChieu).with(csrf()).with(actors.session("xomchieu.chair"))
                .param("name", "").param("residentialGroup", "Khu phố 12")
                .param("memberName", "Mạc Văn Khoa").param("memberOrganisation", "").param("memberPerson", "")).andReturn());
        assertThat(page).contains("Nhập tên tổ.", "value=\"Khu phố 12\"", "value=\"Mạc Văn Khoa\"", "Chọn tổ chức của thành viên.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizensupport_team").query(Long.class).single()).isEqualTo(teams);
        assertThat(mvc.perform(get("/citizen-support?unitId=xyz").with(actors.session("leader"))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/citizen-support?page=-1").with(actors.session("leader"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance").query(Long.class).single();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
