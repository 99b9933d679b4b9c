package org.wardops.directory;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DirectoryPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPageWhichListsDemoAccounts() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xomchieu.officer")))
                .andExpect(content().string(containsString("wardops-demo")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void unitDirectoryServesTheFullPageOrJustTheTableToHtmx() throws Exception {
        mvc.perform(get("/units").param("q", "xom chieu").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Phường Xóm Chiếu")))
                .andExpect(content().string(not(containsString("Phường Khánh Hội"))));
        mvc.perform(get("/units").param("q", "khanh hoi").header("HX-Request", "true").with(actors.session("xomchieu.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Phường Khánh Hội")));
    }

    @Test
    void pagesSpeakTheChosenLanguage() throws Exception {
        mvc.perform(get("/units").cookie(new Cookie("wardops-lang", "en")).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("Unit directory")));
        mvc.perform(get("/units").cookie(new Cookie("wardops-lang", "de")).with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("Verzeichnis der Einheiten")));
        mvc.perform(get("/units").with(actors.session("xomchieu.officer")))
                .andExpect(content().string(containsString("Danh mục đơn vị")));
    }

    @Test
    void unitOfficersAreRefusedTheAdministrationPages() throws Exception {
        for (String page : new String[] {"/admin/accounts", "/admin/accounts/new", "/admin/units/import", "/audit"}) {
            mvc.perform(get(page).with(actors.session("xomchieu.officer"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/accounts").with(actors.session("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("xomchieu.officer")));
    }

    @Test
    void unitOfficerIsRefusedThePersonFormOfAnotherWard() throws Exception {
        String khanhHoi = unitId("27265");
        mvc.perform(get("/units/" + khanhHoi + "/people/new").with(actors.session("xomchieu.officer"))).andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
        mvc.perform(post("/units/" + khanhHoi + "/people").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("fullName", "Người Ngoài").param("title", "Công chức"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRefusedPersonFormKeepsEverythingTypedAndShowsTheErrorsInPlace() throws Exception {
        String xomChieu = unitId("27259");
        long before = jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
        mvc.perform(post("/units/" + xomChieu + "/people").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("fullName", "Võ Thị Hồng Nhung").param("title", "Công chức Văn phòng").param("email", "nhung@@sai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Võ Thị Hồng Nhung\"")))
                .andExpect(content().string(containsString("value=\"nhung@@sai\"")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single()).isEqualTo(before);

        mvc.perform(post("/units/" + xomChieu + "/people").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("fullName", "Võ Thị Hồng Nhung").param("title", "Công chức Văn phòng").param("email", "nhung@demo.wardops.invalid"))
                .andExpect(redirectedUrl("/units/" + xomChieu));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void scriptTypedIntoAFieldIsShownAsInertText() throws Exception {
        String xomChieu = unitId("27259");
        mvc.perform(post("/units/" + xomChieu + "/people").with(csrf()).with(actors.session("xomchieu.chair"))
                        .param("fullName", "<script>alert(1)</script>").param("title", "Thử"))
                .andExpect(redirectedUrl("/units/" + xomChieu));
        mvc.perform(get("/units/" + xomChieu).with(actors.session("xomchieu.chair")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void unknownRecordsGetALocalisedNotFoundPage() throws Exception {
        mvc.perform(get("/units/" + java.util.UUID.randomUUID()).with(actors.session("leader")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
        mvc.perform(get("/units/not-a-uuid").with(actors.session("leader"))).andExpect(status().isBadRequest());
    }

    @Test
    void workingGroupPageListsItsUnitsAndMembers() throws Exception {
        mvc.perform(get("/working-groups/" + unitId("79-TCT-15")).with(actors.session("wg15.lead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Vĩnh Hội")))
                .andExpect(content().string(containsString("Tổ trưởng")));
    }

    private String unitId(String code) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }
}
