package org.polypress.render.ninjs;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.polypress.model.Article;
import org.polypress.model.Block;

/**
 * The article's body as an HTML fragment, written element by element by an XML writer, so every character of the
 * text is escaped by construction: {@code <p>}, {@code <h2>}–{@code <h6>}, {@code <blockquote>}, {@code <ul>} and
 * {@code <ol>}, and each figure as {@code <figure>} with its picture (by its path in the article's folder) and a
 * {@code <figcaption>} holding the caption and the credit. Serialized as XML, the fragment reads the same as HTML
 * and as XHTML.
 */
final class BodyHtml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private BodyHtml() {
    }

    static String of(Article article) {
        StringWriter out = new StringWriter(4096);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            for (Block block : article.body()) {
                write(xml, block);
            }
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the body's HTML failed", e);
        }
        return out.toString();
    }

    private static void write(XMLStreamWriter xml, Block block) throws XMLStreamException {
        if (block instanceof Block.Paragraph p) {
            element(xml, "p", p.text());
        } else if (block instanceof Block.Heading h) {
            element(xml, "h" + Math.max(2, Math.min(6, h.level())), h.text());
        } else if (block instanceof Block.Quote q) {
            xml.writeStartElement("blockquote");
            element(xml, "p", q.text());
            xml.writeEndElement();
        } else if (block instanceof Block.ListBlock l) {
            xml.writeStartElement(l.ordered() ? "ol" : "ul");
            for (String item : l.items()) {
                element(xml, "li", item);
            }
            xml.writeEndElement();
        } else if (block instanceof Block.Figure f) {
            figure(xml, f);
        }
    }

    private static void figure(XMLStreamWriter xml, Block.Figure figure) throws XMLStreamException {
        xml.writeStartElement("figure");
        if (figure.image() != null) {
            xml.writeEmptyElement("img");
            xml.writeAttribute("src", figure.image().path());
            xml.writeAttribute("alt", figure.image().alt() != null ? figure.image().alt()
                    : figure.caption() != null ? figure.caption() : "");
            if (figure.image().width() > 0 && figure.image().height() > 0) {
                xml.writeAttribute("width", Integer.toString(figure.image().width()));
                xml.writeAttribute("height", Integer.toString(figure.image().height()));
            }
        }
        if (figure.caption() != null || figure.credit() != null) {
            xml.writeStartElement("figcaption");
            if (figure.caption() != null) {
                xml.writeCharacters(figure.caption());
            }
            if (figure.credit() != null) {
                if (figure.caption() != null) {
                    xml.writeCharacters(" ");
                }
                element(xml, "small", figure.credit());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The characters of the body's text, captions and credits left out (as ninjs counts them). */
    static int characters(List<Block> body) {
        return body.stream().mapToInt(b -> text(b).codePointCount(0, text(b).length())).sum();
    }

    /** The text a block says, captions and credits left out. */
    static String text(Block block) {
        return block instanceof Block.Figure ? "" : String.join(" ", block.texts());
    }
}
