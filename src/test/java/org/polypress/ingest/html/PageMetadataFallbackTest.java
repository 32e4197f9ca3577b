package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.model.Article;
import org.polypress.model.Block;
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

    /**
     * A newsroom's short sign after each author's name in the metadata ("Nadia Ferreira (nf)") is no part of it: the
     * JSON-LD page above, its authors signed so.
     */
    @Test
    void authorsShortSignsInTheMetadataAreLeftOffTheirNames(@TempDir Path dir) throws Exception {
        String page = Files.readString(PAGES.resolve("json-ld-only.html"))
                .replace("\"Nadia Ferreira\"", "\"Nadia Ferreira (nf)\"")
                .replace("\"Tomas Lindqvist\"", "\"Tomas Lindqvist (tli.)\"");
        assertTrue(page.contains("(nf)") && page.contains("(tli.)"), "the page signs its authors");
        Path signed = Files.writeString(dir.resolve("json-ld-short-signs.html"), page);
        Article article = PipelineStages.get().recognize(signed);
        assertEquals(List.of("Nadia Ferreira", "Tomas Lindqvist"), article.authors());
    }

    /**
     * An author stated with a title and the site's address after the name between commas ("Nadia Ferreira, dean of
     * the law faculty, example.org") is the one person.
     */
    @Test
    void titleAndSiteAddressAfterAStatedAuthorsNameAreNoAuthors(@TempDir Path dir) throws Exception {
        String page = Files.readString(PAGES.resolve("json-ld-only.html"))
                .replace("[{\"@type\": \"Person\", \"name\": \"Nadia Ferreira\"}, {\"@type\": \"Person\", \"name\": "
                        + "\"Tomas Lindqvist\"}]", "[{\"@type\": \"Person\", \"name\": \"Nadia Ferreira, dean of the "
                        + "law faculty, example.org\"}]");
        assertTrue(page.contains("dean of the law faculty"), "the page states the author so");
        Path stated = Files.writeString(dir.resolve("json-ld-affiliation.html"), page);
        assertEquals(List.of("Nadia Ferreira"), PipelineStages.get().recognize(stated).authors());
    }

    @Test
    void openGraphTimeAndMetaAuthorStateTheDateAndAuthor() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("meta-tags-only.html"));
        assertEquals("2025-10-17T22:45:00Z", article.published().iso());
        assertEquals(List.of("Callum Reyes"), article.authors());
    }

    /**
     * The page prints its date without a zone; the story's dateline names where it was filed ("SEOUL, March 2"), so
     * the date gets that place's offset. The publication the page names tells nothing: no table of publications.
     */
    @Test
    void placeTheDatelineNamesGivesTheZoneOfAPrintedDate() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("dateline-place-zone.html"));
        assertEquals("2025-03-02T14:05:00+09:00", article.published().iso());
    }

    /**
     * Around the story: "Print | Share" controls, an author box repeating the byline's name ("AFP") after the text, and
     * the house rules standing before the readers' comments. None of them is a paragraph; the byline keeps its
     * one author.
     */
    @Test
    void pageControlsAuthorBoxAndCommentRulesAreNotParagraphs() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("thread-preamble-and-author-box.html"));
        List<String> paragraphs = article.body().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertEquals(4, paragraphs.size(), String.join("\n", paragraphs));
        assertTrue(paragraphs.get(0).startsWith("The row of keepers' cottages"), paragraphs.get(0));
        assertTrue(paragraphs.get(3).startsWith("\"People ask us"), paragraphs.get(3));
        assertEquals(List.of("AFP"), article.authors());
        assertEquals(1, article.credits().size(), article.credits().toString());
    }

    /**
     * What a page states beside the text is kept (issue 13): its canonical address (not the shared one with its
     * tracking parameters), its section, its tags (not the template's keyword list), and its last change, here the
     * "Updated" line the page prints, which does not move the publication date.
     */
    @Test
    void theAddressSectionTagsAndLastChangeThePageStatesAreKept() throws Exception {
        Article article = PipelineStages.get().recognize(PAGES.resolve("stated-page-facts.html"));
        assertEquals("https://news.example.org/local/ferry-timetable-winter", article.metadata().canonicalUrl());
        assertEquals("Local", article.metadata().section());
        assertEquals(List.of("Ferries", "Transport"), article.metadata().keywords());
        assertEquals("2025-10-02T06:30:00+01:00", article.published().iso());
        assertEquals("Updated: October 3, 2025, 18:40", article.metadata().modified().text());
        assertTrue(article.metadata().modified().iso().startsWith("2025-10-03T18:40"),
                article.metadata().modified().iso());
        assertEquals(3, article.body().size(), article.body().toString());
    }

    /** The page's {@code <time datetime>} states 2025-01-01 (a template's date); the printed date wins. */
    @Test
    void dateShownOnThePageWinsOverTheStatedOne() throws Exception {
        Article article = PipelineStages.get().recognize(Path.of("src/test/resources/html-boilerplate",
                "en-harbour-semantic.html"));
        assertEquals("2025-06-03T08:10:00", article.published().iso());
    }
}
