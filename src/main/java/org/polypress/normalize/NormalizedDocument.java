package org.polypress.normalize;

import java.util.List;
import java.util.Objects;
import org.polypress.ingest.Extraction;
import org.polypress.ingest.PlacedImage;

/**
 * Normalized text with its language, ready for recognition.
 *
 * @param extraction what the ingest stage read
 * @param text       the normalized text: blocks separated by one blank line
 * @param language   its language, script and direction
 * @param images     the source's pictures, each placed among the blocks of {@code text}
 */
public record NormalizedDocument(Extraction extraction, String text, Language language, List<PlacedImage> images) {
    public NormalizedDocument {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        images = List.copyOf(images);
    }

    /** A document without pictures. */
    public NormalizedDocument(Extraction extraction, String text, Language language) {
        this(extraction, text, language, List.of());
    }
}
