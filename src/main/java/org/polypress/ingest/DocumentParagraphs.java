package org.polypress.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Collects the paragraphs of Tika's structured XHTML for a word-processor document or PDF while passing every
 * event on to the handler it decorates (Tika's {@code BodyContentHandler}, which keeps enforcing the character
 * limit). Why not Tika's plain text: it separates paragraphs by one line break or none, so a headline, a
 * subheading and a caption run into the paragraphs around them; the elements keep them apart.
 *
 * <p>Each {@code <p>}, {@code <h1>}–{@code <h6>}, {@code <li>}, {@code <blockquote>} and table cell is a
 * paragraph; a {@code <br>} or a line break in the text (or, in a PDF, the newline Tika writes as ignorable
 * whitespace after each printed line) is a line of it. Paragraph styles arrive as the
 * {@code class} of the element: Tika 3.3 writes Word's Title as {@code <h1 class="title">}, Heading n as
 * {@code <hn>}, Caption as {@code <p class="caption">}; an ODT heading arrives as {@code <hn>}. PDF pages
 * arrive as {@code <div class="page">}. Embedded documents ({@code <div class="embedded">}) are left out.
 */
final class DocumentParagraphs extends ContentHandlerDecorator {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "td", "th", "dt", "dd", "pre");
    private static final Pattern HEADING_STYLE = Pattern.compile("heading_?[1-6]|heading");

    private final List<DocumentParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private DocumentParagraph.Role role = DocumentParagraph.Role.TEXT;
    private boolean inBody;
    private int skipDepth;
    private int page;

    DocumentParagraphs(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        super.startElement(uri, localName, name, atts);
        String tag = localName.toLowerCase(Locale.ROOT);
        String style = atts.getValue("class") == null ? "" : atts.getValue("class").toLowerCase(Locale.ROOT);
        if ("body".equals(tag)) {
            inBody = true;
        } else if (skipDepth > 0 || "div".equals(tag) && "embedded".equals(style)) {
            skipDepth++;
        } else if ("div".equals(tag) && "page".equals(style)) {
            flush();
            page++;
        } else if (PARAGRAPHS.contains(tag)) {
            flush();
            role = roleOf(tag, style);
        } else if ("br".equals(tag)) {
            current.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        String tag = localName.toLowerCase(Locale.ROOT);
        if (skipDepth > 0) {
            skipDepth--;
        } else if (PARAGRAPHS.contains(tag) || "body".equals(tag)) {
            flush();
            inBody = inBody && !"body".equals(tag);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        super.characters(ch, start, length);
        if (inBody && skipDepth == 0) {
            current.append(ch, start, length);
        }
    }

    /** Tika's PDF reader ends each printed line with a newline written as ignorable whitespace. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        super.ignorableWhitespace(ch, start, length);
        if (inBody && skipDepth == 0 && new String(ch, start, length).contains("\n")) {
            current.append('\n');
        }
    }

    private static DocumentParagraph.Role roleOf(String tag, String style) {
        if ("title".equals(style)) {
            return DocumentParagraph.Role.TITLE;
        }
        if ("caption".equals(style)) {
            return DocumentParagraph.Role.CAPTION;
        }
        if ("h1".equals(tag)) {
            return DocumentParagraph.Role.HEADING_1;
        }
        if (tag.startsWith("h") && tag.length() == 2 || HEADING_STYLE.matcher(style).matches()) {
            return DocumentParagraph.Role.HEADING;
        }
        return DocumentParagraph.Role.TEXT;
    }

    /** Ends the paragraph being read; a paragraph with no text (an empty line, a picture alone) is dropped. */
    private void flush() {
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\\R")) {
            String stripped = line.replaceAll("[ \\t]+", " ").strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(new DocumentParagraph(role, lines, page));
        }
        current.setLength(0);
        role = DocumentParagraph.Role.TEXT;
    }

    /** The paragraphs read, in document order. */
    List<DocumentParagraph> paragraphs() {
        flush();
        return List.copyOf(paragraphs);
    }
}
