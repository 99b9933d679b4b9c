package org.wardops.documents;

import java.time.LocalDate;

/** The place and date line of a formal document: {@code Phường Xóm Chiếu, ngày 05 tháng 11 năm 2025}. */
public final class PlaceAndDate {

    private PlaceAndDate() {
    }

    /** Days below 10 and the months January and February are written with a leading zero (Decree 30/2020/NĐ-CP). */
    public static String format(String place, LocalDate date) {
        String day = "%02d".formatted(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "%02d".formatted(date.getMonthValue()) : Integer.toString(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
