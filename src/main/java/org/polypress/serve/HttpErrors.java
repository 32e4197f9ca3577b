package org.polypress.serve;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * The answer to a request the server itself fails before any route of ours runs: an address whose percent signs
 * are not followed by two hexadecimal digits, a method an address does not take, a body Vert.x refused. Each gets
 * its status and one sentence as JSON, like every other error of the API, instead of a bare status; and the log
 * gets at most one line a minute for the refused ones and one for the failed ones, instead of Vert.x's stack trace of some 60 lines for each (a
 * thousand bad requests wrote 60,000 lines).
 */
public final class HttpErrors {

    private static final org.slf4j.Logger POLYPRESS = org.slf4j.LoggerFactory.getLogger("polypress");
    /** Requests refused as malformed: a line a minute at most. */
    private static final QuietLog REFUSED = new QuietLog(POLYPRESS, Duration.ofMinutes(1));
    /** Requests the server failed to answer, here or in a route ({@link ReplyWriter#failure}): a line a minute. */
    static final QuietLog FAILED = new QuietLog(POLYPRESS, Duration.ofMinutes(1));
    /** A percent sign not followed by two hexadecimal digits. */
    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private HttpErrors() {
    }

    /** Statuses the server's own router answers without a route of ours: each gets {@link #answer} instead. */
    private static final int[] ANSWERED = {400, 403, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503};

    /**
     * Answers every failure of the server's requests, as {@link #answer} says. The routes' router is mounted in the
     * server's own, where an address's percent escapes are decoded and a method an address does not take is
     * refused: both routers get the handlers, the routes' one a failure handler in front of every route, the
     * server's one an error handler for each status it may answer by itself. Camel keeps the server's router to
     * itself; when it cannot be reached (another Camel), those requests keep Vert.x's bare answers.
     */
    public static void install(org.apache.camel.CamelContext camel) {
        Router routes = ServerAddress.router(camel).orElse(null);
        if (routes == null) {
            return; // no server runs
        }
        addresses = addresses(camel);
        routes.route().order(Integer.MIN_VALUE).failureHandler(HttpErrors::answer);
        Router server = serverRouter(camel);
        if (server != null) {
            for (int status : ANSWERED) {
                server.errorHandler(status, HttpErrors::answer);
            }
        }
    }

    /** An address the routes serve: its path, whether it takes every path under it, the methods it takes. */
    record Address(String path, boolean prefix, java.util.List<String> methods) {
        boolean serves(String requested) {
            return requested.equals(path) || prefix && requested.startsWith(path.endsWith("/") ? path : path + "/");
        }
    }

    /** The addresses of the routes' HTTP endpoints, read once the routes are in place. */
    private static volatile java.util.List<Address> addresses = java.util.List.of();

    private static java.util.List<Address> addresses(org.apache.camel.CamelContext camel) {
        java.util.List<Address> found = new java.util.ArrayList<>();
        for (org.apache.camel.Endpoint endpoint : camel.getEndpoints()) {
            if (endpoint instanceof org.apache.camel.component.platform.http.PlatformHttpEndpoint http) {
                String restrict = http.getHttpMethodRestrict();
                java.util.List<String> methods = restrict == null || restrict.isBlank() ? java.util.List.of()
                        : java.util.Arrays.stream(restrict.split(",")).map(String::strip).toList();
                found.add(new Address(http.getPath(), http.isMatchOnUriPrefix(), methods));
            }
        }
        return java.util.List.copyOf(found);
    }

    /** The methods the routes take at {@code path}, as an {@code Allow} header lists them; empty when none is known. */
    static String allowed(String path) {
        if (Site.FORMS.contains(path)) {
            // the read-only route's prefix covers them too, but answers their GET with 405 (Site#postOnly)
            return "POST";
        }
        java.util.Set<String> methods = new java.util.TreeSet<>();
        for (Address address : addresses) {
            if (path != null && address.serves(path)) {
                methods.addAll(address.methods());
            }
        }
        return String.join(", ", methods);
    }

    private static Router serverRouter(org.apache.camel.CamelContext camel) {
        org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer server =
                camel.hasService(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer.class);
        if (server == null) {
            return null;
        }
        try {
            java.lang.reflect.Field router = server.getClass().getDeclaredField("router");
            router.setAccessible(true);
            return router.get(server) instanceof Router found ? found : null;
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            org.slf4j.LoggerFactory.getLogger("polypress").debug("the server's router is out of reach: {}", unreachable.toString());
            return null;
        }
    }

    private static void answer(RoutingContext context) {
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        Throwable failure = context.failure();
        if (status >= 500 && BAD_ESCAPE.matcher(String.valueOf(context.request().uri())).find()) {
            // the server's router fails on it while decoding the address, before saying why
            status = 400;
            failure = new IllegalArgumentException("invalid escape");
        }
        String sentence = sentence(status, failure);
        HttpReply reply = Replies.error(status, sentence);
        if (status >= 500) {
            FAILED.warn(context.request().method() + " " + shortened(context.request().path()) + " failed: " + failure);
        } else {
            REFUSED.warn("refused a malformed request: " + status + " " + sentence);
        }
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        context.response().setStatusCode(status);
        reply.headers().forEach(context.response()::putHeader);
        if (status == 405) {
            // what the address does take, as HTTP asks of a 405
            String allowed = allowed(context.request().path());
            if (!allowed.isEmpty()) {
                context.response().putHeader("Allow", allowed);
            }
        }
        // the request may not have been read whole: its rest must not be taken for the next request
        ReplyWriter.closeAfterReply(context.request());
        context.response().end(Buffer.buffer(reply.body()));
    }

    /** What went wrong, in one sentence that repeats nothing of the request. */
    static String sentence(int status, Throwable failure) {
        String cause = failure == null ? "" : String.valueOf(failure.getMessage()) + " "
                + (failure.getCause() == null ? "" : String.valueOf(failure.getCause().getMessage()));
        return switch (status) {
            case 400 -> cause.contains("escape") || cause.contains("hex")
                    ? "The address holds a percent sign that is not followed by two hexadecimal digits"
                    : "The request is malformed";
            case 404 -> "There is no such address";
            case 405 -> "This address does not take that method";
            case 413 -> "The request's body is too large";
            case 414 -> "The address is too long";
            case 415 -> "This address does not take that content type";
            case 431 -> "The request's headers are too large";
            default -> status >= 500 ? "The server could not answer this request; the reason is in its log"
                    : "The request was refused";
        };
    }

    /** A request's path for the log: its first 100 characters, with what could forge or turn a line escaped. */
    static String shortened(String path) {
        String shown = org.polypress.PlainWords.name(path == null ? "" : path);
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }
}
