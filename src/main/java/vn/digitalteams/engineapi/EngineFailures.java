package vn.digitalteams.engineapi;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.digitalteams.shared.CommuneMismatch;
import vn.digitalteams.shared.UserFacingException;

/**
 * What a start, completion or claim the gate ran answers when the engine refused it, in Vietnamese: our own
 * refusal found in the cause chain (a listener's check: 400, 403, 404), a task that is gone (404), a task
 * someone else changed meanwhile (409), a missing permission or a write whose communes disagree (403). Anything else is a fault of
 * ours: logged with its stack trace, answered 500 without one.
 */
final class EngineFailures {

    private static final Logger log = LoggerFactory.getLogger(EngineFailures.class);

    private EngineFailures() {
    }

    static Refusal refusalOf(RuntimeException failure) {
        Optional<Refusal> known = known(failure);
        if (known.isPresent()) {
            return known.get();
        }
        log.error("Engine call failed", failure);
        return Refusal.failed("system.error");
    }

    private static Optional<Refusal> known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException refusal) {
                log.info("Engine call refused: {}", refusal.getMessage());
                // In a submission, a value that names nothing (a team, a village) is a bad field, not a
                // missing page: the URL named a task or process that exists.
                return Optional.of(Refusal.of(refusal.reason() == UserFacingException.Reason.NOT_FOUND
                        ? refusal.asInvalid() : refusal));
            }
            if (cause instanceof CommuneMismatch) {
                return Optional.of(Refusal.forbidden("commune.mismatch"));
            }
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return Optional.of(Refusal.conflict("task.changedMeanwhile"));
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(Refusal.forbidden("engine.permission.denied"));
            }
            if (cause instanceof NullValueException) {
                return Optional.of(Refusal.notFound("task.notFound"));
            }
        }
        return Optional.empty();
    }
}
