package org.wardops.practices.web;

import org.jspecify.annotations.Nullable;
import org.wardops.practices.PublishPractice;
import org.wardops.practices.Topic;

import java.math.BigDecimal;

/** The publish form as typed; a value that does not parse counts as missing. */
public record PracticeForm(@Nullable String title, @Nullable String topic, @Nullable String problem, @Nullable String actions,
                           @Nullable String results, @Nullable String indicatorCode, @Nullable String baseline,
                           @Nullable String replication, @Nullable String cost, @Nullable String contact) {

    static PracticeForm empty() {
        return new PracticeForm("", "", "", "", "", "", "", "", "", "");
    }

    PublishPractice command() {
        Topic parsed;
        try {
            parsed = topic == null || topic.isBlank() ? null : Topic.valueOf(topic);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        return new PublishPractice(title, parsed, problem, actions, results, indicatorCode, decimal(baseline), replication, cost, contact);
    }

    static @Nullable BigDecimal decimal(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
