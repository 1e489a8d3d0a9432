package vn.digitalteams.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A date typed or sent is the day it is in Vietnam, never the UTC day of an instant. */
class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "1995-06-14T17:00:00.000Z, 1995-06-15",
            "1995-06-14T16:59:59Z, 1995-06-14",
            "1995-06-15T00:30:00+07:00, 1995-06-15",
            "1995-06-15T00:30:00.000+0700, 1995-06-15",
            "15/06/1995, 1995-06-15",
            "5/6/1995, 1995-06-05",
            "1995-06-15, 1995-06-15"})
    void readsTheDayInVietnam(String sent, LocalDate day) {
        assertThat(VietnameseDates.parseDay(sent)).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1995-06-14T17:00:00", "31/02/1995", "1995-13-01", "hôm qua", "14-06-1995"})
    void refusesWhatNamesNoDay(String sent) {
        assertThatThrownBy(() -> VietnameseDates.parseDay(sent)).isInstanceOf(DateTimeException.class);
    }
}
