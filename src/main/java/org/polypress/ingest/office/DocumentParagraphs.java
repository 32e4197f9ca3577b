package org.polypress.ingest.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.polypress.ingest.Spaces;
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
 *
 * <p>A picture ({@code <img src="embedded:…">}) is a paragraph of its own ({@link DocumentParagraph.Role#PICTURE})
 * where it stands: before the paragraph it opens, after the one whose text it follows. Its description is the
 * {@code alt} Tika gives (Word's {@code descr}), unless that is only a file name, which Word and POI write when
 * nobody described the picture; an ODT picture's title and description arrive as {@code <span>}s right after the
 * {@code <img>}: they are its description, not the paragraph's text.
 */
public final class DocumentParagraphs extends ContentHandlerDecorator {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "td", "th", "dt", "dd", "pre");
    private static final Pattern HEADING_STYLE = Pattern.compile("heading_?[1-6]|heading");
    /** An {@code alt} that only names the picture's file. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[^\\s/\\\\]+\\.(?:png|jpe?g|gif|bmp|tiff?|webp|svg|emf|wmf|heic)");

    private final List<DocumentParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private DocumentParagraph.Role role = DocumentParagraph.Role.TEXT;
    private boolean inBody;
    private int skipDepth;
    private int page;
    /** Pictures that follow the text of the paragraph being read, added after it. */
    private final List<DocumentParagraph.Picture> after = new ArrayList<>();
    /** The picture just read, while its title and description spans may follow; else null. */
    private DocumentParagraph.Picture described;
    /** Where {@link #described} is: an index into {@link #after} or, when {@link #describedFirst}, into the paragraphs. */
    private int describedIndex;
    private boolean describedFirst;
    private StringBuilder description;

    DocumentParagraphs(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        super.startElement(uri, localName, name, atts);
        String tag = localName.toLowerCase(Locale.ROOT);
        String style = atts.getValue("class") == null ? "" : atts.getValue("class").toLowerCase(Locale.ROOT);
        if (description == null && !"span".equals(tag)) {
            described = null;
        }
        if ("body".equals(tag)) {
            inBody = true;
        } else if (inBody && skipDepth == 0 && "img".equals(tag) && atts.getValue("src") != null) {
            picture(atts.getValue("src"), atts.getValue("alt"));
        } else if (inBody && skipDepth == 0 && "span".equals(tag) && described != null) {
            description = new StringBuilder();
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
        if (description != null && "span".equals(tag)) {
            describe(description.toString());
            description = null;
        } else if (skipDepth > 0) {
            skipDepth--;
        } else if (PARAGRAPHS.contains(tag) || "body".equals(tag)) {
            flush();
            inBody = inBody && !"body".equals(tag);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        super.characters(ch, start, length);
        if (description != null) {
            description.append(ch, start, length);
            return;
        }
        if (described != null && !new String(ch, start, length).isBlank()) {
            described = null;
        }
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

    /** A picture before the paragraph being read when no text of it came yet, else after it. */
    private void picture(String src, String alt) {
        String own = alt == null || alt.isBlank() || FILE_NAME.matcher(alt.strip()).matches() ? null : alt.strip();
        DocumentParagraph.Picture picture = new DocumentParagraph.Picture(src, own);
        describedFirst = current.toString().isBlank();
        if (describedFirst) {
            paragraphs.add(DocumentParagraph.picture(picture, page));
            describedIndex = paragraphs.size() - 1;
        } else {
            after.add(picture);
            describedIndex = after.size() - 1;
        }
        described = picture;
    }

    /** The first title or description span after a picture describes it when the document gave no alt. */
    private void describe(String text) {
        String stripped = Spaces.oneLine(text);
        if (described == null || stripped.isEmpty() || described.alt() != null) {
            return;
        }
        DocumentParagraph.Picture picture = new DocumentParagraph.Picture(described.src(), stripped);
        if (describedFirst) {
            paragraphs.set(describedIndex, DocumentParagraph.picture(picture, page));
        } else {
            after.set(describedIndex, picture);
        }
        described = picture;
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
            String stripped = Spaces.tidyLine(line);
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(new DocumentParagraph(role, lines, page));
        }
        for (DocumentParagraph.Picture picture : after) {
            paragraphs.add(DocumentParagraph.picture(picture, page));
        }
        after.clear();
        described = null;
        current.setLength(0);
        role = DocumentParagraph.Role.TEXT;
    }

    /** The paragraphs read, in document order. */
    public List<DocumentParagraph> paragraphs() {
        flush();
        return List.copyOf(paragraphs);
    }
}
