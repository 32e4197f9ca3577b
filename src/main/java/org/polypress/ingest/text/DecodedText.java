package org.polypress.ingest.text;

import java.util.Objects;

/**
 * Bytes decoded in one encoding, with what could not be decoded: each bad sequence is one U+FFFD in
 * {@code text}, and is counted here so that it is reported rather than silently replaced.
 *
 * @param text              the decoded text
 * @param undecodableBytes  how many bytes formed no character in the encoding
 * @param firstUndecodable  the offset in the file (counted from 0) of the first of them, or -1 when there is none
 */
public record DecodedText(String text, int undecodableBytes, int firstUndecodable) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        if (undecodableBytes < 0) {
            throw new IllegalArgumentException("undecodableBytes must not be negative: " + undecodableBytes);
        }
        if ((undecodableBytes == 0) != (firstUndecodable == -1)) {
            throw new IllegalArgumentException("firstUndecodable is -1 exactly when no byte is undecodable: "
                    + firstUndecodable + " with " + undecodableBytes + " undecodable bytes");
        }
    }
}
