package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.capacity.CertificateView;
import org.wardops.capacity.Employment;
import org.wardops.capacity.ItSkill;
import org.wardops.capacity.PostView;
import org.wardops.capacity.StaffView;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The staff register: people, their posts and certificates, and each unit's established posts. */
@Repository
public class StaffStore {

    /** A position of the catalogue with its labels. */
    public record PositionRow(String code, String labelVi, String labelEn, String labelDe, boolean digitalOfficer) {
    }

    private record Head(UUID id, UUID unitId, UUID personId, String fullName, ItSkill self, ItSkill tested, @Nullable LocalDate testedOn,
                        @Nullable LocalDate leftOn, long version) {
    }

    private final JdbcClient jdbc;

    StaffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PositionRow> positions() {
        return jdbc.sql("SELECT code, label_vi, label_en, label_de, digital_officer FROM capacity_position ORDER BY position")
                .query((rs, n) -> new PositionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))).list();
    }

    public Optional<StaffView> find(UUID id) {
        List<Head> heads = jdbc.sql("SELECT " + HEAD + " FROM capacity_staff WHERE id = :id").param("id", id).query(StaffStore::head).list();
        return complete(heads).stream().findFirst();
    }

    public List<StaffView> ofUnit(UUID unitId) {
        List<Head> heads = jdbc.sql("SELECT " + HEAD + " FROM capacity_staff WHERE unit_id = :unitId ORDER BY CASE WHEN left_on IS NULL THEN 0 ELSE 1 END, full_name, id")
                .param("unitId", unitId).query(StaffStore::head).list();
        return complete(heads);
    }

    public boolean registered(UUID unitId, UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM capacity_staff WHERE unit_id = :unitId AND person_id = :personId")
                .param("unitId", unitId).param("personId", personId).query(Long.class).single() > 0;
    }

    public void insert(StaffView staff, Instant now) {
        jdbc.sql("INSERT INTO capacity_staff (id, unit_id, person_id, full_name, self_skill, tested_skill, tested_on, left_on, version, updated_at) "
                        + "VALUES (:id, :unitId, :personId, :fullName, :self, :tested, :testedOn, :leftOn, 0, :now)")
                .param("id", staff.id()).param("unitId", staff.unitId()).param("personId", staff.personId()).param("fullName", staff.fullName())
                .param("self", staff.selfAssessedSkill().name()).param("tested", staff.testedSkill().name())
                .param("testedOn", date(staff.testedOn())).param("leftOn", date(staff.leftOn())).param("now", utc(now)).update();
        writeChildren(staff);
    }

    public boolean update(StaffView staff, Instant now) {
        int changed = jdbc.sql("UPDATE capacity_staff SET full_name = :fullName, self_skill = :self, tested_skill = :tested, tested_on = :testedOn, "
                        + "left_on = :leftOn, version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
                .param("id", staff.id()).param("fullName", staff.fullName()).param("self", staff.selfAssessedSkill().name())
                .param("tested", staff.testedSkill().name()).param("testedOn", date(staff.testedOn())).param("leftOn", date(staff.leftOn()))
                .param("now", utc(now)).param("version", staff.version()).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM capacity_staff_post WHERE staff_id = :id").param("id", staff.id()).update();
        jdbc.sql("DELETE FROM capacity_certificate WHERE staff_id = :id").param("id", staff.id()).update();
        writeChildren(staff);
        return true;
    }

    public int establishedPosts(UUID unitId) {
        return jdbc.sql("SELECT established_posts FROM capacity_establishment WHERE unit_id = :unitId").param("unitId", unitId)
                .query(Integer.class).optional().orElse(0);
    }

    public void setEstablishedPosts(UUID unitId, int posts) {
        int changed = jdbc.sql("UPDATE capacity_establishment SET established_posts = :posts, version = version + 1 WHERE unit_id = :unitId")
                .param("unitId", unitId).param("posts", posts).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO capacity_establishment (unit_id, established_posts, version) VALUES (:unitId, :posts, 0)")
                    .param("unitId", unitId).param("posts", posts).update();
        }
    }

    private void writeChildren(StaffView staff) {
        for (PostView post : staff.posts()) {
            jdbc.sql("INSERT INTO capacity_staff_post (staff_id, position_code, main_post, employment) VALUES (:id, :code, :main, :employment)")
                    .param("id", staff.id()).param("code", post.positionCode()).param("main", post.main())
                    .param("employment", java.util.Objects.requireNonNull(post.employment()).name()).update();
        }
        int ordinal = 0;
        for (CertificateView certificate : staff.certificates()) {
            jdbc.sql("INSERT INTO capacity_certificate (staff_id, ordinal, name, issuer, issued_on, expires_on) VALUES (:id, :ordinal, :name, :issuer, :issuedOn, :expiresOn)")
                    .param("id", staff.id()).param("ordinal", ordinal++).param("name", certificate.name()).param("issuer", certificate.issuer())
                    .param("issuedOn", date(certificate.issuedOn())).param("expiresOn", date(certificate.expiresOn())).update();
        }
    }

    /** Loads posts and certificates of the heads in two queries, after the heads' result set is closed. */
    private List<StaffView> complete(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = heads.stream().map(Head::id).toList();
        Map<UUID, List<PostView>> posts = new HashMap<>();
        jdbc.sql("SELECT p.staff_id, p.position_code, p.main_post, p.employment FROM capacity_staff_post p JOIN capacity_position c ON c.code = p.position_code "
                        + "WHERE p.staff_id IN (:ids) ORDER BY p.main_post DESC, c.position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new PostView(rs.getString(2), rs.getBoolean(3), Employment.valueOf(rs.getString(4)))))
                .list().forEach(e -> posts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<CertificateView>> certificates = new HashMap<>();
        jdbc.sql("SELECT staff_id, name, issuer, issued_on, expires_on FROM capacity_certificate WHERE staff_id IN (:ids) ORDER BY staff_id, ordinal")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new CertificateView(rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))))
                .list().forEach(e -> certificates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return heads.stream().map(h -> new StaffView(h.id(), h.unitId(), h.personId(), h.fullName(), posts.getOrDefault(h.id(), List.of()),
                h.self(), h.tested(), h.testedOn(), certificates.getOrDefault(h.id(), List.of()), h.leftOn(), h.version())).toList();
    }

    private static final String HEAD = "id, unit_id, person_id, full_name, self_skill, tested_skill, tested_on, left_on, version";

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                ItSkill.valueOf(rs.getString(5)), ItSkill.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getLong(9));
    }

    static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
