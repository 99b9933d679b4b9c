package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The page forms for staff, assets and infrastructure: a refused save shows the form again with the problems at
 * their fields and every value as typed, and changes nothing; a good one saves and is audited.
 */
class CapacityFormsIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssetIsCreatedAndChangedThroughTheFormAndABadYearKeepsWhatWasTyped() throws Exception {
        String unit = unit("27265");
        String tag = "FORM-" + UUID.randomUUID().toString().substring(0, 8);
        long audited = audits();
        String refused = html(post("/capacity/units/" + unit + "/assets").param("type", "OTHER").param("tag", tag).param("model", "Máy chiếu <Epson>")
                .param("purchaseYear", "2099").param("state", "IN_USE"), "khanhhoi.officer", 200);
        assertThat(refused).contains("id=\"purchaseYear-error\"", "value=\"" + tag + "\"", "value=\"2099\"", "Máy chiếu &lt;Epson").doesNotContain("<Epson");
        assertThat(html(post("/capacity/units/" + unit + "/assets").param("type", "OTHER").param("tag", tag).param("purchaseYear", "20x1"),
                "khanhhoi.officer", 200)).contains("id=\"purchaseYear-error\"", "value=\"20x1\"");
        assertThat(audits()).isEqualTo(audited);
        assertThat(count("SELECT COUNT(*) FROM capacity_asset WHERE tag = '" + tag + "'")).isZero();

        MvcResult created = mvc.perform(post("/capacity/units/" + unit + "/assets").param("type", "OTHER").param("tag", tag).param("model", "Máy chiếu")
                .param("purchaseYear", "2020").param("osProduct", "").param("state", "IN_USE").param("location", "Hội trường")
                .with(csrf()).with(actors.session("khanhhoi.officer"))).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String id = jdbc.sql("SELECT id FROM capacity_asset WHERE tag = :t").param("t", tag).query(String.class).single();
        try {
            String form = html(get("/capacity/assets/" + id + "/edit"), "khanhhoi.officer", 200);
            assertThat(form).contains("value=\"Hội trường\"", "value=\"2020\"");
            MvcResult changed = mvc.perform(post("/capacity/assets/" + id).param("version", "0").param("type", "OTHER").param("tag", tag)
                    .param("purchaseYear", "2020").param("state", "SPARE").with(csrf()).with(actors.session("khanhhoi.officer"))).andReturn();
            assertThat(changed.getResponse().getStatus()).isEqualTo(302);
            assertThat(jdbc.sql("SELECT state FROM capacity_asset WHERE id = :id").param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("SPARE");
            assertThat(audits()).isEqualTo(audited + 2);
            assertThat(html(post("/capacity/assets/" + id).param("version", "0").param("type", "OTHER").param("tag", tag).param("state", "IN_USE"),
                    "khanhhoi.officer", 200)).as("a stale version is refused on the form").contains("class=\"alert");
        } finally {
            jdbc.sql("DELETE FROM capacity_asset WHERE id = :id").param("id", UUID.fromString(id)).update();
        }
    }

    @Test
    void aNotApplicableControlWithoutReasonAndABadRowAreShownAtTheirRowsAndNothingIsSaved() throws Exception {
        String unit = unit("27259");
        String form = html(get("/capacity/units/" + unit + "/infrastructure/edit"), "xomchieu.officer", 200);
        assertThat(form).contains("name=\"controls[0].status\"", "name=\"links[0].provider\"", "name=\"backups[0].lastRestoreTest\"",
                "name=\"systems[0].securityLevel\"");
        long audited = audits();
        String refused = html(post("/capacity/units/" + unit + "/infrastructure").param("version", "0")
                .param("links[0].provider", "").param("links[1].provider", "VNPT Fiber").param("links[1].downMbps", "fast")
                .param("links[1].upMbps", "40")
                .param("controls[0].code", "ANTIVIRUS").param("controls[0].status", "NOT_APPLICABLE").param("controls[0].reason", ""),
                "xomchieu.officer", 200);
        assertThat(refused).contains("id=\"links[1].downMbps-error\"", "value=\"VNPT Fiber\"", "value=\"fast\"");
        String missingReason = html(post("/capacity/units/" + unit + "/infrastructure").param("version", "0")
                .param("links[0].provider", "").param("links[1].provider", "VNPT Fiber").param("links[1].downMbps", "100").param("links[1].upMbps", "40")
                .param("systems[2].name", "Một cửa điện tử").param("systems[2].securityLevel", "7")
                .param("controls[0].code", "ANTIVIRUS").param("controls[0].status", "NOT_APPLICABLE").param("controls[0].reason", ""),
                "xomchieu.officer", 200);
        assertThat(missingReason).as("the facade's problems name the form's rows").contains("id=\"controls[0].reason-error\"",
                "id=\"systems[2].securityLevel-error\"", "value=\"Một cửa điện tử\"");
        assertThat(audits()).isEqualTo(audited);
    }

    @Test
    void aStaffEntryRefusedKeepsItsPostsAndCertificatesAndAFormForAnotherUnitIsRefused() throws Exception {
        String unit = unit("27259");
        String form = html(get("/capacity/units/" + unit + "/staff/new"), "xomchieu.officer", 200);
        assertThat(form).contains("name=\"posts[0].positionCode\"", "name=\"certificates[0].name\"", "name=\"mainPost\"");
        long audited = audits();
        String refused = html(post("/capacity/units/" + unit + "/staff").param("mainPost", "1").param("posts[0].positionCode", "")
                .param("posts[1].positionCode", "no-such-post").param("posts[1].employment", "CONTRACT")
                .param("certificates[0].name", "Chứng chỉ ứng dụng CNTT cơ bản").param("certificates[0].issuedOn", "2030-01-01"),
                "xomchieu.officer", 200);
        assertThat(refused).contains("id=\"personId-error\"", "id=\"posts[1].positionCode-error\"", "id=\"certificates[0].issuedOn-error\"",
                "value=\"Chứng chỉ ứng dụng CNTT cơ bản\"", "value=\"2030-01-01\"");
        String staff = jdbc.sql("SELECT id FROM capacity_staff WHERE unit_id = :u ORDER BY full_name LIMIT 1").param("u", UUID.fromString(unit))
                .query(String.class).single();
        String edit = html(get("/capacity/staff/" + staff + "/edit"), "xomchieu.officer", 200);
        assertThat(edit).contains("name=\"leftOn\"", "name=\"version\"");
        assertThat(html(post("/capacity/staff/" + staff).param("version", "0").param("posts[0].positionCode", "x").param("leftOn", "2999-01-01"),
                "xomchieu.officer", 200)).contains("id=\"leftOn-error\"", "value=\"2999-01-01\"");
        assertThat(audits()).isEqualTo(audited);
        assertThat(mvc.perform(get("/capacity/units/" + unit("27265") + "/staff/new").with(actors.session("xomchieu.officer"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theOverviewExplainsTiesAndColours() throws Exception {
        assertThat(html(get("/capacity/overview"), "leader", 200)).contains("id=\"legend\"", "heat-3", "id=\"ties\"", "1, 2, 2, 3",
                "Tỷ lệ cán bộ đạt chuẩn CNTT cơ bản hoặc đã được bồi dưỡng");
    }

    private String html(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).with(actors.session(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long audits() {
        // Only the capacity module's records: values published to indicators are audited later, by their listener.
        return count("SELECT COUNT(*) FROM audit_record WHERE action LIKE 'capacity.%'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
