package org.polypress;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words with ICU word boundaries, so that Chinese, Japanese or Thai text, written without
 * spaces, counts its words rather than its spaces.
 * <p>
 * ICU finds the words of a run of ideographs with a dictionary, in arrays as long as the run: a paragraph of two
 * million ideographs without a stop took 80 MB of heap to count. The text is counted in spans of at most
 * {@value #SPAN} characters, each ending after a space or an ideographic punctuation mark (where every word ends
 * anyway, so the count is the same), or, in a run with neither, at the span's length: one word in such a run may
 * then count as two.
 */
public final class WordCounter {

    static final int SPAN = 4_096;

    private final BreakIterator prototype = BreakIterator.getWordInstance(ULocale.ROOT);

    public int count(String text) {
        return count(java.util.List.of(text));
    }

    /**
     * The words of all {@code texts}, each counted as {@link #count(String)} counts it, with one copy of the break
     * iterator for all of them (a copy, with its caches, for every paragraph was an eighth of what recognizing an
     * article allocated).
     */
    public int count(Iterable<String> texts) {
        // break iterators are stateful: each count walks its own copy, given each text anew
        BreakIterator words = (BreakIterator) prototype.clone();
        int count = 0;
        for (String text : texts) {
            count += count(words, text);
        }
        return count;
    }

    private static int count(BreakIterator words, String text) {
        int count = 0;
        for (int start = 0, end; start < text.length(); start = end) {
            end = spanEnd(text, start);
            words.setText(start == 0 && end == text.length() ? text : text.substring(start, end));
            words.first();
            for (int boundary = words.next(); boundary != BreakIterator.DONE; boundary = words.next()) {
                if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Where the span from {@code start} ends: see the class comment. */
    static int spanEnd(String text, int start) {
        int limit = start + SPAN;
        if (limit >= text.length()) {
            return text.length();
        }
        for (int end = limit; end > start + SPAN / 2; end--) {
            if (endsWords(text.charAt(end - 1))) {
                return end;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static boolean endsWords(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        // 。，、！？「」 and their full-width kin: ICU keeps no word across them (a Latin "." may sit inside "3.5")
        return c >= '\u3000' && (type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION);
    }
}
