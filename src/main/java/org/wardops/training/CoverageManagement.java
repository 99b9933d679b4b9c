package org.wardops.training;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;
import org.wardops.training.internal.Catalogue;
import org.wardops.training.internal.CoverageFigures;
import org.wardops.training.internal.TrainingPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Coverage per unit and topic against the topic's target: of a unit's current officers (the staff register), how
 * many completed a course of the topic (or of one that counts for it) whose certificate has not expired, or hold the
 * register's standard where the topic accepts it. Only sessions held after a person enrolled count towards completion.
 */
@Service
@Transactional(readOnly = true)
public class CoverageManagement {

    private final CoverageFigures figures;
    private final Catalogue catalogue;
    private final TrainingPolicy policy;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final Clock clock;

    CoverageManagement(CoverageFigures figures, Catalogue catalogue, TrainingPolicy policy, DirectoryManagement directory,
                       DeploymentSettings deployment, Clock clock) {
        this.figures = figures;
        this.catalogue = catalogue;
        this.policy = policy;
        this.directory = directory;
        this.deployment = deployment;
        this.clock = clock;
    }

    /** Every topic's coverage of one unit. */
    public List<CoverageRow> ofUnit(UUID unitId, @Nullable String topic) {
        policy.require(CurrentActor.get(), TrainingAction.READ_UNIT, unitId);
        return figures.rows(List.of(unitId), topic == null ? null : catalogue.require("topic", topic).code(), Catalogue.language(), today());
    }

    /**
     * The coverage of the wards and communes the actor may see (those a working group supervises, when one is named),
     * paged by unit in the directory's order; each unit has a row per topic, or one row when a topic is chosen.
     */
    public PageResult<CoverageRow> units(@Nullable String topic, @Nullable UUID workingGroupId, PageRequest page) {
        TrainingPolicy.Visible visible = policy.visible(CurrentActor.get());
        String chosen = topic == null ? null : catalogue.require("topic", topic).code();
        List<UUID> units = CurrentActor.runAs(Actor.system(), () -> visibleUnits(visible, workingGroupId));
        int from = (int) Math.min(page.offset(), units.size());
        int to = Math.min(units.size(), from + page.size());
        return new PageResult<>(figures.rows(units.subList(from, to), chosen, Catalogue.language(), today()), page.page(), page.size(), units.size());
    }

    /** Publishes every unit's figures for this month: the demo data, run as the system. */
    @Transactional
    public void publishAll(List<UUID> unitIds) {
        policy.require(CurrentActor.get(), TrainingAction.MANAGE, null);
        figures.publishAll(unitIds, today());
    }

    private List<UUID> visibleUnits(TrainingPolicy.Visible visible, @Nullable UUID workingGroupId) {
        List<UUID> units = new ArrayList<>();
        var supervised = workingGroupId == null ? null : directory.unitsSupervisedBy(workingGroupId);
        for (int page = 0; ; page++) {
            PageResult<UnitView> found = directory.findUnits(new UnitSearch(deployment.provinceCode(), null, null, false), new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().stream().filter(u -> u.type().isCommuneLevel() && visible.includes(u.id()) && (supervised == null || supervised.contains(u.id())))
                    .forEach(u -> units.add(u.id()));
            if (!found.hasNext()) {
                return units;
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }
}
