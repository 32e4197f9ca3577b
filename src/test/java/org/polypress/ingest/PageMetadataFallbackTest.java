package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.model.Article;
import org.polypress.testing.PipelineStages;

/**
 * Pages whose visible text shows neither a date nor a byline get both from what their metadata states, through
 * the whole chain extract → normalize → recognize.
 */
class PageMetadataFallbackTest {

    private static final Path PAGES = Path.of("src/test/resources/html-metadata");

    @Test
    void jsonLdNewsArticleStatesTheDateAndEveryPersonAuthor() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("json-ld-only.html"));
        assertEquals("2025-04-09T07:20:00+02:00", article.published().iso());
        assertEquals(List.of("Nadia Ferreira", "Tomas Lindqvist"), article.authors());
        assertEquals(3, article.body().size(), article.body().toString());
    }

    @Test
    void openGraphTimeAndMetaAuthorStateTheDateAndAuthor() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("meta-tags-only.html"));
        assertEquals("2025-10-17T22:45:00Z", article.published().iso());
        assertEquals(List.of("Callum Reyes"), article.authors());
    }

    /** The page's {@code <time datetime>} states 2025-01-01 (a template's date); the printed date wins. */
    @Test
    void dateShownOnThePageWinsOverTheStatedOne() throws Exception {
        Article article = PipelineStages.get().recognize(Path.of("src/test/resources/html-boilerplate",
                "en-harbour-semantic.html"));
        assertEquals("2025-06-03T08:10:00", article.published().iso());
    }
}
