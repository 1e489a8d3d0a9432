package vn.digitalteams.scamreport;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.digitalteams.team.PhoneNumber;

/**
 * The scammer's contact in one comparable form, so that the same scammer written two ways is found to be one:
 * a phone number however written ("+84 0888 000 111", "0888.000.111", "zalo: 0888000111",
 * "zalo.me/84888000111") is its national number; a Facebook account ("https://m.facebook.com/Lua.Dao/?ref=x",
 * "fb.com/lua.dao") is "facebook.com/lua.dao" ("facebook.com/profile.php?id=1000…" keeps its id); any other
 * link loses its scheme, "www.", query and trailing slash; anything else is compared without case or spaces.
 */
final class ScammerContacts {

    private static final Pattern ZALO = Pattern.compile("^(?:https?://)?(?:chat\\.)?zalo(?:\\.me)?\\s*[:/]?\\s*(.+)$");
    private static final Pattern FACEBOOK = Pattern.compile(
            "^(?:https?://)?(?:www\\.|m\\.|web\\.|mbasic\\.)?(?:facebook\\.com|fb\\.com|fb\\.me)/([^?#]+)(?:\\?([^#]*))?.*$");
    private static final Pattern PROFILE_ID = Pattern.compile("(?:^|&)id=(\\d+)");

    private ScammerContacts() {
    }

    /** The comparable key of a contact as typed; null when none was given. */
    static String normalise(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String text = contact.strip().toLowerCase(Locale.ROOT);
        Optional<String> phone = PhoneNumber.parse(text);
        if (phone.isPresent()) {
            return phone.get();
        }
        Matcher zalo = ZALO.matcher(text);
        if (zalo.matches() && PhoneNumber.parse(zalo.group(1)).isPresent()) {
            return PhoneNumber.parse(zalo.group(1)).get();
        }
        Matcher facebook = FACEBOOK.matcher(text.replaceAll("\\s+", ""));
        if (facebook.matches()) {
            String account = facebook.group(1).replaceAll("/+$", "");
            if (account.equals("profile.php") && facebook.group(2) != null) {
                Matcher id = PROFILE_ID.matcher(facebook.group(2));
                return id.find() ? "facebook.com/profile.php?id=" + id.group(1) : "facebook.com/" + account;
            }
            return "facebook.com/" + account;
        }
        if (text.matches("[+\\d\\s.\\-()]+")) {
            return text.replaceAll("\\D", "");
        }
        String link = text.replaceAll("\\s+", "").replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("[?#].*$", "");
        return link.replaceAll("/+$", "");
    }
}
