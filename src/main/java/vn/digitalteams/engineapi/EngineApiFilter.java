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
import vn.digitalteams.identity.UserAccounts;

/**
 * In front of both of the engine's REST surfaces (engine REST, after its Basic authentication, and the
 * webapps' API behind Tasklist): a non-admin may make only the calls of {@link EngineSurface}; every start
 * and completion is held to its form and run here ({@link FormSubmissions}), as are claims
 * ({@link TaskActions}); a task's form data comes from the case records ({@link TaskContents}); a task id
 * must name a task the caller can see. A request without a signed-in user passes on untouched, and
 * Camunda's own authentication refuses it.
 */
class EngineApiFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiFilter.class);
    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS");
    static final String COCKPIT_API = "/camunda/api/cockpit/";

    private final Callers callers;
    private final TaskContents contents;
    private final FormSubmissions submissions;
    private final TaskActions taskActions;
    private final VisibleTasks tasks;
    private final UserAccounts accounts;
    private final ObjectMapper objectMapper;

    EngineApiFilter(Callers callers, TaskContents contents, FormSubmissions submissions, TaskActions taskActions,
                    VisibleTasks tasks, UserAccounts accounts, ObjectMapper objectMapper) {
        this.callers = callers;
        this.contents = contents;
        this.submissions = submissions;
        this.taskActions = taskActions;
        this.tasks = tasks;
        this.accounts = accounts;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineCall> call = EngineCall.of(request);
        Optional<Caller> signedIn = callers.signedIn();
        Optional<Caller> caller = signedIn.or(() -> callers.ofWebappSession(request));
        if (isCockpitApi(request) && caller.isPresent() && !caller.get().isAdmin()) {
            // Cockpit's own API answers any signed-in user (Camunda checks only the login); Cockpit is the admins'.
            write(response, HttpServletResponse.SC_FORBIDDEN, Map.of("type", "AuthorizationException",
                    "message", vn.digitalteams.shared.Messages.get("engine.call.forbidden")));
            return;
        }
        if (call.isEmpty() || caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (signedIn.isEmpty() && !SAFE.contains(request.getMethod()) && !callers.hasWebappCsrfToken(request)) {
            // What Camunda's CSRF filter would refuse: this filter may run, and answer, before it does.
            write(response, HttpServletResponse.SC_FORBIDDEN, Map.of("type", "AuthorizationException",
                    "message", vn.digitalteams.shared.Messages.get("request.crossSite")));
            return;
        }
        try {
            HttpServletRequest passed = guard(call.get(), caller.get(), request, response);
            if (passed != null) {
                chain.doFilter(passed, response);
            }
        } catch (Refusal refusal) {
            log.info("Engine call {} {} by {} answered {}: {}", call.get().method(), call.get().path(),
                    caller.get().userId(), refusal.status(), refusal.getMessage());
            write(response, refusal.status(), Map.of("type", refusal.type(), "message", refusal.vietnamese()));
        }
    }

    /** Cockpit's plugin API, its static files (scripts the app loads before login) excepted. */
    private static boolean isCockpitApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(COCKPIT_API) && !path.matches(COCKPIT_API + "plugin/[^/;]+/static/.*");
    }

    /** The request to pass on to the engine's resource, or null when answered here. */
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
            case TASK:
                tasks.of(caller, segments[1]);
                return request;
            case SELF:
                requireSelf(caller, "user".equals(segments[0]) ? segments[1] : request.getParameter("userId"));
                return request;
            case OWN_PASSWORD: {
                requireSelf(caller, segments[1]);
                JsonNode body = RequestBody.read(request, objectMapper);
                if (!accounts.meetsPasswordPolicy(segments[1], body.path("password").asText(null))) {
                    throw Refusal.invalid("password.policy");
                }
                return RequestBody.replaced(request, body, objectMapper);
            }
            case PASSWORD_CHECK: {
                JsonNode body = RequestBody.read(request, objectMapper);
                if (!body.path("password").isTextual()) {
                    throw Refusal.invalid("form.body.invalid");
                }
                return RequestBody.replaced(request, body, objectMapper);
            }
            case CLAIM:
                taskActions.claim(caller, segments[1], RequestBody.read(request, objectMapper));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return null;
            case UNCLAIM:
                taskActions.unclaim(caller, segments[1]);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return null;
            case TASK_FORM_DATA:
                write(response, HttpServletResponse.SC_OK, contents.of(caller, segments[1]));
                return null;
            case TASK_COMMENTS:
                write(response, HttpServletResponse.SC_OK, contents.comments(caller, segments[1]));
                return null;
            case START_FORM_SUBMISSION: {
                JsonNode body = RequestBody.read(request, objectMapper);
                if (FormSubmissions.isAdminStart(caller, body)) {
                    return RequestBody.replaced(request, body, objectMapper);
                }
                write(response, HttpServletResponse.SC_OK, submissions.start(caller, segments, body));
                return null;
            }
            case TASK_FORM_SUBMISSION:
                submissions.complete(caller, segments, RequestBody.read(request, objectMapper));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return null;
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
