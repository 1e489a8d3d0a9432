package vn.digitalteams.web;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
                .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
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
        log.info("Engine REST request refused ({}): {}", status, refusal.getMessage());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", Messages.of(refusal))).build();
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
}
