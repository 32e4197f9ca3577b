package org.polypress.serve;

import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;

/** Where the running HTTP server listens: with {@code --port=0} the system chose the port, and only the server knows it. */
public final class ServerAddress {

    private ServerAddress() {
    }

    /** The port the server listens on, if it runs. */
    public static Optional<Integer> port(CamelContext camel) {
        VertxPlatformHttpServer server = camel.hasService(VertxPlatformHttpServer.class);
        return server == null || server.getServer() == null ? Optional.empty() : Optional.of(server.getPort());
    }

    /**
     * The router of the running server, to put handlers in front of the routes' own: the one the server registered
     * under the name of the port it was given (0: any free one).
     */
    static Optional<org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter> router(CamelContext camel) {
        if (port(camel).isEmpty()) {
            return Optional.empty();
        }
        int configured = Integer.parseInt(camel.resolvePropertyPlaceholders("{{polypress.http.port}}"));
        return Optional.ofNullable(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter.lookup(camel,
                org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter.getRouterNameFromPort(configured)));
    }

    /** {@code http://host:port/}, if the server runs. */
    public static Optional<String> url(CamelContext camel) {
        String host = camel.resolvePropertyPlaceholders("{{polypress.http.host}}");
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return port(camel).map(port -> "http://" + shown + ":" + port + "/");
    }
}
