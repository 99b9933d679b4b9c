package org.wardops.shared.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the base letter). {@link #sortKey} turns a
 * name into a string whose plain byte order is that order, so that both H2 and PostgreSQL can sort by it in SQL.
 */
public final class VietnameseCollation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseCollation() {
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    public static Comparator<String> comparator() {
        Collator collator = collator();
        return collator::compare;
    }

    public static String sortKey(String text) {
        return HexFormat.of().formatHex(collator().getCollationKey(text).toByteArray());
    }
}
