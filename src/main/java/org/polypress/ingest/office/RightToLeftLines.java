package org.polypress.ingest.office;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back in reading order the lines of a right-to-left PDF that PDFBox read as left-to-right. A PDF stores an
 * Arabic or Hebrew line as it is printed — in visual order — and PDFBox turns each line back into reading order
 * taking the direction of its first strong letter from the left: right for most lines of such a document, but
 * left for a line that ends (at its left edge) with Latin letters, such as {@code … 14:38 (GMT+0800)} or
 * {@code … BBC}; that line comes back with its pieces in the wrong order. In a document whose letters are mostly
 * right-to-left, such a line is turned back into its printed order and read again right to left (ICU's
 * {@link Bidi#REORDER_NUMBERS_SPECIAL}, which keeps numbers and their separators together as printed). A line
 * without right-to-left letters is left as it is.
 */
final class RightToLeftLines {

    private RightToLeftLines() {
    }

    /** The paragraphs with their misread lines put back in reading order, when the document is right to left. */
    static List<DocumentParagraph> restored(List<DocumentParagraph> paragraphs) {
        if (!mostlyRightToLeft(paragraphs)) {
            return paragraphs;
        }
        List<DocumentParagraph> restored = new ArrayList<>();
        for (DocumentParagraph p : paragraphs) {
            restored.add(p.lines().isEmpty() ? p : p.withLines(p.lines().stream().map(RightToLeftLines::line).toList()));
        }
        return restored;
    }

    /** One line PDFBox read: as it is, unless it read it left to right although it holds right-to-left letters. */
    static String line(String read) {
        java.text.Bidi asRead = new java.text.Bidi(read, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (!asRead.baseIsLeftToRight() || asRead.isLeftToRight()) {
            return read;
        }
        String printed = new Bidi(read, Bidi.LTR).writeReordered(Bidi.DO_MIRRORING);
        Bidi rightToLeft = new Bidi();
        rightToLeft.setReorderingMode(Bidi.REORDER_NUMBERS_SPECIAL);
        rightToLeft.setPara(printed, Bidi.RTL, null);
        return rightToLeft.writeReordered(Bidi.DO_MIRRORING);
    }

    private static boolean mostlyRightToLeft(List<DocumentParagraph> paragraphs) {
        long right = 0;
        long left = 0;
        for (DocumentParagraph p : paragraphs) {
            for (String line : p.lines()) {
                for (int i = 0; i < line.length(); i++) {
                    int direction = UCharacter.getDirection(line.charAt(i));
                    if (direction == UCharacterDirection.RIGHT_TO_LEFT
                            || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                        right++;
                    } else if (direction == UCharacterDirection.LEFT_TO_RIGHT) {
                        left++;
                    }
                }
            }
        }
        return right > left;
    }
}
