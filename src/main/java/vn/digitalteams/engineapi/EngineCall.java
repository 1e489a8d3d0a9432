package vn.digitalteams.engineapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One call to the engine's REST resources, whichever surface it came through: engine REST
 * ({@code /engine-rest/task/1}, or with the engine named, {@code /engine-rest/engine/default/task/1}) or
 * the webapps' API ({@code /camunda/api/engine/engine/default/task/1}). {@code path} is the resource
 * path after the engine, {@code /task/1}; the engine list itself is {@code /}.
 *
 * <p>The path is read as the REST resources will read it: each segment without its path parameters
 * ({@code statistics;x} is {@code statistics}) and percent-decoded ({@code stat%69stics} is
 * {@code statistics}), so no spelling of a resource reaches it past the allowed list. A segment that would
 * still not be a plain name ({@code .}, {@code ..}, or one holding a slash once decoded) is kept as
 * {@link #UNREADABLE}, which matches no rule.
 */
record EngineCall(String method, String path) {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_API = "/camunda/api/engine";
    static final String UNREADABLE = "\u0000";

    static Optional<EngineCall> of(HttpServletRequest request) {
        String uri = readable(request.getRequestURI().substring(request.getContextPath().length()));
        String rest;
        if (uri.startsWith(WEBAPP_API + "/engine")) {
            rest = withoutEngineName(uri.substring(WEBAPP_API.length() + "/engine".length()));
        } else if (uri.startsWith(ENGINE_REST + "/engine")
                && (uri.length() == (ENGINE_REST + "/engine").length() || uri.charAt((ENGINE_REST + "/engine").length()) == '/')) {
            rest = withoutEngineName(uri.substring(ENGINE_REST.length() + "/engine".length()));
        } else if (uri.startsWith(ENGINE_REST)) {
            rest = uri.substring(ENGINE_REST.length());
        } else {
            return Optional.empty();
        }
        return Optional.of(new EngineCall(request.getMethod(), rest.isEmpty() ? "/" : rest));
    }

    /** The path with each segment as the resources read it ({@link #UNREADABLE} for what is no plain name). */
    private static String readable(String rawPath) {
        return String.join("/", Arrays.stream(rawPath.split("/", -1)).map(EngineCall::segment).toList());
    }

    private static String segment(String raw) {
        int parameters = raw.indexOf(';');
        String name = parameters < 0 ? raw : raw.substring(0, parameters);
        try {
            name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return UNREADABLE;
        }
        return name.equals(".") || name.equals("..") || name.contains("/") || name.contains(";") ? UNREADABLE : name;
    }

    /** "/default/task/1" → "/task/1"; "" or "/" (the list of engines) → "/". */
    private static String withoutEngineName(String afterEngine) {
        if (afterEngine.length() <= 1) {
            return "/";
        }
        int next = afterEngine.indexOf('/', 1);
        return next < 0 ? "/" : afterEngine.substring(next);
    }

    /** The path's segments: "/task/1/complete" → ["task", "1", "complete"]. */
    String[] segments() {
        return path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
    }
}
