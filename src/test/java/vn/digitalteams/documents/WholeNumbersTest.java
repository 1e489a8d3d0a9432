package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "1.234, 1234", "1234, 1234", "12.345.678, 12345678", "' 42 ', 42", "-1.000, -1000"})
    void wholeNumbersWrittenTheVietnameseWayAreNumbers(String cell, long value) {
        assertThat(WholeNumbers.parse(cell)).isEqualTo(OptionalLong.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bản 01", "01", "040195012345", "12,5", "85%", "1.23", "1.2345", "1 234",
            "1234567890123456"})
    void everythingElseIsText(String cell) {
        assertThat(WholeNumbers.parse(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1234, 1.234", "2702000, 2.702.000"})
    void numbersArePrintedWithThousandsDots(long value, String printed) {
        assertThat(WholeNumbers.format(value)).isEqualTo(printed);
    }
}
