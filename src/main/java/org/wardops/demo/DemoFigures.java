package org.wardops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wardops.difficulties.DifficultyFiguresManagement;
import org.wardops.reporting.ReportingFiguresManagement;
import org.wardops.tasks.TaskFiguresManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

/**
 * After the other demo runners wrote their records, publishes every module's figures to {@code indicators} again
 * (reports, tasks, difficulties per unit and month), so that the city overview has data for the demo's 168 units.
 * Each module publishes from its own rows; nothing here computes a figure.
 */
@Component
@Profile("demo")
@Order(90)
class DemoFigures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFigures.class);

    private final ReportingFiguresManagement reporting;
    private final TaskFiguresManagement tasks;
    private final DifficultyFiguresManagement difficulties;

    DemoFigures(ReportingFiguresManagement reporting, TaskFiguresManagement tasks, DifficultyFiguresManagement difficulties) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.difficulties = difficulties;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> {
            long started = System.nanoTime();
            int reports = reporting.republishAll();
            int taskMonths = tasks.republishAll();
            int difficultyMonths = difficulties.republishAll();
            log.info("Demo figures published: {} report, {} task, {} difficulty unit-months in {} ms", reports, taskMonths, difficultyMonths,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }
}
