package org.polypress.ingest;

import java.util.List;
import java.util.Objects;
import org.polypress.model.Source;

/**
 * What was read from a dropped file.
 *
 * @param text           the extracted text, as Tika extracted it or, for plain text, as Polypress
 *                       decoded it
 * @param source         the file it came from
 * @param statedLanguage a language the source states (file name such as {@code story.fr.txt},
 *                       document metadata), or null
 * @param statedTitle    a title the document's metadata states, or null
 * @param stated         the date and authors the document's metadata states, for the recognizer to fall back
 *                       on when the text shows none
 * @param images         the source's pictures, each placed among the text's blocks, in document order; empty
 *                       for plain text
 */
public record Extraction(String text, Source source, String statedLanguage, String statedTitle,
        StatedMetadata stated, List<PlacedImage> images) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        stated = stated == null ? StatedMetadata.NONE : stated;
        images = List.copyOf(images);
    }

    /** An extraction without pictures. */
    public Extraction(String text, Source source, String statedLanguage, String statedTitle,
            StatedMetadata stated) {
        this(text, source, statedLanguage, statedTitle, stated, List.of());
    }

    /** An extraction whose metadata states no date and no author. */
    public Extraction(String text, Source source, String statedLanguage, String statedTitle) {
        this(text, source, statedLanguage, statedTitle, StatedMetadata.NONE);
    }
}
