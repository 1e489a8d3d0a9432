package vn.digitalteams.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.digitalteams.shared.UserFacingException;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "0912345678, 0912345678",
            "091 234 5678, 0912345678",
            "091.234.5678, 0912345678",
            "+84912345678, 0912345678",
            "84388123456, 0388123456",
            "'+84 0888 000 111', 0888000111",
            "840888000111, 0888000111",
            "0084888000111, 0888000111",
            "'+84 (0) 888-000-111', 0888000111",
            "'888 000 111', 0888000111",
            "'0888 000 111', 0888000111"})
    void normalisesToTheNationalForm(String typed, String stored) {
        assertThat(new PhoneNumber(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "0212345678", "09123456789", "abc", "0612345678"})
    void refusesWhatIsNotAVietnameseMobileNumber(String typed) {
        assertThatThrownBy(() -> new PhoneNumber(typed)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("person.phone.format");
    }

    @ParameterizedTest
    @CsvSource({"0888000111, 0888 000 111", "'+84 912 345 678', 0912 345 678"})
    void showsAsPeopleReadIt(String typed, String shown) {
        assertThat(new PhoneNumber(typed).display()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankMeansNoPhone(String typed) {
        assertThat(PhoneNumber.ofNullable(typed)).isNull();
    }
}
