package org.polypress.render.epub;

import javax.xml.stream.XMLStreamException;

/**
 * Writes {@code EPUB/nav.xhtml}, the table of contents EPUB 3 requires, from a {@link TableOfContents}:
 * a heading in the document's language, then one entry per content document with a link to each of
 * its subheadings nested under it. An entry in another language than the document's carries its own
 * {@code lang}, {@code xml:lang} and {@code dir}, which its nested links inherit.
 */
final class NavigationDocumentWriter {

    private static final String HEADING_ID = "toc-heading";

    byte[] write(TableOfContents contents) {
        return MarkupWriter.document(xml -> writeDocument(xml, contents));
    }

    private void writeDocument(MarkupWriter xml, TableOfContents contents) throws XMLStreamException {
        String language = contents.language().tag();
        XhtmlDocumentStart.write(xml, contents.language(), contents.documentTitle());
        xml.start("body").newline();
        xml.start("nav")
                .attribute("epub", MarkupWriter.OPS_NS, "type", "toc")
                .attribute("id", "toc")
                .attribute("role", "doc-toc")
                .attribute("aria-labelledby", HEADING_ID)
                .newline();
        writeHeading(xml, ReaderLabels.forLanguage(language), language);
        writeEntries(xml, contents);
        xml.end().newline();
        xml.end().newline();
        xml.end();
    }

    /** The heading is in English where we have no words for the document's language, and says so. */
    private void writeHeading(MarkupWriter xml, ReaderLabels labels, String language) throws XMLStreamException {
        xml.start("h1").attribute("id", HEADING_ID);
        if (!labels.matches(language)) {
            xml.attribute("lang", labels.language()).xmlLang(labels.language());
        }
        xml.text(labels.contents()).end().newline();
    }

    private void writeEntries(MarkupWriter xml, TableOfContents contents) throws XMLStreamException {
        xml.start("ol").newline();
        for (TableOfContents.Entry entry : contents.entries()) {
            writeEntry(xml, entry);
        }
        xml.end().newline();
    }

    private void writeEntry(MarkupWriter xml, TableOfContents.Entry entry) throws XMLStreamException {
        xml.start("li");
        if (entry.language() != null) {
            xml.attribute("lang", entry.language().tag())
                    .xmlLang(entry.language().tag())
                    .attribute("dir", entry.language().direction().code());
        }
        xml.start("a").attribute("href", entry.href());
        writeLabel(xml, entry.label());
        xml.end();
        if (!entry.headings().isEmpty()) {
            xml.newline().start("ol").newline();
            for (HeadingAnchors.HeadingAnchor heading : entry.headings()) {
                xml.start("li");
                link(xml, entry.href() + "#" + heading.id(), heading.text());
                xml.end().newline();
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    /** The language's name gets its own element, so that a stylesheet or a test can find it. */
    private static void writeLabel(MarkupWriter xml, TableOfContents.Label label) throws XMLStreamException {
        if (label.languageName() != null) {
            xml.start("span").attribute("class", "language").text(label.languageName()).end();
            xml.text(label.separator());
        }
        xml.text(label.title());
    }

    private static void link(MarkupWriter xml, String href, String text) throws XMLStreamException {
        xml.start("a").attribute("href", href).text(text).end();
    }
}
