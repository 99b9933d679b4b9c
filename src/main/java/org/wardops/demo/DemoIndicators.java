package org.wardops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.UnitView;
import org.wardops.indicators.EnterValues;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.indicators.Period;
import org.wardops.indicators.RebuildReport;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Twelve months of public-service statistics for every commune-level unit of the city, ending with the current
 * month, near the city's published level (around 85 of 100 on the Decision 766 index) with a deterministic spread:
 * each unit has a steady quality drawn from its official code, improving slightly month by month. The story's
 * wards keep the online rates they reported to working group no. 15 (Xóm Chiếu 78.5 %, Khánh Hội 72 %, Vĩnh Hội 69.4 %).
 * Written in one batch through the facade, then the tables are built once.
 */
@Component
@Profile("demo")
@Order(60)
class DemoIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);
    private static final Map<String, Double> STORY_ONLINE_RATES = Map.of("27259", 0.785, "27265", 0.72, "27286", 0.694);

    private final IndicatorManagement indicators;
    private final TransactionTemplate transaction;

    DemoIndicators(IndicatorManagement indicators, TransactionTemplate transaction) {
        this.indicators = indicators;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            Period month = indicators.currentMonth();
            if (indicators.ranking(IndicatorManagement.SET_766, month.code(), null, new PageRequest(0, 1)).total() > 0) {
                log.info("Demo indicator values already present");
                return;
            }
            long started = System.nanoTime();
            List<Period> months = new ArrayList<>();
            Period current = month;
            for (int i = 0; i < 12; i++) {
                months.addFirst(current);
                current = current.previous();
            }
            List<EnterValues> batch = new ArrayList<>();
            for (UnitView unit : indicators.communeUnits()) {
                for (int i = 0; i < months.size(); i++) {
                    batch.add(new EnterValues(unit.id(), months.get(i).code(), statistics(unit.code(), i, i == months.size() - 1)));
                }
            }
            RebuildReport report = indicators.loadValues(batch, "demo");
            log.info("Demo public-service statistics: {} unit-months, {} scores in {} ms", batch.size(), report.scores(),
                    (System.nanoTime() - started) / 1_000_000);
        }));
    }

    /** One unit's month: a quality between 0.1 and 0.95 from the unit code, a little better each month. */
    static List<EnterValues.Entry> statistics(String unitCode, int monthIndex, boolean latest) {
        Random random = new Random(unitCode.hashCode() * 31L + 766);
        double quality = 0.1 + 0.85 * random.nextDouble();
        Random monthly = new Random(unitCode.hashCode() * 131L + monthIndex);
        double q = Math.max(0, Math.min(1, quality - 0.006 * (11 - monthIndex) + (monthly.nextDouble() - 0.5) * 0.08));
        int received = 700 + random.nextInt(1800) + monthly.nextInt(200);
        double lateRate = 0.004 + 0.045 * (1 - q);
        int handled = (int) Math.round(received * (0.95 + 0.04 * monthly.nextDouble()));
        int late = (int) Math.round(handled * lateRate);
        double onlineRate = latest && STORY_ONLINE_RATES.containsKey(unitCode) ? STORY_ONLINE_RATES.get(unitCode) : 0.55 + 0.35 * q;
        int online = (int) Math.round(received * onlineRate);
        int feedback = 4 + random.nextInt(18) + monthly.nextInt(5);
        int feedbackRated = (int) Math.round(feedback * 0.6);
        int proceduresRated = (int) Math.round(received * 0.3);
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("dossiers.received", received);
        values.put("dossiers.onTime", handled - late);
        values.put("dossiers.late", late);
        values.put("dossiers.online", online);
        values.put("dossiers.fullyOnline", (int) Math.round(online * (0.45 + 0.45 * q)));
        values.put("dossiers.paidOnline", (int) Math.round(online * (0.25 + 0.4 * q)));
        values.put("dossiers.eResults", (int) Math.round(handled * (0.6 + 0.35 * q)));
        values.put("dossiers.digitised", (int) Math.round(received * (0.5 + 0.45 * q)));
        values.put("dossiers.published", (int) Math.round(received * (0.8 + 0.18 * q)));
        values.put("feedback.received", feedback);
        values.put("feedback.handledOnTime", (int) Math.round(feedback * (0.8 + 0.2 * q)));
        values.put("feedback.rated", feedbackRated);
        values.put("feedback.satisfied", (int) Math.round(feedbackRated * (0.75 + 0.25 * q)));
        values.put("procedures.rated", proceduresRated);
        values.put("procedures.satisfied", (int) Math.round(proceduresRated * (0.8 + 0.19 * q)));
        return values.entrySet().stream().map(e -> new EnterValues.Entry(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList();
    }
}
