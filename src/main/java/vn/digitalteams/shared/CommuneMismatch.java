package vn.digitalteams.shared;

/**
 * A domain write whose case, process instance, team and acting user do not all belong to one commune.
 * It cannot come from a form (intake writes every record in the starter's own commune), so it means a
 * tampered request or a bug: the write is refused, never done. Not a {@link UserFacingException}: the
 * message is for the logs and the admins (in a job it becomes a Camunda incident); users read
 * {@code commune.mismatch}.
 */
public class CommuneMismatch extends RuntimeException {

    public CommuneMismatch(String write, String details) {
        super("Refused " + write + ": communes disagree (" + details + ")");
    }
}
