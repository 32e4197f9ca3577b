package org.polypress.normalize;

import java.text.Normalizer;

/**
 * Makes extracted text canonical without changing its words: Unicode NFC, LF line endings, no stray
 * control or zero-width characters, one plain space between words (ideographic spaces between two characters
 * kept as the source has them), at most one blank line between
 * blocks, no spaces at the ends of lines. Joiners (U+200C, U+200D) stay: Persian, Indic scripts and
 * emoji need them to spell words.
 */
public final class TextNormalizer {

    /** Normalizes {@code text}; the result has no leading or trailing blank lines. */
    public String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int blankRun = 0;
        for (String line : unifyLineEndings(nfc).split("\n", -1)) {
            String clean = cleanLine(line);
            if (clean.isEmpty()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            out.append(clean);
            blankRun = 0;
        }
        return out.toString();
    }

    private static String unifyLineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
    }

    private static String cleanLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        // the run of spaces before the next character, when it is ideographic spaces only: kept as they are
        int ideographic = 0;
        boolean otherSpace = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
                if (cp == IDEOGRAPHIC_SPACE) {
                    ideographic++;
                } else {
                    otherSpace = true;
                }
            } else if (!isStray(cp)) {
                if (pendingSpace) {
                    if (ideographic > 0 && !otherSpace) {
                        // CJK text sets words and a headline's parts apart with the full-width space: it is the
                        // source's character, not a layout space, and says something a plain one does not
                        out.append(String.valueOf(IDEOGRAPHIC_SPACE).repeat(ideographic));
                    } else {
                        out.append(' ');
                    }
                    pendingSpace = false;
                }
                ideographic = 0;
                otherSpace = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    /**
     * Tabs and every Unicode space separator (no-break, thin, ideographic…) are spaces: a run of them becomes one
     * plain space, unless it is ideographic spaces only.
     */
    private static boolean isSpace(int cp) {
        return cp == '\t' || cp == '\u000B' || cp == '\u000C' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /**
     * Characters that carry no text: other C0 and C1 controls, the byte-order mark, zero-width space and
     * word joiner, soft hyphens, bidi embeddings and overrides (copied text leaves them unbalanced, and
     * renditions state the direction), and noncharacters. Bidi isolates stay: they keep a Latin name or a
     * number in order inside Arabic or Hebrew text.
     */
    private static boolean isStray(int cp) {
        if (Character.getType(cp) == Character.CONTROL) {
            return true;
        }
        switch (cp) {
            case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E,
                 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                 0xFFFE, 0xFFFF -> {
                return true;
            }
            default -> {
                return Character.getType(cp) == Character.SURROGATE;
            }
        }
    }
}
