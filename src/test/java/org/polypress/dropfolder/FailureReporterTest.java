package org.polypress.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.Stage;

/**
 * The failure reports: beside a file set aside in {@code .failed/}, as they have always been written, and for an
 * article a worker put on the dead-letter queue, in the shared output's {@code .state/dead-letters/}, with the
 * same fields but the queue in place of where a file is kept.
 */
class FailureReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T03:04:05Z"), ZoneOffset.UTC);
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final PipelineException NO_ARTICLE = new PipelineException(Stage.RENDER,
            "The broker's message is not an article Polypress wrote", "no article in the message");

    @TempDir
    Path tmp;

    @Test
    void aFileSetAsideIsReportedBesideItAsBefore() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path report = FailureReporter.ofDropFolder(input, CLOCK).report("notes.txt", "notes-2.txt",
                new PipelineException(Stage.INGEST, "The file is empty", "notes.txt has 0 bytes"));
        assertEquals(input.resolve(".failed/notes-2.txt.error.json"), report);
        // the bytes a standalone service has always written
        assertEquals(String.join("\n", "{",
                "  \"file\" : \"notes.txt\",",
                "  \"archivedAs\" : \".failed/notes-2.txt\",",
                "  \"stage\" : \"ingest\",",
                "  \"reason\" : \"The file is empty\",",
                "  \"detail\" : \"notes.txt has 0 bytes\",",
                "  \"time\" : \"2026-12-06T03:04:05Z\"",
                "}"), Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void aDeadLetterIsReportedInTheSharedOutputWithItsFileReasonQueueAndTime() throws Exception {
        Path output = tmp.resolve("output");
        Path report = FailureReporter.ofDeadLetters(output, CLOCK).deadLetter("poison <b>.json", SHA, "ID:1",
                "polypress.articles.failed", NO_ARTICLE);
        assertEquals(output.resolve(".state/dead-letters/" + SHA + ".error.json"), report);
        JsonNode written = JSON.readTree(report.toFile());
        assertEquals(List.of("file", "queue", "stage", "reason", "detail", "time"), fields(written));
        assertEquals("poison <b>.json", written.get("file").asText());
        assertEquals("polypress.articles.failed", written.get("queue").asText());
        assertEquals("render", written.get("stage").asText());
        assertEquals("The broker's message is not an article Polypress wrote", written.get("reason").asText());
        assertEquals("no article in the message", written.get("detail").asText());
        assertEquals("2026-12-06T03:04:05Z", written.get("time").asText());
        // written under a hidden name and renamed into place: nothing else is left in the folder
        assertEquals(List.of(SHA + ".error.json"), names(report.getParent()));
    }

    @Test
    void theSameBytesDeadLetteredAgainReplaceTheirReportAndAMessageWithoutTheirDigestIsNamedByItsId() throws Exception {
        Path output = tmp.resolve("output");
        FailureReporter reporter = FailureReporter.ofDeadLetters(output, CLOCK);
        reporter.deadLetter("a.txt", SHA, "ID:1", "q", NO_ARTICLE);
        reporter.deadLetter("a.txt", SHA, "ID:2", "q", new IllegalStateException("the disk is full"));
        // a content id that is no digest names no path: the report stays in its folder
        Path foreign = reporter.deadLetter(null, "../../escaped", "ID:8c1f/../x", "q", NO_ARTICLE);
        Path nameless = reporter.deadLetter(null, null, null, "q", NO_ARTICLE);
        Path folder = output.resolve(".state/dead-letters");
        assertEquals(folder.resolve("message-ID-8c1f----x.error.json"), foreign);
        assertEquals(folder.resolve("message-unknown.error.json"), nameless);
        assertEquals(List.of(SHA + ".error.json", "message-ID-8c1f----x.error.json", "message-unknown.error.json"),
                names(folder));
        JsonNode again = JSON.readTree(folder.resolve(SHA + ".error.json").toFile());
        assertEquals("pipeline", again.get("stage").asText(), "the last failure's report");
        assertEquals("the disk is full", again.get("detail").asText());
        assertEquals("message-ID-8c1f----x", JSON.readTree(foreign.toFile()).get("file").asText(),
                "a message without a file name is named by its id");
        assertTrue(Files.notExists(tmp.resolve("escaped.error.json")));
    }

    @Test
    void aDeadLetterThatCannotBeRecordedIsLoggedAndTheWorkerGoesOn() throws Exception {
        // the output folder is a file: nothing can be written under it
        Path output = Files.writeString(tmp.resolve("output"), "not a folder");
        assertNull(FailureReporter.ofDeadLetters(output, CLOCK).deadLetter("a.txt", SHA, "ID:1", "q", NO_ARTICLE));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
