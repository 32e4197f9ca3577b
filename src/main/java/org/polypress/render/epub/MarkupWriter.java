package org.polypress.render.epub;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter}: every text and attribute value passes
 * {@link XmlCharacters#clean} and is escaped by the stream writer, so markup is never glued from strings.
 *
 * <p>One instance writes one document and is then dropped; it is not shared between threads.
 */
final class MarkupWriter {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String OPS_NS = "http://www.idpf.org/2007/ops";

    /** What a document writer puts between the XML declaration and the end of the document. */
    @FunctionalInterface
    interface Content {
        void writeTo(MarkupWriter markup) throws XMLStreamException;
    }

    private final XMLStreamWriter xml;

    private MarkupWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * A UTF-8 XML document with the given content. The factory is the JDK's own
     * ({@link XMLOutputFactory#newDefaultFactory()}), made per document: a StAX implementation that
     * a future dependency brings onto the class path (Woodstox, Aalto) would otherwise be picked up
     * and could write different bytes; and factories are not documented as thread-safe, while making
     * one costs next to nothing. It writes characters into a string, encoded once at the end: writing into
     * a byte stream, it encodes each character on its own (JFR: a fifth of a long article's rendering).
     */
    static byte[] document(Content content) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            content.writeTo(new MarkupWriter(xml));
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            // in memory this only fails on a bug in the writer's calls, never on the article's text
            throw new IllegalStateException("could not write an XML document: " + e.getMessage(), e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The HTML5 doctype, which XHTML content documents in EPUB 3 carry. */
    MarkupWriter htmlDoctype() throws XMLStreamException {
        xml.writeDTD("<!DOCTYPE html>");
        return newline();
    }

    /** Opens the root element in its default namespace and declares it. */
    MarkupWriter root(String localName, String namespace) throws XMLStreamException {
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement("", localName, namespace);
        xml.writeDefaultNamespace(namespace);
        return this;
    }

    /** Declares a prefix on the element just opened. */
    MarkupWriter namespace(String prefix, String namespace) throws XMLStreamException {
        xml.setPrefix(prefix, namespace);
        xml.writeNamespace(prefix, namespace);
        return this;
    }

    /** Opens an element in the default namespace. */
    MarkupWriter start(String localName) throws XMLStreamException {
        xml.writeStartElement(localName);
        return this;
    }

    /** Opens an element with a declared prefix. */
    MarkupWriter start(String prefix, String localName, String namespace) throws XMLStreamException {
        xml.writeStartElement(prefix, localName, namespace);
        return this;
    }

    /** Writes an element that has no content, such as {@code <meta charset="utf-8"/>}. */
    MarkupWriter empty(String localName) throws XMLStreamException {
        xml.writeEmptyElement(localName);
        return this;
    }

    MarkupWriter attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlCharacters.clean(value));
        return this;
    }

    MarkupWriter attribute(String prefix, String namespace, String name, String value)
            throws XMLStreamException {
        xml.writeAttribute(prefix, namespace, name, XmlCharacters.clean(value));
        return this;
    }

    /** Sets {@code xml:lang}, which XHTML and the package document read as the language. */
    MarkupWriter xmlLang(String language) throws XMLStreamException {
        return attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
    }

    MarkupWriter text(String text) throws XMLStreamException {
        xml.writeCharacters(XmlCharacters.clean(text));
        return this;
    }

    MarkupWriter end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** A line break between elements, only so that a person can read the unzipped files. */
    MarkupWriter newline() throws XMLStreamException {
        xml.writeCharacters("\n");
        return this;
    }

    /** An element holding only text: {@code <name>text</name>}. */
    MarkupWriter element(String localName, String text) throws XMLStreamException {
        return start(localName).text(text).end();
    }
}
