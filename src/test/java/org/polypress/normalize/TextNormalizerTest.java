package org.polypress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void lineEndingsBecomeLineFeeds() {
        assertEquals("a\nb\nc\nd", normalizer.normalize("a\r\nb\rc\u2028d"));
    }

    @Test
    void noBreakAndOtherSpacesBecomeOnePlainSpace() {
        assertEquals("new heights said, \"These", normalizer.normalize("new\u00A0heights said,\u00A0 \"These"));
        assertEquals("大渡 美咲", normalizer.normalize("大渡\u3000美咲"));
    }

    @Test
    void strayControlAndZeroWidthCharactersAreRemovedButJoinersStay() {
        assertEquals("BOM gone, zero width gone, bell gone",
                normalizer.normalize("\uFEFFBOM gone, zero\u200B width gone, bell\u0007 gone"));
        assertEquals("می\u200Cخواهم", normalizer.normalize("می\u200Cخواهم"));
    }

    @Test
    void blankLinesCollapseToOneAndLineEndsAreTrimmed() {
        assertEquals("Title\n\nFirst line\nsecond line", normalizer.normalize(
                "\n\n  Title  \n\n\n \t \n\u3000First line \nsecond line\n\n\n"));
    }

    @Test
    void textIsComposedToNfc() {
        assertEquals("Caf\u00E9", normalizer.normalize("Cafe\u0301"));
    }

    @Test
    void wordsAreNeverChanged() {
        String text = "Kazakhstan-China relations are thriving, and the BRI (2,500 km) has \"brought\" benefits.";
        assertEquals(text, normalizer.normalize(text));
    }
}
