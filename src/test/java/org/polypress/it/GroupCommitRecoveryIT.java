package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.MainAccess;
import org.polypress.publish.JournalRecord;
import org.polypress.publish.PublishJournal;
import org.polypress.render.Renditions;
import org.polypress.testing.PublishedTree;

/**
 * The group commit's promise, on the packaged application in a JVM of its own: a service halted (as
 * {@code kill -9} ends it) right after the journal's sync, before the synced articles' renditions reach their
 * folders ({@code polypress.durability.halt-after-syncs}, a hook for tests), is restarted, and the restart
 * completes those articles from the journal: every rendition in place and byte for byte what a clean one-shot
 * batch publishes from the same files, one ledger line per article, the journal gone after a clean stop.
 */
@Tag("integration")
class GroupCommitRecoveryIT {

    private static final int ARTICLES = 60;
    private static final int HALT_AFTER_SYNCS = 25;
    private static final Path LOGS = Path.of("target/group-commit-recovery-it");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    @Test
    void articlesSyncedInTheJournalButNotInTheirFoldersAreCompletedByTheRestart() throws Exception {
        assertTrue(Files.isRegularFile(PackagedService.JAR), "target/polypress.jar: this test runs after the package phase");
        Files.createDirectories(LOGS);
        Path source = Files.createDirectories(tmp.resolve("source"));
        List<String> names = NumberedArticles.write(source, ARTICLES);
        Path clean = tmp.resolve("clean");
        copy(source, Files.createDirectories(clean.resolve("input")));
        try (PrintStream log = new PrintStream(Files.newOutputStream(LOGS.resolve("clean.log")), true,
                StandardCharsets.UTF_8)) {
            assertEquals(0, MainAccess.run(new String[] {"--once", "--workers=1", "--input=" + clean.resolve("input"),
                "--output=" + clean.resolve("output")}, log, log), "the clean batch; see " + LOGS.resolve("clean.log"));
        }

        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        copy(source, input);
        try (PackagedService halted = start(input, output, "halted",
                "-Dpolypress.durability.halt-after-syncs=" + HALT_AFTER_SYNCS)) {
            assertTrue(halted.process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the service halted itself");
            assertEquals(137, halted.process.exitValue(), "halted as kill -9 ends a JVM; see " + LOGS.resolve("halted.log"));
        }
        Path journal = output.resolve(".state").resolve("journal");
        List<JournalRecord> records = PublishJournal.read(journal).records();
        // the last record of each folder (or story file): a story's versions are published again as others arrive
        Map<String, JournalRecord> last = new LinkedHashMap<>();
        for (JournalRecord record : records) {
            String target = record.folder() + "/" + (record.file() == null ? "" : record.file());
            last.remove(target);
            last.put(target, record);
        }
        List<JournalRecord> missing = new ArrayList<>();
        for (JournalRecord record : last.values()) {
            if (!inPlace(output, record)) {
                missing.add(record);
            }
        }
        assertFalse(missing.isEmpty(), "the halt left records synced in the journal whose renditions are not in place: "
                + records.size() + " records");
        assertTrue(missing.stream().anyMatch(r -> r.ledgerFile() != null && Files.exists(input.resolve(r.ledgerFile()))),
                "an article synced in the journal is still in the drop folder, not yet recorded nor archived");

        try (PackagedService restarted = start(input, output, "restarted")) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (archived(input) < ARTICLES && restarted.process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(ARTICLES, archived(input), "the restart archived every article; see " + LOGS.resolve("restarted.log"));
            restarted.process.destroy();
            assertTrue(restarted.process.waitFor(60, TimeUnit.SECONDS), "the service stopped");
        }
        String log = Files.readString(LOGS.resolve("restarted.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("completed " + missing.size() + " publications from the journal"), "the restart's log");
        assertFalse(Files.exists(journal), "the last checkpoint, at the stop, removed the journal");

        Map<String, String> expected = PublishedTree.of(clean.resolve("output"));
        Map<String, String> actual = PublishedTree.of(output);
        // the lock names the process that held the folder last
        expected.remove(".state/lock");
        actual.remove(".state/lock");
        assertEquals(expected.keySet(), actual.keySet(), "the files published by the clean batch and after the halt");
        List<String> differing = expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f))).toList();
        assertEquals(List.of(), differing, "files that differ from the clean batch's");
        List<JsonNode> ledger = new PublishedOutput(output).ledger();
        assertEquals(new TreeSet<>(names), ledger.stream().map(l -> l.get("file").asText())
                .collect(Collectors.toCollection(TreeSet::new)), "every article in the ledger");
        assertEquals(ARTICLES, ledger.size(), "one ledger line each");
    }

    private static boolean inPlace(Path output, JournalRecord record) throws IOException {
        Path folder = output.resolve(record.folder());
        for (Renditions.File file : record.files()) {
            Path path = folder.resolve(record.file() == null ? file.name() : record.file());
            if (!Files.isRegularFile(path) || !Arrays.equals(file.bytes(), Files.readAllBytes(path))) {
                return false;
            }
        }
        return true;
    }

    private static PackagedService start(Path input, Path output, String name, String... jvmOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(List.of(jvmOptions));
        return PackagedService.start(LOGS.resolve(name + ".log"), options, "--input=" + input, "--output=" + output,
                "--port=" + PackagedService.freePort(), "--workers=2");
    }

    private static long archived(Path input) throws IOException {
        Path done = input.resolve(".done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.count();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
