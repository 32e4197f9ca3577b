package org.polypress.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of a right-to-left PDF that PDFBox read left to right, put back in reading order. */
class RightToLeftLinesTest {

    @Test
    void lineEndingInLatinLettersIsPutBackInReadingOrder() {
        // what PDFBox gives for the printed line of "الجمعة، 5 تموز/يوليو 2024، 14:38 (GMT+0800)"
        assertEquals("الجمعة، 5 تموز/يوليو 2024، 14:38 (GMT+0800)",
                RightToLeftLines.line("(GMT+0800) 14:38 ،2024 الجمعة، 5 تموز/يوليو"));
    }

    @Test
    void lineReadRightToLeftIsKept() {
        String line = "قالت غولنار شايميرغينوفا في مقابلة حديثة إن العلاقات تشهد ازدهارا";
        assertEquals(line, RightToLeftLines.line(line));
    }

    @Test
    void documentMostlyLeftToRightIsKept() {
        List<DocumentParagraph> english = List.of(new DocumentParagraph(DocumentParagraph.Role.TEXT,
                List.of("The word مرحبا means hello in Arabic, said the teacher."), 1));
        assertEquals(english, RightToLeftLines.restored(english));
    }

    @Test
    void documentMostlyRightToLeftHasItsMisreadLinesRestored() {
        List<DocumentParagraph> arabic = List.of(new DocumentParagraph(DocumentParagraph.Role.TEXT,
                List.of("بقلم شنغ تشويي", "(GMT+0800) 14:38 ،2024 الجمعة، 5 تموز/يوليو"), 1));
        assertEquals(List.of("بقلم شنغ تشويي", "الجمعة، 5 تموز/يوليو 2024، 14:38 (GMT+0800)"),
                RightToLeftLines.restored(arabic).get(0).lines());
    }
}
