package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chip-based citizen identity card number (CCCD): 12 digits, laid out by Circular 59/2021/TT-BCA as
 * province code (3) + century-and-gender digit (1) + last two digits of the birth year (2) + serial (6).
 */
public record CitizenId(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** The 63 provincial registration codes of the Ministry of Public Security. */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
            "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
            "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
            "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    public CitizenId {
        if (value == null || value.isBlank()) {
            throw invalid("person.citizenId.required");
        }
        value = value.strip();
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw invalid("person.citizenId.format", value);
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
            throw invalid("person.citizenId.province", value, value.substring(0, 3));
        }
    }

    /** Refuses a number whose century, gender and birth-year digits contradict what was declared. */
    void requireConsistentWith(LocalDate birthDate, Gender gender) {
        int centuryAndGender = value.charAt(3) - '0';
        int century = 1900 + (centuryAndGender / 2) * 100;
        int year = century + Integer.parseInt(value.substring(4, 6));
        boolean female = centuryAndGender % 2 == 1;
        boolean genderMatches = gender == Gender.OTHER || female == (gender == Gender.FEMALE);
        if (year != birthDate.getYear() || !genderMatches) {
            throw invalid("person.citizenId.mismatch", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
