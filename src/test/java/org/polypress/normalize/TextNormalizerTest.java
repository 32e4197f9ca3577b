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
    }

    @Test
    void ideographicSpacesBetweenCharactersStayAsTheSourceHasThem() {
        // a Japanese headline's parts and a name's are set apart by U+3000: the reader's text, not layout
        assertEquals("解消\u3000以前は\u3000\u3000住民", normalizer.normalize("解消\u3000以前は\u3000\u3000住民"));
        assertEquals("大渡\u3000美咲", normalizer.normalize("大渡\u3000美咲"));
        // at the ends of a line they are indentation; mixed with other spaces, a run is one plain space
        assertEquals("本文です。", normalizer.normalize("\u3000\u3000本文です。\u3000"));
        assertEquals("a b", normalizer.normalize("a\u3000 b"));
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
