package org.polypress.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polypress.ingest.SourceBlock;

/**
 * Cuts a plain text into the blocks a reader sees: blank-line separated, each a list of its lines. A plain text
 * carries no markup, so its blocks carry no hint. Two ways of writing are read as one block a line: a text with no
 * blank line at all but several lines, and a block whose lines each close a sentence (text copied with single line
 * breaks between paragraphs).
 */
public final class PlainTextBlocks {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’»」』)]?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+");
    /** A wrapped paragraph has lines shorter than this; a line this long is a paragraph of its own. */
    private static final int WRAPPED_LINE_CHARS = 80;

    private PlainTextBlocks() {
    }

    /** The blocks of {@code text}, in order; none when it holds only blank lines. */
    public static List<SourceBlock> split(String text) {
        return splitWithOrigins(text).blocks();
    }

    /**
     * The blocks a reader sees and, for each, the blank-line separated block of the text it comes from (counting
     * from 0): one blank-line separated block may be read as several.
     */
    public record Split(List<SourceBlock> blocks, List<Integer> origins) {

        /** The index of the first block made from the blank-line separated block {@code origin} or a later one. */
        public int firstFrom(int origin) {
            for (int i = 0; i < origins.size(); i++) {
                if (origins.get(i) >= origin) {
                    return i;
                }
            }
            return origins.size();
        }
    }

    /** The blocks of {@code text} with their origins ({@link Split}). */
    public static Split splitWithOrigins(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : LINE_BREAK.split(text, -1)) {
            if (isBlank(line)) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<SourceBlock> split = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        boolean oneBlockOfLines = blocks.size() == 1 && blocks.get(0).size() > 1;
        for (int i = 0; i < blocks.size(); i++) {
            List<String> lines = blocks.get(i);
            if (oneBlockOfLines || linesAreParagraphs(lines)) {
                for (String line : lines) {
                    split.add(SourceBlock.text(List.of(line)));
                    origins.add(i);
                }
            } else {
                split.add(SourceBlock.text(lines));
                origins.add(i);
            }
        }
        return new Split(split, origins);
    }

    /** A line of white space and invisible characters only (the joiners U+200C and U+200D are letters' parts). */
    private static boolean isBlank(String line) {
        return line.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D);
    }

    /** Whether {@code line} ends with a sentence's end, perhaps inside a quote: only its last two characters tell. */
    private static boolean closesSentence(String line) {
        String s = line.strip();
        return SENTENCE_END.matcher(s).region(Math.max(0, s.length() - 2), s.length()).find();
    }

    /**
     * Whether a block's lines are each a paragraph of their own, as in text copied with single line breaks:
     * two or more of them close a sentence. A paragraph wrapped over several lines closes one sentence, at
     * its end; a caption with its credit line under it closes at most one.
     */
    private static boolean linesAreParagraphs(List<String> lines) {
        if (lines.size() < 3 && lines.stream().noneMatch(l -> l.length() > WRAPPED_LINE_CHARS)) {
            return false;
        }
        long closed = lines.stream().filter(PlainTextBlocks::closesSentence).count();
        boolean list = lines.stream().allMatch(l -> LIST_ITEM.matcher(l.strip()).find());
        return closed >= 2 && !list;
    }
}
