package org.polypress.ingest.text;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * The character encoding chosen for a plain-text file.
 *
 * @param charset    the encoding to decode with
 * @param bomLength  bytes of byte-order mark to skip before decoding (0 when there is none)
 * @param confidence 0 to 100: how sure the choice is
 * @param doubts     why the choice may be wrong, in plain words; empty when it is sure
 */
public record CharsetDecision(Charset charset, int bomLength, int confidence, List<String> doubts) {

    public CharsetDecision {
        Objects.requireNonNull(charset, "charset");
        if (bomLength < 0 || bomLength > 3) {
            throw new IllegalArgumentException("bomLength must be 0 to 3: " + bomLength);
        }
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0 to 100: " + confidence);
        }
        doubts = List.copyOf(doubts);
    }

    /** A choice that leaves no doubt. */
    static CharsetDecision sure(Charset charset, int bomLength, int confidence) {
        return new CharsetDecision(charset, bomLength, confidence, List.of());
    }
}
