package vn.digitalteams.engineapi;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One call to the engine's REST resources, whichever surface it came through: engine REST
 * ({@code /engine-rest/task/1}, or with the engine named, {@code /engine-rest/engine/default/task/1}) or
 * the webapps' API ({@code /camunda/api/engine/engine/default/task/1}). {@code path} is the resource
 * path after the engine, {@code /task/1}; the engine list itself is {@code /}.
 */
record EngineCall(String method, String path) {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_API = "/camunda/api/engine";

    static Optional<EngineCall> of(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
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
