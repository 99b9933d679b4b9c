package org.wardops.shared.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the base letter), word by word as dictionaries
 * and official lists sort ("An Đông" before "An Phú Đông", "Bà Rịa" before "Bàn Cờ"), with numbers by value
 * ("Tổ công tác số 2" before "Tổ công tác số 10"). Every list and document that shows names in order uses this
 * one order: {@link #comparator()} in Java, {@link #sortKey} for SQL (its plain byte order is the same order, so
 * that both H2 and PostgreSQL can sort by it).
 */
public final class VietnameseCollation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    // The collator ignores spaces; a word boundary must sort before any letter for word-by-word order.
    private static final String WORD_BOUNDARY = "!";
    // Numbers are compared by value: a run of digits becomes its length (two digits) followed by the digits.
    private static final int MAX_DIGITS = 99;

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

    /** Orders records by a name in Vietnamese order, e.g. {@code VietnameseCollation.comparing(UnitView::name)}. */
    public static <T> Comparator<T> comparing(Function<? super T, String> name) {
        return Comparator.comparing(name, comparator());
    }

    static String words(String text) {
        String spaced = SPACES.matcher(text.strip()).replaceAll(WORD_BOUNDARY);
        Matcher digits = DIGITS.matcher(spaced);
        StringBuilder out = new StringBuilder();
        while (digits.find()) {
            String number = digits.group().replaceFirst("^0+(?=\\d)", "");
            String length = number.length() > MAX_DIGITS ? "99" : String.format("%02d", number.length());
            digits.appendReplacement(out, length + number);
        }
        digits.appendTail(out);
        return out.toString();
    }

    public static String sortKey(String text) {
        return HexFormat.of().formatHex(collator().getCollationKey(words(text)).toByteArray());
    }
}
