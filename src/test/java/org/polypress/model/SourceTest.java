package org.polypress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    private static final String SHA = "93e398a31a53fef98c14b7cfa87a7e3ba992911bad9749c412e95c7ef8834a77";

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void confidenceOutsideZeroToHundredIsRefused(int confidence) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Source("a.txt", "text/plain", "UTF-8", confidence, SHA, 10, List.of()));
        assertEquals("charsetConfidence must be 0 to 100: " + confidence, e.getMessage());
    }

    @Test
    void confidenceWithoutACharsetIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Source("a.pdf", "application/pdf", null, 100, SHA, 10, List.of()));
    }

    @Test
    void formatWithoutATextEncodingHasNeitherCharsetNorConfidence() {
        Source source = new Source("a.pdf", "application/pdf", null, null, SHA, 10, List.of());
        assertEquals(null, source.charsetConfidence());
    }

    @Test
    void blankOrMissingWarningsAreRefused() {
        assertThrows(NullPointerException.class,
                () -> new Source("a.txt", "text/plain", "UTF-8", 100, SHA, 10, null));
        assertThrows(NullPointerException.class,
                () -> new Source("a.txt", "text/plain", "UTF-8", 100, SHA, 10, Arrays.asList("fine", null)));
        assertThrows(IllegalArgumentException.class,
                () -> new Source("a.txt", "text/plain", "UTF-8", 100, SHA, 10, List.of(" ")));
    }

    @Test
    void warningsAreCopiedSoTheSourceStaysAsMade() {
        List<String> warnings = new ArrayList<>();
        warnings.add("1 byte could not be decoded, at byte 4; it is shown as \uFFFD");
        Source source = new Source("a.txt", "text/plain", "UTF-8", 99, SHA, 10, warnings);
        warnings.clear();
        assertEquals(1, source.warnings().size());
        assertThrows(UnsupportedOperationException.class, () -> source.warnings().add("more"));
    }
}
