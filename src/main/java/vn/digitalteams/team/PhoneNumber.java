package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.regex.Pattern;

/** A Vietnamese mobile number, kept in the national form 0xxxxxxxxx (10 digits). */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

    public PhoneNumber {
        String digits = value == null ? "" : value.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw invalid("person.phone.format", value);
        }
        value = digits;
    }

    /** Null or blank means "not given": a phone number is optional. */
    static PhoneNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
