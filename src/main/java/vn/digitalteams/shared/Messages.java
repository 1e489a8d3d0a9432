package vn.digitalteams.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves user-facing text from {@code messages_vi.properties}; every user of the system reads
 * Vietnamese. Static, because it also serves places Spring does not build (Camunda's JAX-RS mappers).
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "messages";

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    public static String of(UserFacingException exception) {
        return get(exception.messageKey(), exception.arguments());
    }
}
