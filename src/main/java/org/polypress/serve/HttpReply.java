package org.polypress.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer as the beans compute it: status, headers, body. {@link ReplyWriter} hands it to Camel,
 * so no header of the request is ever echoed back.
 *
 * @param status  the HTTP status
 * @param headers response headers, in order
 * @param body    the body (empty for 304 and HEAD-only answers)
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public HttpReply {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        body = Objects.requireNonNull(body, "body");
    }

    static HttpReply of(int status, String contentType, byte[] body) {
        return new HttpReply(status, Map.of("Content-Type", contentType), body);
    }

    static HttpReply text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same answer, after which the connection is closed: given before the request's body was read (or all of
     * it), it spares the server reading a body it refused.
     */
    HttpReply closing() {
        return with("Connection", "close");
    }

    /** The same answer with one more header. */
    HttpReply with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpReply(status, more, body);
    }
}
