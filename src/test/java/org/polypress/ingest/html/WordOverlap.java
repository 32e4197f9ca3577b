package org.polypress.ingest.html;

import com.ibm.icu.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level overlap of an extracted text with the expected one, as bags of words with counts. Words are the
 * segments ICU's {@link BreakIterator} word instance marks as words (its rule status is not
 * {@code WORD_NONE}): spaces and punctuation are not words, and Chinese and Japanese, written without
 * spaces, are cut by ICU's dictionaries, so a CJK page is scored on words as an English one is, not on one
 * "word" per sentence. Words are compared lower-cased.
 *
 * @param matched   words of the extraction also in the expected text (each counted at most as often as
 *                  it is expected)
 * @param extracted all words of the extraction
 * @param expected  all words of the expected text
 */
record WordOverlap(int matched, int extracted, int expected) {

    static WordOverlap of(String extractedText, String expectedText) {
        Map<String, Integer> got = words(extractedText);
        Map<String, Integer> want = words(expectedText);
        int matched = 0;
        for (Map.Entry<String, Integer> word : got.entrySet()) {
            matched += Math.min(word.getValue(), want.getOrDefault(word.getKey(), 0));
        }
        return new WordOverlap(matched, total(got), total(want));
    }

    WordOverlap plus(WordOverlap other) {
        return new WordOverlap(matched + other.matched, extracted + other.extracted, expected + other.expected);
    }

    double precision() {
        return extracted == 0 ? 0 : (double) matched / extracted;
    }

    double recall() {
        return expected == 0 ? 0 : (double) matched / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                counts.merge(text.substring(start, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
