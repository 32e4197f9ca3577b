package org.polypress.serve;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Direction;

/**
 * One published article as an HTML page to read in the browser ({@code GET /read/<slug>}): in its language and
 * direction, headline, subtitle, byline, date, the body's paragraphs, subheadings, quotes, lists and figures with
 * their captions and credits, the people credited and the credit lines, the links to its renditions, and its
 * JSON-LD for the machines. Built as a jsoup document from the article read back from its {@code article.json}:
 * every text is set as text or as an attribute, which jsoup escapes when it prints; the JSON-LD goes through
 * {@link ScriptData}. The page's own words (links, labels) are English, marked so.
 */
final class ReadPage {

    static final String STYLE = String.join("\n",
            "body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC','Noto Naskh Arabic',sans-serif;margin:2rem auto;"
                    + "max-width:42rem;padding:0 1rem;color:#222;line-height:1.55}",
            "nav{font-size:.9rem;margin-bottom:1.5rem}",
            "nav a{margin-inline-end:.8rem}",
            "figure{margin:1.5rem 0}",
            "figure img{max-width:100%;height:auto}",
            "figcaption{font-size:.9rem;color:#555}",
            ".byline,.published,.source{color:#555}",
            "section.credits{border-top:1px solid #ddd;margin-top:2rem;font-size:.9rem}");

    /**
     * The page of {@code article}.
     *
     * @param jsonLd the article's {@code article.jsonld} as {@link ScriptData} wrote it for a script element, or
     *               null when there is none
     */
    String render(Article article, String jsonLd) {
        Document page = new Document("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", article.language())
                .attr("dir", article.direction() == Direction.RTL ? "rtl" : "ltr");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(article.title());
        head.appendElement("style").appendChild(new DataNode(STYLE));
        if (jsonLd != null) {
            head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(jsonLd));
        }
        head.appendElement("script").attr("src", Site.SCRIPT).attr("defer", true);
        Element body = html.appendElement("body");
        navigation(body, article);
        Element main = body.appendElement("main").appendElement("article");
        header(main, article);
        for (Block block : article.body()) {
            block(main, block, article.slug());
        }
        credits(main, article);
        return page.outerHtml();
    }

    private static void navigation(Element body, Article article) {
        Element nav = body.appendElement("nav").attr("lang", "en").attr("dir", "ltr");
        nav.appendElement("a").attr("href", "/").addClass("home").text("← Published articles");
        for (Format format : Format.values()) {
            nav.appendElement("a").attr("href", "/articles/" + article.slug() + "." + format.extension())
                    .addClass(format.name().toLowerCase(Locale.ROOT)).text("." + format.extension());
        }
        if (article.translationKey() != null) {
            nav.appendElement("a").attr("href", PublishedFiles.storyLink(article.translationKey()))
                    .addClass("story-epub").text("all languages (EPUB)");
        }
        for (var translation : article.translations()) {
            if (PublishedFiles.isSlug(translation.slug())) {
                nav.appendElement("a").attr("href", "/read/" + translation.slug()).addClass("translation")
                        .attr("hreflang", translation.language()).text(translation.language());
            }
        }
    }

    private static void header(Element main, Article article) {
        Element header = main.appendElement("header");
        header.appendElement("h1").text(article.title());
        if (article.subtitle() != null && !article.subtitle().isBlank()) {
            header.appendElement("p").addClass("subtitle").text(article.subtitle());
        }
        if (article.byline() != null && article.byline().text() != null && !article.byline().text().isBlank()) {
            header.appendElement("p").addClass("byline").text(article.byline().text());
        }
        if (article.published() != null) {
            ShownDate.append(header.appendElement("p").addClass("published"), article.published().text(),
                    article.published().iso());
        }
        header.appendElement("p").addClass("source").attr("lang", "en").attr("dir", "ltr")
                .text("From " + article.source().fileName() + " (" + SourceFormat.of(article.source().fileName()) + ")");
    }

    private static void block(Element main, Block block, String slug) {
        if (block instanceof Block.Paragraph paragraph) {
            main.appendElement("p").text(paragraph.text());
        } else if (block instanceof Block.Heading heading) {
            main.appendElement("h" + heading.level()).text(heading.text());
        } else if (block instanceof Block.Quote quote) {
            main.appendElement("blockquote").appendElement("p").text(quote.text());
        } else if (block instanceof Block.ListBlock list) {
            Element items = main.appendElement(list.ordered() ? "ol" : "ul");
            list.items().forEach(item -> items.appendElement("li").text(item));
        } else if (block instanceof Block.Figure figure) {
            figure(main, figure, slug);
        }
    }

    private static void figure(Element main, Block.Figure figure, String slug) {
        Element element = main.appendElement("figure");
        if (figure.image() != null && org.polypress.model.Image.isPublishedPath(figure.image().path())) {
            element.appendElement("img").attr("src", "/read/" + slug + "/images/" + figure.image().fileName())
                    .attr("alt", figure.image().alt() == null ? "" : figure.image().alt());
        }
        if (figure.caption() != null || figure.credit() != null) {
            Element caption = element.appendElement("figcaption");
            if (figure.caption() != null) {
                caption.appendText(figure.caption());
            }
            if (figure.credit() != null) {
                caption.appendText(figure.caption() != null ? " " : "");
                caption.appendElement("span").addClass("credit").text(figure.credit());
            }
        }
    }

    private static void credits(Element main, Article article) {
        List<Credit> credited = article.credits();
        if (credited.isEmpty() && article.notes().isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("credits");
        if (!credited.isEmpty()) {
            Element list = section.appendElement("ul").addClass("credited");
            for (Credit credit : credited) {
                Element item = list.appendElement("li");
                item.appendElement("span").addClass("name").text(credit.name());
                item.appendElement("span").addClass("role").attr("lang", "en").attr("dir", "ltr")
                        .text(" · " + credit.role().name().toLowerCase(Locale.ROOT));
            }
        }
        for (String note : article.notes()) {
            section.appendElement("p").addClass("note").text(note);
        }
    }
}
