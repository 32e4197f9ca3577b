package org.polypress.ingest;

import java.util.Objects;
import org.polypress.model.Image;

/**
 * A picture of the source and where it stands among the text's blocks.
 *
 * @param block how many blocks of the text (blocks are separated by a blank line) stand before it: 0 before the
 *              first block, the number of blocks after the last
 * @param image the image file, its {@code alt} the text alternative the source gives it, or null
 */
public record PlacedImage(int block, Image image) {
    public PlacedImage {
        Objects.requireNonNull(image, "image");
        if (block < 0) {
            throw new IllegalArgumentException("block must not be negative: " + block);
        }
    }
}
