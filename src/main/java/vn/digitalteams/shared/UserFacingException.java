package vn.digitalteams.shared;

import java.util.Arrays;

/**
 * A refusal the user must read: carries a message key (resolved in Vietnamese from
 * {@code messages_vi.properties} at the edge) and its arguments. {@link #getMessage()} stays
 * English-ish (key and arguments) for the logs.
 */
public class UserFacingException extends RuntimeException {

    public enum Reason { INVALID, FORBIDDEN, NOT_FOUND }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    protected UserFacingException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static UserFacingException invalid(String messageKey, Object... arguments) {
        return new UserFacingException(Reason.INVALID, messageKey, arguments);
    }

    public static UserFacingException forbidden(String messageKey, Object... arguments) {
        return new UserFacingException(Reason.FORBIDDEN, messageKey, arguments);
    }

    public static UserFacingException notFound(String messageKey, Object... arguments) {
        return new UserFacingException(Reason.NOT_FOUND, messageKey, arguments);
    }

    /**
     * The same refusal as a bad value (400): a code a form field or a request body gave that names nothing is
     * the field's fault, not a missing page; 404 stays for a URL that names nothing.
     */
    public UserFacingException asInvalid() {
        return invalid(messageKey, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
