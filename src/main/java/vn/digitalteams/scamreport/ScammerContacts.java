package vn.digitalteams.scamreport;

import java.util.Locale;

import vn.digitalteams.shared.UserFacingException;
import vn.digitalteams.team.PhoneNumber;

/**
 * The scammer's contact in one comparable form, so that "+84 912 345 678" and "0912345678", or
 * "https://www.Fake-Shop.vn/" and "fake-shop.vn", are found to be the same scammer.
 */
final class ScammerContacts {

    private ScammerContacts() {
    }

    static String normalise(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String text = contact.strip();
        if (text.matches("[+\\d\\s.\\-()]+")) {
            try {
                return new PhoneNumber(text).value();
            } catch (UserFacingException notAMobileNumber) {
                return text.replaceAll("[^\\d]", "");
            }
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        lower = lower.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        while (lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
