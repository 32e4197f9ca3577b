package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlockEvidenceTest {

    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\p{Z}]+");

    @Test
    void spaceRunsAreWrittenAsTheRegularExpressionWritesThem() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {"a" + c + "b", "a " + c + c + "b", String.valueOf(c), c + " x " + c}) {
                assertEquals(SPACE_RUNS.matcher(text).replaceAll(" "), BlockEvidence.oneSpaceEach(text),
                        "U+" + Integer.toHexString(c));
            }
        }
        String text = "\u2003Die  Fähre\u00a0fährt\n\twieder 😀\u2028.\u3000 ";
        assertEquals(SPACE_RUNS.matcher(text).replaceAll(" "), BlockEvidence.oneSpaceEach(text));
    }

    @Test
    void textWithSingleSpacesIsKeptAsItIs() {
        String text = "The ferry resumed its timetable on Monday.";
        assertSame(text, BlockEvidence.oneSpaceEach(text));
        assertEquals("the ferry resumed.", BlockEvidence.squash("  The   ferry\u00a0resumed.\n"));
    }
}
