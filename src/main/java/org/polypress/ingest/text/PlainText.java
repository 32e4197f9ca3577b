package org.polypress.ingest.text;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text file as Polypress decoded it.
 *
 * @param text              the decoded text, without a byte-order mark
 * @param charset           the Java canonical name of its encoding ({@code UTF-16LE}, {@code Shift_JIS})
 * @param charsetConfidence 0 to 100: how sure the choice of encoding is
 * @param warnings          doubts about the encoding and bytes that could not be decoded, in plain words
 */
public record PlainText(String text, String charset, int charsetConfidence, List<String> warnings) {

    public PlainText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
