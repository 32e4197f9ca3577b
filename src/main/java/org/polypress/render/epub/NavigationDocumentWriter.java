package org.polypress.render.epub;

import javax.xml.stream.XMLStreamException;
import org.polypress.model.Article;

/**
 * Writes {@code EPUB/nav.xhtml}, the table of contents EPUB 3 requires: the article, and under it
 * a link to each of its subheadings, with the same language and direction as the article.
 */
final class NavigationDocumentWriter {

    private static final String HEADING_ID = "toc-heading";

    byte[] write(Article article, HeadingAnchors headings) {
        return MarkupWriter.document(xml -> writeDocument(xml, article, headings));
    }

    private void writeDocument(MarkupWriter xml, Article article, HeadingAnchors headings)
            throws XMLStreamException {
        ReaderLabels labels = ReaderLabels.forLanguage(article.language());
        XhtmlDocumentStart.write(xml, article, article.title());
        xml.start("body").newline();
        xml.start("nav")
                .attribute("epub", MarkupWriter.OPS_NS, "type", "toc")
                .attribute("id", "toc")
                .attribute("role", "doc-toc")
                .attribute("aria-labelledby", HEADING_ID)
                .newline();
        writeHeading(xml, labels, article.language());
        writeEntries(xml, article, headings);
        xml.end().newline();
        xml.end().newline();
        xml.end();
    }

    /** The heading is in English where we have no words for the article's language, and says so. */
    private void writeHeading(MarkupWriter xml, ReaderLabels labels, String language) throws XMLStreamException {
        xml.start("h1").attribute("id", HEADING_ID);
        if (!labels.matches(language)) {
            xml.attribute("lang", labels.language()).xmlLang(labels.language());
        }
        xml.text(labels.contents()).end().newline();
    }

    private void writeEntries(MarkupWriter xml, Article article, HeadingAnchors headings) throws XMLStreamException {
        xml.start("ol").newline();
        xml.start("li");
        link(xml, PublicationLayout.ARTICLE_HREF, article.title());
        if (!headings.all().isEmpty()) {
            xml.newline().start("ol").newline();
            for (HeadingAnchors.HeadingAnchor heading : headings.all()) {
                xml.start("li");
                link(xml, PublicationLayout.ARTICLE_HREF + "#" + heading.id(), heading.text());
                xml.end().newline();
            }
            xml.end().newline();
        }
        xml.end().newline();
        xml.end().newline();
    }

    private static void link(MarkupWriter xml, String href, String text) throws XMLStreamException {
        xml.start("a").attribute("href", href).text(text).end();
    }
}
