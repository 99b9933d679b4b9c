package org.wardops.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators build templates and new versions on a page that works without JavaScript. */
class ReportTemplateBuilderIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    ReportTemplateManagement templates;

    @Test
    void anAdministratorBuildsATemplateRowByRowAndRefusedInputStaysInPlace() throws Exception {
        String name = "Mẫu kiểm thử trình tạo " + UUID.randomUUID();
        assertThat(page(get("/admin/report-templates/new"))).contains("id=\"template-builder\"").contains("sections[0].fields[0].key");
        assertThat(page(get("/admin/report-templates"))).contains("/admin/report-templates/new");

        String added = page(post("/admin/report-templates/new").with(csrf()).param("action", "addField-0")
                .param("name", name).param("sections[0].title.vi", "Tổ chức bộ máy")
                .param("sections[0].fields[0].key", "staffTotal").param("sections[0].fields[0].type", "INTEGER")
                .param("sections[0].fields[0].label.vi", "Tổng số cán bộ"));
        assertThat(added).contains("name=\"sections[0].fields[1].key\"").contains("value=\"Tổng số cán bộ\"").contains("value=\"" + name + "\"");

        String refused = page(post("/admin/report-templates/new").with(csrf()).param("action", "save")
                .param("name", name).param("sections[0].title.vi", "Tổ chức bộ máy")
                .param("sections[0].fields[0].key", "staffTotal").param("sections[0].fields[0].type", "INTEGER")
                .param("sections[0].fields[0].label.vi", "Tổng số cán bộ").param("sections[0].fields[0].min", "nhiều")
                .param("sections[0].fields[1].key", "1sai").param("sections[0].fields[1].type", "CHOICE")
                .param("sections[0].fields[1].label.vi", "").param("sections[0].fields[1].min", "5").param("sections[0].fields[1].max", "1"));
        assertThat(refused).contains("id=\"sections[0].fields[0].min-error\"").contains("Giới hạn phải là một số.")
                .contains("id=\"sections[0].fields[1].key-error\"").contains("id=\"sections[0].fields[1].label-error\"")
                .contains("id=\"sections[0].fields[1].options-error\"").contains("id=\"sections[0].fields[1].min-error\"")
                .contains("value=\"nhiều\"").contains("value=\"1sai\"");
        assertThat(count(name)).isZero();

        String location = mvc.perform(post("/admin/report-templates/new").with(csrf()).with(actors.session("admin")).param("action", "save")
                        .param("name", name).param("sections[0].title.vi", "Tổ chức bộ máy").param("sections[0].title.en", "Organisation")
                        .param("sections[0].fields[0].key", "staffTotal").param("sections[0].fields[0].type", "INTEGER")
                        .param("sections[0].fields[0].label.vi", "Tổng số cán bộ").param("sections[0].fields[0].label.de", "Personal insgesamt")
                        .param("sections[0].fields[0].help.vi", "Tính cả hợp đồng").param("sections[0].fields[0].required", "true")
                        .param("sections[0].fields[0].min", "0").param("sections[0].fields[0].max", "500")
                        .param("sections[0].fields[1].key", "itSkills").param("sections[0].fields[1].type", "CHOICE")
                        .param("sections[0].fields[1].label.vi", "Kỹ năng số").param("sections[0].fields[1].options", "Tốt\r\nKhá\r\n\r\nYếu"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ReportTemplateView created = actors.as("admin", () -> templates.latestNamed(name)).orElseThrow();
        assertThat(location).isEqualTo("/admin/report-templates/" + created.id());
        assertThat(created.version()).isEqualTo(1);
        TemplateField staff = created.field("staffTotal").orElseThrow();
        assertThat(staff.type()).isEqualTo(FieldType.INTEGER);
        assertThat(staff.required()).isTrue();
        assertThat(staff.max()).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(staff.label().de()).isEqualTo("Personal insgesamt");
        assertThat(staff.label().en()).isEqualTo("Tổng số cán bộ");
        assertThat(staff.help()).isNotNull();
        assertThat(created.sections().getFirst().title().en()).isEqualTo("Organisation");
        assertThat(created.field("itSkills").orElseThrow().options()).containsExactly("Tốt", "Khá", "Yếu");
        assertThat(audits("reporting.template.created", created.id())).isEqualTo(1);

        String edit = page(get("/admin/report-templates/" + created.id() + "/edit"));
        assertThat(edit).contains("value=\"staffTotal\"").contains("value=\"Personal insgesamt\"").contains("Khá");
        mvc.perform(post("/admin/report-templates/" + created.id() + "/edit").with(csrf()).with(actors.session("admin")).param("action", "save")
                        .param("name", "ignored").param("sections[0].title.vi", "Tổ chức bộ máy")
                        .param("sections[0].fields[0].key", "staffTotal").param("sections[0].fields[0].type", "INTEGER")
                        .param("sections[0].fields[0].label.vi", "Tổng số cán bộ, công chức").param("sections[0].fields[0].max", "800"))
                .andExpect(status().is3xxRedirection());
        ReportTemplateView second = actors.as("admin", () -> templates.latestNamed(name)).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.name()).isEqualTo(name);
        assertThat(second.fields()).hasSize(1);
        assertThat(second.field("staffTotal").orElseThrow().max()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(actors.as("admin", () -> templates.template(created.id())).fields()).hasSize(2);
        assertThat(audits("reporting.template.versioned", second.id())).isEqualTo(1);
    }

    @Test
    void rowsAreRemovedAndOnlyAdministratorsBuild() throws Exception {
        String removed = page(post("/admin/report-templates/new").with(csrf()).param("action", "removeField-0-0")
                .param("name", "Mẫu").param("sections[0].title.vi", "Phần một")
                .param("sections[0].fields[0].key", "first").param("sections[0].fields[0].label.vi", "Thứ nhất")
                .param("sections[0].fields[1].key", "second").param("sections[0].fields[1].label.vi", "Thứ hai"));
        assertThat(removed).contains("value=\"second\"").doesNotContain("value=\"first\"");
        String withSection = page(post("/admin/report-templates/new").with(csrf()).param("action", "addSection")
                .param("name", "Mẫu").param("sections[0].title.vi", "Phần một").param("sections[0].fields[0].key", "first"));
        assertThat(withSection).contains("name=\"sections[1].title.vi\"").contains("name=\"sections[1].fields[0].key\"");

        mvc.perform(get("/admin/report-templates/new").with(actors.session("xomchieu.officer"))).andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT COUNT(*) FROM reporting_template").query(Long.class).single();
        mvc.perform(post("/admin/report-templates/new").with(csrf()).with(actors.session("wg15.lead")).param("action", "save")
                .param("name", "Không được").param("sections[0].title.vi", "Phần").param("sections[0].fields[0].key", "a")
                .param("sections[0].fields[0].type", "TEXT").param("sections[0].fields[0].label.vi", "A"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_template").query(Long.class).single()).isEqualTo(before);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(actors.session("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM reporting_template WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private long audits(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = :action AND entity_id = :id")
                .param("action", action).param("id", id).query(Long.class).single();
    }
}
