package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.training.TopicView;

import java.time.LocalDate;

/** A topic of the catalogue as stored, with its labels in the three languages and its coverage target. */
public record Topic(String code, String labelVi, String labelEn, String labelDe, @Nullable String countsFor, boolean registerStandard,
                    @Nullable Integer validMonths, @Nullable Integer targetPercent, @Nullable LocalDate targetDueOn) {

    public String label(String language) {
        return switch (language) {
            case "en" -> labelEn;
            case "de" -> labelDe;
            default -> labelVi;
        };
    }

    public TopicView view(String language) {
        return new TopicView(code, label(language), countsFor, registerStandard, validMonths, targetPercent, targetDueOn);
    }
}
