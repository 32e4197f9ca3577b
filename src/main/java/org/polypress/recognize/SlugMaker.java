package org.polypress.recognize;

import com.ibm.icu.text.Transliterator;

/**
 * Makes the ASCII folder name of an article: its headline transliterated (ICU: any script to Latin,
 * then to ASCII), bounded in length, followed by a digest of the dropped file's name. Two articles with
 * the same headline never share a folder; the same file dropped again, as it was or corrected, replaces
 * its own folder.
 */
final class SlugMaker {

    static final int MAX_TITLE_CHARS = 60;
    private static final int ID_CHARS = 8;

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    /**
     * Signs that headlines in Latin script set among ASCII (a no-break space, a middle dot, dashes, curly quotes,
     * guillemets, an ellipsis): the transliterator turns each into signs without a letter or digit, which the slug
     * then drops like any other, so such a headline needs it no more than an ASCII one.
     */
    static final String PLAIN_SIGNS = "\u00a0\u00ab\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026";

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    /** The first hex digits of the SHA-256 of a file name: the same name always gives the same digest. */
    static String nameDigest(String fileName) {
        return org.polypress.Sha256.hex(fileName).substring(0, ID_CHARS);
    }

    private static String plainSignsAsSpaces(String title) {
        char[] chars = title.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 0x80) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The slug for a headline and a disambiguating hex digest. */
    String slug(String title, String id) {
        String ascii;
        if (title.chars().allMatch(c -> c < 0x80 || PLAIN_SIGNS.indexOf(c) >= 0)) {
            // what the transliterator does to ASCII and those signs, without waiting for it
            ascii = plainSignsAsSpaces(title).toLowerCase(java.util.Locale.ROOT);
        } else {
            // ICU transliterators keep per-call state in some compound forms: one call at a time
            synchronized (toAscii) {
                ascii = toAscii.transliterate(title);
            }
        }
        String words = EDGE_DASHES.matcher(NOT_WORD.matcher(ascii).replaceAll("-")).replaceAll("");
        if (words.length() > MAX_TITLE_CHARS) {
            int cut = words.lastIndexOf('-', MAX_TITLE_CHARS);
            words = words.substring(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS);
        }
        String suffix = id.substring(0, Math.min(ID_CHARS, id.length()));
        return words.isEmpty() ? "article-" + suffix : words + "-" + suffix;
    }
}
