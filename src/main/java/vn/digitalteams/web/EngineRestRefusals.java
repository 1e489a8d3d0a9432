package vn.digitalteams.web;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.digitalteams.shared.CommuneMismatch;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/**
 * Camunda's REST layers (engine REST and the API behind Tasklist) answer 500 with an English
 * "Cannot instantiate process definition ...: " prefix when our validation refuses a start or a task
 * completion. These mappers find our refusal in the cause chain and answer as /api does: the status
 * of the refusal and only the Vietnamese sentence, which Tasklist shows on the form. Anything else
 * keeps Camunda's own answer. Registered through META-INF/services (jersey-metainf-services), so
 * every Jersey application of the webapps picks them up; {@code @Priority(1)} wins over Camunda's.
 */
final class EngineRestRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

    private EngineRestRefusals() {
    }

    static Response toResponse(Throwable error) {
        return refusalIn(error).map(EngineRestRefusals::refused)
                .or(() -> knownEngineFailure(error))
                .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
    }

    /**
     * Engine failures a user causes with an id or a value, which Camunda answers with 500: another
     * commune's task or instance ("belongs to no authenticated tenant") and an id that names nothing ("task
     * is null") are both "not found" (404), so an answer never tells another commune's ids from unknown ones;
     * a task, case or filter the engine's authorizations hide is not found either, and any other missing
     * permission is a Vietnamese 403; a Java-serialized variable and a password the policy refuses are bad requests (400); a write whose
     * communes disagree (already logged as a security event) is forbidden (403).
     */
    private static Optional<Response> knownEngineFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof NullValueException || message.contains("belongs to no authenticated tenant")) {
                return Optional.of(answer(404, "NotFoundException", Messages.get("engine.notFound"), cause));
            }
            if (cause instanceof AuthorizationException denied) {
                return Optional.of(NOT_VISIBLE.stream().anyMatch(resource -> denied.getMissingAuthorizations().stream()
                                .anyMatch(missing -> resource.equals(missing.getResourceType())))
                        ? answer(404, "NotFoundException", Messages.get("engine.notFound"), cause)
                        : answer(403, "AuthorizationException", Messages.get("engine.permission.denied"), cause));
            }
            if (cause instanceof CommuneMismatch) {
                return Optional.of(answer(403, "AuthorizationException", Messages.get("commune.mismatch"), cause));
            }
            if (message.contains("Java serialization format is prohibited")) {
                return Optional.of(answer(400, "InvalidRequestException", Messages.get("engine.variable.serialized"), cause));
            }
            if (message.contains("Password does not match policy")) {
                return Optional.of(answer(400, "InvalidRequestException", Messages.get("password.policy"), cause));
            }
        }
        return Optional.empty();
    }

    /** Resources whose existence is nobody else's business: a task or case one may not read is not found. */
    private static final java.util.List<String> NOT_VISIBLE = java.util.List.of(Resources.TASK.resourceName(),
            Resources.PROCESS_INSTANCE.resourceName(), Resources.FILTER.resourceName());

    private static Response answer(int status, String type, String message, Throwable cause) {
        log.info("Engine REST request refused ({}): {}", status, cause.getMessage());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }

    private static Optional<UserFacingException> refusalIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static Response refused(UserFacingException refusal) {
        int status = switch (refusal.reason()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
        };
        return answer(status, "InvalidRequestException", Messages.of(refusal), refusal);
    }

    @Priority(1)
    public static class ForRestException implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return EngineRestRefusals.toResponse(exception);
        }
    }

    @Priority(1)
    public static class ForUserFacingException implements ExceptionMapper<UserFacingException> {
        @Override
        public Response toResponse(UserFacingException exception) {
            return EngineRestRefusals.toResponse(exception);
        }
    }

    @Priority(1)
    public static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineRestRefusals.toResponse(exception);
        }
    }

    @Priority(1)
    public static class ForCommuneMismatch implements ExceptionMapper<CommuneMismatch> {
        @Override
        public Response toResponse(CommuneMismatch exception) {
            return EngineRestRefusals.toResponse(exception);
        }
    }

    /** Camunda maps this subtype with a mapper of its own, which Jersey prefers to a supertype's. */
    @Priority(1)
    public static class ForAuthorizationException implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException exception) {
            return EngineRestRefusals.toResponse(exception);
        }
    }
}
