package vn.digitalteams.documents;

import java.time.LocalDate;

import vn.digitalteams.shared.Messages;

/**
 * The date line of a document as Decree 30/2020 writes it: "ngày 05 tháng 02 năm 2026". Days under 10
 * and the months January and February take a leading zero (so nobody can add a digit by hand later);
 * other months do not: "ngày 25 tháng 11", "ngày 05 tháng 3".
 */
final class DecreeDates {

    private DecreeDates() {
    }

    static String of(LocalDate date) {
        int month = date.getMonthValue();
        return Messages.get("document.pdf.date", String.format("%02d", date.getDayOfMonth()),
                month <= 2 ? String.format("%02d", month) : String.valueOf(month), String.valueOf(date.getYear()));
    }
}
