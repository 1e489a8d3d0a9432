package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecreeDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-02-05, ngày 05 tháng 02 năm 2026",
            "2026-01-31, ngày 31 tháng 01 năm 2026",
            "2026-11-25, ngày 25 tháng 11 năm 2026",
            "2026-03-05, ngày 05 tháng 3 năm 2026",
            "2026-12-01, ngày 01 tháng 12 năm 2026",
            "2026-10-10, ngày 10 tháng 10 năm 2026"})
    void daysUnderTenAndJanuaryAndFebruaryTakeALeadingZero(LocalDate date, String expected) {
        assertThat(DecreeDates.of(date)).isEqualTo(expected);
    }
}
