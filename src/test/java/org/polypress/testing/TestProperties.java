package org.polypress.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The properties a test starts the application with: its own drop and output folders, the HTTP server on any
 * free port (never 8080, which a Polypress running beside the tests may hold), and a drop folder polled every
 * 100 ms whose files are taken once they are 300 ms old and kept still for 100 ms: quick, and still longer
 * than a file copy on a busy machine.
 */
public final class TestProperties {

    private TestProperties() {
    }

    /**
     * @param more further properties as name, value pairs; a name given here replaces the default
     */
    public static Map<String, String> forFolders(Path input, Path output, String... more) {
        if (more.length % 2 != 0) {
            throw new IllegalArgumentException("properties come as name, value pairs: " + String.join(", ", more));
        }
        Map<String, String> properties = new HashMap<>(Map.of(
                "polypress.input", input.toString(),
                "polypress.output", output.toString(),
                "polypress.http.port", "0",
                "polypress.poll.delay", "100",
                "polypress.read-lock.min-age", "300",
                "polypress.read-lock.check-interval", "100"));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }
}
