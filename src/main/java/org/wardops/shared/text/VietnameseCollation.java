package org.wardops.shared.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the base letter), word by word as dictionaries
 * and official lists sort ("Bà Rịa" before "Bàn Cờ"). {@link #sortKey} turns a name into a string whose plain byte
 * order is that order, so that both H2 and PostgreSQL can sort by it in SQL.
 */
public final class VietnameseCollation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // The collator ignores spaces; a word boundary must sort before any letter for word-by-word order.
    private static final String WORD_BOUNDARY = "!";

    private VietnameseCollation() {
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    public static Comparator<String> comparator() {
        Collator collator = collator();
        return (a, b) -> collator.compare(words(a), words(b));
    }

    private static String words(String text) {
        return SPACES.matcher(text.strip()).replaceAll(WORD_BOUNDARY);
    }

    public static String sortKey(String text) {
        return HexFormat.of().formatHex(collator().getCollationKey(words(text)).toByteArray());
    }
}
