package vn.digitalteams.documents;

import java.util.OptionalLong;
import java.util.regex.Pattern;

import vn.digitalteams.shared.Messages;

/**
 * Whole numbers as a report's cells write them, the Vietnamese way: "1.234" (a dot between groups of
 * three) or plainly "1234". Whatever else a cell says is text: "12,5" or "85%" (not whole), "01" or a
 * citizen id "040195012345" (a leading zero is a code, not a quantity), and anything of more than 15
 * digits (a spreadsheet keeps no more exactly).
 */
final class WholeNumbers {

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,2}(\\.\\d{3})+|[1-9]\\d*)");
    private static final int MAX_DIGITS = 15;

    private WholeNumbers() {
    }

    static OptionalLong parse(String cell) {
        if (cell == null) {
            return OptionalLong.empty();
        }
        String text = cell.strip();
        if (!WHOLE.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        String digits = text.replace(".", "").replace("-", "");
        if (digits.length() > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text.replace(".", "")));
    }

    static boolean isWhole(String cell) {
        return parse(cell).isPresent();
    }

    /** 1234 as "1.234": Vietnamese groups thousands with dots. */
    static String format(long number) {
        return String.format(Messages.VIETNAMESE, "%,d", number);
    }
}
