package org.polypress.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with a {@link CharsetDecoder} that reports bad input instead of replacing it, so every
 * undecodable sequence is found and counted; it still becomes one U+FFFD, as a replacing decoder would
 * write it, so the text around it is kept.
 */
public final class StrictDecoder {

    private static final char REPLACEMENT = '\uFFFD';

    private StrictDecoder() {
    }

    /** Decodes {@code bytes} from offset {@code from} (past a byte-order mark) to the end. */
    public static DecodedText decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer chunk = CharBuffer.allocate(8192);
        StringBuilder text = new StringBuilder(bytes.length - from);
        int undecodable = 0;
        int first = -1;
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            drain(chunk, text);
            if (result.isError()) {
                first = first < 0 ? in.position() : first;
                undecodable += result.length();
                in.position(in.position() + result.length());
                text.append(REPLACEMENT);
            } else if (result.isUnderflow()) {
                break;
            }
        }
        // flush: stateful decoders may hold a last character
        while (decoder.flush(chunk).isOverflow()) {
            drain(chunk, text);
        }
        drain(chunk, text);
        return new DecodedText(text.toString(), undecodable, first);
    }

    private static void drain(CharBuffer chunk, StringBuilder text) {
        chunk.flip();
        text.append(chunk);
        chunk.clear();
    }
}
