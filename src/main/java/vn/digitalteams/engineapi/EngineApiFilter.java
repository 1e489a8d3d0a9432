package vn.digitalteams.engineapi;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;

/**
 * In front of both of the engine's REST surfaces (engine REST, after its Basic authentication, and the
 * webapps' API behind Tasklist): a non-admin may make only the calls of {@link EngineSurface}; every start
 * and completion is held to its form ({@link FormSubmissions}); a task's form data comes from the case
 * records ({@link TaskFormData}). A request without a signed-in user passes on untouched, and Camunda's own
 * authentication refuses it.
 */
class EngineApiFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiFilter.class);

    private final Callers callers;
    private final TaskFormData formData;
    private final FormSubmissions submissions;
    private final ObjectMapper objectMapper;

    EngineApiFilter(Callers callers, TaskFormData formData, FormSubmissions submissions, ObjectMapper objectMapper) {
        this.callers = callers;
        this.formData = formData;
        this.submissions = submissions;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineCall> call = EngineCall.of(request);
        Optional<Caller> caller = callers.signedIn().or(() -> callers.ofWebappSession(request));
        if (call.isEmpty() || caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            HttpServletRequest passed = guard(call.get(), caller.get(), request, response);
            if (passed != null) {
                chain.doFilter(passed, response);
            }
        } catch (Refusal refusal) {
            log.info("Engine call {} {} by {} refused ({}): {}", call.get().method(), call.get().path(),
                    caller.get().userId(), refusal.status(), refusal.getMessage());
            write(response, refusal.status(), Map.of("type", refusal.type(), "message", refusal.vietnamese()));
        }
    }

    /** The request to pass on (its body possibly rewritten), or null when answered here. */
    private HttpServletRequest guard(EngineCall call, Caller caller, HttpServletRequest request,
                                     HttpServletResponse response) throws IOException {
        Optional<EngineSurface.Access> access = EngineSurface.accessOf(call);
        if (access.isEmpty()) {
            if (caller.isAdmin()) {
                return request;
            }
            throw Refusal.forbidden("engine.call.forbidden");
        }
        String[] segments = call.segments();
        switch (access.get()) {
            case ENGINE:
                return request;
            case SELF:
                requireSelf(caller, "user".equals(segments[0]) ? segments[1] : request.getParameter("userId"));
                return request;
            case CLAIM_FOR_SELF: {
                JsonNode body = RequestBody.read(request, objectMapper);
                requireSelf(caller, body.path("userId").asText(caller.userId()));
                return RequestBody.replaced(request, body, objectMapper);
            }
            case TASK_FORM_DATA:
                write(response, HttpServletResponse.SC_OK, formData.of(caller, segments[1])
                        .orElseThrow(() -> Refusal.notFound("task.notFound")));
                return null;
            case START_FORM_SUBMISSION:
                return RequestBody.replaced(request,
                        submissions.start(caller, segments, RequestBody.read(request, objectMapper)), objectMapper);
            case TASK_FORM_SUBMISSION:
                return RequestBody.replaced(request,
                        submissions.complete(caller, segments[1], RequestBody.read(request, objectMapper)), objectMapper);
            default:
                throw new IllegalStateException("Unhandled access " + access.get());
        }
    }

    /** Admins act on anyone; everyone else only on themselves. */
    private static void requireSelf(Caller caller, String userId) {
        if (!caller.isAdmin() && !caller.userId().equals(userId)) {
            throw Refusal.forbidden("engine.call.forbidden");
        }
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), body);
    }
}
