package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
            assertEquals(List.of("article.epub", "article.json", "article.md"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(renditions.article().slug()), entries(), "no staging or retired folder is left");
    }
}
