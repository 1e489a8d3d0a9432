package vn.digitalteams.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response: no MIME sniffing, no framing by other sites, no address leaking
 * to other sites in the Referer, and a Content-Security-Policy for our pages, {@code /api} and engine REST
 * (scripts, styles and everything else from this site only), and {@code no-store} on what {@code /api}
 * answers (it holds people's data). The Camunda webapps ({@code /camunda/app},
 * {@code /camunda/api}) get their own, nonce-based policy from Camunda's header filter, which is left alone.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/camunda/app/") && !path.startsWith("/camunda/api/")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (path.startsWith("/api/")) {
            // Rosters, decisions with citizen ids, evidence: nothing of it stays in a shared office PC's cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
