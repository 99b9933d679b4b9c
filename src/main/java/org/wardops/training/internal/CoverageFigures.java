package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.directory.DirectoryManagement;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.training.CoverageRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Coverage of a unit's current officers (the staff register) per topic: an officer is covered by a completion of the
 * topic or of a topic that counts for it, whose certificate has not expired, or — for a topic that accepts the
 * register's standard — by a tested IT skill of basic or above. Publishes the basic-IT figures to {@code indicators}.
 * The caller has checked who may read; the register is read as the system.
 */
@Component
public class CoverageFigures {

    /** The topic whose coverage is published as {@code training.coverage.basicIt}. */
    public static final String BASIC_IT = "BASIC_IT";
    public static final String SOURCE = "training";

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final StaffManagement staff;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;

    CoverageFigures(CourseStore courses, EnrolmentStore enrolments, StaffManagement staff, DirectoryManagement directory, ApplicationEventPublisher events) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.staff = staff;
        this.directory = directory;
        this.events = events;
    }

    /** Rows for every unit and topic (or one topic), units in the order given. */
    public List<CoverageRow> rows(List<UUID> unitIds, @Nullable String topic, String language, LocalDate today) {
        List<Topic> topics = courses.topics().stream().filter(t -> topic == null || t.code().equals(topic)).toList();
        Map<UUID, String> names = new HashMap<>();
        CurrentActor.runAs(Actor.system(), () -> directory.units(unitIds)).forEach(u -> names.put(u.id(), u.name()));
        Map<UUID, List<StaffSkill>> officers = officers(unitIds);
        Map<UUID, Set<String>> completed = completedTopics(unitIds, today);
        List<CoverageRow> rows = new ArrayList<>();
        for (UUID unitId : unitIds) {
            for (Topic t : topics) {
                rows.add(row(unitId, names.getOrDefault(unitId, ""), t, language, officers.getOrDefault(unitId, List.of()), completed));
            }
        }
        return rows;
    }

    /** Publishes the unit's figures for the month of {@code today}: officers, basic IT covered and its share, completions. */
    public void publish(UUID unitId, LocalDate today) {
        Topic basic = courses.topics().stream().filter(t -> t.code().equals(BASIC_IT)).findFirst().orElseThrow();
        List<StaffSkill> current = officers(List.of(unitId)).getOrDefault(unitId, List.of());
        CoverageRow row = row(unitId, "", basic, "vi", current, completedTopics(List.of(unitId), today));
        YearMonth month = YearMonth.from(today);
        long completions = enrolments.completions(List.of(unitId)).stream().filter(c -> YearMonth.from(c.completedOn()).equals(month)).count();
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("training.officers", BigDecimal.valueOf(row.officers()));
        values.put("training.basicIt.covered", BigDecimal.valueOf(row.covered()));
        values.put("training.completions", BigDecimal.valueOf(completions));
        if (row.percent() != null) {
            values.put("training.coverage.basicIt", row.percent());
        }
        events.publishEvent(new IndicatorValuesPublished(SOURCE, unitId, month.toString(), values));
    }

    public void publishAll(Collection<UUID> unitIds, LocalDate today) {
        new HashSet<>(unitIds).forEach(unitId -> publish(unitId, today));
    }

    private CoverageRow row(UUID unitId, String unitName, Topic topic, String language, List<StaffSkill> officers, Map<UUID, Set<String>> completed) {
        int covered = 0;
        for (StaffSkill officer : officers) {
            Set<String> done = completed.getOrDefault(officer.personId(), Set.of());
            if (done.contains(topic.code()) || (topic.registerStandard() && officer.testedSkill().atLeastBasic())) {
                covered++;
            }
        }
        BigDecimal percent = officers.isEmpty() ? null
                : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(officers.size()), 1, RoundingMode.HALF_UP);
        return CoverageRow.of(unitId, unitName, topic.code(), topic.label(language), officers.size(), covered, percent, topic.targetPercent(),
                topic.targetDueOn());
    }

    private Map<UUID, List<StaffSkill>> officers(List<UUID> unitIds) {
        Map<UUID, List<StaffSkill>> result = new HashMap<>();
        CurrentActor.runAs(Actor.system(), () -> unitIds.forEach(unitId -> result.put(unitId, staff.currentStaff(unitId))));
        return result;
    }

    /** Per person, the topics their unexpired completions cover (the course's topic and the one it counts for). */
    private Map<UUID, Set<String>> completedTopics(List<UUID> unitIds, LocalDate today) {
        Map<String, String> countsFor = new HashMap<>();
        courses.topics().forEach(t -> {
            if (t.countsFor() != null) {
                countsFor.put(t.code(), t.countsFor());
            }
        });
        Map<UUID, Set<String>> result = new HashMap<>();
        for (EnrolmentStore.Completed c : enrolments.completions(unitIds)) {
            if (c.expiresOn() != null && c.expiresOn().isBefore(today)) {
                continue;
            }
            Set<String> topics = result.computeIfAbsent(c.personId(), k -> new HashSet<>());
            topics.add(c.topic());
            if (countsFor.containsKey(c.topic())) {
                topics.add(countsFor.get(c.topic()));
            }
        }
        return result;
    }
}
