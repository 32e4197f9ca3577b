package org.polypress.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.SourceBlock;

/** A plain text cut into the blocks a reader sees, none of them hinted. */
class PlainTextBlocksTest {

    private static List<String> blocks(String text) {
        return PlainTextBlocks.split(text).stream().map(SourceBlock::joined).toList();
    }

    @Test
    void blankLinesSeparateBlocksAndALineBreakStaysInsideItsBlock() {
        assertEquals(List.of("Headline", "A caption.\nPhoto: Jane Roe", "A paragraph."),
                blocks("Headline\r\n\r\nA caption.\nPhoto: Jane Roe\n\n\n\nA paragraph.\n"));
    }

    @Test
    void lineOfInvisibleCharactersIsABlankLine() {
        assertEquals(List.of("One.", "Two."), blocks("One.\n \u200B\uFEFF\t\nTwo."));
    }

    @Test
    void blockWhoseLinesEachCloseASentenceIsOneBlockALine() {
        assertEquals(List.of("Headline", "First paragraph ends here.", "Second paragraph ends here.",
                "Third one too."), blocks("Headline\n\nFirst paragraph ends here.\nSecond paragraph ends here.\n"
                + "Third one too."));
    }

    @Test
    void listWhoseItemsCloseSentencesStaysOneBlock() {
        assertEquals(List.of("Errands", "- Buy bread.\n- Call home.\n- Walk the dog."),
                blocks("Errands\n\n- Buy bread.\n- Call home.\n- Walk the dog."));
    }

    @Test
    void textWithoutAnyBlankLineIsOneBlockALine() {
        assertEquals(List.of("Headline", "By Jane Roe", "The text"), blocks("Headline\nBy Jane Roe\nThe text"));
    }

    @Test
    void eachBlockKnowsTheBlankLineSeparatedBlockItComesFrom() {
        PlainTextBlocks.Split split = PlainTextBlocks.splitWithOrigins("Headline\n\nOne.\nTwo.\nThree.\n\nEnd.");
        assertEquals(List.of(0, 1, 1, 1, 2), split.origins());
        assertEquals(4, split.firstFrom(2));
        assertTrue(split.blocks().stream().allMatch(b -> b.hint() == SourceBlock.Hint.NONE));
    }
}
