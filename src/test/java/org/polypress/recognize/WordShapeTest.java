package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shortcuts of the word count and of the script look-up answer as the JDK's Unicode data does. */
class WordShapeTest {

    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI);

    @Test
    void asciiScriptIsTheJdksScript() {
        for (int c = 0; c < 0x80; c++) {
            assertEquals(Character.UnicodeScript.of(c), WordShape.script(c), "U+" + Integer.toHexString(c));
        }
        assertEquals(Character.UnicodeScript.CYRILLIC, WordShape.script('Ж'));
    }

    @Test
    void noCharacterTheWordCountSkipsIsOfAScriptWrittenWithoutSpaces() {
        for (int c = 0; c < WordShape.FIRST_UNSPACED; c++) {
            assertFalse(UNSPACED.contains(Character.UnicodeScript.of(c)), "U+" + Integer.toHexString(c));
        }
        for (int c = WordShape.FIRST_HANGUL; c <= WordShape.LAST_HANGUL; c++) {
            assertFalse(UNSPACED.contains(Character.UnicodeScript.of(c)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordsOfSpacedAndUnspacedScripts() {
        assertEquals(4, WordShape.words("  Die Fähre fährt wieder. "));
        assertEquals(3, WordShape.words("서울 지하철 운행"));
        assertEquals(10, WordShape.words("记者从市交通运输局获悉，新的有轨电车线路"));
    }
}
