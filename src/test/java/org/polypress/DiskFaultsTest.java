package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.Eventually;
import org.polypress.testing.TestProperties;

/**
 * The output folder is a real small file system (an 8 MB tmpfs, mounted by the test: it needs root, and is skipped
 * with a message without), filled up while the service runs on its real routes. An article
 * that cannot be published is set aside with the reason and nothing half-written is left in the output folder;
 * once the folder takes files again the article is given back to the drop folder and published, without anyone
 * dropping it again. The drop folder removed and made again while the service runs is watched again.
 */
class DiskFaultsTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/peoples-daily-kazakhstan-china.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aFullOutputFolderSetsTheArticleAsideAndItIsPublishedOnceTheFolderTakesFilesAgain() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = Files.createDirectories(tmp.resolve("output"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", output.toString()) == 0,
                "mounting a small tmpfs needs root: the disk-fault test is skipped");
        mounted = output;
        Path filler = output.resolve("filler.bin");
        org.apache.camel.main.Main camel = Main.camelMain(TestProperties.forFolders(input, output,
                "polypress.http.enabled", "false", "polypress.read-lock.min-age", "0",
                "polypress.read-lock.check-interval", "50", "polypress.disk-retry.seconds", "1"));
        camel.start();
        try {
            // full: a file takes all but a few kilobytes, too few for the renditions
            fill(filler, Files.getFileStore(output).getUsableSpace() - 8 * 1024);
            drop(SEED, input, "seed.txt");
            JsonNode report = waitForReport(input, "seed.txt");
            assertEquals("publish", report.path("stage").asText(), report.toString());
            assertTrue(report.path("detail").asText().contains("No space left on device"), report.toString());
            assertTrue(report.path("retry").asBoolean(), "set aside to be tried again: " + report);
            assertEquals(List.of(".state", "filler.bin"), visible(output, true), "nothing half-written is left");

            // room again: given back and published, no one dropped it again
            Files.delete(filler);
            waitFor(() -> articleFolders(output).size() == 1 && !Files.exists(input.resolve("seed.txt")));
            assertFalse(Files.exists(input.resolve(".failed/seed.txt.error.json")), "its report is gone with it");

            // the drop folder removed and made again while the service runs
            deleteTree(input);
            Thread.sleep(300);
            Files.createDirectories(input);
            drop(SEED, input, "seed-again.txt");
            waitFor(() -> Files.isDirectory(input.resolve(".done")) && visible(input.resolve(".done"), false).size() == 1
                    && !Files.exists(input.resolve("seed-again.txt")));
        } finally {
            camel.stop();
        }
    }

    @Test
    void aFullDiskAReadOnlyOneAndAFolderNotOursAreDiskFaultsAndNothingElseIs() {
        assertTrue(org.polypress.dropfolder.DiskFaults.isDiskFault(new PipelineException(Stage.PUBLISH, "x", "y",
                new java.nio.file.FileSystemException("/srv/output/a/article.md: No space left on device"))));
        assertTrue(org.polypress.dropfolder.DiskFaults.isDiskFault(
                new java.nio.file.FileSystemException("/srv/output/a: Read-only file system")));
        assertTrue(org.polypress.dropfolder.DiskFaults.isDiskFault(new java.nio.file.AccessDeniedException("/srv/output/a")));
        assertTrue(org.polypress.dropfolder.DiskFaults.isDiskFault(new IOException("Disk quota exceeded")));
        assertFalse(org.polypress.dropfolder.DiskFaults.isDiskFault(new PipelineException(Stage.INGEST,
                "The file is empty", null)));
        assertFalse(org.polypress.dropfolder.DiskFaults.isDiskFault(new IllegalStateException("No space left on device")),
                "only what the file system said");
    }

    private static void drop(Path article, Path input, String name) throws IOException {
        Path dropped = Files.copy(article, input.resolve(name));
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(5)));
    }

    private static void fill(Path file, long bytes) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[4096];
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    private static JsonNode waitForReport(Path input, String name) throws Exception {
        Path report = input.resolve(".failed/" + name + ".error.json");
        waitFor(() -> Files.isRegularFile(report) && Files.size(report) > 0);
        Thread.sleep(100);
        return JSON.readTree(report.toFile());
    }

    private static List<String> articleFolders(Path output) throws IOException {
        return visible(output, false).stream().filter(n -> Files.isRegularFile(output.resolve(n).resolve("article.json")))
                .toList();
    }

    private static List<String> visible(Path folder, boolean withState) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> withState ? !n.startsWith(".")
                    || n.equals(".state") : !n.startsWith(".")).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException missing) {
            return -1;
        }
    }

    private static void waitFor(Eventually.Condition condition) throws Exception {
        Eventually.waitFor(java.time.Duration.ofSeconds(60), condition);
    }
}
