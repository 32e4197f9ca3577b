package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.polypress.testing.MarkupHeavyTexts;

/** The list page escapes every value it shows: hostile text read back from the page is the same text. */
class ListPageTest {

    private static ArticleEntry entry(String slug, String title, List<String> authors, String date) {
        return new ArticleEntry("0".repeat(32), slug, title, "en", "ltr", date, null, authors, null, "x.txt");
    }

    @Test
    void hostileTitlesAuthorsAndDatesReadBackAsTheSameText() {
        List<String> hostile = List.of("<img src=x onerror=alert(1)>", "</td></tr></table><script>alert(1)</script>",
                "\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)", "&amp; &lt;b&gt; &#60;", "<!-- x -->",
                "]]><![CDATA[", "<style>body{display:none}</style>", "<a href=javascript:alert(1)>x</a>");
        for (String text : hostile) {
            String html = new ListPage().render(List.of(entry("a-00000000", text, List.of(text, "B"), text)), null);
            Document page = Jsoup.parse(html);
            Element row = page.selectFirst("tr.article");
            assertEquals(text, row.selectFirst("td.title").text(), html);
            assertEquals(text + ", B", row.selectFirst("td.authors").text(), html);
            assertEquals(text, row.selectFirst("td.date").text(), html);
            assertTrue(page.select("img, td a[href^=javascript]").isEmpty(), html);
            // no script but the page's own, from this server
            assertEquals(List.of(Site.SCRIPT), page.select("script").eachAttr("src"), html);
            assertEquals(1, page.select("script").size(), html);
            assertEquals(1, page.select("style").size(), "only the page's own stylesheet");
            assertEquals(1, page.select("table").size(), html);
        }
    }

    @Test
    void markupHeavyTextsOfThePipelineTestsAreShownAsWritten() {
        java.util.Random random = new java.util.Random(6266);
        for (int i = 0; i < 200; i++) {
            String text = MarkupHeavyTexts.next(random);
            Document page = Jsoup.parse(new ListPage().render(List.of(entry("a-00000000", text, List.of(), null)), null));
            assertEquals(text, page.selectFirst("td.title").wholeText());
        }
    }

