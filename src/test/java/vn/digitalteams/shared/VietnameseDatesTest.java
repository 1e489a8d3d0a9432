package vn.digitalteams.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
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

    /** Rounded as Tasklist's list (moment.js) rounds the same deadline, so that two screens agree. */
    @ParameterizedTest
    @CsvSource({"PT3H59M, còn 4 giờ", "PT3H20M, còn 3 giờ", "PT40M, còn 40 phút", "PT50M, còn 1 giờ",
            "PT21H, còn 21 giờ", "PT22H, còn 1 ngày", "P6DT13H, còn 7 ngày", "PT-2H10M, quá hạn 2 giờ", "PT20S, còn 1 phút"})
    void timeLeftIsRoundedAsTheListRoundsIt(String left, String said) {
        Instant now = Instant.parse("2026-11-30T03:00:00Z");
        assertThat(VietnameseDates.timeLeft(now.plus(Duration.parse(left)), now)).isEqualTo(said);
    }
}
