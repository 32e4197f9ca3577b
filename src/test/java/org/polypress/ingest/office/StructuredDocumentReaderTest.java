package org.polypress.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs as the document's styles state them, written in the corpus block shape. */
class StructuredDocumentReaderTest {

    private final StructuredDocumentReader reader = new StructuredDocumentReader();

    @Test
    void titleStyledParagraphIsWrittenFirstAsTheHeadline() {
        String text = reader.text(List.of(p(DocumentParagraph.Role.TEXT, "March 18, 2024"),
                p(DocumentParagraph.Role.TITLE, "Island ferry resumes"), p(DocumentParagraph.Role.TEXT, "Body.")),
                StructuredDocumentReader.DOCX, new byte[0]);
        assertEquals("Island ferry resumes\n\nMarch 18, 2024\n\nBody.", text);
    }

    @Test
    void firstH1IsTheHeadlineWhenNoParagraphIsTitleStyled() {
        String text = reader.text(List.of(p(DocumentParagraph.Role.TEXT, "Kicker"),
                p(DocumentParagraph.Role.HEADING_1, "Headline"), p(DocumentParagraph.Role.HEADING_1, "Part two")),
                StructuredDocumentReader.ODT, new byte[0]);
        assertEquals("Headline\n\nKicker\n\nPart two", text);
    }

    @Test
    void captionAndItsCreditInTwoCaptionParagraphsAreOneBlock() {
        String text = reader.text(List.of(p(DocumentParagraph.Role.TEXT, "Body."),
                p(DocumentParagraph.Role.CAPTION, "The ferry at dawn."),
                p(DocumentParagraph.Role.CAPTION, "Photo: Ines Marlow"), p(DocumentParagraph.Role.TEXT, "More.")),
                StructuredDocumentReader.DOCX, new byte[0]);
        assertEquals("Body.\n\nThe ferry at dawn.\nPhoto: Ines Marlow\n\nMore.", text);
    }

    private static DocumentParagraph p(DocumentParagraph.Role role, String text) {
        return new DocumentParagraph(role, List.of(text), 0);
    }
}
