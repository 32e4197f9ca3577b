package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a Range header asks of a file, as RFC 9110 (section 14) reads it; ServeHttpTest asks the server itself. */
class ByteRangeTest {

    @Test
    void oneRangeOfEachFormIsAPartCutToTheFilesEnd() {
        assertEquals(new ByteRange.Part(0, 99, 1000), ByteRange.of("bytes=0-99", 1000));
        assertEquals(new ByteRange.Part(900, 999, 1000), ByteRange.of("bytes=900-", 1000));
        assertEquals(new ByteRange.Part(950, 999, 1000), ByteRange.of("bytes=-50", 1000));
        assertEquals(new ByteRange.Part(990, 999, 1000), ByteRange.of("bytes=990-5000", 1000));
        assertEquals(new ByteRange.Part(0, 999, 1000), ByteRange.of("bytes=-5000", 1000), "more than there is: all");
        assertEquals(new ByteRange.Part(5, 999, 1000), ByteRange.of("bytes=5-99999999999999999999999", 1000));
        assertEquals(new ByteRange.Part(3, 4, 1000), ByteRange.of(" BYTES = 3 - 4 ", 1000), "case and spaces");
        assertEquals("bytes 3-4/1000", new ByteRange.Part(3, 4, 1000).contentRange());
    }

    @Test
    void aRangeWithNoByteOfTheFileIsUnsatisfiable() {
        assertEquals(new ByteRange.Unsatisfiable(1000), ByteRange.of("bytes=1000-", 1000));
        assertEquals(new ByteRange.Unsatisfiable(1000), ByteRange.of("bytes=1000-1001", 1000));
        assertEquals(new ByteRange.Unsatisfiable(1000), ByteRange.of("bytes=-0", 1000));
        assertEquals(new ByteRange.Unsatisfiable(0), ByteRange.of("bytes=0-", 0));
        assertEquals("bytes */1000", new ByteRange.Unsatisfiable(1000).contentRange());
    }

    @Test
    void noRangeSeveralRangesOrAMalformedOneAskTheWholeFile() {
        for (String header : new String[] {null, "", "bytes=0-1,5-6", "bytes=-5, 0-1", "bytes=5-2", "bytes=-", "bytes=a-b",
            "bytes=1", "items=0-1", "bytes 0-1", "bytes=+1-2", "bytes=1--2"}) {
            assertEquals(new ByteRange.Whole(), ByteRange.of(header, 1000), String.valueOf(header));
        }
    }
}
