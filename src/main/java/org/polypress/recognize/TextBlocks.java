package org.polypress.recognize;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits normalized text into the blocks a reader sees, and joins the lines of one block. */
final class TextBlocks {

    private TextBlocks() {
    }

    /**
     * The blank-line separated blocks of {@code text}, each a list of its lines. A text with no blank
     * line at all but several lines is read one block per line: that is how such files are written.
     */
    static List<List<String>> split(String text) {
        return splitWithOrigins(text).blocks();
    }

    /**
     * The blocks a reader sees and, for each, the blank-line separated block of {@code text} it comes from
     * (counting from 0): one text block may be read as several (lines that are each a paragraph).
     */
    record Split(List<List<String>> blocks, List<Integer> origins) {

        /** The blocks {@code leftOut} does not match, each with its origin. */
        Split without(java.util.function.Predicate<List<String>> leftOut) {
            List<List<String>> kept = new ArrayList<>();
            List<Integer> keptOrigins = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (!leftOut.test(blocks.get(i))) {
                    kept.add(blocks.get(i));
                    keptOrigins.add(origins.get(i));
                }
            }
            return new Split(kept, keptOrigins);
        }
    }

    static Split splitWithOrigins(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        if (text.isBlank()) {
            return new Split(blocks, origins);
        }
        String[] parts = text.split("\n\n");
        for (int i = 0; i < parts.length; i++) {
            List<String> lines = List.of(parts[i].split("\n"));
            if (linesAreParagraphs(lines)) {
                for (String line : lines) {
                    blocks.add(List.of(line));
                    origins.add(i);
                }
            } else {
                blocks.add(lines);
                origins.add(i);
            }
        }
        if (blocks.size() == 1 && blocks.get(0).size() > 1) {
            List<List<String>> lines = blocks.get(0).stream().map(List::of).toList();
            return new Split(lines, java.util.Collections.nCopies(lines.size(), 0));
        }
        return new Split(blocks, origins);
    }

    /**
     * Whether a block's lines are each a paragraph of their own, as in text copied with single line breaks:
     * two or more of them close a sentence. A paragraph wrapped over several lines closes one sentence, at
     * its end; a caption with its credit line under it closes at most one.
     */
    private static boolean linesAreParagraphs(List<String> lines) {
        if (lines.size() < 3 && lines.stream().noneMatch(l -> l.length() > 80)) {
            return false;
        }
        long closed = lines.stream().filter(l -> SENTENCE_END.matcher(l).find()).count();
        boolean list = lines.stream().allMatch(l -> LIST_ITEM.matcher(l).find());
        return closed >= 2 && !list;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’»」』)]?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+");

    /**
     * One block's lines as one line of text: a line break is a space, except between two characters
     * of scripts written without spaces (Han, kana, Thai…), where it is nothing.
     */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
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
        return Arrays.asList(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.THAI, UScript.LAO,
                UScript.KHMER, UScript.MYANMAR).contains(script);
    }
}
