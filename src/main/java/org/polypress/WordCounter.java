package org.polypress;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words with ICU word boundaries, so that Chinese, Japanese or Thai text, written without
 * spaces, counts its words rather than its spaces.
 */
public final class WordCounter {

    private final BreakIterator prototype = BreakIterator.getWordInstance(ULocale.ROOT);

    public int count(String text) {
        // break iterators are stateful: each count walks its own copy
        BreakIterator words = (BreakIterator) prototype.clone();
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
