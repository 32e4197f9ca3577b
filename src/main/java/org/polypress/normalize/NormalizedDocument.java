package org.polypress.normalize;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.polypress.ingest.Extraction;
import org.polypress.ingest.PlacedImage;
import org.polypress.ingest.SourceBlock;

/**
 * Normalized blocks with their language, ready for recognition.
 *
 * @param extraction what the ingest stage read
 * @param blocks     the normalized blocks, each with the hint its source gave it; none is empty but a picture
 * @param language   the language, script and direction of their text
 * @param images     the source's pictures, each placed among {@code blocks}
 */
public record NormalizedDocument(Extraction extraction, List<SourceBlock> blocks, Language language,
        List<PlacedImage> images) {
    public NormalizedDocument {
        Objects.requireNonNull(extraction, "extraction");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(language, "language");
        images = List.copyOf(images);
    }

    /** The text of the blocks, pictures left out: a block's lines on lines, blocks apart by a blank line. */
    public String text() {
        return blocks.stream().filter(b -> b.hint() != SourceBlock.Hint.PICTURE).map(SourceBlock::joined)
                .collect(Collectors.joining("\n\n"));
    }
}
