package org.polypress.recognize;

import com.ibm.icu.lang.UScript;
import java.util.List;

/** Joins the lines of one block as a reader reads them: one line of text. */
final class TextBlocks {

    private TextBlocks() {
    }

    /**
     * One block's lines as one line of text: a line break is a space, except between two characters
     * of scripts written without spaces (Han, kana, Thai…), where it is nothing.
     */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !(unspaced(out.codePointBefore(out.length())) && unspaced(line.codePointAt(0)))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean unspaced(int cp) {
        int script = UScript.getScript(cp);
        if (script == UScript.COMMON) {
            // CJK punctuation (。、「」) belongs to no script but joins like the text around it
            return Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        }
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER
                || script == UScript.MYANMAR;
    }
}
