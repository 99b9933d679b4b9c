package org.wardops.reporting;

import java.util.Locale;

/** A text of a template in the three languages; Vietnamese is required, the others fall back to it. */
public record Texts(String vi, String en, String de) {

    public Texts {
        vi = vi == null ? "" : vi;
        en = en == null || en.isBlank() ? vi : en;
        de = de == null || de.isBlank() ? vi : de;
    }

    public static Texts of(String vi, String en, String de) {
        return new Texts(vi, en, de);
    }

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> vi;
        };
    }
}
