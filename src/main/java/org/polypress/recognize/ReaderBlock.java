package org.polypress.recognize;

import java.util.List;
import org.polypress.ingest.SourceBlock;

/**
 * One block of an article's text as the recognizer reads it: a source block that is not a picture.
 *
 * @param index          its place among the article's reader blocks (pictures not counted), from 0
 * @param hint           what the source's markup says it is
 * @param level          a heading's level, else 0
 * @param lines          its lines
 * @param text           its lines joined as one line ({@link TextBlocks#join})
 * @param pictureBefore  whether a picture stands right before it in the source
 * @param words          the number of words, counting each character of scripts written without spaces as a word's
 *                       third ({@link WordShape#words}), counted once: every rule asks
 */
record ReaderBlock(int index, SourceBlock.Hint hint, int level, List<String> lines, String text,
        boolean pictureBefore, int words) {

    ReaderBlock {
        lines = List.copyOf(lines);
    }

    ReaderBlock(int index, SourceBlock.Hint hint, int level, List<String> lines, String text, boolean pictureBefore) {
        this(index, hint, level, lines, text, pictureBefore, WordShape.words(text));
    }

    /** Whether the markup states what the block is. */
    boolean hinted() {
        return hint != SourceBlock.Hint.NONE;
    }

    /** Whether the block is one line. */
    boolean oneLine() {
        return lines.size() == 1;
    }
}
