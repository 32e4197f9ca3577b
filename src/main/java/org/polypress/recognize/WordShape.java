package org.polypress.recognize;

import java.util.regex.Pattern;

/** What the shape of a block's text says: how many words it has, whether it closes a sentence, what it is made of. */
final class WordShape {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Characters of scripts written without spaces between words: Han and kana. */
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /** Thai, written without spaces between words (a space ends a phrase). */
    private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
    /** About how many characters of Han or kana make a word; of Thai, whose words are longer. */
    private static final int CHARS_PER_UNSPACED_WORD = 2;
    private static final int CHARS_PER_THAI_WORD = 6;
    private static final String SENTENCE_END = ".!?…。！？";
    private static final String CLOSING_QUOTES = "\"”’»」』)）";

    private WordShape() {
    }

    /** Words in {@code text}: space-separated, plus a word for every two Han, kana or Thai characters. */
    static int words(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        int unspaced = 0;
        var m = UNSPACED.matcher(stripped);
        while (m.find()) {
            unspaced++;
        }
        int thai = 0;
        var t = THAI.matcher(stripped);
        while (t.find()) {
            thai++;
        }
        int spaced = SPACES.split(stripped).length;
        int estimated = unspaced / CHARS_PER_UNSPACED_WORD + thai / CHARS_PER_THAI_WORD + spaced;
        return unspaced == 0 && thai == 0 ? spaced : Math.max(spaced, estimated);
    }

    /** Whether {@code text} ends a sentence: a full stop, a question or exclamation mark, perhaps inside a quote. */
    static boolean closesSentence(String text) {
        String s = text.strip();
        int end = s.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** Whether {@code text} holds no letter and no digit: a separator ("•", "|", "***"). */
    static boolean isSymbols(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
