package vn.digitalteams.documents;

import java.util.Locale;

/**
 * A document's place in its commune's series of the year ({@code sequence} from 1), and the one place
 * that says how it is printed: "09/QĐ-UBND", "12/QĐ-UBND", "01/BC-UBND". Decree 30/2020/NĐ-CP,
 * Appendix I (số của văn bản): a number below 10 takes a leading zero. Everything that shows a number
 * (the PDF, the Excel export, the stored number the API, task forms and notices quote, file names)
 * takes it from here.
 */
record DocumentNumber(DocumentSeries series, int year, int sequence) {

    /** As the document prints it: "09/QĐ-UBND". */
    String printed() {
        return digits() + series.suffix();
    }

    /** ASCII, for file names: "QD-09-2026", so a folder of them sorts as the series runs. */
    String fileBase() {
        return series.name() + "-" + digits() + "-" + year;
    }

    /** "09", "12", "123": at least two digits, ASCII whatever the JVM's locale. */
    private String digits() {
        return String.format(Locale.ROOT, "%02d", sequence);
    }
}
