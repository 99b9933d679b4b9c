package org.wardops.difficulties.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.difficulties.ProposalState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposals to the city leadership and the common difficulties they are built from. */
@Repository
public class ProposalStore {

    private static final String COLUMNS = "id, title, problem, mechanism, deciding_body, requested_decision, requested_by, state, decision_text, "
            + "decision_date, working_group_id, created_at, version";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Proposal proposal, List<UUID> commonIds, UUID createdBy) {
        jdbc.sql("INSERT INTO difficulties_proposal (" + COLUMNS + ", created_by, updated_at) VALUES (:id, :title, :problem, :mechanism, "
                        + ":decidingBody, :requestedDecision, :requestedBy, :state, NULL, NULL, :group, :now, 0, :createdBy, :now)")
                .param("id", proposal.id()).param("title", proposal.title()).param("problem", proposal.problem())
                .param("mechanism", proposal.mechanism()).param("decidingBody", proposal.decidingBody())
                .param("requestedDecision", proposal.requestedDecision()).param("requestedBy", DifficultyStore.date(proposal.requestedBy()))
                .param("state", proposal.state().name()).param("group", proposal.workingGroupId()).param("createdBy", createdBy)
                .param("now", DifficultyStore.timestamp(proposal.createdAt()))
                .update();
        for (UUID commonId : commonIds) {
            jdbc.sql("INSERT INTO difficulties_proposal_common (proposal_id, common_id) VALUES (:p, :c)")
                    .param("p", proposal.id()).param("c", commonId).update();
        }
    }

    public boolean update(Proposal proposal, Instant now) {
        return jdbc.sql("UPDATE difficulties_proposal SET state = :state, decision_text = :decisionText, decision_date = :decisionDate, "
                        + "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", proposal.id()).param("version", proposal.version()).param("state", proposal.state().name())
                .param("decisionText", proposal.decisionText()).param("decisionDate", DifficultyStore.date(proposal.decisionDate()))
                .param("now", DifficultyStore.timestamp(now))
                .update() == 1;
    }

    public Optional<Proposal> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_proposal WHERE id = :id").param("id", id).query(ProposalStore::proposal).optional();
    }

    /** One page of the proposals, the newest first, with the total of all of them. */
    public org.wardops.shared.PageResult<Proposal> page(org.wardops.shared.PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM difficulties_proposal").query(Long.class).single();
        List<Proposal> items = jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_proposal ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset()).query(ProposalStore::proposal).list();
        return new org.wardops.shared.PageResult<>(items, page.page(), page.size(), total);
    }

    /** The common difficulties of each proposal, in one query. */
    public java.util.Map<UUID, List<UUID>> commons(java.util.Collection<UUID> proposalIds) {
        java.util.Map<UUID, List<UUID>> commons = new java.util.LinkedHashMap<>();
        if (proposalIds.isEmpty()) {
            return commons;
        }
        jdbc.sql("SELECT proposal_id, common_id FROM difficulties_proposal_common WHERE proposal_id IN (:ids) ORDER BY proposal_id, common_id")
                .param("ids", proposalIds)
                .query((rs, row) -> java.util.Map.entry(rs.getObject("proposal_id", UUID.class), rs.getObject("common_id", UUID.class))).list()
                .forEach(entry -> commons.computeIfAbsent(entry.getKey(), id -> new java.util.ArrayList<>()).add(entry.getValue()));
        return commons;
    }

    public List<UUID> commons(UUID proposalId) {
        return jdbc.sql("SELECT common_id FROM difficulties_proposal_common WHERE proposal_id = :id ORDER BY common_id")
                .param("id", proposalId).query(UUID.class).list();
    }

    private static Proposal proposal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Proposal(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("problem"), rs.getString("mechanism"),
                rs.getString("deciding_body"), rs.getString("requested_decision"), DifficultyStore.localDate(rs, "requested_by"),
                ProposalState.valueOf(rs.getString("state")), rs.getString("decision_text"), DifficultyStore.localDate(rs, "decision_date"),
                rs.getObject("working_group_id", UUID.class), DifficultyStore.instant(rs, "created_at"), rs.getLong("version"));
    }
}
