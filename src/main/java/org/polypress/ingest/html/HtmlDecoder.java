package org.polypress.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.polypress.ingest.text.CharsetDecider;
import org.polypress.ingest.text.CharsetDecision;
import org.polypress.ingest.text.DecodedText;
import org.polypress.ingest.text.StrictDecoder;

/**
 * Decodes the bytes of an HTML page. The encoding the page declares ({@code <meta charset>}, read by Tika's
 * {@link HtmlEncodingDetector}) is tried first, as browsers do; when it leaves undecodable bytes and UTF-8
 * leaves none, UTF-8 wins: pages saved again by a modern tool are re-encoded as UTF-8 while their old
 * {@code charset=GB2312} declaration stays; so does a page declaring a single-byte encoding (ISO-8859-1,
 * windows-1252), which never fails to decode, whose bytes are UTF-8 with letters beyond ASCII. A page that
 * declares nothing is read as UTF-8 when it is valid
 * UTF-8, else by Polypress's plain-text {@link CharsetDecider}.
 */
final class HtmlDecoder {

    private final HtmlEncodingDetector declared = new HtmlEncodingDetector();

    /**
     * The page as text, with the encoding chosen, how sure the choice is, and what could not be decoded. A
     * declared encoding the bytes agree with, or UTF-8 that every byte is, is sure (100) but for the share of
     * bytes that could not be decoded; a page that declares nothing and is no UTF-8 has its encoding guessed,
     * with the guess's confidence.
     */
    DecodedHtml decode(byte[] bytes) {
        Charset stated = declaredCharset(bytes);
        DecodedText utf8 = StrictDecoder.decode(bytes, bomLength(bytes), StandardCharsets.UTF_8);
        if (stated != null && !StandardCharsets.UTF_8.equals(stated)) {
            DecodedText asStated = StrictDecoder.decode(bytes, 0, stated);
            if (asStated.undecodableBytes() > 0 && utf8.undecodableBytes() == 0) {
                return result(utf8, StandardCharsets.UTF_8, bytes.length, List.of(String.format(Locale.ROOT,
                        "the page declares %s, but %d bytes are not %s while all are UTF-8: read as UTF-8",
                        stated.name(), asStated.undecodableBytes(), stated.name())));
            }
            if (isSingleByte(stated) && utf8.undecodableBytes() == 0 && hasMultiByteSequence(bytes)) {
                // a single-byte encoding decodes any bytes, so it never fails: but text in it that is also valid
                // UTF-8 with letters beyond ASCII is, in practice, a page saved again as UTF-8
                return result(utf8, StandardCharsets.UTF_8, bytes.length, List.of(String.format(Locale.ROOT,
                        "the page declares %s, but its bytes are UTF-8 with letters beyond ASCII: read as UTF-8",
                        stated.name())));
            }
            return result(asStated, stated, bytes.length, List.of());
        }
        if (stated != null || utf8.undecodableBytes() == 0) {
            return result(utf8, StandardCharsets.UTF_8, bytes.length, List.of());
        }
        CharsetDecision decision = CharsetDecider.decide(bytes, null);
        DecodedText guessed = StrictDecoder.decode(bytes, decision.bomLength(), decision.charset());
        DecodedHtml html = result(guessed, decision.charset(), bytes.length, decision.doubts());
        return new DecodedHtml(html.html(), html.charset(), Math.min(decision.confidence(), html.confidence()),
                html.warnings());
    }

    private Charset declaredCharset(byte[] bytes) {
        try (InputStream in = TikaInputStream.get(bytes)) {
            return declared.detect(in, new Metadata());
        } catch (IOException e) {
            // unreachable for bytes in memory: the page then declares nothing we could read
            return null;
        }
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    /** Whether the bytes hold a byte beyond ASCII (valid UTF-8 has them only in multi-byte sequences). */
    private static boolean hasMultiByteSequence(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    private static DecodedHtml result(DecodedText decoded, Charset charset, int length, List<String> doubts) {
        List<String> warnings = new ArrayList<>(doubts);
        if (decoded.undecodableBytes() > 0) {
            warnings.add(String.format(Locale.ROOT, "%d bytes could not be decoded as %s, first at byte %d; "
                    + "they are shown as \uFFFD", decoded.undecodableBytes(), charset.name(), decoded.firstUndecodable()));
        }
        int confidence = length == 0 ? 100 : (int) (100L * (length - decoded.undecodableBytes()) / length);
        return new DecodedHtml(decoded.text(), charset.name(), confidence, warnings);
    }
}
