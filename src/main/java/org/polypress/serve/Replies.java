package org.polypress.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The short error answers: JSON written by Jackson, or a tiny HTML page whose text is fixed. */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    static HttpReply json(int status, Object value) {
        try {
            return HttpReply.of(status, "application/json", JSON.writeValueAsBytes(value))
                    .with("X-Content-Type-Options", "nosniff");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }

    static HttpReply error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return json(status, body);
    }

    static HttpReply notFound(String message) {
        return error(404, message);
    }

    static HttpReply badName() {
        return error(400, "Not a valid name: an article is named by its slug, such as /articles/a-headline-1a2b3c4d.epub");
    }

    /** A 404 page for a browser; it does not repeat the address asked for. */
    static HttpReply notFoundPage() {
        return HttpReply.text(404, "text/html; charset=UTF-8", "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1>"
                + "<p>There is no such page. <a href=\"/\">The published articles</a>.</p></body></html>\n")
                .with("X-Content-Type-Options", "nosniff");
    }
}
