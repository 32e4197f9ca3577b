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
        LOG.warn("{} {} failed: {}", exchange.getMessage().getHeader(Exchange.HTTP_METHOD),
                exchange.getMessage().getHeader(Exchange.HTTP_PATH), String.valueOf(e), e);
        return Replies.error(500, "The server could not answer this request; the reason is in its log");
    }

    /**
     * Closes the connection once {@code response} is sent, and says so in its headers: Vert.x keeps a connection
     * open whatever the reply's headers say, and a request whose body was not read (refused before it, or cut
     * off) would otherwise have its unread bytes taken for the next request.
     */
    static void closeAfterReply(io.vertx.core.http.HttpServerResponse response) {
        response.putHeader("Connection", "close");
        response.endHandler(sent -> response.close());
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
        } else {
            message.setBody(reply.body());
        }
    }
}
