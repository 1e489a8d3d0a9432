package vn.digitalteams.engineapi;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/**
 * An engine call answered by the gate instead of the engine: 403 for a call outside the allowed surface,
 * 400 for a submission outside its form's contract, 404 for a task the caller cannot see, 409 for a task
 * someone else took or finished meanwhile, and the refusals of our own listeners with their status. The
 * message is the Vietnamese sentence under {@code messageKey}; {@link #getMessage()} (for the logs) the key.
 */
final class Refusal extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    private Refusal(int status, String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static Refusal invalid(String messageKey, Object... arguments) {
        return new Refusal(400, messageKey, arguments);
    }

    static Refusal forbidden(String messageKey, Object... arguments) {
        return new Refusal(403, messageKey, arguments);
    }

    static Refusal notFound(String messageKey, Object... arguments) {
        return new Refusal(404, messageKey, arguments);
    }

    static Refusal conflict(String messageKey, Object... arguments) {
        return new Refusal(409, messageKey, arguments);
    }

    static Refusal failed(String messageKey) {
        return new Refusal(500, messageKey);
    }

    /** A listener's refusal, with the status its reason stands for. */
    static Refusal of(UserFacingException refusal) {
        int status = switch (refusal.reason()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
        };
        return new Refusal(status, refusal.messageKey(), refusal.arguments());
    }

    int status() {
        return status;
    }

    /** The engine REST error type Tasklist and clients know. */
    String type() {
        return switch (status) {
            case 403 -> "AuthorizationException";
            case 404 -> "NotFoundException";
            case 500 -> "ProcessEngineException";
            default -> "InvalidRequestException";
        };
    }

    String vietnamese() {
        return Messages.get(messageKey, arguments);
    }
}
