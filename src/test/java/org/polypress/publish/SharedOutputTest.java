package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PolypressConfiguration;
import org.polypress.model.Article;
import org.polypress.render.epub.StoryEpubRenderer;
import org.polypress.testing.PipelineStages;

/**
 * Worker nodes sharing one output folder (docs/scaling.md): bytes one worker published are not published again by
 * another (a message delivered again after its worker died having published), a file name published before keeps
 * its folder, what a killed worker left half-done is cleaned up by the next publication, and a story's versions
 * published by different workers link each other.
 */
class SharedOutputTest {

    private static final Path STORIES = Path.of("src/test/resources/stories");

    @TempDir
    Path output;

    private SharedOutput worker() {
        return new SharedOutput(output, 52_428_800L, new PolypressConfiguration().renderer(), new StoryEpubRenderer());
    }

    @Test
    void bytesAnotherWorkerPublishedAreNotPublishedAgain() throws Exception {
        Path file = Path.of("src/test/resources/articles/ko/yonhap-busan-tsushima-ferry.txt");
        Article article = PipelineStages.get().recognize(file);
        String sha = PublicationLedger.sha256(file);
        assertEquals(SharedOutput.Outcome.PUBLISHED, worker().publish(article, sha));
        Path json = output.resolve(article.slug()).resolve("article.json");
        assertTrue(Files.isRegularFile(json));
        Files.setLastModifiedTime(json, FileTime.fromMillis(1_000_000_000_000L));

        // the same message again, at another worker
        assertEquals(SharedOutput.Outcome.UNCHANGED, worker().publish(article, sha));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(json), "published again");
        assertEquals(1, ledgerLines().size(), String.join("\n", ledgerLines()));
        assertTrue(ledgerLines().get(0).contains(sha) && ledgerLines().get(0).contains(article.slug()));
    }

    @Test
    void aCorrectedFileKeepsTheFolderItWasPublishedInByAnotherWorker() throws Exception {
        Path file = Path.of("src/test/resources/articles/ko/yonhap-busan-tsushima-ferry.txt");
        Article article = PipelineStages.get().recognize(file);
        worker().publish(article, PublicationLedger.sha256(file));
        Article corrected = article.withSlug("a-corrected-headline-0000");
        assertEquals(SharedOutput.Outcome.PUBLISHED, worker().publish(corrected, "f".repeat(64)));
        assertFalse(Files.exists(output.resolve("a-corrected-headline-0000")));
        assertEquals(2, ledgerLines().size());
        assertTrue(ledgerLines().get(1).contains("\"slug\":\"" + article.slug() + "\""), ledgerLines().get(1));
    }

    @Test
    void whatAKilledWorkerLeftHalfDoneIsCleanedUpByTheNextPublication() throws Exception {
        Path staging = Files.createDirectories(output.resolve(".staging-some-article-1234"));
        Files.writeString(staging.resolve("article.md"), "half", StandardCharsets.UTF_8);
        Path file = Path.of("src/test/resources/articles/ko/yonhap-busan-tsushima-ferry.txt");
        worker().publish(PipelineStages.get().recognize(file), PublicationLedger.sha256(file));
        assertFalse(Files.exists(staging), "the staging folder of a killed worker is left");
    }

    @Test
    void theVersionsOfAStoryPublishedByTwoWorkersLinkEachOther() throws Exception {
        SharedOutput first = worker();
        SharedOutput second = worker();
        Article english = PipelineStages.get().recognize(STORIES.resolve("kazakhstan.en.txt"));
        Article arabic = PipelineStages.get().recognize(STORIES.resolve("kazakhstan.ar.txt"));
        first.publish(english, PublicationLedger.sha256(STORIES.resolve("kazakhstan.en.txt")));
        second.publish(arabic, PublicationLedger.sha256(STORIES.resolve("kazakhstan.ar.txt")));
        String englishJson = Files.readString(output.resolve(english.slug()).resolve("article.json"));
        assertTrue(englishJson.contains(arabic.slug()), "the English version links the Arabic one");
        assertTrue(Files.isRegularFile(output.resolve(StoryPublisher.storyFolder(english.translationKey()))
                .resolve(new StoryEpubRenderer().fileName())));
    }

    private List<String> ledgerLines() throws Exception {
        return Files.readAllLines(output.resolve(".state/published.jsonl")).stream().filter(l -> !l.isBlank()).toList();
    }
}
