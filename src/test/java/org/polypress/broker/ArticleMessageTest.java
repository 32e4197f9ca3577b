package org.polypress.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.PolypressConfiguration;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.render.RenditionSet;
import org.polypress.render.Renditions;
import org.polypress.testing.PipelineStages;

/**
 * What a worker renders from an ingest node's message is what a standalone service renders from the article
 * itself: every rendition byte for byte, for every fixture article and for a Word document with a picture (whose
 * bytes travel inline). A message over the size limit is refused at the ingest node, and one that is no article
 * at the worker, each with its reason.
 */
class ArticleMessageTest {

    private static final RenditionSet RENDERER = new PolypressConfiguration().renderer();

    @TempDir
    Path tmp;

    @Test
    void everyFixtureArticleRendersFromItsMessageAsFromItself() throws Exception {
        ArticleMessage messages = new ArticleMessage(52_428_800L);
        List<Path> fixtures = new ArrayList<>();
        for (String folder : List.of("golden", "articles", "stories")) {
            try (Stream<Path> files = Files.walk(Path.of("src/test/resources", folder), 2)) {
                files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(fixtures::add);
            }
        }
        assertTrue(fixtures.size() > 20, "fixtures: " + fixtures.size());
        for (Path fixture : fixtures) {
            Article article = PipelineStages.get().recognize(fixture);
            assertSameRenditions(article, messages.read(messages.write(article)), fixture.toString());
        }
    }

    @Test
    void aPictureTravelsInline() throws Exception {
        Path docx = Files.write(tmp.resolve("seed.docx"), OfficeDocuments.docx(null));
        Article article = PipelineStages.get().recognize(docx);
        ArticleMessage messages = new ArticleMessage(52_428_800L);
        Article read = messages.read(messages.write(article));
        Block.Figure figure = read.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        assertArrayEquals(OfficeDocuments.PICTURE, figure.image().bytes());
        assertSameRenditions(article, read, "seed.docx");

        // a limit below the picture: refused at the ingest node, with the reason
        PipelineException refused = assertThrows(PipelineException.class,
                () -> new ArticleMessage(OfficeDocuments.PICTURE.length - 1).write(article));
        assertTrue(refused.getMessage().contains("polypress.broker.max-message-bytes"), refused.getMessage());
    }

    @Test
    void aMessageThatIsNoArticleIsRefusedWithTheReason() {
        ArticleMessage messages = new ArticleMessage(1_000_000);
        for (String body : List.of("{\"not\": \"an article\"}", "not json at all", "{\"article\": {\"slug\": 3}}")) {
            PipelineException refused = assertThrows(PipelineException.class,
                    () -> messages.read(body.getBytes(StandardCharsets.UTF_8)));
            assertTrue(refused.getMessage().contains("not an article"), refused.getMessage());
            // listed with the failed files when dead-lettered: words for a person, no Java class name
            assertFalse(refused.detail().matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*"), refused.detail());
        }
    }

    @Test
    void theVersionsOfAStoryShareAGroupAndAnArticleOfNoStoryIsItsOwn() throws Exception {
        ArticleMessage messages = new ArticleMessage(1_000_000);
        List<String> groups = new ArrayList<>();
        for (String version : List.of("kazakhstan.en.txt", "kazakhstan.ar.txt", "kazakhstan.zh.txt")) {
            groups.add(messages.group(PipelineStages.get().recognize(Path.of("src/test/resources/stories", version))));
        }
        assertEquals(List.of("kazakhstan", "kazakhstan", "kazakhstan"), groups);
        Path single = Path.of("src/test/resources/articles/ko/yonhap-busan-tsushima-ferry.txt");
        Article article = PipelineStages.get().recognize(single);
        assertEquals(article.slug(), messages.group(article));
    }

    private static void assertSameRenditions(Article expected, Article actual, String what) throws PipelineException,
            IOException {
        Renditions want = RENDERER.render(expected);
        Renditions got = RENDERER.render(actual);
        assertEquals(want.files().stream().map(Renditions.File::name).toList(),
                got.files().stream().map(Renditions.File::name).toList(), what);
        for (int i = 0; i < want.files().size(); i++) {
            assertArrayEquals(want.files().get(i).bytes(), got.files().get(i).bytes(),
                    what + ": " + want.files().get(i).name());
        }
    }
}
