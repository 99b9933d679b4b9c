package org.wardops.difficulties;

import org.springframework.stereotype.Component;
import org.wardops.difficulties.internal.Difficulty;
import org.wardops.difficulties.internal.DifficultyAttachmentStore;
import org.wardops.difficulties.internal.DifficultyLists;
import org.wardops.difficulties.internal.DifficultyStore;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The read side of difficulties: lists (visibility in SQL, paged with a total), a difficulty's page, inbox, board, overview. */
@Component
class DifficultyQueries {

    /** The overdue list of a working group's board shows at most this many, the most overdue first; the heat table counts all. */
    static final int BOARD_OVERDUE_MAX = 100;

    private final DifficultyRecords records;
    private final DifficultyStore store;
    private final DifficultyAttachmentStore attachments;
    private final DifficultyLists lists;

    DifficultyQueries(DifficultyRecords records, DifficultyAttachmentStore attachments, DifficultyLists lists) {
        this.records = records;
        this.lists = lists;
        this.store = records.store;
        this.attachments = attachments;
    }

    List<CategoryView> categories() {
        CurrentActor.get();
        return store.categories();
    }

    PageResult<DifficultyView> find(DifficultySearch search, PageRequest page) {
        Actor actor = CurrentActor.get();
        return records.views(lists.search(search, records.policy.visible(actor), records.today(), page, search.overdueOnly()));
    }

    DifficultyView difficulty(UUID id) {
        return records.view(records.readable(id, CurrentActor.get()));
    }

    DifficultyDetails details(UUID id) {
        Actor actor = CurrentActor.get();
        Difficulty difficulty = records.readable(id, actor);
        Instant now = records.clock.instant();
        List<EntryView> entries = store.entries(id).stream()
                .map(entry -> new EntryView(entry.id(), entry.kind(), entry.text(), entry.authorName(), entry.authorRole(), entry.authorUnit(),
                        entry.createdAt(), entry.editedAt(), entry.version(), entry.kind() == EntryKind.ANSWER
                        && entry.authorId().equals(actor.accountId()) && now.isBefore(entry.createdAt().plus(DifficultyManagement.ANSWER_EDIT_WINDOW))))
                .toList();
        DifficultyView view = records.view(difficulty);
        Set<UUID> cosigning = view.cosigners().stream().map(Cosigner::unitId).collect(Collectors.toSet());
        return new DifficultyDetails(view, entries, records.policy.allowed(actor, difficulty, cosigning), attachments.of(id));
    }

    /** What awaits the actor's answer (as working group, department or city leadership), overdue first, paged with its total. */
    PageResult<DifficultyView> inbox(PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<Difficulty> found = lists.inbox(records.policy.inboxOf(actor), actor.hasRole(Role.CITY_LEADER), records.today(), page);
        return records.views(found);
    }

    BoardView board(UUID workingGroupId) {
        Actor actor = CurrentActor.get();
        records.policy.requireBoard(actor, workingGroupId);
        UnitView group = records.directory.unit(workingGroupId);
        if (group.type() != UnitType.WORKING_GROUP) {
            throw new NotFoundException("difficulties.error.board.notAWorkingGroup");
        }
        Set<UUID> units = records.directory.unitsSupervisedBy(workingGroupId);
        List<String> categories = store.categories().stream().map(CategoryView::code).toList();
        Map<UUID, Map<String, Long>> counts = new LinkedHashMap<>();
        for (DifficultyLists.Count count : lists.countBy("unit_id", "category", units)) {
            counts.computeIfAbsent(UUID.fromString(count.first()), id -> new LinkedHashMap<>()).put(count.second(), count.count());
        }
        List<HeatTable.Row> rows = new ArrayList<>();
        long max = 0;
        for (UnitView unit : records.directory.units(units)) {
            Map<String, Long> byCategory = counts.getOrDefault(unit.id(), Map.of());
            rows.add(new HeatTable.Row(unit.id(), unit.name(), byCategory, byCategory.values().stream().mapToLong(Long::longValue).sum()));
            max = Math.max(max, byCategory.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
        List<DifficultyView> overdue = records.views(lists.overdueIn(units, records.policy.visible(actor), records.today(),
                new PageRequest(0, BOARD_OVERDUE_MAX))).items();
        return new BoardView(workingGroupId, group.name(), new HeatTable(categories, rows, max), overdue);
    }

    /** Published figures for the whole city: anyone logged in may read them. */
    OverviewView overview() {
        CurrentActor.get();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        store.categories().forEach(category -> byCategory.put(category.code(), 0L));
        Map<DifficultyState, Long> byState = new LinkedHashMap<>();
        for (DifficultyState state : DifficultyState.values()) {
            if (state != DifficultyState.DRAFT) {
                byState.put(state, 0L);
            }
        }
        long total = 0;
        for (DifficultyLists.Count count : lists.countBy("category", "state", null)) {
            byCategory.merge(count.first(), count.count(), Long::sum);
            byState.merge(DifficultyState.valueOf(count.second()), count.count(), Long::sum);
            total += count.count();
        }
        long[] answered = lists.answeredOnTime(null);
        return new OverviewView(byCategory, byState, total, lists.countOverdue(records.today(), null), answered[0], answered[1]);
    }

    List<DifficultyAttachment> attachments(UUID id) {
        records.readable(id, CurrentActor.get());
        return attachments.of(id);
    }

    DifficultyAttachmentContent attachment(UUID id, UUID attachmentId) {
        records.readable(id, CurrentActor.get());
        return attachments.content(id, attachmentId).orElseThrow(() -> new NotFoundException("difficulties.error.attachment.notFound"));
    }

    List<DueDifficulty> openDifficultiesDueOn(Collection<LocalDate> days) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        return lists.openDueOn(days).stream()
                .map(d -> new DueDifficulty(d.id(), d.unitId(), records.answeringUnit(d.addressee()), d.title(),
                        java.util.Objects.requireNonNull(d.dueDate())))
                .toList();
    }
}
