package org.wardops.indicators;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The unit-months whose figures a transaction changed, for a module that publishes its figures per unit and month as
 * {@link IndicatorValuesPublished}: each unit-month is recomputed and published once, just before the transaction
 * commits (so the event is part of the change that caused it), however many rows of it the transaction touched.
 * Without a transaction the figures are published at once. {@link #publishAll} publishes a whole table's figures
 * (the rebuild).
 */
public final class MonthlyFigures {

    /** Counts one unit-month from the module's rows: data-element code to value. */
    @FunctionalInterface
    public interface Counter {
        Map<String, BigDecimal> count(UUID unitId, YearMonth month);
    }

    /** One unit-month's figures as a module counted them. */
    public interface Figures {
        UUID unitId();

        YearMonth month();

        Map<String, BigDecimal> values();
    }

    /** A unit and a month. */
    public record UnitMonth(UUID unitId, YearMonth month) {
    }

    private final Object key = new Object();
    private final String source;
    private final ApplicationEventPublisher events;
    private final Counter counter;

    /** @param source the publishing module, e.g. {@code tasks} */
    public MonthlyFigures(String source, ApplicationEventPublisher events, Counter counter) {
        this.source = source;
        this.events = events;
        this.counter = counter;
    }

    /** Publishes the given unit-months' figures as they are; answers how many. */
    public int publishAll(List<? extends Figures> all) {
        all.forEach(figures -> events.publishEvent(new IndicatorValuesPublished(source, figures.unitId(), figures.month().toString(), figures.values())));
        return all.size();
    }

    private void publish(UUID unitId, YearMonth month) {
        events.publishEvent(new IndicatorValuesPublished(source, unitId, month.toString(), counter.count(unitId, month)));
    }

    /** Marks the unit's month of the given day as changed; a null unit or day changes nothing. */
    public void changed(@org.jspecify.annotations.Nullable UUID unitId, @org.jspecify.annotations.Nullable LocalDate day) {
        if (unitId != null && day != null) {
            changed(unitId, YearMonth.from(day));
        }
    }

    public void changed(UUID unitId, YearMonth month) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(unitId, month);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UnitMonth> pending = (Set<UnitMonth>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Set<UnitMonth> months = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(key, months);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    while (!months.isEmpty()) {
                        List<UnitMonth> due = List.copyOf(months);
                        months.clear();
                        due.forEach(m -> publish(m.unitId(), m.month()));
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = months;
        }
        pending.add(new UnitMonth(unitId, month));
    }
}
