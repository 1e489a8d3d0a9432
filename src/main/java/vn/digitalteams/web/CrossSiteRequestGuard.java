package vn.digitalteams.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.shared.ApiError;
import vn.digitalteams.shared.Messages;

/**
 * Keeps other sites from changing anything through a signed-in browser (CSRF): an unsafe call
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) of {@code /api} or engine REST that a browser
 * marks as coming from another site ({@code Sec-Fetch-Site}, or an {@code Origin} that is not this host) is
 * refused; on {@code /api} it must also carry {@code X-Requested-With}, a header a plain cross-site form
 * cannot send and a script adds in one line. (The webapps' own API has Camunda's CSRF token.)
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    static final String REQUIRED_HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestGuard.class);

    private final ObjectMapper objectMapper;
    private final boolean headerRequired;

    CrossSiteRequestGuard(ObjectMapper objectMapper, boolean headerRequired) {
        this.objectMapper = objectMapper;
        this.headerRequired = headerRequired;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean crossSite = (site != null && !OWN_SITE.contains(site)) || (origin != null && !sameHost(origin, request));
        if (crossSite || (headerRequired && request.getHeader(REQUIRED_HEADER) == null)) {
            log.warn("Cross-site or header-less {} {} refused (Sec-Fetch-Site {}, Origin {})", request.getMethod(),
                    request.getRequestURI(), site, origin);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            objectMapper.writeValue(response.getOutputStream(), new ApiError(HttpServletResponse.SC_FORBIDDEN,
                    Messages.get(crossSite ? "request.crossSite" : "request.header.required", REQUIRED_HEADER)));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameHost(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
