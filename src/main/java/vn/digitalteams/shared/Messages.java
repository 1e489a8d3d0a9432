package vn.digitalteams.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves user-facing text; every user of the system reads Vietnamese. */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messageSource;

    Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Object... arguments) {
        return messageSource.getMessage(key, arguments, VIETNAMESE);
    }

    public String of(UserFacingException exception) {
        return get(exception.messageKey(), exception.arguments());
    }
}
