package org.wardops.documents;

import org.jspecify.annotations.Nullable;

/**
 * A document's number and symbol: {@code Số: 15/BC-UBND} in the state format, {@code Số 12-BC/ĐU} in the Party
 * format. Numbers below 10 get a leading zero; a draft without a number yet leaves the gap to be filled by hand.
 *
 * @param typeCode the abbreviation of the document type, e.g. {@code BC} (báo cáo), {@code TB} (thông báo)
 * @param issuerCode the abbreviation of the issuing body, e.g. {@code UBND}, {@code ĐU}
 */
public record DocumentNumber(@Nullable Integer number, String typeCode, String issuerCode) {

    public String format(DocumentStyle style) {
        String digits = number == null ? "\u00a0\u00a0\u00a0\u00a0\u00a0" : "%02d".formatted(number);
        return switch (style) {
            case STATE -> "Số: " + digits + "/" + typeCode + "-" + issuerCode;
            case PARTY -> "Số " + digits + "-" + typeCode + "/" + issuerCode;
        };
    }
}
