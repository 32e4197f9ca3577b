package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.dropfolder.BatchProgress;
import org.polypress.testing.PublishedFolderAssertion;
import org.polypress.testing.TestProperties;

/**
 * The real application — the route files in {@code routes/}, the beans of {@link PolypressConfiguration}
 * — watching a temporary drop folder. Waits with {@link NotifyBuilder}, never with sleeps.
 */
class DropFolderRouteTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final Path BRIEF = Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path input;
    private Path output;
    private org.apache.camel.main.Main camel;
    /** How many files the batch must have seen through when the awaited notification has come. */
    private int awaitedOutcomes;

    @BeforeEach
    void start() throws Exception {
        input = Files.createDirectory(tmp.resolve("input"));
        output = tmp.resolve("output");
        startWith(Map.of());
    }

    /** (Re)starts the application on the same folders, with {@code extra} properties. */
    private void startWith(Map<String, String> extra) throws Exception {
        if (camel != null) {
            camel.stop();
        }
        Map<String, String> properties = TestProperties.forFolders(input, output,
                // long enough that a writer stalled by a busy machine does not look finished
                "polypress.read-lock.min-age", "1000");
        properties.putAll(extra);
        camel = Main.camelMain(properties);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private BatchProgress batch() {
        return camel.getCamelContext().getRegistry().lookupByNameAndType("batch", BatchProgress.class);
    }

    private NotifyBuilder whenDone(int files) {
        awaitedOutcomes = outcomes() + files;
        return new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article").whenDone(files).create();
    }

    /** Files the batch has seen through: published, unchanged or set aside. */
    private int outcomes() {
        BatchProgress batch = batch();
        return batch.publishedCount() + batch.unchangedCount() + batch.failedCount();
    }

    /**
     * Waits for the notification, then for the batch to count the awaited files: a notification created while
     * the file before was still completing on its worker can count that file's completion.
     */
    private void awaitMatch(NotifyBuilder notify) throws InterruptedException {
        assertTrue(notify.matches(60, TimeUnit.SECONDS), "the drop folder route did not finish in time");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outcomes() < awaitedOutcomes && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(outcomes() >= awaitedOutcomes, "the batch counted " + outcomes() + " of " + awaitedOutcomes + " files");
    }

    /**
     * The file consumer archives a file when its exchange completes, just after the notification: wait
     * for the archive itself, bounded.
     */
    private static boolean archived(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return Files.exists(file);
    }

    private List<Path> publishedFolders() throws IOException {
        try (Stream<Path> folders = Files.list(output)) {
            // .state/ holds the ledger, .staging-/.retired- folders a publication in progress
            return folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void droppedArticleIsPublishedInThreeRenditionsAndArchived() throws Exception {
        NotifyBuilder done = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(done);

        List<Path> folders = publishedFolders();
        assertEquals(1, folders.size(), "one article folder, and no staging folder left: " + folders);
        Path folder = folders.get(0);
        assertTrue(folder.getFileName().toString().startsWith("kazakhstan-china-relations-thriving-under-belt-and-road-"));
        PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        assertTrue(Files.readString(folder.resolve("article.md")).contains("Kazakhstan-China relations reach new heights"));
        assertTrue(archived(input.resolve(".done/seed.txt")), "the dropped file is archived in .done/");
        assertFalse(Files.exists(input.resolve("seed.txt")));
    }

    @Test
    void badInputsAreSetAsideWithTheirReasonAndTheNextFileIsStillPublished() throws Exception {
        NotifyBuilder done = whenDone(5);
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Files.write(input.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(input.resolve("b-blank.txt"), "  \n\n \t \r\n");
        Files.write(input.resolve("c-random.txt"), random);
        Files.write(input.resolve("d-nul.txt"), new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.copy(SEED, input.resolve("e-seed.txt"));
        Files.writeString(input.resolve("~$draft.docx"), "Word's lock file");
        awaitMatch(done);

        assertFailed("a-empty.txt", "ingest", "The file is empty");
        assertFailed("b-blank.txt", "normalize", "The file holds no text");
        assertFailed("c-random.txt", "ingest", "The file does not hold readable text");
        assertTrue(archived(input.resolve(".failed/d-nul.txt")));
        assertFalse(JSON.readTree(input.resolve(".failed/d-nul.txt.error.json").toFile()).get("reason").asText().isBlank());
        assertTrue(Files.exists(input.resolve("~$draft.docx")), "a lock file is left where it is, not taken");
        assertEquals(1, publishedFolders().size(), "the good file after the bad ones is published");
        assertTrue(archived(input.resolve(".done/e-seed.txt")));
    }

    private void assertFailed(String name, String stage, String reason) throws IOException, InterruptedException {
        assertTrue(archived(input.resolve(".failed").resolve(name)), name + " is kept in .failed/");
        JsonNode report = JSON.readTree(input.resolve(".failed").resolve(name + ".error.json").toFile());
        assertEquals(name, report.get("file").asText());
        assertEquals(stage, report.get("stage").asText());
        assertEquals(reason, report.get("reason").asText());
        assertFalse(report.get("detail").asText().isBlank());
        assertTrue(report.get("time").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), report.toString());
    }

    @Test
    void sameBytesDroppedAgainUnderAnyNameAreUnchangedArchivedAndNotPublishedAgain() throws Exception {
        NotifyBuilder first = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(first);
        Path folder = publishedFolders().get(0);
        byte[] json = Files.readAllBytes(folder.resolve("article.json"));
        java.nio.file.attribute.FileTime published = Files.getLastModifiedTime(folder.resolve("article.json"));
        // as a process killed after the ledger's line and before the conversion's note went leaves it
        Path note = output.resolve(".state/converting-" + org.polypress.Sha256.hex(Files.readAllBytes(SEED)));
        Files.writeString(note, "1");

        NotifyBuilder second = whenDone(2);
        Files.copy(SEED, input.resolve("seed.txt"));
        Files.copy(SEED, input.resolve("same bytes, another name.txt"));
        awaitMatch(second);

        assertEquals(List.of(folder), publishedFolders());
        assertEquals(new String(json, StandardCharsets.UTF_8), Files.readString(folder.resolve("article.json")));
        assertEquals(published, Files.getLastModifiedTime(folder.resolve("article.json")), "not written again");
        assertEquals(1, batch().publishedCount());
        assertEquals(2, batch().unchangedCount());
        assertTrue(archived(input.resolve(".done/seed.txt")));
        assertTrue(archived(input.resolve(".done/seed-2.txt")), "the second drop is archived beside the first");
        assertTrue(archived(input.resolve(".done/same bytes, another name.txt")));
        assertFalse(Files.exists(note), "a conversion's note for bytes found published is removed");
    }

    @Test
    void changedBytesUnderTheSameNameArePublishedAgainIntoTheSameFolderEvenWithANewHeadline() throws Exception {
        NotifyBuilder first = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(first);
        Path folder = publishedFolders().get(0);

        NotifyBuilder second = whenDone(1);
        String corrected = Files.readString(SEED).replaceFirst("Kazakhstan-China relations", "Corrected: Kazakh-Chinese ties");
        Files.writeString(input.resolve("seed.txt"), corrected);
        awaitMatch(second);

        assertEquals(List.of(folder), publishedFolders(), "the corrected headline keeps the folder of its file");
        JsonNode article = JSON.readTree(folder.resolve("article.json").toFile());
        assertTrue(article.get("title").asText().startsWith("Corrected: Kazakh-Chinese ties"), article.get("title").asText());
        assertEquals(folder.getFileName().toString(), article.get("slug").asText());
        PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        assertEquals(2, batch().publishedCount());
        assertEquals(0, batch().unchangedCount());
    }

    @Test
    void theLedgerSurvivesARestartAndDeletingItRepublishesIntoTheSameFolders() throws Exception {
        NotifyBuilder first = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(first);
        Path folder = publishedFolders().get(0);
        assertTrue(Files.isRegularFile(output.resolve(".state/published.jsonl")));

        startWith(Map.of());
        NotifyBuilder afterRestart = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(afterRestart);
        assertEquals(1, batch().unchangedCount(), "recognized after a restart");
        assertEquals(0, batch().publishedCount());

        deleteTree(output.resolve(".state"));
        startWith(Map.of());
        NotifyBuilder forced = whenDone(1);
        Files.copy(SEED, input.resolve("seed.txt"));
        awaitMatch(forced);
        assertEquals(1, batch().publishedCount(), "without the ledger the same bytes are published again");
        assertEquals(List.of(folder), publishedFolders(), "into the folder the file was published in");

        NotifyBuilder corrected = whenDone(1);
        Files.writeString(input.resolve("seed.txt"),
                Files.readString(SEED).replaceFirst("Kazakhstan-China relations", "A new headline for"));
        awaitMatch(corrected);
        assertEquals(List.of(folder), publishedFolders(), "the folder recovered from article.json is kept");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void differentArticlesAreEachPublished() throws Exception {
        NotifyBuilder done = whenDone(2);
        Files.copy(SEED, input.resolve("seed.txt"));
        Files.copy(BRIEF, input.resolve("brief.txt"));
        awaitMatch(done);
        assertEquals(2, publishedFolders().size());
        for (Path folder : publishedFolders()) {
            PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        }
    }

    @Test
    void fileStillBeingWrittenIsTakenOnlyWhenComplete() throws Exception {
        NotifyBuilder done = whenDone(1);
        List<String> lines = Files.readAllLines(SEED);
        Path growing = input.resolve("growing.txt");
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                // a slow upload: each line arrives well within the read lock's minimum age
                Thread.sleep(60);
            }
        }
        awaitMatch(done);
        String json = Files.readString(publishedFolders().get(0).resolve("article.json"));
        assertTrue(json.contains("(Web editor: Hongyu, Wu Chengliang)"), "the last line was read too");
        assertTrue(archived(input.resolve(".done/growing.txt")));
        assertEquals(Files.size(SEED) + 1, Files.size(input.resolve(".done/growing.txt")));
    }

    @Test
    void withReadyMarkersAFileIsTakenOnlyOnceItsMarkerExistsAndTheMarkerIsRemoved() throws Exception {
        startWith(Map.of("polypress.ready-marker", "${file:name}.ready"));
        Files.copy(SEED, input.resolve("waiting.txt"));
        // settled long ago: only the missing marker keeps it from being taken
        Files.setLastModifiedTime(input.resolve("waiting.txt"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        NotifyBuilder first = whenDone(1);
        Files.copy(BRIEF, input.resolve("ready.txt"));
        Files.createFile(input.resolve("ready.txt.ready"));
        awaitMatch(first);
        assertTrue(archived(input.resolve(".done/ready.txt")));
        assertTrue(Files.exists(input.resolve("waiting.txt")), "no marker, not taken");
        assertEquals(1, publishedFolders().size());

        NotifyBuilder second = whenDone(1);
        Files.createFile(input.resolve("waiting.txt.ready"));
        awaitMatch(second);
        assertTrue(archived(input.resolve(".done/waiting.txt")));
        assertEquals(2, publishedFolders().size());
        assertTrue(gone(input.resolve("ready.txt.ready")) && gone(input.resolve("waiting.txt.ready")),
                "markers are removed once their files are archived");
    }

    private static boolean gone(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return !Files.exists(file);
    }

    @Test
    void aGrowingFileWhoseWriterKeepsAnOldModificationTimeIsTakenOnlyWhenItsSizeSettles() throws Exception {
        NotifyBuilder done = whenDone(1);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        List<String> lines = Files.readAllLines(SEED);
        Path growing = input.resolve("preserved-time.txt");
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                // as a copy that preserves the original's time: the modification time alone says "settled"
                Files.setLastModifiedTime(growing, old);
                Thread.sleep(40);
            }
        }
        awaitMatch(done);
        String json = Files.readString(publishedFolders().get(0).resolve("article.json"));
        assertTrue(json.contains("(Web editor: Hongyu, Wu Chengliang)"), "the last line was read too");
        assertTrue(archived(input.resolve(".done/preserved-time.txt")));
        assertEquals(Files.size(SEED) + 1, Files.size(input.resolve(".done/preserved-time.txt")));
    }
}
