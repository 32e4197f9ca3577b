package org.polypress.ingest;

import java.util.Objects;
import org.polypress.model.Image;

/**
 * A picture of the source and where it stands among the text's blocks.
 *
 * @param block how many blocks of the text (blocks are separated by a blank line) stand before it: 0 before the
 *              first block, the number of blocks after the last; or {@link #UNPLACED}
 * @param image the image file, its {@code alt} the text alternative the source gives it, or null
 */
public record PlacedImage(int block, Image image) {

    /**
     * The place of a picture the text does not show anywhere (a bundle's picture no line names): it goes to the
     * first figure still without a picture, else to the end.
     */
    public static final int UNPLACED = -1;

    public PlacedImage {
        Objects.requireNonNull(image, "image");
        if (block < UNPLACED) {
            throw new IllegalArgumentException("block must not be negative: " + block);
        }
    }

    /** Whether the text shows where the picture stands. */
    public boolean placed() {
        return block != UNPLACED;
    }
}
