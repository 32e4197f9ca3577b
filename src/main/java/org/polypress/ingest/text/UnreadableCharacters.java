package org.polypress.ingest.text;

/**
 * Characters that carry no text: undecodable bytes (U+FFFD), controls other than whitespace, unassigned
 * code points and private-use characters. Bytes read in the wrong encoding, or bytes that are no text at
 * all, decode to many of them; an article holds almost none.
 */
public final class UnreadableCharacters {

    private UnreadableCharacters() {
    }

    static boolean isUnreadable(int cp) {
        int type = Character.getType(cp);
        return cp == 0xFFFD || (type == Character.CONTROL && !Character.isWhitespace(cp))
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    public static long count(String text) {
        return text.codePoints().filter(UnreadableCharacters::isUnreadable).count();
    }

    /**
     * Whether {@code unreadable} of {@code all} characters is few enough to publish the text: at most one in
     * a hundred, so a few damaged bytes in an article pass, and reported, while a binary file does not.
     */
    public static boolean fewEnough(long unreadable, long all) {
        return unreadable * 100 <= all;
    }
}
