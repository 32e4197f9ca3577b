package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** File names and failures as reports and log lines write them. */
class PlainWordsTest {

    @Test
    void aLineBreakInANameIsWrittenAsAnEscapeSoItCannotForgeALogLine() {
        assertEquals("story\\n2026-11-28 WARN forged.txt", PlainWords.name("story\n2026-11-28 WARN forged.txt"));
        assertEquals("bell\\u0007 tab\\t Статья.txt", PlainWords.name("bell\u0007 tab\t Статья.txt"));
    }

    @Test
    void aFailureIsItsDeepestMessageWithoutClassNamesAndWithTheXmlPosition() {
        SAXParseException xml = new SAXParseException("XML document structures must start and end within the same"
                + " entity.", null, null, 2, 2725);
        Exception wrapped = new Exception("org.apache.tika.exception.TikaException: TIKA-237: Illegal SAXException from"
                + " org.apache.tika.parser.microsoft.ooxml.OOXMLParser@4d0cc83e", xml);
        assertEquals("XML document structures must start and end within the same entity. (line 2, column 2725)",
                PlainWords.of(wrapped));
        assertEquals("TIKA-237: Illegal SAXException from", PlainWords.of(new IOException(
                "org.apache.tika.exception.TikaException: TIKA-237: Illegal SAXException from"
                        + " org.apache.tika.parser.microsoft.ooxml.OOXMLParser@4d0cc83e")));
        assertEquals("no further detail", PlainWords.of(new NullPointerException()));
    }

    @Test
    void aFileNameInAMessageStaysWholeAndAFileErrorSaysWhatWentWrong() {
        assertEquals("cannot read story.Final.txt in org.drafts", PlainWords.of(
                new IOException("cannot read story.Final.txt in org.drafts")));
        assertEquals("permission denied: /srv/input/story.txt",
                PlainWords.of(new java.nio.file.AccessDeniedException("/srv/input/story.txt")));
        assertEquals("/srv/input/story.txt: Input/output error",
                PlainWords.of(new java.nio.file.FileSystemException("/srv/input/story.txt", null, "Input/output error")));
    }
}
