package org.polypress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.publish.ArticlePublisher;
import org.polypress.render.Renditions;
import org.polypress.testing.PipelineStages;
import org.polypress.testing.PublishedFolderAssertion;
import org.polypress.testing.TestProperties;

/**
 * The application started on the folders a killed Polypress left (the real routes and beans): before it
 * converts anything it cleans up what the kill left half done, and the files still in the drop folder are
 * converted as if nothing had happened. {@code CrashRecoveryIT} kills the packaged service at random
 * moments; this test sets up the worst moments on purpose.
 */
class RestartAfterKillTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final Path BRIEF = Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt");

    @TempDir
    Path tmp;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRestartCleansUpWhatTheKillLeftAndConvertsWhatIsStillWaiting() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = Files.createDirectories(tmp.resolve("output"));
        // killed between the two renames that replace the brief's folder with its new version
        Renditions brief = PipelineStages.get().convert(BRIEF);
        String briefSlug = brief.article().slug();
        Path briefFolder = new ArticlePublisher(output).publish(brief);
        byte[] briefEpub = Files.readAllBytes(briefFolder.resolve("article.epub"));
        Files.move(briefFolder, output.resolve(".retired-" + briefSlug + "-" + UUID.randomUUID()));
        Files.createDirectories(output.resolve(".staging-" + briefSlug + "-" + UUID.randomUUID()));
        // killed while staging the seed, while writing a story's EPUB, and while compacting the ledger
        Files.copy(SEED, input.resolve("seed.txt"));
        Path staging = Files.createDirectories(output.resolve(".staging-seed-" + UUID.randomUUID()));
        Files.write(staging.resolve("article.epub"), new byte[] {'P', 'K'});
        Path story = Files.createDirectories(output.resolve("story-kazakhstan"));
        Files.writeString(story.resolve(".story.epub-" + UUID.randomUUID() + ".staging"), "half a book");
        Files.createDirectories(output.resolve(".state"));
        Files.writeString(output.resolve(".state/published.jsonl.tmp"), "{\"file\":\"one-par");
        // killed after an empty file's report was written, before the file was moved beside it
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.createDirectories(input.resolve(".failed"));
        Files.writeString(input.resolve(".failed/empty.txt.error.json"), "{\n  \"file\" : \"empty.txt\",\n  \"arch");

        org.apache.camel.main.Main camel = Main.camelMain(TestProperties.forFolders(input, output,
                "polypress.http.enabled", "false",
                "polypress.read-lock.min-age", "0",
                "polypress.read-lock.check-interval", "50"));
        camel.start();
        try {
            NotifyBuilder done = new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article").whenDone(2).create();
            assertTrue(done.matches(90, TimeUnit.SECONDS), "both waiting files were taken");
        } finally {
            camel.stop();
        }

        Map<String, String> slugs = new java.util.TreeMap<>();
        for (String folder : names(output)) {
            Path json = output.resolve(folder).resolve("article.json");
            if (Files.exists(json)) {
                slugs.put(new ObjectMapper().readTree(json.toFile()).path("source").path("fileName").asText(), folder);
            }
        }
        assertEquals(List.of(".state", briefSlug, slugs.get("seed.txt"), "story-kazakhstan"), names(output),
                "no staging or retired folder is left; the brief's folder is back");
        assertArrayEquals(briefEpub, Files.readAllBytes(briefFolder.resolve("article.epub")));
        PublishedFolderAssertion.assertPublishedFolderIsComplete(briefFolder);
        PublishedFolderAssertion.assertPublishedFolderIsComplete(output.resolve(slugs.get("seed.txt")));
        assertEquals(List.of(), names(story), "the story's half-written EPUB is gone");
        assertEquals(List.of("lock", "published.jsonl"), names(output.resolve(".state")));
        assertEquals(List.of("seed.txt"), names(input.resolve(".done")));
        assertEquals(List.of("empty.txt", "empty.txt.error.json"), names(input.resolve(".failed")),
                "the empty file is set aside under its own name, its report written again");
        assertEquals("The file is empty", new ObjectMapper().readTree(input.resolve(".failed/empty.txt.error.json")
                .toFile()).path("reason").asText());
    }
}
