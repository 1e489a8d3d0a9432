package vn.digitalteams;

import java.util.stream.Collectors;

/** Distinct people's names for tests: a name has no digits, so a number is spelled in Vietnamese words. */
public final class TestNames {

    private static final String[] DIGITS = {"Không", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín"};

    private TestNames() {
    }

    /** "Đinh Văn Thử" and 207 → "Đinh Văn Thử Hai Không Bảy". */
    public static String numbered(String name, long number) {
        return name + " " + String.valueOf(number).chars().mapToObj(digit -> DIGITS[digit - '0'])
                .collect(Collectors.joining(" "));
    }
}
