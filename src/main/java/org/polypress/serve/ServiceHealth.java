package org.polypress.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;

/**
 * {@code GET /observe/health}: {@code UP} (200) while Camel and every route run, the drop folder can be
 * written and the output folder read; otherwise {@code DOWN} (503) with what is wrong.
 */
public final class ServiceHealth {

    private final Path input;
    private final Path output;

    public ServiceHealth(Path input, Path output) {
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
    }

    public HttpReply check(CamelContext camel) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean up = true;
        ServiceStatus context = camel.getStatus();
        checks.put("camel", context.name());
        up &= context.isStarted();
        Map<String, String> routes = new LinkedHashMap<>();
        for (Route route : camel.getRoutes()) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
            routes.put(route.getRouteId(), status == null ? "Unknown" : status.name());
            up &= status != null && status.isStarted();
        }
        checks.put("routes", routes);
        boolean inputWritable = Files.isDirectory(input) && Files.isWritable(input);
        checks.put("input", inputWritable ? "writable" : "not a writable folder: " + input.toAbsolutePath());
        up &= inputWritable;
        // the output folder is made by the first publication: until then there is simply nothing to list
        boolean outputReadable = !Files.exists(output) || Files.isDirectory(output) && Files.isReadable(output);
        checks.put("output", outputReadable ? "readable" : "not a readable folder: " + output.toAbsolutePath());
        up &= outputReadable;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        return Replies.json(up ? 200 : 503, body).with("Cache-Control", "no-store");
    }
}
