package org.polypress.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.polypress.model.Block;
import org.polypress.model.Image;

/**
 * Gives each picture of the source to the figure its caption made, by position: a caption stands right under
 * its picture or right over it. A picture with a free caption on one side only takes that one; then, where
 * captions stand on both sides of a picture, the one under it (the usual place, and Word's default); a picture
 * with no free caption beside it becomes a figure of its own where it stands, with no caption. Either way the
 * image's text alternative is the source's own, else the caption. A picture whose place the text does not show
 * ({@link Placed#UNPLACED}: a bundle's picture no line names) goes, in order, to the first figure still without a
 * picture, else to the end of the body as a figure without caption.
 */
final class ImagePlacement {

    /**
     * A picture and the reader block it stands before.
     *
     * @param before the index of the reader block right after the picture (the number of blocks when it ends
     *               the text)
     */
    record Placed(int before, Image image) {
        static final int UNPLACED = -1;
    }

    private ImagePlacement() {
    }

    /**
     * The body with the pictures in it.
     *
     * @param body    the recognized body
     * @param origins for each body block, the reader block it was made from
     * @param images  the pictures in document order
     */
    static List<Block> place(List<Block> body, List<Integer> origins, List<Placed> images) {
        if (images.isEmpty()) {
            return body;
        }
        int[] figureOf = new int[images.size()];
        java.util.Arrays.fill(figureOf, -1);
        Set<Integer> taken = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < images.size(); i++) {
                if (figureOf[i] < 0 && images.get(i).before() != Placed.UNPLACED) {
                    List<Integer> free = freeCaptions(body, origins, images.get(i).before(), taken);
                    if (free.size() == 1) {
                        figureOf[i] = free.get(0);
                        taken.add(free.get(0));
                        changed = true;
                    }
                }
            }
        }
        for (int i = 0; i < images.size(); i++) {
            if (figureOf[i] < 0 && images.get(i).before() != Placed.UNPLACED) {
                List<Integer> free = freeCaptions(body, origins, images.get(i).before(), taken);
                if (!free.isEmpty()) {
                    figureOf[i] = free.get(0);
                    taken.add(free.get(0));
                }
            }
        }
        for (int i = 0; i < images.size(); i++) {
            if (figureOf[i] < 0 && images.get(i).before() == Placed.UNPLACED) {
                for (int j = 0; j < body.size() && figureOf[i] < 0; j++) {
                    if (body.get(j) instanceof Block.Figure figure && figure.image() == null && !taken.contains(j)) {
                        figureOf[i] = j;
                        taken.add(j);
                    }
                }
            }
        }
        return withImages(body, origins, images, figureOf);
    }

    /** The figures without a picture right under the picture (first) and right over it. */
    private static List<Integer> freeCaptions(List<Block> body, List<Integer> origins, int before, Set<Integer> taken) {
        List<Integer> free = new ArrayList<>(2);
        for (int side : new int[] {before, before - 1}) {
            for (int j = 0; j < body.size(); j++) {
                if (origins.get(j) == side && body.get(j) instanceof Block.Figure figure && figure.image() == null
                        && !taken.contains(j)) {
                    free.add(j);
                }
            }
        }
        return free;
    }

    private static List<Block> withImages(List<Block> body, List<Integer> origins, List<Placed> images,
            int[] figureOf) {
        List<Block> placed = new ArrayList<>(body);
        for (int i = 0; i < images.size(); i++) {
            if (figureOf[i] >= 0) {
                Block.Figure figure = (Block.Figure) body.get(figureOf[i]);
                placed.set(figureOf[i], new Block.Figure(figure.caption(), figure.credit(),
                        withAlt(images.get(i).image(), figure.caption())));
            }
        }
        // pictures without a caption, inserted from the last so the earlier positions stay right
        List<Block> result = new ArrayList<>(placed);
        for (int i = images.size() - 1; i >= 0; i--) {
            if (figureOf[i] < 0) {
                int at = body.size();
                for (int j = 0; j < body.size() && images.get(i).before() != Placed.UNPLACED; j++) {
                    if (origins.get(j) >= images.get(i).before()) {
                        at = j;
                        break;
                    }
                }
                result.add(at, new Block.Figure(null, null, withAlt(images.get(i).image(), null)));
            }
        }
        return result;
    }

    private static Image withAlt(Image image, String caption) {
        boolean ownAlt = image.alt() != null && !image.alt().isBlank();
        return ownAlt ? image : image.withAlt(caption == null || caption.isBlank() ? null : caption);
    }
}
