package vn.digitalteams.engineapi;

import vn.digitalteams.shared.Messages;

/**
 * An engine call refused before it reaches the engine: 403 for a call outside the allowed surface, 400 for
 * a submission outside its form's contract, 404 for a task the caller cannot see. The message is the
 * Vietnamese sentence under {@code messageKey}.
 */
final class Refusal extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    private Refusal(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static Refusal forbidden(String messageKey, Object... arguments) {
        return new Refusal(403, messageKey, arguments);
    }

    static Refusal invalid(String messageKey, Object... arguments) {
        return new Refusal(400, messageKey, arguments);
    }

    static Refusal notFound(String messageKey, Object... arguments) {
        return new Refusal(404, messageKey, arguments);
    }

    int status() {
        return status;
    }

    /** The engine REST error type Tasklist and clients know: InvalidRequestException, AuthorizationException. */
    String type() {
        return status == 403 ? "AuthorizationException" : "InvalidRequestException";
    }

    String vietnamese() {
        return Messages.get(messageKey, arguments);
    }
}
