package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;
import org.wardops.difficulties.CommonDifficultyAction;
import org.wardops.difficulties.ProposalAction;
import org.wardops.difficulties.ProposalState;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DifficultiesPolicyTests {

    private final DifficultiesPolicy policy = new DifficultiesPolicy();
    private final UUID group15 = UUID.randomUUID();
    private final UUID group14 = UUID.randomUUID();

    private Actor groupActor(UUID group, Role role) {
        return new Actor(UUID.randomUUID(), "wg", "Tổ", null, group, "Tổ công tác", group, Set.of(role), Scope.units(Set.of(group)));
    }

    private static Actor cityLeader() {
        return new Actor(UUID.randomUUID(), "leader", "Lãnh đạo", null, UUID.randomUUID(), "Thành phố", null, Set.of(Role.CITY_LEADER),
                Scope.wholeCity());
    }

    private static Proposal proposal(UUID group, ProposalState state) {
        return new Proposal(UUID.randomUUID(), "Đề xuất", "Vấn đề", "Cơ chế", "Ban Thường vụ", "Thống nhất", null, state, null, null, group,
                Instant.parse("2026-11-01T02:00:00Z"), 0);
    }

    private static CommonDifficulty common(UUID group) {
        return new CommonDifficulty(UUID.randomUUID(), "Khó khăn chung", "Tóm tắt", List.of("INFRASTRUCTURE"), group,
                Instant.parse("2026-11-01T02:00:00Z"), 0);
    }

    @Test
    void aWorkingGroupLeaderMovesOnlyTheirOwnGroupsProposals() {
        Actor lead15 = groupActor(group15, Role.WORKING_GROUP_LEADER);
        assertThatNoException().isThrownBy(() -> policy.require(lead15, ProposalAction.SUBMIT, proposal(group15, ProposalState.DRAFT)));
        for (ProposalAction action : List.of(ProposalAction.SUBMIT, ProposalAction.IMPLEMENT, ProposalAction.COMPLETE)) {
            assertThatThrownBy(() -> policy.require(lead15, action, proposal(group14, ProposalState.DRAFT)))
                    .isInstanceOf(AccessRefusedException.class).hasMessage("difficulties.error.proposal.owningGroupOnly");
        }
        assertThat(policy.allowed(lead15, proposal(group14, ProposalState.DECIDED))).isEmpty();
        assertThat(policy.allowed(lead15, proposal(group15, ProposalState.DECIDED))).containsExactly(ProposalAction.IMPLEMENT);
        assertThat(policy.allowed(groupActor(group15, Role.WORKING_GROUP_MEMBER), proposal(group15, ProposalState.DRAFT))).isEmpty();
    }

    @Test
    void onlyTheCityLeadershipDecides() {
        assertThat(policy.allowed(cityLeader(), proposal(group15, ProposalState.SUBMITTED))).containsExactly(ProposalAction.DECIDE);
        assertThat(policy.allowed(groupActor(group15, Role.WORKING_GROUP_LEADER), proposal(group15, ProposalState.SUBMITTED))).isEmpty();
    }

    @Test
    void aWorkingGroupAddsMembersOnlyToItsOwnCommonDifficulties() {
        Actor member15 = groupActor(group15, Role.WORKING_GROUP_MEMBER);
        assertThat(policy.allowed(member15, common(group15))).contains(CommonDifficultyAction.ADD_MEMBERS);
        assertThat(policy.allowed(member15, common(group14))).isEmpty();
        assertThatThrownBy(() -> policy.require(member15, CommonDifficultyAction.ADD_MEMBERS, common(group14)))
                .isInstanceOf(AccessRefusedException.class).hasMessage("difficulties.error.common.owningGroupOnly");
        assertThat(policy.allowed(cityLeader(), common(null))).contains(CommonDifficultyAction.ADD_MEMBERS);
        assertThat(policy.allowed(member15, common(null))).containsExactly(CommonDifficultyAction.PROPOSE);
    }
}
