package org.polypress.normalize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text that was UTF-8, read somewhere on its way as Windows-1252 or Latin-1 and written out again: "GroÃŸ" for
 * "Groß", "â€™" for "’", "Ã¶" for "ö". A copy from a page whose declared charset was wrong, a feed run through the
 * wrong decoder: the file itself decodes cleanly, so only its characters tell. Each run of characters that are the
 * Windows-1252 (or Latin-1) reading of one well-formed UTF-8 sequence of two to four bytes is that sequence's
 * character again; nothing else changes. A text is repaired only when it holds {@link #MIN_SEQUENCES} such runs or
 * more: one alone ("Ã©" in a list of symbols) is more likely meant.
 */
final class MisdecodedText {

    /** Runs needed before a text is taken for misdecoded. */
    static final int MIN_SEQUENCES = 2;
    /** Windows-1252's characters for the bytes 0x80 to 0x9F; U+FFFF where it has none (Latin-1's C1 control then). */
    private static final String CP1252_HIGH = "€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ";

    private MisdecodedText() {
    }

    /** How many runs of {@code text} read back to one UTF-8 character. */
    static int sequences(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int length = sequenceAt(text, i);
            count += length > 0 ? 1 : 0;
            i += Math.max(1, length);
        }
        return count;
    }

    /** {@code text} with every such run made its character again. */
    static String repair(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int length = sequenceAt(text, i);
            if (length == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(decode(text, i, length));
            i += length;
            copied = i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The length of the run at {@code i} that reads back to one UTF-8 character, or 0. */
    private static int sequenceAt(String text, int i) {
        int lead = byteOf(text.charAt(i));
        int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuations == 0 || i + continuations >= text.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return decode(text, i, continuations + 1) == null ? 0 : continuations + 1;
    }

    /** The character the bytes of the run read as, or null where they are no well-formed UTF-8. */
    private static String decode(String text, int from, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) byteOf(text.charAt(from + k));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // overlong, a surrogate, beyond U+10FFFF: characters that only look like such a run
            return null;
        }
    }

    /** The byte Windows-1252, else Latin-1, writes {@code c} as; -1 for a character neither has. */
    private static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        int high = c == '\uFFFF' ? -1 : CP1252_HIGH.indexOf(c);
        if (high >= 0) {
            return 0x80 + high;
        }
        // a C1 control: Latin-1 read the byte as itself
        return c >= 0x80 && c < 0xA0 ? c : -1;
    }
}
