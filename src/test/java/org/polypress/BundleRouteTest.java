package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.testing.PublishedFolderAssertion;
import org.polypress.testing.TestProperties;
import org.polypress.testing.Zips;

/**
 * Zip bundles through the real routes: a bundle with a photo is published with its {@code images/} folder; a
 * bundle whose entry climbs out of its folder, one that inflates past the byte cap, one with a zip inside and one
 * with two articles are set aside with their reason, and the next file is still published.
 */
class BundleRouteTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small, so the bomb below needs only a few megabytes to pass the cap (4 × this). */
    private static final int MAX_BYTES = 1_000_000;

    @TempDir
    Path tmp;
    private Path input;
    private Path output;
    private org.apache.camel.main.Main camel;

    @BeforeEach
    void start() throws Exception {
        input = Files.createDirectory(tmp.resolve("input"));
        output = tmp.resolve("output");
        camel = Main.camelMain(TestProperties.forFolders(input, output, "polypress.max-bytes", String.valueOf(MAX_BYTES)));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void unsafeBundlesAreRefusedWithTheirReasonAndTheNextFileIsPublished() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article").whenDone(6).create();
        byte[] seed = Files.readAllBytes(SEED);
        Files.write(input.resolve("a-traversal.zip"), Zips.zip(Map.of("story.txt", seed, "../x.png",
                OfficeDocuments.png(20, 20))));
        Files.write(input.resolve("b-bomb.zip"), Zips.zip(Map.of("story.txt", seed, "big.png", new byte[5 * MAX_BYTES])));
        Files.write(input.resolve("c-nested.zip"), Zips.zip(Map.of("story.txt", seed, "more.zip", Zips.zip(Map.of("x.txt",
                seed)))));
        Files.write(input.resolve("d-two.zip"), Zips.zip(Map.of("one.txt", seed, "two.html", seed)));
        Files.write(input.resolve("e-pictures-only.zip"), Zips.zip(Map.of("photo.png", OfficeDocuments.png(20, 20))));
        String text = Files.readString(SEED).replace("Gulnar Shaimergenova, director of the Kazakhstan's China Studies"
                + " Center (CSC), receives", "[photo.png]\n\nGulnar Shaimergenova, director of the Kazakhstan's China"
                + " Studies Center (CSC), receives");
        Files.write(input.resolve("f-good.zip"), Zips.zip(Map.of("story/story.txt", text.getBytes(StandardCharsets.UTF_8),
                "story/photo.png", OfficeDocuments.png(40, 40))));
        assertTrue(done.matches(90, TimeUnit.SECONDS), "the drop folder route did not finish in time");

        assertFailed("a-traversal.zip", "The bundle holds an entry that leaves its folder: ../x.png");
        assertFailed("b-bomb.zip", "The bundle is too large when unpacked");
        assertFailed("c-nested.zip", "The bundle holds another archive: more.zip");
        assertFailed("d-two.zip", "The bundle holds several article files");
        assertFailed("e-pictures-only.zip", "The bundle holds no article file");
        assertTrue(Files.notExists(tmp.resolve("x.png")) && Files.notExists(input.resolve("x.png")));

        Path folder;
        try (Stream<Path> folders = Files.list(output)) {
            folder = folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow(() -> new AssertionError("the good bundle was not published"));
        }
        PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        JsonNode article = JSON.readTree(folder.resolve("article.json").toFile());
        String path = null;
        for (JsonNode block : article.path("body")) {
            if (!block.path("image").isMissingNode() && !block.path("image").isNull()) {
                path = block.path("image").path("path").asText();
            }
        }
        assertTrue(path != null && Files.isRegularFile(folder.resolve(path)), "no published image in " + article);
        assertTrue(Files.exists(input.resolve(".done/f-good.zip")));
    }

    private void assertFailed(String name, String reason) throws Exception {
        Path report = input.resolve(".failed").resolve(name + ".error.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(report) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        JsonNode json = JSON.readTree(report.toFile());
        assertEquals("ingest", json.get("stage").asText(), json.toString());
        assertEquals(reason, json.get("reason").asText());
    }
}
