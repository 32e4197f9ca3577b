package org.polypress.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plain-text file. Polypress, not Tika, decides its encoding ({@link CharsetDecider}) and decodes it
 * with a {@link StrictDecoder}: Tika's guess cannot be told apart from a certainty, and its decoder replaces
 * bad bytes without a word. Here a guess Polypress is unsure of, and every byte it could not decode, is
 * reported in the article's source.
 */
public final class PlainTextReader {

    /**
     * @param bytes          the whole file
     * @param statedLanguage a language the file name states (BCP 47), or null
     */
    public PlainText read(byte[] bytes, String statedLanguage) {
        CharsetDecision decision = CharsetDecider.decide(bytes, statedLanguage);
        DecodedText decoded = StrictDecoder.decode(bytes, decision.bomLength(), decision.charset());
        List<String> warnings = new ArrayList<>(decision.doubts());
        if (decoded.undecodableBytes() > 0) {
            warnings.add(undecodable(decoded));
        }
        return new PlainText(decoded.text(), decision.charset().name(), decision.confidence(), warnings);
    }

    private static String undecodable(DecodedText decoded) {
        int count = decoded.undecodableBytes();
        if (count == 1) {
            return String.format(Locale.ROOT, "1 byte could not be decoded, at byte %d; it is shown as \uFFFD",
                    decoded.firstUndecodable());
        }
        return String.format(Locale.ROOT, "%d bytes could not be decoded, first at byte %d; they are shown as \uFFFD",
                count, decoded.firstUndecodable());
    }
}
