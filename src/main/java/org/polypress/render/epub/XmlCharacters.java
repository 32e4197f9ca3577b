package org.polypress.render.epub;

/**
 * Removes what XML 1.0 cannot carry, so no text from an article can make a document ill-formed.
 *
 * <p>The normalize stage already cleans text; this is the renderer's own guard, because a single
 * stray control character would make the whole EPUB unreadable. Escaping is not done here: the
 * stream writer escapes {@code <}, {@code &}, {@code >} and quotes by construction.
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    /**
     * The text without C0 controls other than tab and line feed, DEL and C1 controls, lone
     * surrogates and Unicode noncharacters (U+FDD0..U+FDEF and every U+xxFFFE/U+xxFFFF). A carriage
     * return becomes a line feed ({@code \r\n} one line feed), so no two words are glued together.
     */
    static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (codePoint == '\r') {
                out.append('\n');
                if (next < text.length() && text.charAt(next) == '\n') {
                    next++;
                }
            } else if (isAllowed(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Fails when the value has nothing left to show once cleaned: EPUB requires a title and a
     * language, and no text a renderer could invent in their place would be true.
     *
     * @throws IllegalArgumentException naming the value, when it is blank
     */
    static void requireText(String value, String name) {
        if (value == null || clean(value).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank for an EPUB");
        }
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r' || !isAllowed(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isAllowed(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        return !isNoncharacter(codePoint);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
