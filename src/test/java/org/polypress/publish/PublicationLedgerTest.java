package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.model.Article;
import org.polypress.model.Source;
import org.polypress.testing.SampleArticles;

/** The ledger's log on disk: what it remembers, what it forgets after a crash, and drop order. */
class PublicationLedgerTest {

    @TempDir
    Path tmp;

    /** An article published as {@code slug} from a file named {@code fileName}. */
    private static Article article(String slug, String fileName) {
        Article plain = SampleArticles.plain();
        Source s = plain.source();
        return new Article(plain.id(), slug, plain.language(), plain.script(), plain.direction(), plain.title(),
                plain.subtitle(), plain.byline(), plain.dateline(), plain.published(), plain.body(), plain.credits(),
                plain.notes(), new Source(fileName, s.mediaType(), s.charset(), s.charsetConfidence(), s.sha256(),
                        s.bytes(), s.warnings()), plain.wordCount());
    }

    private Path published(String slug) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(slug));
        Files.writeString(folder.resolve("article.json"), "{}");
        return folder;
    }

    @Test
    void aTornLastLineIsIgnoredAndCutOffWhileCompleteLinesCount() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        Path file = Files.writeString(input.resolve("a.txt"), "a story");
        String sha = PublicationLedger.sha256(file);
        published("a-story-1");
        Path log = Files.createDirectories(tmp.resolve(".state")).resolve("published.jsonl");
        Files.writeString(log, "{\"file\":\"a.txt\",\"sha256\":\"" + sha + "\",\"slug\":\"a-story-1\"}\n"
                + "{\"file\":\"b.txt\",\"sha256\":\"00", StandardCharsets.UTF_8);

        PublicationLedger ledger = new PublicationLedger(tmp);
        assertEquals("a-story-1", ledger.publishedAs(ledger.admit(file)));
        assertTrue(Files.readString(log).endsWith("\"slug\":\"a-story-1\"}\n"), "the torn line is cut off");
    }

    @Test
    void bytesArePublishedOnlyWhileTheirFolderExistsAndTheirNameStillHoldsThem() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        Path first = Files.writeString(input.resolve("a.txt"), "first version");
        PublicationLedger ledger = new PublicationLedger(tmp);
        PublicationLedger.Drop drop = ledger.admit(first);
        assertNull(ledger.publishedAs(drop));
        published("a-1");
        ledger.record(drop, article("a-1", "a.txt"));
        PublicationLedger.Drop again = ledger.admit(first);
        assertEquals("a-1", ledger.publishedAs(again));
        ledger.release(again);

        Path second = Files.writeString(input.resolve("a.txt"), "second version");
        PublicationLedger.Drop correction = ledger.admit(second);
        ledger.record(correction, article("a-1", "a.txt"));
        PublicationLedger.Drop reverted = ledger.admit(Files.writeString(input.resolve("a.txt"), "first version"));
        assertNull(ledger.publishedAs(reverted), "the first version is no longer what a.txt publishes");
        ledger.release(reverted);
        assertEquals("a-1", new PublicationLedger(tmp).publishedAs(correction), "read back after a restart");
    }

    @Test
    void aDropWaitsForAnEarlierDropOfTheSameBytes() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        Path a = Files.writeString(input.resolve("a.txt"), "same");
        Path b = Files.writeString(input.resolve("b.txt"), "same");
        PublicationLedger ledger = new PublicationLedger(tmp);
        PublicationLedger.Drop earlier = ledger.admit(a);
        PublicationLedger.Drop later = ledger.admit(b);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return ledger.publishedAs(later);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNull(ledger.publishedAs(earlier));
        published("same-1");
        ledger.record(earlier, article("same-1", "a.txt"));
        assertEquals("same-1", answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCompactionCutShortByAKillLeavesTheLogWholeAndNoTemporaryFile() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        Path file = Files.writeString(input.resolve("a.txt"), "a story");
        String sha = PublicationLedger.sha256(file);
        published("a-story-1");
        Path state = Files.createDirectories(tmp.resolve(".state"));
        Files.writeString(state.resolve("published.jsonl"),
                "{\"file\":\"a.txt\",\"sha256\":\"" + sha + "\",\"slug\":\"a-story-1\"}\n", StandardCharsets.UTF_8);
        Files.writeString(state.resolve("published.jsonl.tmp"), "{\"file\":\"a.t", StandardCharsets.UTF_8);

        PublicationLedger ledger = new PublicationLedger(tmp);
        assertEquals("a-story-1", ledger.publishedAs(ledger.admit(file)));
        try (java.util.stream.Stream<Path> files = Files.list(state)) {
            assertEquals(java.util.List.of("published.jsonl"), files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