    @Test
    void aLongListIsReadPageByPageWithItsLanguageAndSearchKept() {
        List<ArticleEntry> five = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(entry("tram-" + i, "Tram line " + i, List.of("Jane Roe"), null));
        }
        ArticleQuery query = ArticleQuery.parse("tram line", "en", null, null, null, ArticleQuery.MAX_LIMIT);
        Document second = Jsoup.parse(new ListPage().render(five, query, "tram line", 2, 2));
        assertEquals(List.of("tram-3", "tram-4"), second.select("tr.article").eachAttr("data-slug"));
        assertEquals("Articles 3–4 of 5", second.selectFirst("nav.pages .count").text());
        assertEquals("/?page=1&lang=en&q=tram+line", second.selectFirst("nav.pages a[rel=prev]").attr("href"));
        assertEquals("/?page=3&lang=en&q=tram+line", second.selectFirst("nav.pages a[rel=next]").attr("href"));
        Document last = Jsoup.parse(new ListPage().render(five, query, "tram line", 3, 2));
        assertEquals(List.of("tram-5"), last.select("tr.article").eachAttr("data-slug"));
        assertTrue(last.select("nav.pages a[rel=next]").isEmpty(), "the last page links to no later one");
        Document beyond = Jsoup.parse(new ListPage().render(five, query, "tram line", 9, 2));
        assertTrue(beyond.select("tr.article").isEmpty());
        assertEquals("No page 9: 5 articles on 3 pages", beyond.selectFirst("nav.pages .count").text());
        assertEquals("/?page=3&lang=en&q=tram+line", beyond.selectFirst("nav.pages a[rel=prev]").attr("href"));
    }

    @Test
    void hostileFailedFileNamesAndReasonsReadBackAsTheSameText() {
        List<String> hostile = List.of("<img src=x onerror=alert(1)>", "</td></tr></table><script>alert(1)</script>",
                "\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)", "&amp; &lt;b&gt; &#60;", "<!-- x -->",
                "</form><form action=https://evil.example>", "<a href=javascript:alert(1)>x</a>");
        ArticleQuery all = ArticleQuery.parse(null, null, null, null, null, ArticleQuery.MAX_LIMIT);
        for (String text : hostile) {
            FailedFiles.Failure failure = new FailedFiles.Failure(text + ".txt", text + ".txt", text, text, text,
                    "2026-11-28T18:49:11.446956941Z");
            String html = new ListPage().render(List.of(), all, null, 1, 50, List.of(failure));
            Document page = Jsoup.parse(html);
            Element row = page.selectFirst("section.failed tr.failure");
            assertEquals(text + ".txt", row.attr("data-name"), html);
            assertEquals(text + ".txt", row.selectFirst("td.file").text(), html);
            assertEquals(text, row.selectFirst("td.stage").text(), html);
            assertEquals(text, row.selectFirst("td.reason .why").text(), html);
            assertEquals(text, row.selectFirst("td.reason .detail").text(), html);
            assertEquals(text, row.selectFirst("td.reason").attr("title"), html);
            assertEquals("2026-11-28T18:49:11.446956941Z", row.selectFirst("td.time time").attr("datetime"));
            // the retry names the file in a hidden field of a form that posts to this server, and nowhere else
            Element retry = row.selectFirst("td.retry form");
            assertEquals("post", retry.attr("method"));
            assertEquals("/failed/retry", retry.attr("action"));
            assertEquals(text + ".txt", retry.selectFirst("input[type=hidden][name=name]").val());
            assertEquals(List.of("/", "/upload", "/failed/retry"), page.select("form").eachAttr("action"), html);
            assertTrue(page.select("img, a[href^=javascript]").isEmpty(), html);
            assertEquals(List.of(Site.SCRIPT), page.select("script").eachAttr("src"), html);
            assertEquals(1, page.select("script").size(), html);
            assertEquals("Could not be published (1)", page.selectFirst("section.failed h2").text());
        }
    }

    @Test
    void aFileKeptUnderANumberedNameShowsTheNameItWasDroppedAs() {
        FailedFiles.Failure failure = new FailedFiles.Failure("story-2.txt", "story.txt", "ingest", "The file is empty",
                "story.txt has 0 bytes", "2026-11-28T18:49:11Z");
        Document page = Jsoup.parse(new ListPage().render(List.of(), ArticleQuery.parse(null, null, null, null, null,
                ArticleQuery.MAX_LIMIT), null, 1, 50, List.of(failure)));
        assertEquals("story.txt (kept as story-2.txt)", page.selectFirst("tr.failure td.file").text());
        assertEquals("story-2.txt", page.selectFirst("tr.failure input[name=name]").val());
        assertFalse(page.select("p.empty").isEmpty(), "nothing is published yet, and the failure is shown");
    }

    @Test
    void anArticleOnTheDeadLetterQueueIsListedWithTheFailedFilesAndNamesItsQueueInsteadOfARetry() {
        FailedFiles.Failure file = new FailedFiles.Failure("empty.txt", "empty.txt", "ingest", "The file is empty", "",
                "2026-11-28T18:49:11Z");
        FailedFiles.Failure dead = new FailedFiles.Failure("9f86d081", "poison.json", "render",
                "The broker's message is not an article Polypress wrote", "no article in the message",
                "2026-11-28T18:50:00Z", "polypress.articles.failed");
        Document page = Jsoup.parse(new ListPage().render(List.of(), ArticleQuery.parse(null, null, null, null, null,
                ArticleQuery.MAX_LIMIT), null, 1, 50, List.of(dead, file)));
        assertEquals("Could not be published (2)", page.selectFirst("section.failed h2").text());
        Element row = page.selectFirst("section.failed tr.failure.dead-letter");
        assertEquals("poison.json", row.selectFirst("td.file").text(), "the file it was dropped as, no other name");
        assertEquals("render", row.selectFirst("td.stage").text());
        assertEquals("The broker's message is not an article Polypress wrote", row.selectFirst("td.reason .why").text());
        assertEquals("2026-11-28T18:50:00Z", row.selectFirst("td.time time").attr("datetime"));
        assertEquals("Dead letter, on the broker's queue polypress.articles.failed", row.selectFirst("td.queue").text());
        assertTrue(row.select("form").isEmpty(), "its file is not in this drop folder: nothing to give back");
        assertEquals(List.of("empty.txt"), page.select("section.failed input[name=name]").eachAttr("value"),
                "the failed file keeps its retry");
    }

    @Test
    void aHundredFailedFilesAreShownTheRestLinkedAsJson() {
        List<FailedFiles.Failure> failures = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            failures.add(new FailedFiles.Failure("f" + i + ".txt", "f" + i + ".txt", "ingest", "The file is empty", "",
                    "2026-11-28T18:49:11Z"));
        }
        Document page = Jsoup.parse(new ListPage().render(List.of(), ArticleQuery.parse(null, null, null, null, null,
                ArticleQuery.MAX_LIMIT), null, 1, 50, failures));
        assertEquals(ListPage.FAILURES_SHOWN, page.select("tr.failure").size());
        assertEquals("Could not be published (130)", page.selectFirst("section.failed h2").text());
        assertEquals("The 100 newest are shown; all 130 are listed as JSON.", page.selectFirst("section.failed p.more").text());
        assertEquals("/api/failed", page.selectFirst("section.failed p.more a").attr("href"));
    }

    @Test
    void theUploadFormPostsOneFileAsMultipartAndNoFailedSectionShowsWithoutFailures() {
        Document page = Jsoup.parse(new ListPage().render(List.of(entry("a-00000000", "A", List.of(), null)), null));
        Element form = page.selectFirst("form.upload");
        assertEquals("post", form.attr("method"));
        assertEquals("/upload", form.attr("action"));
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals(List.of("file"), form.select("input").eachAttr("name"));
        assertEquals("file", form.selectFirst("input").attr("type"));
        assertTrue(page.select("section.failed").isEmpty());
    }

    @Test
    void emptyFolderSaysNothingIsPublishedYet() {
        Document page = Jsoup.parse(new ListPage().render(List.of(), null));
        assertFalse(page.select("p.empty").isEmpty());
        assertTrue(page.select("table").isEmpty());
    }
}
