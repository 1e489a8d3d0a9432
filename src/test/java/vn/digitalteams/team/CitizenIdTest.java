package vn.digitalteams.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.UserFacingException;

class CitizenIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "04009312345", "0400931234567", "04009312345a", "040 093 123 456"})
    void refusesAnythingButTwelveDigits(String value) {
        assertThatThrownBy(() -> new CitizenId(value)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isIn("person.citizenId.required", "person.citizenId.format");
    }

    @Test
    void refusesAnUnknownProvinceCode() {
        assertThatThrownBy(() -> new CitizenId("003093123456"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("person.citizenId.province");
    }

    @Test
    void acceptsAndStripsAValidNumber() {
        assertThat(new CitizenId(" 040093123456 ").value()).isEqualTo("040093123456");
    }

    @ParameterizedTest
    @CsvSource({
            "040093123456, 1993-05-01, MALE",
            "040193123456, 1993-05-01, FEMALE",
            "040205123456, 2005-01-31, MALE",
            "040305123456, 2005-01-31, FEMALE",
            "040305123456, 2005-01-31, OTHER"})
    void agreesWithTheDeclaredBirthYearAndGender(String id, LocalDate birthDate, Gender gender) {
        new CitizenId(id).requireConsistentWith(birthDate, gender);
    }

    @ParameterizedTest
    @CsvSource({
            "040093123456, 1994-05-01, MALE",
            "040093123456, 1993-05-01, FEMALE",
            "040093123456, 2093-05-01, MALE"})
    void refusesANumberThatContradictsTheDeclaration(String id, LocalDate birthDate, Gender gender) {
        assertThatThrownBy(() -> new CitizenId(id).requireConsistentWith(birthDate, gender))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("person.citizenId.mismatch");
    }
}
