package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.Eventually;

/**
 * What an operator's monitoring asks the running application: liveness and readiness from Camel's health checks
 * with ours of the folders, and Camel's route metrics, the JVM's and the drop folder's backlog beside ours. The real
 * routes and beans on temporary folders, started once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObserveHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ARTICLE = Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt");

    private ServedPipeline app;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        app = new ServedPipeline(tmp, Map.of());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    // ---- health

    @Test
    void livenessAndReadinessAreUpAndNameEachCheck() throws Exception {
        HttpResponse<byte[]> live = app.get("/observe/health/live");
        assertEquals(200, live.statusCode());
        JsonNode liveness = json(live);
        assertEquals("UP", liveness.get("status").asText(), liveness.toString());
        assertEquals("UP", liveness.get("checks").get("context").get("state").asText(), liveness.toString());
        assertFalse(liveness.get("checks").has(FolderReadinessCheck.ID), "a folder is readiness, not liveness");

        HttpResponse<byte[]> ready = app.get("/observe/health/ready");
        assertEquals(200, ready.statusCode());
        JsonNode readiness = json(ready);
        assertEquals("UP", readiness.get("status").asText(), readiness.toString());
        JsonNode checks = readiness.get("checks");
        for (String id : List.of("context", "route:ingest-article", "route:publish-renditions", "route:serve-downloads",
                "route:accept-uploads", "consumer:ingest-article", FolderReadinessCheck.ID)) {
            assertEquals("UP", checks.path(id).path("state").asText(), id + " in " + readiness);
        }
        JsonNode folders = checks.get(FolderReadinessCheck.ID);
        assertEquals("writable", folders.get("input").asText());
        assertEquals("readable", folders.get("output").asText());
        assertEquals("finished", folders.get("recovery").asText());
    }

    @Test
    void aDropFolderThatIsNoLongerAFolderMakesTheServiceUnreadyNotDead() throws Exception {
        Path away = app.input.resolveSibling("input-away");
        Files.move(app.input, away);
        Files.writeString(app.input, "not a folder");
        try {
            HttpResponse<byte[]> ready = app.get("/observe/health/ready");
            assertEquals(503, ready.statusCode());
            JsonNode readiness = json(ready);
            assertEquals("DOWN", readiness.get("status").asText());
            JsonNode folders = readiness.get("checks").get(FolderReadinessCheck.ID);
            assertEquals("DOWN", folders.get("state").asText());
            assertTrue(folders.get("message").asText().contains("the drop folder " + app.input.toAbsolutePath()
                    + " cannot be written"), folders.toString());
            assertTrue(folders.get("input").asText().startsWith("not a writable folder"), folders.toString());

            assertEquals(200, app.get("/observe/health/live").statusCode(), "alive: restarting would not bring it back");

            HttpResponse<byte[]> both = app.get("/observe/health");
            assertEquals(503, both.statusCode());
            JsonNode health = json(both);
            assertEquals("DOWN", health.get("status").asText());
            assertTrue(health.get("checks").get("input").asText().startsWith("not a writable folder"), health.toString());
            assertTrue(health.get("down").get(FolderReadinessCheck.ID).get("message").asText().contains("drop folder"),
                    health.toString());
        } finally {
            Files.delete(app.input);
            Files.move(away, app.input);
        }
        waitFor(() -> app.get("/observe/health/ready").statusCode() == 200);
        assertEquals(200, app.get("/observe/health").statusCode());
    }

    // ---- metrics

    @Test
    void camelsRouteMetricsAndTheJvmsAreScrapedBesideOurs() throws Exception {
        NotifyBuilder done = new NotifyBuilder(app.camel.getCamelContext()).fromRoute("ingest-article").whenDone(1).create();
        Files.copy(ARTICLE, app.input.resolve("brief.txt"));
        assertTrue(done.matches(60, TimeUnit.SECONDS), "the article was not converted in time");
        String scrape = scrape();
        // the route policy's timer of the drop folder's route, one exchange at least
        assertTrue(value(scrape, "camel_exchanges_total", "routeId=\"ingest-article\"") >= 1, scrape);
        assertTrue(value(scrape, "camel_route_policy_seconds_count", "routeId=\"ingest-article\"") >= 1, scrape);
        assertTrue(scrape.contains("jvm_gc_"), "the garbage collector's metrics");
        assertTrue(value(scrape, "jvm_classes_loaded_classes", "") > 1000, "the class loader's");
        assertTrue(value(scrape, "polypress_articles_published_total", "") >= 1, "ours, still");
        assertFalse(scrape.contains("polypress_articles_dead_lettered"), "no broker here, no dead letters' counter");
        assertTrue(value(scrape, "jvm_memory_used_bytes", "") > 0, "the JVM's memory, still");
    }

    @Test
    void theBacklogGaugeCountsTheFilesWaitingInAStoppedDropFolder() throws Exception {
        app.camel.getCamelContext().getRouteController().stopRoute("ingest-article");
        List<String> waiting = List.of("a.txt", "b.docx", "c.html", "d.txt", "e.pdf", "f.odt", "g.rtf");
        try {
            assertEquals(0.0, value(scrape(), "polypress_dropfolder_files_waiting", ""));
            for (String name : waiting) {
                Files.write(app.input.resolve(name), new byte[0]);
            }
            // not articles, or not yet: never taken by the route, never counted
            for (String name : List.of(".hidden.txt", "~$lock.docx", "story.txt.part", "Thumbs.db")) {
                Files.write(app.input.resolve(name), new byte[0]);
            }
            Files.createDirectories(app.input.resolve("a-folder.txt"));
            assertEquals(waiting.size(), value(scrape(), "polypress_dropfolder_files_waiting", ""));
        } finally {
            app.camel.getCamelContext().getRouteController().startRoute("ingest-article");
        }
        // taken (empty files are set aside at once): nothing waits any more
        waitFor(() -> value(scrape(), "polypress_dropfolder_files_waiting", "") == 0.0);
    }

    private String scrape() throws Exception {
        HttpResponse<byte[]> response = app.get("/observe/metrics");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}. */
    private static double value(String scrape, String name, String label) {
        for (String line : scrape.lines().toList()) {
            if ((line.startsWith(name + " ") || line.startsWith(name + "{")) && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name + " with " + label + " in:\n" + scrape);
    }

    private static void waitFor(Eventually.Condition condition) throws Exception {
        Eventually.waitFor(java.time.Duration.ofSeconds(30), condition);
    }
}
