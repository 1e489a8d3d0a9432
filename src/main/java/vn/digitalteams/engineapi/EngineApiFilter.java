package vn.digitalteams.engineapi;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;

/**
 * In front of both of the engine's REST surfaces (engine REST, after its Basic authentication, and the
 * webapps' API behind Tasklist): answers what a task's form shows from the case records. A request
 * without a signed-in user passes on untouched, and Camunda's own authentication refuses it.
 */
class EngineApiFilter extends OncePerRequestFilter {

    private final Callers callers;
    private final TaskFormData formData;
    private final ObjectMapper objectMapper;

    EngineApiFilter(Callers callers, TaskFormData formData, ObjectMapper objectMapper) {
        this.callers = callers;
        this.formData = formData;
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
        String[] segments = call.get().segments();
        if ("GET".equals(request.getMethod()) && segments.length == 3 && "task".equals(segments[0])
                && "form-variables".equals(segments[2])) {
            Optional<Map<String, Object>> data = formData.of(caller.get(), segments[1]);
            if (data.isPresent()) {
                write(response, HttpServletResponse.SC_OK, data.get());
            } else {
                write(response, HttpServletResponse.SC_NOT_FOUND, Map.of("type", "InvalidRequestException",
                        "message", vn.digitalteams.shared.Messages.get("task.notFound")));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), body);
    }
}
