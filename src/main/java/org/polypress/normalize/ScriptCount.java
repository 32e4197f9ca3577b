package org.polypress.normalize;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/** How many letters of a text each script writes; punctuation, digits and marks count for none. */
final class ScriptCount {

    private final Map<Integer, Integer> counts;

    private ScriptCount(Map<Integer, Integer> counts) {
        this.counts = counts;
    }

    static ScriptCount of(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return new ScriptCount(counts);
    }

    int count(int script) {
        return counts.getOrDefault(script, 0);
    }

    /**
     * The script with the most letters; Han, kana and Hangul count together as one East Asian block
     * so that Japanese with many kanji is still seen as East Asian. {@link UScript#INVALID_CODE} for a
     * text without letters.
     */
    int dominant() {
        int eastAsian = count(UScript.HAN) + count(UScript.HIRAGANA) + count(UScript.KATAKANA) + count(UScript.HANGUL);
        int best = UScript.INVALID_CODE;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            int script = entry.getKey();
            boolean isEastAsian = script == UScript.HAN || script == UScript.HIRAGANA
                    || script == UScript.KATAKANA || script == UScript.HANGUL;
            int count = isEastAsian ? eastAsian : entry.getValue();
            if (count > bestCount || (count == bestCount && script < best)) {
                best = isEastAsian ? UScript.HAN : script;
                bestCount = count;
            }
        }
        return best;
    }
}
