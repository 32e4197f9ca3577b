package org.polypress.recognize;

import com.ibm.icu.text.Transliterator;

/**
 * Makes the ASCII folder name of an article: its headline transliterated (ICU: any script to Latin,
 * then to ASCII), bounded in length, followed by the start of the article id so that two articles
 * with the same headline never share a folder while the same bytes always get the same one.
 */
final class SlugMaker {

    static final int MAX_TITLE_CHARS = 60;
    private static final int ID_CHARS = 8;

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    /** The slug for a headline and an article id. */
    String slug(String title, String id) {
        String ascii;
        // ICU transliterators keep per-call state in some compound forms: one call at a time
        synchronized (toAscii) {
            ascii = toAscii.transliterate(title);
        }
        String words = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > MAX_TITLE_CHARS) {
            int cut = words.lastIndexOf('-', MAX_TITLE_CHARS);
            words = words.substring(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS);
        }
        String suffix = id.substring(0, Math.min(ID_CHARS, id.length()));
        return words.isEmpty() ? "article-" + suffix : words + "-" + suffix;
    }
}
