package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in {@code routes/} loads, holds one job named after its file, and a malformed route file
 * stops start-up: the YAML route validator our registry lacks.
 */
class RouteFilesTest {

    @TempDir
    Path tmp;

    @Test
    void everyRouteFileLoadsAndNamesItsRouteAfterItself() throws Exception {
        List<String> stems;
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            stems = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".camel.yaml"))
                    .map(n -> n.substring(0, n.length() - ".camel.yaml".length()))
                    .sorted().toList();
        }
        assertEquals(List.of("accept-uploads", "error-handling", "ingest-article", "publish-renditions", "retry-disk-faults",
                "retry-failed", "serve-downloads", "upload-form"), stems);
        org.apache.camel.main.Main camel = Main.camelMain(Map.of(
                "polypress.input", Files.createDirectory(tmp.resolve("in")).toString(),
                "polypress.output", tmp.resolve("out").toString()));
        camel.start();
        try {
            List<String> routes = camel.getCamelContext().getRoutes().stream().map(Route::getRouteId).sorted().toList();
            assertEquals(List.of("accept-uploads", "ingest-article", "publish-renditions", "retry-disk-faults",
                    "retry-failed", "serve-downloads", "upload-form"), routes);
            assertTrue(((org.apache.camel.model.ModelCamelContext) camel.getCamelContext())
                    .getRouteConfigurationDefinitions().stream().anyMatch(c -> "error-handling".equals(c.getId())));
        } finally {
            camel.stop();
        }
    }

    @Test
    void malformedRouteFileStopsStartUp() throws Exception {
        Path routes = Files.createDirectory(tmp.resolve("routes"));
        Files.writeString(routes.resolve("broken.camel.yaml"), "- route:\n    id: broken\n    from:\n      uri: [unclosed\n");
        org.apache.camel.main.Main camel = Main.camelMain(Map.of(
                "camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml",
                "polypress.input", Files.createDirectory(tmp.resolve("in")).toString(),
                "polypress.output", tmp.resolve("out").toString()));
        assertThrows(Exception.class, camel::start);
        camel.stop();
    }
}
