package org.wardops.documents;

import org.wardops.shared.InvalidInputException;

import java.util.Locale;

/** The two formats a formal document is issued in: the Party's and the state's (Decree 30/2020/NĐ-CP). */
public enum DocumentStyle {
    PARTY,
    STATE;

    public static DocumentStyle parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("style", "documents.error.style.unknown", value);
        }
    }
}
