package org.polypress.render.epub;

import javax.xml.stream.XMLStreamException;

/**
 * The part every XHTML document of the EPUB shares: doctype, {@code html} with the document's
 * {@code lang}, {@code xml:lang} and {@code dir}, and a head with charset, title and stylesheet.
 * EPUB reading systems read {@code xml:lang}, browsers and HTML tools read {@code lang}: both are set.
 */
final class XhtmlDocumentStart {

    private XhtmlDocumentStart() {
    }

    /** Writes everything up to and including the opening {@code body} tag. */
    static void write(MarkupWriter xml, TextLanguage language, String title) throws XMLStreamException {
        xml.htmlDoctype();
        xml.root("html", MarkupWriter.XHTML_NS)
                .namespace("epub", MarkupWriter.OPS_NS)
                .attribute("lang", language.tag())
                .xmlLang(language.tag())
                .attribute("dir", language.direction().code())
                .newline();
        xml.start("head").newline();
        xml.empty("meta").attribute("charset", "utf-8").newline();
        xml.element("title", title).newline();
        xml.empty("link")
                .attribute("rel", "stylesheet")
                .attribute("type", PublicationLayout.CSS_MEDIA_TYPE)
                .attribute("href", PublicationLayout.STYLE_HREF)
                .newline();
        xml.end().newline();
    }
}
