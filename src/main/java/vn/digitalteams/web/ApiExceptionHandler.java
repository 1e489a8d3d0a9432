package vn.digitalteams.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.digitalteams.shared.ApiError;
import vn.digitalteams.shared.CommuneMismatch;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/** One place where failures of {@code /api} become a Vietnamese sentence and a status; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ApiError> refused(UserFacingException e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        log.info("Request refused ({}): {}", status.value(), e.getMessage());
        return error(status, Messages.of(e));
    }

    /** Already logged as a security event by whoever refused the write. */
    @ExceptionHandler(CommuneMismatch.class)
    ResponseEntity<ApiError> communeMismatch(CommuneMismatch e) {
        return error(HttpStatus.FORBIDDEN, Messages.get("commune.mismatch"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, Messages.get("request.parameter.missing", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> malformedParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, Messages.get("request.invalid", e.getName()));
    }

    /** A body that is not JSON, or JSON whose values have the wrong shape (an object where a text belongs). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        log.info("Request body refused: {}", e.getMessage());
        return error(HttpStatus.BAD_REQUEST, Messages.get("request.body.invalid"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get("request.mediaType.unsupported"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, Messages.get("resource.notFound"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure of an API request", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, Messages.get("system.error"));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message));
    }
}
