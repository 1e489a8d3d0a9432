package vn.digitalteams.engineapi;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON request body read once by the filter (at most {@link #MAX_BYTES}) and handed on, as it was or
 * rewritten, to the engine's REST resource behind it.
 */
final class RequestBody {

    /** Far above any form's submission (its texts are limited to a few thousand characters). */
    static final int MAX_BYTES = 1024 * 1024;

    private RequestBody() {
    }

    /**
     * The body as JSON; an empty body is an empty object. Only {@code application/json}: a browser sends that
     * to another site only after asking it (CORS), so a forged cross-site form never gets this far.
     */
    static JsonNode read(HttpServletRequest request, ObjectMapper objectMapper) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw Refusal.invalid("form.body.invalid");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw Refusal.invalid("form.body.tooLarge", MAX_BYTES / 1024);
        }
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode json = objectMapper.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw Refusal.invalid("form.body.invalid");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("form.body.invalid");
        }
    }

    /** The request with {@code json} as its body. */
    static HttpServletRequest replaced(HttpServletRequest request, JsonNode json, ObjectMapper objectMapper)
            throws JsonProcessingException {
        byte[] bytes = objectMapper.writeValueAsBytes(json);
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                return new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        return in.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("synchronous only");
                    }
                };
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
            }

            @Override
            public int getContentLength() {
                return bytes.length;
            }

            @Override
            public long getContentLengthLong() {
                return bytes.length;
            }

            @Override
            public String getContentType() {
                return "application/json";
            }

            @Override
            public String getHeader(String name) {
                if ("Content-Length".equalsIgnoreCase(name)) {
                    return String.valueOf(bytes.length);
                }
                return "Content-Type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                String single = "Content-Length".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
                        ? getHeader(name) : null;
                return single != null ? Collections.enumeration(java.util.List.of(single)) : super.getHeaders(name);
            }
        };
    }
}
