package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The capacity pages as the demo accounts see them. */
class CapacityPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOverviewRanksTheCityAndFiltersByWorkingGroup() throws Exception {
        String all = page("/capacity/overview", "leader");
        assertThat(all).contains("id=\"ranking\"", "Phường Xóm Chiếu", "Phường Khánh Hội", "heat-4");
        String group = page("/capacity/overview?workingGroupId=" + unit("79-TCT-15"), "wg15.lead");
        assertThat(group).contains("Phường Xóm Chiếu", "Phường Khánh Hội", "Phường Vĩnh Hội");
        assertThat(group.split("<tr>").length - 3).as("three units; the others are the header and the colour legend").isEqualTo(3);
    }

    @Test
    void theUnitPageListsTheGapsInWordsAndTheAgeHistogram() throws Exception {
        String html = page("/capacity/units/" + unit("27259"), "wg15.member");
        assertThat(html).contains("7 trên 12 máy tính dùng hệ điều hành hết hỗ trợ", "Chưa có công chức chuyên trách chuyển đổi số",
                "id=\"age-histogram\"", "<meter", "Công chức chuyên trách chuyển đổi số (kiêm nhiệm");
        assertThat(html).contains("/gaps/dtOfficer/difficulty").doesNotContain("id=\"import-link\"");
        assertThat(page("/capacity/units/" + unit("27259"), "xomchieu.officer")).contains("id=\"import-link\"");
    }

    @Test
    void theAssetListFiltersBySupportStatusAndRefusesAnUnknownStatus() throws Exception {
        String html = page("/capacity/assets?unitId=" + unit("27259") + "&support=UNSUPPORTED", "xomchieu.officer");
        assertThat(html).contains("XC-PC-01", "XC-PC-07").doesNotContain("XC-PC-08");
        MvcResult bad = mvc.perform(get("/capacity/assets?support=MAYBE").with(actors.session("xomchieu.officer"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aVolunteerHasNoCapacityEntryAndIsRefused() throws Exception {
        assertThat(page("/", "volunteer.xomchieu")).doesNotContain("href=\"/capacity\"");
        assertThat(page("/", "xomchieu.officer")).contains("href=\"/capacity\"");
        assertThat(mvc.perform(get("/capacity/units/" + unit("27259")).with(actors.session("volunteer.xomchieu"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private String page(String path, String user) throws Exception {
        MvcResult result = mvc.perform(get(path).with(actors.session(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
