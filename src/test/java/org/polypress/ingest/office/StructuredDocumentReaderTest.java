package org.polypress.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs as the document's styles state them, written in the corpus block shape. */
class StructuredDocumentReaderTest {

    private final StructuredDocumentReader reader = new StructuredDocumentReader();

    /** The blocks written, each as its hint, a space and its lines joined by line breaks. */
    private List<String> typed(List<DocumentParagraph> paragraphs, org.apache.tika.mime.MediaType type) {
        return reader.write(paragraphs, type, new byte[0]).blocks().stream()
                .map(b -> b.hint() + (b.level() > 0 ? String.valueOf(b.level()) : "") + " " + b.joined()).toList();
    }

    @Test
    void titleStyledParagraphIsWrittenFirstAsTheHeadline() {
        List<String> text = typed(List.of(p(DocumentParagraph.Role.TEXT, "March 18, 2024"),
                p(DocumentParagraph.Role.TITLE, "Island ferry resumes"), p(DocumentParagraph.Role.TEXT, "Body.")),
                StructuredDocumentReader.DOCX);
        assertEquals(List.of("HEADLINE Island ferry resumes", "NONE March 18, 2024", "NONE Body."), text);
    }

    @Test
    void firstH1IsTheHeadlineWhenNoParagraphIsTitleStyled() {
        List<String> text = typed(List.of(p(DocumentParagraph.Role.TEXT, "Kicker"),
                p(DocumentParagraph.Role.HEADING_1, "Headline"), p(DocumentParagraph.Role.HEADING_1, "Part two")),
                StructuredDocumentReader.ODT);
        assertEquals(List.of("HEADLINE Headline", "NONE Kicker", "HEADING2 Part two"), text);
    }

    @Test
    void captionAndItsCreditInTwoCaptionParagraphsAreOneBlock() {
        List<String> text = typed(List.of(p(DocumentParagraph.Role.TEXT, "Body."),
                p(DocumentParagraph.Role.CAPTION, "The ferry at dawn."),
                p(DocumentParagraph.Role.CAPTION, "Photo: Ines Marlow"), p(DocumentParagraph.Role.TEXT, "More.")),
                StructuredDocumentReader.DOCX);
        assertEquals(List.of("NONE Body.", "CAPTION The ferry at dawn.\nPhoto: Ines Marlow", "NONE More."), text);
    }

    private static DocumentParagraph p(DocumentParagraph.Role role, String text) {
        return new DocumentParagraph(role, List.of(text), 0);
    }
}
