package org.polypress.ingest.html;

import java.util.List;
import java.util.Objects;

/**
 * An HTML page as Polypress decoded it.
 *
 * @param html     the page's markup as text
 * @param charset    the Java canonical name of the encoding it was read in
 * @param confidence 0 to 100: how sure the choice of {@code charset} is
 * @param warnings   doubts about the encoding and bytes that could not be decoded, in plain words
 */
record DecodedHtml(String html, String charset, int confidence, List<String> warnings) {

    DecodedHtml {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0 to 100: " + confidence);
        }
        warnings = List.copyOf(warnings);
    }
}
