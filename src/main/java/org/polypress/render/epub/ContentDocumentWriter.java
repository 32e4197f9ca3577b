package org.polypress.render.epub;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Published;

/**
 * Writes the content document of one article: a header (title, subtitle, byline, date), the body
 * blocks in source order, and the article's credit lines verbatim in a labelled credits section.
 * The single-article EPUB has one ({@code EPUB/article.xhtml}); a story's EPUB has one per language
 * version, each in its own language and direction.
 */
final class ContentDocumentWriter {

    byte[] write(Article article, HeadingAnchors headings) {
        return MarkupWriter.document(xml -> writeDocument(xml, article, headings));
    }

    /**
     * Whether a figure shows anything: its packed picture, its caption or its credit. A figure with none of them
     * (a picture whose file is not in the book, without caption) is left out rather than written empty.
     */
    static boolean isShown(Block.Figure figure) {
        return PackedImages.showsPicture(figure) || hasText(figure.caption()) || hasText(figure.credit());
    }

    private void writeDocument(MarkupWriter xml, Article article, HeadingAnchors headings)
            throws XMLStreamException {
        XhtmlDocumentStart.write(xml, TextLanguage.of(article), article.title());
        xml.start("body").attribute("epub", MarkupWriter.OPS_NS, "type", "bodymatter").newline();
        xml.start("article").newline();
        writeHeader(xml, article);
        writeBody(xml, article, headings);
        writeCredits(xml, article);
        xml.end().newline();
        xml.end().newline();
        xml.end();
    }

    private void writeHeader(MarkupWriter xml, Article article) throws XMLStreamException {
        xml.start("header").newline();
        xml.element("h1", article.title()).newline();
        if (hasText(article.subtitle())) {
            xml.start("p").attribute("class", "subtitle").text(article.subtitle()).end().newline();
        }
        boolean dateInByline = writeByline(xml, article.byline(), article.published());
        if (article.published() != null && !dateInByline) {
            xml.start("p").attribute("class", "published");
            writeTime(xml, article.published(), article.published().text());
            xml.end().newline();
        }
        xml.end().newline();
    }

    /**
     * The byline as written. When the date stands inside it (People's Daily: "By … 14:38, July 05,
     * 2024") that part becomes the {@code time} element, so the date is neither repeated nor lost.
     *
     * @return whether the published date was written inside the byline
     */
    private boolean writeByline(MarkupWriter xml, Byline byline, Published published) throws XMLStreamException {
        if (byline == null || !hasText(byline.text())) {
            return false;
        }
        String text = XmlCharacters.clean(byline.text());
        String date = published == null ? null : XmlCharacters.clean(published.text());
        int at = date == null || date.isBlank() ? -1 : text.indexOf(date);
        xml.start("p").attribute("class", "byline");
        if (at < 0) {
            xml.text(text).end().newline();
            return false;
        }
        xml.text(text.substring(0, at));
        writeTime(xml, published, date);
        xml.text(text.substring(at + date.length())).end().newline();
        return true;
    }

    /** {@code <time>} with the date as written; {@code datetime} only when the date is machine-readable. */
    private void writeTime(MarkupWriter xml, Published published, String text) throws XMLStreamException {
        xml.start("time");
        String datetime = PublicationDates.of(published).datetime();
        if (datetime != null) {
            xml.attribute("datetime", datetime);
        }
        xml.text(text).end();
    }

    private void writeBody(MarkupWriter xml, Article article, HeadingAnchors headings) throws XMLStreamException {
        List<Block> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block instanceof Block.Paragraph paragraph) {
                xml.element("p", paragraph.text()).newline();
            } else if (block instanceof Block.Heading heading) {
                writeHeading(xml, heading, headings, i);
            } else if (block instanceof Block.Figure figure) {
                writeFigure(xml, figure, article.script());
            } else if (block instanceof Block.Quote quote) {
                xml.start("blockquote").start("p").text(quote.text()).end().end().newline();
            } else if (block instanceof Block.ListBlock list) {
                writeList(xml, list);
            }
        }
    }

    /** A heading without text is left out: it would be an empty heading and an empty link. */
    private void writeHeading(MarkupWriter xml, Block.Heading heading, HeadingAnchors headings, int blockIndex)
            throws XMLStreamException {
        var anchor = headings.at(blockIndex);
        if (anchor.isPresent()) {
            xml.start("h" + heading.level()).attribute("id", anchor.get().id()).text(heading.text()).end().newline();
        }
    }

    private void writeFigure(MarkupWriter xml, Block.Figure figure, String script) throws XMLStreamException {
        if (!isShown(figure)) {
            return;
        }
        xml.start("figure").newline();
        if (PackedImages.showsPicture(figure)) {
            // an image without a text alternative is marked as such (alt=""), not left to the file name
            String alt = figure.image().alt();
            xml.empty("img").attribute("src", figure.image().path())
                    .attribute("alt", alt == null ? "" : alt).newline();
        }
        boolean hasCaption = hasText(figure.caption());
        if (hasCaption || hasText(figure.credit())) {
            xml.start("figcaption");
            if (hasCaption) {
                xml.text(figure.caption());
            }
            if (hasText(figure.credit())) {
                writeCredit(xml, figure.credit(), hasCaption, FullWidthPunctuation.usedIn(script));
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    /** After a caption the credit is bracketed as the sources print it: " (Photo …)" or "（…）". */
    private void writeCredit(MarkupWriter xml, String credit, boolean afterCaption, boolean fullWidth)
            throws XMLStreamException {
        if (afterCaption) {
            xml.text(fullWidth ? "（" : " (");
        }
        xml.start("span").attribute("class", "credit").text(credit).end();
        if (afterCaption) {
            xml.text(fullWidth ? "）" : ")");
        }
    }

    private void writeList(MarkupWriter xml, Block.ListBlock list) throws XMLStreamException {
        xml.start(list.ordered() ? "ol" : "ul").newline();
        for (String item : list.items()) {
            xml.element("li", item).newline();
        }
        xml.end().newline();
    }

    /**
     * The credit lines as written, after the body. The section is named for screen readers by its
     * DPUB-ARIA role and a label in the article's language, or in English where {@link ReaderLabels}
     * has none (an attribute cannot carry its own language, so that label stays unmarked).
     */
    private void writeCredits(MarkupWriter xml, Article article) throws XMLStreamException {
        if (article.notes().isEmpty()) {
            return;
        }
        ReaderLabels labels = ReaderLabels.forLanguage(article.language());
        xml.start("section")
                .attribute("class", "credits")
                .attribute("epub", MarkupWriter.OPS_NS, "type", "credits")
                .attribute("role", "doc-credits")
                .attribute("aria-label", labels.credits())
                .newline();
        for (String note : article.notes()) {
            xml.element("p", note).newline();
        }
        xml.end().newline();
    }

    private static boolean hasText(String text) {
        return text != null && !XmlCharacters.clean(text).isBlank();
    }
}
