package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.PipelineStages;

/** A web page through the pipeline's stages: what the recognizer makes of the article read out of it. */
class HtmlIngestPipelineTest {

    @TempDir
    Path dir;

    @Test
    void pageIsRecognizedLikeTheArticleItHolds() throws Exception {
        Path page = Files.writeString(dir.resolve("ferry.html"), NewsPages.FERRY, StandardCharsets.UTF_8);
        Article article = PipelineStages.get().recognize(page);
        assertEquals("Island ferry resumes after three-day storm", article.title());
        assertEquals("en", article.language());
        assertEquals("text/html", article.source().mediaType());
        assertEquals(List.of("Ines Marlow"), article.byline().authors());
        assertTrue(article.published().iso().startsWith("2024-03-18T09:15"), article.published().toString());
        assertEquals(List.of("Repairs at the pier"), texts(article, Block.Heading.class));
        assertEquals(List.of("The first crossing leaves the harbour on Monday morning."),
                texts(article, Block.Figure.class));
    }

    @Test
    void epubOfAPageIsClean() throws Exception {
        Path page = Files.writeString(dir.resolve("ferry.html"), NewsPages.FERRY, StandardCharsets.UTF_8);
        EpubCheckAssertion.assertEpubIsValid(PipelineStages.file(PipelineStages.get().convert(page), "article.epub"));
    }

    @Test
    void languageInTheFileNameWinsOverTheHtmlElement() throws Exception {
        Path page = Files.writeString(dir.resolve("ferry.de.html"), NewsPages.FERRY, StandardCharsets.UTF_8);
        assertEquals("de", new ArticleExtractor(1_000_000, 1_000_000).extract(page).statedLanguage());
    }

    private static List<String> texts(Article article, Class<? extends Block> type) {
        return article.body().stream().filter(type::isInstance).map(HtmlIngestPipelineTest::text).toList();
    }

    private static String text(Block block) {
        if (block instanceof Block.Figure figure) {
            return figure.caption();
        }
        return ((Block.Heading) block).text();
    }
}
