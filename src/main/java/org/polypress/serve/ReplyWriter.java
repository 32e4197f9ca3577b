package org.polypress.serve;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Puts an {@link HttpReply} on the exchange as the HTTP response. The request's headers are dropped
 * first: Camel would otherwise send them back as response headers.
 */
public final class ReplyWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("polypress");

    /**
     * Called when a step of an HTTP route failed: the caught exception is logged and answered with a
     * 500 that says nothing of the server's insides.
     */
    public HttpReply failure(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        HttpErrors.FAILED.warn(exchange.getMessage().getHeader(Exchange.HTTP_METHOD) + " "
                + HttpErrors.shortened(exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class)) + " failed: " + e);
        // at most a line a minute, however many requests fail: the stack trace at debug level only
        LOG.debug("the failure's stack trace", e);
        return Replies.error(500, "The server could not answer this request; the reason is in its log");
    }

    /** Most of a refused body read and dropped after the reply, and for how long, before the connection is closed. */
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;
    private static final long DRAIN_MILLIS = 10_000;
    /** A client that sends nothing for this long after the reply has stopped sending: the connection closes. */
    private static final long DRAIN_IDLE_MILLIS = 500;

    /**
     * Closes the connection once the reply to {@code request} is sent, and says so in its headers: Vert.x keeps a
     * connection open whatever the reply's headers say, and a request whose body was not read (refused before it,
     * or cut off) would otherwise have its unread bytes taken for the next request. Until it closes, what the
     * client still sends is read and dropped (at most 64 MB, for at most 10 s, until it pauses for half a second):
     * closing a connection with unread bytes resets it, and a client still sending would lose the reply that says
     * why.
     */
    static void closeAfterReply(io.vertx.core.http.HttpServerRequest request) {
        io.vertx.core.http.HttpServerResponse response = request.response();
        response.putHeader("Connection", "close");
        response.endHandler(sent -> {
            io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
            if (context == null || request.isEnded()) {
                response.close();
                return;
            }
            long[] left = {DRAIN_BYTES};
            boolean[] arrived = {false};
            try {
                request.handler(chunk -> {
                    arrived[0] = true;
                    left[0] -= chunk.length();
                    if (left[0] < 0) {
                        response.close();
                    }
                });
                request.exceptionHandler(broken -> response.close());
                request.endHandler(end -> response.close());
            } catch (IllegalStateException ended) {
                response.close();
                return;
            }
            request.resume();
            long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
            context.owner().setPeriodic(DRAIN_IDLE_MILLIS, tick -> {
                if (!arrived[0] || System.nanoTime() > deadline || response.closed()) {
                    context.owner().cancelTimer(tick);
                    response.close();
                }
                arrived[0] = false;
            });
        });
    }

    /** Called by the HTTP routes as their last step, with the reply the previous step returned. */
    public void send(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
        Message message = exchange.getMessage();
        HttpReply reply = message.getMandatoryBody(HttpReply.class);
        boolean head = "HEAD".equals(message.getHeader(Exchange.HTTP_METHOD, String.class));
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        reply.headers().forEach(message::setHeader);
        if (head && message instanceof org.apache.camel.component.platform.http.vertx.HttpMessage http) {
            // no body: Camel would send it even to HEAD. Over HTTP/1 the length a GET gets is still said (Camel
            // filters Content-Length out of the headers it copies, so it is set on the response itself);
            // over cleartext HTTP/2 (h2c) Vert.x 4.5 resets a HEAD stream whatever is sent: see docs/http.md
            if (http.getRequest().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
                http.getResponse().putHeader("Content-Length", Integer.toString(reply.body().length));
            }
            message.setBody(null);
        } else if (reply.status() == 304) {
            // no body and no length: a 304's Content-Length would be the representation's, and 0 is not it
            message.setBody(null);
        } else {
            message.setBody(reply.body());
        }
    }
}
