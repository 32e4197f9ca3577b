package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.render.Renditions;
import org.polypress.testing.PipelineStages;
import org.polypress.testing.PublishedFolderAssertion;

class ArticlePublisherTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");

    @TempDir
    Path output;

    private List<String> entries() throws Exception {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void renditionsAreWrittenIntoTheSlugFolderWithNothingLeftBeside() throws Exception {
        Renditions renditions = PipelineStages.get().convert(SEED);
        Path folder = new ArticlePublisher(output).publish(renditions);
        assertEquals(List.of(renditions.article().slug()), entries());
        for (Renditions.File file : renditions.files()) {
            assertArrayEquals(file.bytes(), Files.readAllBytes(folder.resolve(file.name())));
        }
        PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
    }

    @Test
    void publishedFolderIsReadableByOthersLikeAnyFolderMadeHere() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(output.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = new ArticlePublisher(output).publish(PipelineStages.get().convert(SEED));
        Path reference = Files.createDirectory(output.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(folder),
                "the article folder takes the umask, as a web server serving output/ needs");
    }

    @Test
    void publishingAgainReplacesTheWholeFolder() throws Exception {
        Renditions renditions = PipelineStages.get().convert(SEED);
        ArticlePublisher publisher = new ArticlePublisher(output);
        Path folder = publisher.publish(renditions);
        Files.writeString(folder.resolve("stale.txt"), "from an earlier version", StandardCharsets.UTF_8);
        publisher.publish(renditions);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("article.epub", "article.json", "article.jsonld", "article.md", "article.ninjs.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(renditions.article().slug()), entries(), "no staging or retired folder is left");
    }

    @Test
    void whatAKilledPublicationLeftBehindIsRemovedAtStartUp() throws Exception {
        Renditions renditions = PipelineStages.get().convert(SEED);
        String slug = renditions.article().slug();
        new ArticlePublisher(output).publish(renditions);
        // killed while staging a new article, after putting a new version of this one in place, and while
        // writing a story's file
        Path staging = Files.createDirectories(output.resolve(".staging-other-" + java.util.UUID.randomUUID()));
        Files.write(staging.resolve("article.md"), new byte[] {'#', ' '});
        Path retired = Files.createDirectories(output.resolve(".retired-" + slug + "-" + java.util.UUID.randomUUID()));
        Files.writeString(retired.resolve("article.md"), "the version before");
        Path story = Files.createDirectories(output.resolve("story-kazakhstan"));
        Files.writeString(story.resolve("story.epub"), "the story as published");
        Files.writeString(story.resolve(".story.epub-" + java.util.UUID.randomUUID() + ".staging"), "half a");

        new ArticlePublisher(output).recoverInterruptedPublications();

        assertEquals(List.of(slug, "story-kazakhstan"), entries());
        try (Stream<Path> files = Files.list(story)) {
            assertEquals(List.of("story.epub"), files.map(f -> f.getFileName().toString()).toList());
        }
        PublishedFolderAssertion.assertPublishedFolderIsComplete(output.resolve(slug));
    }

    @Test
    void recoveryNeverRemovesAnythingThroughALinkIntoTheOutputFolder(@TempDir Path elsewhere) throws Exception {
        // someone else's folder, linked into output/ as a story's and as a staging folder's name
        Path theirs = Files.createDirectories(elsewhere.resolve("theirs"));
        Path staged = Files.writeString(theirs.resolve(".story.epub-" + java.util.UUID.randomUUID() + ".staging"), "theirs");
        Path kept = Files.writeString(theirs.resolve("notes.txt"), "theirs");
        Files.createSymbolicLink(output.resolve("story-linked"), theirs);
        Files.createSymbolicLink(output.resolve(".staging-linked-" + java.util.UUID.randomUUID()), theirs);

        new ArticlePublisher(output).recoverInterruptedPublications();

        assertTrue(Files.isRegularFile(staged), "a file in a linked folder is not ours to remove");
        assertTrue(Files.isRegularFile(kept));
        assertEquals(List.of("story-linked"), entries(), "the linked staging name itself is removed, not what it points at");
    }

    @Test
    void aFolderRetiredRightBeforeItsNewVersionWasPutInPlaceIsPutBack() throws Exception {
        Renditions renditions = PipelineStages.get().convert(SEED);
        String slug = renditions.article().slug();
        Path folder = new ArticlePublisher(output).publish(renditions);
        byte[] epub = Files.readAllBytes(folder.resolve("article.epub"));
        // killed between the two renames of a replacement: the old version moved aside, the new one staged
        Files.move(folder, output.resolve(".retired-" + slug + "-" + java.util.UUID.randomUUID()));
        Files.createDirectories(output.resolve(".staging-" + slug + "-" + java.util.UUID.randomUUID()));

        new ArticlePublisher(output).recoverInterruptedPublications();

        assertEquals(List.of(slug), entries(), "the article is back where readers find it, nothing hidden beside it");
        assertArrayEquals(epub, Files.readAllBytes(folder.resolve("article.epub")));
        PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
    }
}
