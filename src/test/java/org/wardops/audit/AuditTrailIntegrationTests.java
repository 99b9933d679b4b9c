package org.wardops.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;
import org.wardops.shared.AccessRefusedException;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    PeopleManagement people;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;

    @Test
    void recordsWhoChangedWhatWithTheStateBeforeAndAfter() {
        PersonView person = actors.as("khanhhoi.officer", () -> people.create(new SavePerson("Quách Văn Sơn", "Công chức Địa chính", null, null, null)));
        actors.as("khanhhoi.officer", () -> people.change(person.id(), 0, new SavePerson("Quách Văn Sơn", "Công chức Địa chính – Xây dựng", null, null, null)));
        var history = actors.as("auditor", () -> audit.history(person.id()));
        assertThat(history).extracting(AuditRecordView::action).containsExactly("directory.person.created", "directory.person.changed");
        assertThat(history).extracting(AuditRecordView::actorName).containsOnly("khanhhoi.officer");
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(1).before()).contains("Công chức Địa chính\"");
        assertThat(history.get(1).after()).contains("Địa chính – Xây dựng");
        assertThat(actors.as("xomchieu.officer", () -> audit.history(person.id()))).as("outside the reader's scope").isEmpty();
    }

    @Test
    void verificationDetectsAnAlteredRecordAndADeletedOne() {
        actors.as("vinhhoi.officer", () -> people.create(new SavePerson("Kiều Minh Nhật", "Công chức Văn hóa", null, null, null)));
        actors.as("vinhhoi.officer", () -> people.create(new SavePerson("Tạ Thu Hà", "Công chức Tư pháp", null, null, null)));
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();

        Map<String, Object> victim = jdbc.sql("SELECT chain_id, chain_seq, after_state FROM audit_record WHERE after_state LIKE '%Kiều Minh Nhật%' "
                + "ORDER BY seq DESC LIMIT 1").query().singleRow();
        Object chain = victim.get("chain_id");
        long position = ((Number) victim.get("chain_seq")).longValue();
        String original = (String) victim.get("after_state");
        try {
            jdbc.sql("UPDATE audit_record SET after_state = :forged WHERE chain_id = :chain AND chain_seq = :position")
                    .param("forged", original.replace("Kiều Minh Nhật", "Người Khác")).param("chain", chain).param("position", position).update();
            AuditVerification altered = actors.as("auditor", () -> audit.verify());
            assertThat(altered.intact()).isFalse();
            assertThat(altered.brokenChainId()).as("the unit's own chain").isEqualTo(chain);
            assertThat(altered.brokenChainName()).isEqualTo("Phường Vĩnh Hội");
            assertThat(altered.firstBrokenSeq()).isEqualTo(position);
            assertThat(altered.problem()).isEqualTo("audit.error.chain.alteredRecord");
        } finally {
            jdbc.sql("UPDATE audit_record SET after_state = :original WHERE chain_id = :chain AND chain_seq = :position")
                    .param("original", original).param("chain", chain).param("position", position).update();
        }

        Map<String, Object> middle = jdbc.sql("SELECT * FROM audit_record WHERE chain_id = :chain AND chain_seq = :position")
                .param("chain", chain).param("position", position).query().singleRow();
        jdbc.sql("DELETE FROM audit_record WHERE chain_id = :chain AND chain_seq = :position").param("chain", chain).param("position", position).update();
        try {
            AuditVerification deleted = actors.as("auditor", () -> audit.verify());
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.brokenChainId()).isEqualTo(chain);
            assertThat(deleted.firstBrokenSeq()).isEqualTo(position);
            assertThat(deleted.problem()).isEqualTo("audit.error.chain.missingRecord");
        } finally {
            reinsert(middle);
        }
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void eachUnitWritesItsOwnChainAndTheAnchorsCatchAUnitChainCutShort() {
        actors.as("xomchieu.officer", () -> people.create(new SavePerson("Lâm Thị Yến", "Công chức Văn phòng", null, null, null)));
        actors.as("khanhhoi.officer", () -> people.create(new SavePerson("Mạc Văn Tùng", "Công chức Tài chính", null, null, null)));
        var chains = jdbc.sql("SELECT DISTINCT chain_id FROM audit_record WHERE after_state LIKE '%Lâm Thị Yến%' OR after_state LIKE '%Mạc Văn Tùng%'")
                .query(java.util.UUID.class).list();
        assertThat(chains).as("one chain per unit").hasSize(2);
        assertThat(org.wardops.shared.security.CurrentActor.runAs(org.wardops.shared.security.Actor.system(), () -> audit.anchor())).as("the moved unit chains are anchored").isPositive();
        assertThat(org.wardops.shared.security.CurrentActor.runAs(org.wardops.shared.security.Actor.system(), () -> audit.anchor())).as("nothing moved since").isZero();
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();

        // Cut the newest record of Xóm Chiếu's chain and move its head back, as someone hiding a change would.
        Map<String, Object> last = jdbc.sql("SELECT r.* FROM audit_record r JOIN audit_chain c ON c.chain_id = r.chain_id AND c.last_seq = r.chain_seq "
                + "WHERE r.after_state LIKE '%Lâm Thị Yến%'").query().singleRow();
        Map<String, Object> previous = jdbc.sql("SELECT chain_seq, hash FROM audit_record WHERE chain_id = :chain AND chain_seq = :seq")
                .param("chain", last.get("chain_id")).param("seq", ((Number) last.get("chain_seq")).longValue() - 1).query().singleRow();
        jdbc.sql("DELETE FROM audit_record WHERE seq = :seq").param("seq", last.get("seq")).update();
        jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE chain_id = :chain")
                .param("seq", previous.get("chain_seq")).param("hash", previous.get("hash")).param("chain", last.get("chain_id")).update();
        try {
            AuditVerification cut = actors.as("auditor", () -> audit.verify());
            assertThat(cut.intact()).as("the anchor names a head the chain no longer has").isFalse();
            assertThat(cut.brokenChainName()).isEqualTo("Phường Xóm Chiếu");
            assertThat(cut.problem()).isEqualTo("audit.error.chain.truncated");
        } finally {
            reinsert(last);
            jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE chain_id = :chain")
                    .param("seq", last.get("chain_seq")).param("hash", last.get("hash")).param("chain", last.get("chain_id")).update();
        }
        assertThat(actors.as("auditor", () -> audit.verify()).intact()).isTrue();
    }

    private void reinsert(Map<String, Object> record) {
        jdbc.sql("INSERT INTO audit_record (seq, chain_id, chain_seq, id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, unit_id, "
                        + "before_state, after_state, previous_hash, hash) VALUES (:seq, :chain_id, :chain_seq, :id, :occurred_at, :actor_id, :actor_name, "
                        + ":action, :entity_type, :entity_id, :unit_id, :before_state, :after_state, :previous_hash, :hash)")
                .params(record).update();
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() throws Exception {
        assertThatThrownBy(() -> actors.as("wg15.lead", () -> audit.verify())).isInstanceOf(AccessRefusedException.class);
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", api.bearer("xomchieu.chair")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", api.bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void nobodyCanChangeTheTrailThroughTheApi() throws Exception {
        String auditor = api.bearer("auditor");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/audit").header("Authorization", auditor))
                .andExpect(status().isMethodNotAllowed());
    }
}
