package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decree 30/2020, Appendix I: a number below 10 takes a leading zero, wherever it is shown. */
class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource({
            "QD, 1, 01/QĐ-UBND, QD-01-2026",
            "QD, 9, 09/QĐ-UBND, QD-09-2026",
            "QD, 10, 10/QĐ-UBND, QD-10-2026",
            "QD, 12, 12/QĐ-UBND, QD-12-2026",
            "BC, 1, 01/BC-UBND, BC-01-2026",
            "BC, 123, 123/BC-UBND, BC-123-2026"})
    void numbersBelowTenTakeALeadingZero(DocumentSeries series, int sequence, String printed, String fileBase) {
        DocumentNumber number = new DocumentNumber(series, 2026, sequence);

        assertThat(number.printed()).isEqualTo(printed);
        assertThat(number.fileBase()).isEqualTo(fileBase);
    }
}
