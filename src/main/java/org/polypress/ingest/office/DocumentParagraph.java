package org.polypress.ingest.office;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a word-processor document or PDF as Tika's structured XHTML states it.
 *
 * @param role  what the document's markup says the paragraph is
 * @param lines its lines: soft line breaks in DOCX/ODT, printed lines in a PDF
 * @param page  the PDF page it stands on, from 1; 0 for formats without pages
 * @param picture the picture a {@link Role#PICTURE} stands for, else null
 */
public record DocumentParagraph(Role role, List<String> lines, int page, Picture picture) {

    /**
     * A picture the document shows.
     *
     * @param src what the text refers to it by ({@code embedded:image1.png})
     * @param alt the description the document gives it, or null
     */
    public record Picture(String src, String alt) {
    }

    DocumentParagraph(Role role, List<String> lines, int page) {
        this(role, lines, page, null);
    }

    /** A picture standing between paragraphs. */
    static DocumentParagraph picture(Picture picture, int page) {
        return new DocumentParagraph(Role.PICTURE, List.of(), page, Objects.requireNonNull(picture, "picture"));
    }

    /** What a paragraph's element and style say it is. */
    enum Role {
        /** A Title-styled paragraph. */
        TITLE,
        /** An {@code <h1>}: the headline when the document has no Title-styled paragraph. */
        HEADING_1,
        /** {@code <h2>}–{@code <h6>} or a Heading-styled paragraph. */
        HEADING,
        /** A Caption-styled paragraph. */
        CAPTION,
        /** Running text, a list item, a quote or a table cell. */
        TEXT,
        /** A picture: no text of its own. */
        PICTURE
    }

    public DocumentParagraph {
        Objects.requireNonNull(role, "role");
        lines = List.copyOf(lines);
    }

    /** The lines joined by spaces, as one line. */
    String text() {
        return String.join(" ", lines);
    }

    DocumentParagraph withLines(List<String> newLines) {
        return new DocumentParagraph(role, newLines, page, picture);
    }
}
