package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polypress.mode} chooses the route files (docs/scaling.md): standalone's pattern unchanged; an ingest node
 * every route but publish-renditions, and queue-article instead; a worker take-article and the download server;
 * {@code all} both halves. An unknown mode stops start-up with the modes there are.
 */
class ModeTest {

    private static final String PATTERN = "file:routes/*.camel.yaml";

    @TempDir
    Path tmp;

    @Test
    void standaloneReadsThePatternAsItIs() {
        assertEquals(PATTERN, Mode.STANDALONE.routes(PATTERN));
        assertEquals("file:elsewhere/*.yaml,classpath:x.yaml", Mode.STANDALONE.routes("file:elsewhere/*.yaml,classpath:x.yaml"));
    }

    @Test
    void eachModeChoosesItsRouteFiles() {
        assertEquals(List.of("accept-uploads", "error-handling", "ingest-article", "retry-disk-faults", "retry-failed",
                "serve-downloads", "upload-form", "broker/queue-article"), files(Mode.INGEST));
        assertEquals(List.of("serve-downloads", "broker/take-article"), files(Mode.WORKER));
        assertEquals(List.of("accept-uploads", "error-handling", "ingest-article", "retry-disk-faults", "retry-failed",
                "serve-downloads", "upload-form", "broker/queue-article", "broker/take-article"), files(Mode.ALL));
        assertEquals(Mode.WORKER, Mode.of(" Worker "));
    }

    @Test
    void anUnknownModeOrAPatternTheModesCannotChooseFromIsRefused() {
        Mode.Unknown unknown = assertThrows(Mode.Unknown.class, () -> Mode.of("cluster"));
        assertTrue(unknown.getMessage().contains("standalone, ingest, worker, all"), unknown.getMessage());
        assertThrows(Mode.Unknown.class, () -> Mode.WORKER.routes("classpath:routes/*.camel.yaml"));
    }

    @Test
    void anIngestNodeStartsWithoutPublishingRoutesAndWithoutABroker() throws Exception {
        org.apache.camel.main.Main camel = Main.camelMain(Map.of("polypress.mode", "ingest",
                "polypress.input", Files.createDirectory(tmp.resolve("in")).toString(),
                "polypress.output", tmp.resolve("out").toString()));
        camel.start();
        try {
            List<String> routes = camel.getCamelContext().getRoutes().stream().map(Route::getRouteId).sorted().toList();
            assertEquals(List.of("accept-uploads", "ingest-article", "queue-article", "retry-disk-faults",
                    "retry-failed", "serve-downloads", "upload-form"), routes);
        } finally {
            camel.stop();
        }
        // it did not take the output folder: a standalone service can
        try (var lock = org.polypress.publish.OutputLock.acquire(tmp.resolve("out"))) {
            assertTrue(Files.exists(tmp.resolve("out/.state/lock")));
        }
    }

    private static List<String> files(Mode mode) {
        Path folder = Path.of("routes");
        return Arrays.stream(mode.routes(PATTERN).split(",")).map(f -> f.substring("file:".length()))
                .map(f -> folder.relativize(Path.of(f)).toString())
                .map(f -> f.substring(0, f.length() - ".camel.yaml".length())).toList();
    }
}
