package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Direction;
import org.polypress.model.Image;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.model.Source;
import org.polypress.render.jsonld.JsonLdRenderer;
import org.polypress.testing.MarkupHeavyTexts;
import org.polypress.testing.SampleArticles;

/** The page an article is read in: every text of the article shows as written, never as markup. */
class ReadPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "</script><script>alert(2)</script>",
            "<img src=x onerror=alert(3)>", "\" onmouseover=\"alert(4)", "<!-- x", "]]> &amp; &lt;b&gt;",
            "</title><style>body{display:none}</style>", "\u2028</SCRIPT >\u2029", "<a href=javascript:alert(5)>x</a>");

    private static Article hostile(String text) {
        return new Article("0123456789abcdef", "hostile", "en", "Latn", Direction.LTR, text, text,
                new Byline(text, List.of(text), text), null, new Published(text, "2024-07-05T14:38:00+08:00"),
                List.of(new Block.Paragraph(text), new Block.Heading(2, text), new Block.Quote(text),
                        new Block.Figure(text, text, new Image("images/0123456789abcdef.jpg", "image/jpeg", 10, 10, text)),
                        new Block.ListBlock(false, List.of(text, "b"))),
                List.of(new Credit(text, Role.EDITOR, text)), List.of(text),
                new Source(text + ".txt", "text/plain", "UTF-8", 100, "0".repeat(64), 10L, List.of()), 3);
    }

    private static String page(Article article) throws Exception {
        return new ReadPage().render(article, ScriptData.of(new JsonLdRenderer().render(article)));
    }

    @Test
    void hostileTextEverywhereReadsBackAsTheSameTextAndRunsNothing() throws Exception {
        for (String text : HOSTILE) {
            Article article = hostile(text);
            String html = page(article);
            Document page = Jsoup.parse(html);
            assertEquals(text, page.title(), html);
            assertEquals(text, page.selectFirst("h1").text());
            assertEquals(text, page.selectFirst("p.subtitle").text());
            assertEquals(text, page.selectFirst("p.byline").text());
            assertEquals(text, page.selectFirst("p.published time").attr("title"));
            assertEquals(text, page.selectFirst("article h2").text());
            assertEquals(text, page.selectFirst("blockquote").text());
            assertEquals(text, page.selectFirst("figure img").attr("alt"));
            assertEquals(text + " " + text, page.selectFirst("figcaption").text());
            assertEquals(text, page.selectFirst("figcaption span.credit").text());
            assertEquals(text, page.selectFirst("ul:not(.credited) li").text());
            assertEquals(text, page.selectFirst("ul.credited span.name").text());
            assertEquals(text, page.selectFirst("p.note").text());
            // only the page's own elements: its JSON-LD, its script, one stylesheet, one picture
            assertEquals(2, page.select("script").size(), html);
            assertEquals(1, page.select("script[type=application/ld+json]").size(), html);
            assertEquals(List.of(Site.SCRIPT), page.select("script[src]").eachAttr("src"));
            assertEquals(1, page.select("style").size(), html);
            assertEquals(1, page.select("img").size(), html);
            assertTrue(page.select("[onerror], [onmouseover], a[href^=javascript]").isEmpty(), html);
        }
    }

    @Test
    void jsonLdInThePageIsTheRenditionsAndNoTextOfItEndsTheScript() throws Exception {
        for (String text : HOSTILE) {
            Article article = hostile(text);
            String html = page(article);
            Element script = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
            assertNotNull(script, html);
            String data = script.data();
            assertFalse(data.contains("<") || data.contains(">") || data.contains("&"), data);
            assertFalse(data.contains("\u2028") || data.contains("\u2029"), data);
            JsonNode embedded = JSON.readTree(data);
            assertEquals(JSON.readTree(new JsonLdRenderer().render(article)), embedded);
            assertEquals(text, embedded.get("headline").asText());
        }
        // written raw, as an unescaped writer would, the script would end at the headline's </script>
        String raw = new String(new JsonLdRenderer().render(hostile(HOSTILE.get(1))), StandardCharsets.UTF_8);
        assertTrue(raw.contains("</script>"), "the case tests something");
    }

    @Test
    void rightToLeftArticleIsLaidOutRightToLeftAndThePagesOwnWordsLeftToRight() throws Exception {
        Article arabic = SampleArticles.cnnArabic();
        Document page = Jsoup.parse(page(arabic));
        Element html = page.selectFirst("html");
        assertEquals("ar", html.attr("lang"));
        assertEquals("rtl", html.attr("dir"));
        assertEquals(arabic.title(), page.selectFirst("h1").text());
        assertEquals("ltr", page.selectFirst("nav").attr("dir"));
        assertEquals("en", page.selectFirst("nav").attr("lang"));
        assertEquals("2024-07-09T17:45:00Z", page.selectFirst("p.published time").attr("datetime"));
        assertEquals("2024-07-09 17:45 UTC", page.selectFirst("p.published time").text(), "in UTC until the script runs");
        assertEquals(arabic.published().text(), page.selectFirst("p.published time").attr("title"));
        assertEquals("From arabic-sample.html (html)", page.selectFirst("p.source").text());
        assertEquals("ltr", Jsoup.parse(page(SampleArticles.plain())).selectFirst("html").attr("dir"));
    }

    @Test
    void bodyFiguresCreditsAndDownloadsAreAllThere() throws Exception {
        Article article = SampleArticles.peoplesDailyEnglish();
        Document page = Jsoup.parse(page(article));
        List<String> paragraphs = article.body().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertEquals(paragraphs, page.select("article > p").eachText());
        assertEquals(SampleArticles.headings(article).stream().map(Block.Heading::text).toList(),
                page.select("article > h2, article > h3").eachText());
        List<Block.Figure> figures = article.figures();
        assertEquals(figures.size(), page.select("figure").size());
        for (int i = 0; i < figures.size(); i++) {
            Element caption = page.select("figure").get(i).selectFirst("figcaption");
            if (figures.get(i).credit() != null) {
                assertEquals(figures.get(i).credit(), caption.selectFirst("span.credit").text());
            }
        }
        assertEquals(article.credits().stream().map(Credit::name).toList(), page.select("ul.credited span.name").eachText());
        assertEquals(article.notes(), page.select("p.note").eachText());
        assertEquals(List.of("/", "/articles/" + article.slug() + ".md", "/articles/" + article.slug() + ".json",
                "/articles/" + article.slug() + ".epub", "/articles/" + article.slug() + ".ninjs.json",
                "/articles/" + article.slug() + ".jsonld"), page.select("nav a").eachAttr("href").subList(0, 6));
    }

    @Test
    void markupHeavyTextsOfThePipelineTestsAreShownAsWritten() throws Exception {
        Random random = new Random(9110);
        for (int i = 0; i < 200; i++) {
            String text = MarkupHeavyTexts.next(random);
            Document page = Jsoup.parse(page(hostile(text)));
            assertEquals(text, page.selectFirst("article > p").wholeText());
            assertEquals(text, JSON.readTree(page.selectFirst("script[type=application/ld+json]").data())
                    .get("headline").asText());
        }
    }
}
