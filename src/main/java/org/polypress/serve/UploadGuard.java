package org.polypress.serve;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * What the upload address refuses before the server reads a byte of the body: a form, which the server would
 * parse into fields (and answer a bare 400 with a stack trace in the log once one is over 2 KB, as every article is
 * when {@code curl --data-binary} sends it without a Content-Type), and a body whose stated length is over the
 * limit. Both get the reply {@link Uploads} gives them, at once.
 */
public final class UploadGuard {

    private UploadGuard() {
    }

    /**
     * Puts the guard in front of {@code POST /api/articles}, and {@link HttpErrors}' answers behind every route,
     * when the HTTP server runs.
     */
    public static void install(CamelContext camel) {
        VertxPlatformHttpRouter router = ServerAddress.router(camel).orElse(null);
        if (router == null) {
            return;
        }
        HttpErrors.install(camel, router);
        long maxBytes = Long.parseLong(camel.resolvePropertyPlaceholders("{{polypress.http.max-upload-bytes}}"));
        router.route(HttpMethod.POST, "/api/articles").order(Integer.MIN_VALUE).handler(context -> {
            HttpReply refusal = refusal(context.request().getHeader("Content-Type"),
                    context.request().getHeader("Content-Length"), maxBytes);
            if (refusal == null) {
                context.next();
                return;
            }
            HttpServerResponse response = context.response().setStatusCode(refusal.status());
            refusal.headers().forEach(response::putHeader);
            // the body is not read: the connection closes after the reply instead
            ReplyWriter.closeAfterReply(context.request());
            response.end(io.vertx.core.buffer.Buffer.buffer(refusal.body()));
        });
    }

    /** The reply that refuses a body of {@code contentType} and {@code contentLength} unread, or null to read it. */
    static HttpReply refusal(String contentType, String contentLength, long maxBytes) {
        if (Uploads.isForm(contentType)) {
            return Uploads.formRefusal();
        }
        try {
            if (contentLength != null && Long.parseLong(contentLength.strip()) > maxBytes) {
                return Uploads.tooLarge(maxBytes);
            }
        } catch (NumberFormatException e) {
            return Replies.error(400, "The Content-Length header is not a number");
        }
        return null;
    }
}
