package org.polypress.serve;

import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * {@code POST /upload}: the list page's upload form ({@code multipart/form-data}, one file field). Vert.x reads the
 * form (its multipart decoder, asked for with {@code setExpectMultipart}); the file part is handed as it arrives to
 * {@link Uploads}, which checks its name, counts it against the same limit and the same number of uploads at a time
 * as the API's, and writes it into the drop folder the same way. A browser is sent back to the list ({@code 303}), or
 * gets the API's status with its reason as a short page.
 */
public final class UploadForm {

    /** Bytes of a form beside its file: the boundaries, the part's headers, the file's name. */
    static final int FORM_BYTES = 16 * 1024;
    private static final String TITLE = "Not uploaded";

    private final Uploads uploads;

    public UploadForm(Uploads uploads) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    /** The form as Camel hands it over, its body not read yet (the route does not ask Camel to read it). */
    public HttpReply receive(@Header("Content-Type") String contentType, @Header("Content-Length") String contentLength,
            @Header("Origin") String origin, @Header("Host") String host, @Header("Sec-Fetch-Site") String fetchSite,
            @Body Object body) throws IOException {
        if (!(body instanceof HttpServerRequest request)) {
            throw new IllegalStateException("the upload form's route must leave the body unread (useBodyHandler: false)");
        }
        HttpReply reply = receive(contentType, contentLength, SameOrigin.refusal(origin, host, fetchSite), request);
        if (reply.status() == 303) {
            // the form's closing boundary, after the file, is read and dropped: the connection can serve the next request
            request.resume();
        } else {
            // refused, the body perhaps unread: it must not be taken for the next request
            reply = reply.closing();
            ReplyWriter.closeAfterReply(request);
        }
        return reply;
    }

    private HttpReply receive(String contentType, String contentLength, String crossSite, HttpServerRequest request)
            throws IOException {
        if (crossSite != null) {
            return NoticePage.of(403, TITLE, crossSite);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return NoticePage.of(415, TITLE, "Send the article file with the list page's upload form "
                    + "(multipart/form-data); a program sends it to /api/articles");
        }
        try {
            if (contentLength != null && Long.parseLong(contentLength.strip()) > uploads.maxBytes() + FORM_BYTES) {
                return page(Uploads.tooLarge(uploads.maxBytes()));
            }
        } catch (NumberFormatException e) {
            return NoticePage.of(400, TITLE, "The Content-Length header is not a number");
        }
        Optional<HttpServerFileUpload> file;
        try {
            file = firstFile(request);
        } catch (TimeoutException silent) {
            return NoticePage.of(408, TITLE, "The upload stalled: nothing arrived for " + uploads.idle().toSeconds() + " s");
        } catch (ExecutionException unreadable) {
            return NoticePage.of(400, TITLE, "The form could not be read");
        }
        if (file.isEmpty() || file.get().filename() == null || file.get().filename().isBlank()) {
            return NoticePage.of(400, TITLE, "Choose an article file to upload");
        }
        return page(uploads.accept(file.get().filename(), new RequestBodyStream(file.get(), uploads.idle())));
    }

    /**
     * The form's first file part, paused as it begins so that it is read at the writer's pace; empty when the form
     * ended without one. A later file part is read and dropped: the form has one file field.
     */
    private Optional<HttpServerFileUpload> firstFile(HttpServerRequest request)
            throws IOException, TimeoutException, ExecutionException {
        CompletableFuture<Optional<HttpServerFileUpload>> first = new CompletableFuture<>();
        try {
            request.setExpectMultipart(true);
            request.uploadHandler(upload -> {
                if (first.isDone()) {
                    upload.handler(ignored -> { });
                    return;
                }
                upload.pause();
                first.complete(Optional.of(upload));
            });
            request.exceptionHandler(first::completeExceptionally);
            request.endHandler(end -> first.complete(Optional.empty()));
        } catch (IllegalStateException ended) {
            throw new IOException("the request ended before its form was read", ended);
        }
        request.resume();
        try {
            return first.get(uploads.idle().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the form");
        }
    }

    /** The API's answer as the form's: back to the list once stored, else its status and reason as a page. */
    private static HttpReply page(HttpReply api) {
        if (api.status() == 202) {
            return NoticePage.backToTheList();
        }
        String reason;
        try {
            reason = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).path("error").asText("");
        } catch (IOException notJson) {
            reason = "";
        }
        HttpReply page = NoticePage.of(api.status(), TITLE, reason.isEmpty() ? "The upload was refused" : reason);
        String retryAfter = api.headers().get("Retry-After");
        return retryAfter == null ? page : page.with("Retry-After", retryAfter);
    }
}
