package org.wardops.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input to the directory answers 400 naming the field, in the caller's language, and writes nothing. */
class DirectoryInputIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesOverlongNamesNulAndBidiOverridesInPeopleAndStoresNothing() throws Exception {
        String bearer = api.bearer("xomchieu.officer");
        long before = people();
        String[][] cases = {
                {"fullName", "\"" + "Nguyễn".repeat(40) + "\"", "shared.error.text.tooLong"},
                {"fullName", "\"Nguyễn\\u0000Văn A\"", "shared.error.text.control"},
                {"fullName", "\"Nguyễn \\u202EA nă V\"", "shared.error.text.bidi"},
                {"title", "\"Công chức\\u2066\"", "shared.error.text.bidi"},
                {"email", "\"a\\u0000b@example.org\"", "shared.error.text.control"},
        };
        for (String[] bad : cases) {
            String name = bad[0].equals("fullName") ? bad[1] : "\"Nguyễn Văn A\"";
            String title = bad[0].equals("title") ? bad[1] : "\"Công chức\"";
            String email = bad[0].equals("email") ? bad[1] : "null";
            String body = "{\"fullName\":" + name + ",\"title\":" + title + ",\"email\":" + email + "}";
            mvc.perform(post("/api/v1/people").header("Authorization", bearer).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]))
                    .andExpect(jsonPath("$.errors[0].code").value(bad[2]));
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aChangeWithABidiOverrideLeavesThePersonAsItWas() throws Exception {
        UUID xomChieu = unit("27259");
        PersonView person = actors.as("xomchieu.officer", () -> peopleManagement.create(new SavePerson("Lê Thị Thu", "Công chức", xomChieu, null, null)));
        mvc.perform(put("/api/v1/people/" + person.id()).header("Authorization", api.bearer("xomchieu.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Lê Thị \\u202EuhT\",\"title\":\"Công chức\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"));
        assertThat(jdbc.sql("SELECT full_name FROM directory_person WHERE id = :id").param("id", person.id()).query(String.class).single())
                .isEqualTo("Lê Thị Thu");
    }

    @Test
    void thePersonFormShowsTheProblemInPlaceKeepsWhatWasTypedAndStoresNothing() throws Exception {
        UUID xomChieu = unit("27259");
        long before = people();
        mvc.perform(post("/units/" + xomChieu + "/people").with(csrf()).with(actors.session("xomchieu.officer"))
                        .param("fullName", "Trần Văn \u202EB").param("title", "Công chức Văn phòng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Công chức Văn phòng\"")))
                .andExpect(content().string(containsString("Có ký tự đảo chiều văn bản (bidi) không được phép.")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void overlongSearchTextsAnswer400NamingTheParameter() throws Exception {
        String bearer = api.bearer("leader");
        String text = "x".repeat(DirectoryManagement.SEARCH_LIMIT + 1);
        mvc.perform(get("/api/v1/units").param("q", text).header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/people").param("q", text).header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/units").param("q", "xom chieu").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aUnitWithMorePeopleThanOnePageSaysHowManyThereAreInAll() throws Exception {
        UUID xomChieu = unit("27259");
        mvc.perform(get("/api/v1/units/" + xomChieu).header("Authorization", api.bearer("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peopleTotal").value((int) peopleOf(xomChieu)));
    }

    @Autowired
    PeopleManagement peopleManagement;

    private long people() {
        return jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
    }

    private long peopleOf(UUID unit) {
        return jdbc.sql("SELECT COUNT(*) FROM directory_person WHERE unit_id = :unit").param("unit", unit).query(Long.class).single();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
