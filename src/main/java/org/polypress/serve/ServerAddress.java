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

    /** {@code http://host:port/}, if the server runs. */
    public static Optional<String> url(CamelContext camel) {
        String host = camel.resolvePropertyPlaceholders("{{polypress.http.host}}");
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return port(camel).map(port -> "http://" + shown + ":" + port + "/");
    }
}
