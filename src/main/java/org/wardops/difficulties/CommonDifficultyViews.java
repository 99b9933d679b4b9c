package org.wardops.difficulties;

import org.springframework.stereotype.Component;
import org.wardops.difficulties.internal.CommonDifficulty;
import org.wardops.difficulties.internal.CommonStore;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import org.wardops.shared.text.VietnameseCollation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Views of common difficulties and of the units they affect, in a fixed number of queries whatever the number of
 * records: a confidential member's unit is counted for everyone but named only to readers the policy lets see it.
 */
@Component
class CommonDifficultyViews {

    private final CommonStore commons;
    private final DifficultyStore difficulties;
    private final DifficultiesPolicy policy;

    CommonDifficultyViews(CommonStore commons, DifficultyStore difficulties, DifficultiesPolicy policy) {
        this.commons = commons;
        this.difficulties = difficulties;
        this.policy = policy;
    }

    /** The common difficulties in the order asked for; unknown ids are "not found". */
    List<CommonDifficultyView> commonDifficulties(List<UUID> ids) {
        Actor actor = CurrentActor.get();
        Map<UUID, CommonDifficulty> found = new LinkedHashMap<>();
        commons.findAll(ids).forEach(common -> found.put(common.id(), common));
        List<CommonDifficulty> ordered = new ArrayList<>();
        for (UUID id : ids) {
            CommonDifficulty common = found.get(id);
            if (common == null) {
                throw new NotFoundException("difficulties.error.common.notFound", id);
            }
            ordered.add(common);
        }
        return views(ordered, actor);
    }

    /** The titles of the common difficulties by id. */
    Map<UUID, String> titles(List<UUID> ids) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        commons.findAll(ids).forEach(common -> titles.put(common.id(), common.title()));
        return titles;
    }

    /** For each group of common difficulties (one per proposal), the units they affect: all, and those the actor may see named; four queries. */
    <K> Map<K, Affected> affected(Map<K, List<UUID>> groups) {
        Actor actor = CurrentActor.get();
        Map<UUID, List<UUID>> members = commons.members(groups.values().stream().flatMap(List::stream).distinct().toList());
        Map<UUID, Difficulty> byId = new LinkedHashMap<>();
        difficulties.findAll(members.values().stream().flatMap(List::stream).distinct().toList()).forEach(d -> byId.put(d.id(), d));
        Map<UUID, List<Cosigner>> cosigners = difficulties.cosigners(byId.keySet());
        Map<K, Affected> affected = new LinkedHashMap<>();
        groups.forEach((key, commonIds) -> affected.put(key, affected(commonIds.stream()
                .flatMap(id -> members.getOrDefault(id, List.of()).stream()).distinct().map(byId::get).toList(), cosigners, actor)));
        return affected;
    }

    /** Units a set of common difficulties affects: every raising and co-signing unit, and those the reader may see named. */
    record Affected(Set<UUID> all, List<UnitRef> named) {
    }

    private Affected affected(List<Difficulty> members, Map<UUID, List<Cosigner>> cosigners, Actor actor) {
        Set<UUID> all = new HashSet<>();
        Map<UUID, UnitRef> named = new LinkedHashMap<>();
        for (Difficulty d : members) {
            all.add(d.unitId());
            if (policy.namesUnit(actor, d)) {
                named.put(d.unitId(), new UnitRef(d.unitId(), d.unitName(), false));
            }
        }
        for (Difficulty d : members) {
            List<Cosigner> signed = cosigners.getOrDefault(d.id(), List.of());
            signed.forEach(cosigner -> all.add(cosigner.unitId()));
            if (policy.namesUnit(actor, d)) {
                signed.forEach(cosigner -> named.putIfAbsent(cosigner.unitId(), new UnitRef(cosigner.unitId(), cosigner.unitName(), true)));
            }
        }
        List<UnitRef> units = named.values().stream().sorted(VietnameseCollation.comparing(UnitRef::name)).toList();
        return new Affected(all, units);
    }

    /** The co-signatures of the difficulties, by difficulty, in one query. */
    Map<UUID, List<Cosigner>> cosigners(java.util.Collection<UUID> difficultyIds) {
        return difficulties.cosigners(Set.copyOf(difficultyIds));
    }

    /** Views of the common difficulties with three queries in all: members, their difficulties, their co-signers. */
    List<CommonDifficultyView> views(List<CommonDifficulty> list, Actor actor) {
        Map<UUID, List<UUID>> memberIds = commons.members(list.stream().map(CommonDifficulty::id).toList());
        Map<UUID, Difficulty> byId = new LinkedHashMap<>();
        difficulties.findAll(memberIds.values().stream().flatMap(List::stream).distinct().toList()).forEach(d -> byId.put(d.id(), d));
        Map<UUID, List<Cosigner>> cosigners = difficulties.cosigners(byId.keySet());
        List<CommonDifficultyView> views = new ArrayList<>();
        for (CommonDifficulty common : list) {
            List<Difficulty> members = memberIds.getOrDefault(common.id(), List.of()).stream().map(byId::get)
                    .sorted(VietnameseCollation.comparing(Difficulty::unitName).thenComparing(Difficulty::createdAt)).toList();
            Affected affected = affected(members, cosigners, actor);
            List<MemberView> visible = members.stream().filter(d -> policy.namesUnit(actor, d))
                    .map(d -> member(d, cosigners.getOrDefault(d.id(), List.of()).size())).toList();
            views.add(new CommonDifficultyView(common.id(), common.title(), common.summary(), common.categories(), common.workingGroupId(),
                    affected.all().size(), affected.named(), visible, common.createdAt(), common.version(), policy.allowed(actor, common)));
        }
        return views;
    }

    static MemberView member(Difficulty d, int cosigners) {
        return new MemberView(d.id(), d.unitId(), d.unitName(), d.title(), d.description(), d.recommendation(), d.category(), d.state(), cosigners);
    }
}
