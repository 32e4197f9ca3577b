package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one check between a name from a URL and the file system. */
class PublishedFilesTest {

    @TempDir
    Path tmp;

    @Test
    void onlySlugsResolveAndOnlyInsideTheOutputFolder() throws Exception {
        Path output = Files.createDirectories(tmp.resolve("output"));
        Files.createDirectories(output.resolve("a-headline-1a2b3c4d"));
        Files.writeString(output.resolve("a-headline-1a2b3c4d/article.md"), "x");
        Files.createDirectories(output.resolve("story-kazakhstan"));
        Files.writeString(output.resolve("story-kazakhstan/story.epub"), "x");
        Files.writeString(tmp.resolve("article.md"), "outside");
        PublishedFiles files = new PublishedFiles(output);

        assertEquals(Optional.of(output.resolve("a-headline-1a2b3c4d/article.md")),
                files.article("a-headline-1a2b3c4d", Format.MD));
        assertEquals(Optional.empty(), files.article("a-headline-1a2b3c4d", Format.EPUB), "not published");
        assertEquals(Optional.of(output.resolve("story-kazakhstan/story.epub")), files.story("kazakhstan"));
        for (String name : List.of("..", ".", "", "../output/a-headline-1a2b3c4d", "/etc", "a/b", "a\\b", "a\0b",
                "A-Headline", "-a", "a-", "%2e%2e", "a headline", ".staging-a", "ａ")) {
            assertFalse(PublishedFiles.isSlug(name), name);
            assertEquals(Optional.empty(), files.article(name, Format.MD), name);
            assertEquals(Optional.empty(), files.story(name), name);
        }
        assertTrue(PublishedFiles.isSlug("kazakhstan-china-6e8d3f80"));
    }

    @Test
    void linkOutOfTheOutputFolderIsNotFollowed() throws Exception {
        Path output = Files.createDirectories(tmp.resolve("output"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("article.md"), "outside");
        Files.createSymbolicLink(output.resolve("linked-00000000"), outside);
        assertEquals(Optional.empty(), new PublishedFiles(output).article("linked-00000000", Format.MD));
    }
}
