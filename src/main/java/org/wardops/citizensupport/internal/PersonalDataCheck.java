package org.wardops.citizensupport.internal;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses free text that likely holds personal data the assistance log must not record (Law 91/2025): an identity
 * number (9 digits of the old ID card, 12 of the citizen ID card, also written with spaces or dots), a phone number
 * (Vietnamese mobile or landline, with or without +84) or a personal name (an honorific followed by a capitalised
 * word, as in "bà Lan" or "chú Ba", or one of the common family names followed by capitalised words, as in "Nguyễn Văn A").
 * It errs towards refusing: the volunteer is asked to rephrase, nothing is stored.
 */
public final class PersonalDataCheck {

    public enum Finding { ID_NUMBER, PHONE_NUMBER, PERSONAL_NAME }

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ .\\-]?\\d)+");
    private static final Pattern PHONE = Pattern.compile("(?:\\+\\s?84|\\b0)(?:[ .\\-]?\\d){8,10}\\b");
    private static final Set<String> HONORIFICS = Set.of("ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "di", "cau", "thim", "mo", "cu");
    private static final Set<String> FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
            "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "mai", "trinh", "lam", "luong", "ta", "chau", "cao", "ha", "thai");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private PersonalDataCheck() {
    }

    public static @Nullable Finding find(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var runs = DIGIT_RUN.matcher(text);
        while (runs.find()) {
            int digits = runs.group().replaceAll("\\D", "").length();
            if (digits == 9 || digits == 12) {
                return Finding.ID_NUMBER;
            }
        }
        if (PHONE.matcher(text).find()) {
            return Finding.PHONE_NUMBER;
        }
        return hasName(text) ? Finding.PERSONAL_NAME : null;
    }

    private static boolean hasName(String text) {
        var words = WORD.matcher(text);
        java.util.List<String> list = new java.util.ArrayList<>();
        while (words.find()) {
            list.add(words.group());
        }
        for (int i = 0; i + 1 < list.size(); i++) {
            String word = plain(list.get(i));
            boolean nextCapitalised = Character.isUpperCase(list.get(i + 1).charAt(0));
            if (!nextCapitalised) {
                continue;
            }
            if (HONORIFICS.contains(word)) {
                return true;
            }
            boolean familyName = FAMILY_NAMES.contains(word) && Character.isUpperCase(list.get(i).charAt(0));
            if (familyName && i + 2 < list.size() && Character.isUpperCase(list.get(i + 2).charAt(0))) {
                return true;
            }
            if (familyName && i + 2 == list.size()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without diacritics, đ as d: "Nguyễn" → "nguyen". */
    private static String plain(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }
}
