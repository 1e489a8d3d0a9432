package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number, kept in the national form 0xxxxxxxxx (10 digits), however it was written:
 * with the country code ({@code +84}, {@code 84}, {@code 0084}), with the country code and the national 0
 * both ({@code +84 0888 000 111}), without the leading 0 ({@code 888 000 111}), with spaces, dots, dashes
 * or brackets. One number written two ways is one number: for linking reports, for duplicates, for display.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0.\\-()/]");

    public PhoneNumber {
        String written = value;
        value = parse(written).orElseThrow(() -> invalid("person.phone.format", String.valueOf(written)));
    }

    /** The number in national form, or empty when the text is no Vietnamese mobile number. */
    public static Optional<String> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = digits.substring(2);
        }
        String national = digits.startsWith("0") ? digits : "0" + digits;
        return MOBILE.matcher(national).matches() ? Optional.of(national) : Optional.empty();
    }

    /** Null or blank means "not given": a phone number is optional. */
    static PhoneNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new PhoneNumber(value);
    }

    /** As people read it: "0888 000 111". */
    public String display() {
        return value.substring(0, 4) + " " + value.substring(4, 7) + " " + value.substring(7);
    }

    @Override
    public String toString() {
        return value;
    }
}
