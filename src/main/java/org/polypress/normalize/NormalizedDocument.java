package org.polypress.normalize;

import java.util.Objects;
import org.polypress.ingest.Extraction;

/**
 * Normalized text with its language, ready for recognition.
 *
 * @param extraction what the ingest stage read
 * @param text       the normalized text: blocks separated by one blank line
 * @param language   its language, script and direction
 */
public record NormalizedDocument(Extraction extraction, String text, Language language) {
    public NormalizedDocument {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
