package org.wardops.citizensupport.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.citizensupport.Organisation;
import org.wardops.citizensupport.TeamView;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Teams and their members. Members are read in one batched query after the teams' result set is closed. */
@Repository
public class TeamStore {

    private record Head(UUID id, UUID unitId, String name, String residentialGroup, long version) {
    }

    private record MemberRow(UUID teamId, TeamView.Member member) {
    }

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TeamView> find(UUID id) {
        return withMembers(jdbc.sql("SELECT id, unit_id, name, residential_group, version FROM citizensupport_team WHERE id = :id")
                .param("id", id).query(TeamStore::head).list()).stream().findFirst();
    }

    public List<TeamView> ofUnit(UUID unitId) {
        return withMembers(jdbc.sql("SELECT id, unit_id, name, residential_group, version FROM citizensupport_team WHERE unit_id = :unit "
                + "ORDER BY residential_group, name, id").param("unit", unitId).query(TeamStore::head).list());
    }

    public List<TeamView> visible(CitizenSupportPolicy.Visibility visibility, int offset, int limit) {
        if (visibility.none()) {
            return List.of();
        }
        var statement = jdbc.sql("SELECT id, unit_id, name, residential_group, version FROM citizensupport_team WHERE "
                + visibility.predicate("unit_id") + " ORDER BY unit_id, residential_group, name, id LIMIT :limit OFFSET :offset");
        if (!visibility.all()) {
            statement = statement.param("visibleUnits", visibility.unitIds());
        }
        return withMembers(statement.param("limit", limit).param("offset", offset).query(TeamStore::head).list());
    }

    public long countVisible(CitizenSupportPolicy.Visibility visibility) {
        if (visibility.none()) {
            return 0;
        }
        var statement = jdbc.sql("SELECT COUNT(*) FROM citizensupport_team WHERE " + visibility.predicate("unit_id"));
        if (!visibility.all()) {
            statement = statement.param("visibleUnits", visibility.unitIds());
        }
        return statement.query(Long.class).single();
    }

    public void insert(TeamView team, Instant now) {
        jdbc.sql("INSERT INTO citizensupport_team (id, unit_id, name, residential_group, created_at, version) "
                        + "VALUES (:id, :unit, :name, :group, :now, 0)")
                .param("id", team.id()).param("unit", team.unitId()).param("name", team.name())
                .param("group", team.residentialGroup()).param("now", now.atOffset(ZoneOffset.UTC)).update();
        insertMembers(team.id(), team.members());
    }

    /** Changes the team if it is still at the version read; false when someone changed it meanwhile. */
    public boolean change(TeamView team, long version) {
        int changed = jdbc.sql("UPDATE citizensupport_team SET name = :name, residential_group = :group, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("id", team.id()).param("name", team.name()).param("group", team.residentialGroup()).param("version", version)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM citizensupport_member WHERE team_id = :id").param("id", team.id()).update();
        insertMembers(team.id(), team.members());
        return true;
    }

    private void insertMembers(UUID teamId, List<TeamView.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            TeamView.Member member = members.get(i);
            jdbc.sql("INSERT INTO citizensupport_member (team_id, position, full_name, organisation, person_id) "
                            + "VALUES (:team, :position, :name, :organisation, :person)")
                    .param("team", teamId).param("position", i).param("name", member.fullName())
                    .param("organisation", member.organisation().name()).param("person", member.personId()).update();
        }
    }

    private List<TeamView> withMembers(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TeamView.Member>> members = new LinkedHashMap<>();
        heads.forEach(head -> members.put(head.id(), new ArrayList<>()));
        for (Collection<UUID> chunk : chunks(members.keySet())) {
            jdbc.sql("SELECT team_id, full_name, organisation, person_id FROM citizensupport_member WHERE team_id IN (:ids) ORDER BY team_id, position")
                    .param("ids", chunk)
                    .query((rs, row) -> new MemberRow(rs.getObject("team_id", UUID.class), new TeamView.Member(rs.getString("full_name"),
                            Organisation.valueOf(rs.getString("organisation")), rs.getObject("person_id", UUID.class))))
                    .list()
                    .forEach(row -> members.get(row.teamId()).add(row.member()));
        }
        return heads.stream().map(head -> new TeamView(head.id(), head.unitId(), head.name(), head.residentialGroup(),
                members.get(head.id()), head.version())).toList();
    }

    private static List<Collection<UUID>> chunks(Set<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<Collection<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("name"),
                rs.getString("residential_group"), rs.getLong("version"));
    }
}
