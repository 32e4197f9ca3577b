package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service in a 128 MB heap with {@code -XX:+ExitOnOutOfMemoryError}, as the README starts it, runs
 * out of memory for real: a plain text of 8 MB needs more, and here the operator told it conversions may use a
 * gigabyte ({@code polypress.conversion-memory}), so it is not refused up front. The JVM exits (code 3) at once
 * instead of lingering broken; started again, it dies on the same file again; the third start sets that file
 * aside in {@code .failed/} with the reason, and publishes the articles dropped with it. Nothing is lost: every
 * dropped file is published and archived, or set aside with its report.
 * <p>
 * Each run is a one-shot batch ({@code --once}) on one worker, so the file it dies on is the first it takes (its
 * name sorts first); each run's log is kept in {@code target/out-of-memory-it/}.
 */
@Tag("integration")
class OutOfMemoryRestartIT {

    private static final Path LOGS = Path.of("target/out-of-memory-it");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JVM's exit code after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    @Test
    void aFileThatExhaustsTheHeapEndsTheJvmTwiceThenIsSetAsideAndNothingIsLost() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = Files.createDirectories(tmp.resolve("output"));
        Files.write(input.resolve("a-huge-text.txt"), hugeText(8_000_000));
        List<String> articles = new ArrayList<>();
        for (String name : NumberedArticles.write(input, 4)) {
            Path renamed = input.resolve("b-" + name);
            Files.move(input.resolve(name), renamed);
            articles.add(renamed.getFileName().toString());
        }
        Files.createDirectories(LOGS);

        assertEquals(OUT_OF_MEMORY_EXIT, run(input, output, 1), "the first run runs out of memory and exits");
        assertTrue(Files.readString(LOGS.resolve("run-1.log")).contains("Terminating due to java.lang.OutOfMemoryError"));
        assertEquals(OUT_OF_MEMORY_EXIT, run(input, output, 2), "the second run dies on the same file");
        assertEquals(1, run(input, output, 3), "the third run sets the file aside, publishes the rest, and says one failed");

        JsonNode report = JSON.readTree(input.resolve(".failed/a-huge-text.txt.error.json").toFile());
        assertEquals("a-huge-text.txt", report.path("file").asText());
        assertTrue(report.path("reason").asText().startsWith("The service stopped while converting this file, 2 times"),
                report.toString());
        assertTrue(Files.isRegularFile(input.resolve(".failed/a-huge-text.txt")), "the file itself is kept");
        PublishedOutput published = new PublishedOutput(output);
        assertEquals(new TreeSet<>(articles), published.foldersBySource().keySet(), "every other article is published");
        assertEquals(new TreeSet<>(articles), names(input.resolve(".done")));
        assertEquals(Set.of(), names(input), "nothing is left in the drop folder");
        published.assertHoldsOnlyPublishedFiles();
    }

    /** Runs the packaged service once over the drop folder, as the README starts it, and returns its exit code. */
    private static int run(Path input, Path output, int run) throws IOException, InterruptedException {
        try (PackagedService service = PackagedService.start(LOGS.resolve("run-" + run + ".log"), List.of("-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError", "-Dpolypress.conversion-memory=1073741824", "-Dpolypress.workers=1"),
                "--once", "--input=" + input, "--output=" + output)) {
            if (!service.process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("run " + run + " did not end within 5 minutes");
            }
            return service.process.exitValue();
        }
    }

    /** Paragraphs of words from the fixtures, to {@code bytes} bytes: text the pipeline reads whole. */
    private static byte[] hugeText(int bytes) throws IOException {
        List<String> words = new ArrayList<>();
        for (Path fixture : NumberedArticles.fixtures()) {
            words.addAll(List.of(Files.readString(fixture, StandardCharsets.UTF_8).split("\\s+")));
        }
        java.util.Random random = new java.util.Random(8);
        StringBuilder text = new StringBuilder("A headline over a very long text\n\n");
        while (text.length() < bytes) {
            for (int w = 0; w < 80; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            text.append(".\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The visible files of a folder. */
    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
