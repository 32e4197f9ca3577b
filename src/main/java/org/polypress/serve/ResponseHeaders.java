package org.polypress.serve;

import java.util.Locale;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;

/**
 * Which headers go between Camel's message and the HTTP exchange: Camel's own choice for HTTP, except that the
 * caching an answer states ({@code Cache-Control}, {@code Pragma}) reaches the client. Camel's filter keeps them from
 * every response, as it does headers that belong to one hop; ours are the answer's own, and without them a browser
 * or a proxy caches a list page or a health answer as long as it likes. The routes' {@code platform-http} endpoints
 * name it as their {@code headerFilterStrategy}.
 */
public final class ResponseHeaders extends HttpHeaderFilterStrategy {

    /** Headers Camel's HTTP filter drops from responses that an answer of ours states for the client. */
    static final java.util.Set<String> STATED = java.util.Set.of("cache-control", "pragma");

    public ResponseHeaders() {
        getOutFilter().removeIf(name -> STATED.contains(name.toLowerCase(Locale.ROOT)));
    }
}
