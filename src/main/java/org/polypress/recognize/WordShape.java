package org.polypress.recognize;

/** What the shape of a block's text says: how many words it has, whether it closes a sentence, what it is made of. */
final class WordShape {

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** About how many characters of Han or kana make a word; of Thai, whose words are longer. */
    private static final int CHARS_PER_UNSPACED_WORD = 2;
    private static final int CHARS_PER_THAI_WORD = 6;
    private static final String SENTENCE_END = ".!?…。！？";
    private static final String CLOSING_QUOTES = "\"”’»」』)）";

    /** Below Thai (U+0E00), no character is of Han, kana or Thai ({@code WordShapeTest} asks the JDK). */
    static final int FIRST_UNSPACED = 0x0E00;
    /** Hangul syllables, written with spaces. */
    static final int FIRST_HANGUL = 0xAC00;
    static final int LAST_HANGUL = 0xD7A3;

    private WordShape() {
    }

    /** Words in {@code text}: space-separated, plus a word for every two Han, kana or Thai characters. */
    static int words(String text) {
        // one pass over the characters: the runs between ASCII whitespace of the stripped text (what splitting it at
        // \s+ gives), and the characters of the scripts written without spaces
        String stripped = text.strip();
        int spaced = 0;
        int unspaced = 0;
        int thai = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length(); ) {
            int c = stripped.codePointAt(i);
            i += Character.charCount(c);
            if (isSplitSpace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                spaced++;
            }
            inWord = true;
            if (c < FIRST_UNSPACED || c >= FIRST_HANGUL && c <= LAST_HANGUL) {
                // Latin, Cyrillic, Greek, Arabic, Hebrew, Indic scripts and Hangul: no script looked up, which is a
                // binary search for every character of a long text
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                unspaced++;
            } else if (script == Character.UnicodeScript.THAI) {
                thai++;
            }
        }
        int estimated = unspaced / CHARS_PER_UNSPACED_WORD + thai / CHARS_PER_THAI_WORD + spaced;
        return unspaced == 0 && thai == 0 ? spaced : Math.max(spaced, estimated);
    }

    /**
     * {@link Character.UnicodeScript#of} with ASCII answered without its binary search: letters are Latin, every
     * other ASCII character Common.
     */
    static Character.UnicodeScript script(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? Character.UnicodeScript.LATIN
                    : Character.UnicodeScript.COMMON;
        }
        return Character.UnicodeScript.of(c);
    }

    /** The ASCII whitespace characters, which a regular expression's {@code \s} matches. */
    private static boolean isSplitSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether {@code text} is an e-mail address alone. */
    static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
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

    /**
     * Whether {@code text} closes with a full stop, perhaps inside a quote, and not with an ellipsis: a statement
     * ("Yes."), where a button or a question closes with none.
     */
    static boolean closesWithFullStop(String text) {
        String s = text.strip();
        int end = s.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = s.charAt(end - 1);
        return last == '。' || last == '.' && (end < 2 || s.charAt(end - 2) != '.');
    }

    /** Whether {@code text} holds no letter and no digit: a separator ("•", "|", "***"). */
    static boolean isSymbols(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
