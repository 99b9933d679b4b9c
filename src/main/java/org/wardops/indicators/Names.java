package org.wardops.indicators;

import java.util.Locale;

/** A name in the three languages of WardOps. */
public record Names(String vi, String en, String de) {

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> vi;
        };
    }
}
