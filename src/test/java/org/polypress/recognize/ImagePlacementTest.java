package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.model.Block;
import org.polypress.model.Image;

/** Pictures given to the caption beside them, under or over; alone where no caption is free. */
class ImagePlacementTest {

    private static final Image ONE = new Image("images/0000000000000001.png", "image/png", 1, 1, null);
    private static final Image TWO = new Image("images/0000000000000002.png", "image/png", 1, 1, "own words");

    @Test
    void captionsUnderTheirPictures() {
        // reader blocks: 0 text, [ONE], 1 caption A, 2 text, [TWO], 3 caption B
        List<Block> body = List.of(text("a"), caption("A"), text("b"), caption("B"));
        List<Block> placed = ImagePlacement.place(body, List.of(0, 1, 2, 3),
                List.of(new ImagePlacement.Placed(1, ONE), new ImagePlacement.Placed(3, TWO)));
        assertEquals(ONE.withAlt("A"), ((Block.Figure) placed.get(1)).image());
        assertEquals(TWO, ((Block.Figure) placed.get(3)).image(), "the source's own alt is kept");
    }

    @Test
    void captionsOverTheirPictures() {
        // reader blocks: 0 caption A, [ONE], 1 caption B, [TWO], 2 text
        List<Block> body = List.of(caption("A"), caption("B"), text("b"));
        List<Block> placed = ImagePlacement.place(body, List.of(0, 1, 2),
                List.of(new ImagePlacement.Placed(1, ONE), new ImagePlacement.Placed(2, TWO)));
        assertEquals("A", ((Block.Figure) placed.get(0)).image().alt(), placed.toString());
        assertEquals(TWO, ((Block.Figure) placed.get(1)).image(), placed.toString());
    }

    @Test
    void pictureWithoutCaptionIsAFigureOfItsOwnWhereItStands() {
        List<Block> body = List.of(text("a"), text("b"));
        List<Block> placed = ImagePlacement.place(body, List.of(0, 1), List.of(new ImagePlacement.Placed(1, ONE)));
        assertEquals(3, placed.size());
        Block.Figure figure = (Block.Figure) placed.get(1);
        assertNull(figure.caption());
        assertNull(figure.image().alt());
    }

    @Test
    void unplacedPictureTakesTheFirstFreeCaptionElseTheEnd() {
        List<Block> body = List.of(text("a"), caption("A"), text("b"));
        List<Block> placed = ImagePlacement.place(body, List.of(0, 1, 2), List.of(
                new ImagePlacement.Placed(ImagePlacement.Placed.UNPLACED, ONE),
                new ImagePlacement.Placed(ImagePlacement.Placed.UNPLACED, TWO)));
        assertEquals(ONE.withAlt("A"), ((Block.Figure) placed.get(1)).image());
        assertEquals(new Block.Figure(null, null, TWO), placed.get(3));
    }

    private static Block text(String text) {
        return new Block.Paragraph(text);
    }

    private static Block caption(String caption) {
        return new Block.Figure(caption, "Photo: X", null);
    }
}
