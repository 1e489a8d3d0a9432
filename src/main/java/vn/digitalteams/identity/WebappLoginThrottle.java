package vn.digitalteams.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.shared.ApiError;
import vn.digitalteams.shared.Messages;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/default/login/tasklist}) under the same
 * {@link LoginThrottle} as engine REST and {@code /api}: a throttled user and client get 429 without their
 * password being checked; Camunda's answer (401 for a wrong password) counts as a failure, a success clears it,
 * anything else (a missing CSRF token) says nothing about the password.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ObjectMapper objectMapper;

    WebappLoginThrottle(LoginThrottle throttle, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = request.getParameter("username");
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.attempt(userId, request.getRemoteAddr(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int status = response.getStatus();
                return status == HttpServletResponse.SC_UNAUTHORIZED ? Boolean.FALSE : status < 300 ? Boolean.TRUE : null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (attempt.throttled()) {
            long seconds = attempt.waitFor().toSeconds() + 1;
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            objectMapper.writeValue(response.getOutputStream(), new ApiError(429, Messages.get("auth.throttled", seconds)));
        }
    }
}
