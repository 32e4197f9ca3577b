package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dates and validators of downloads, apart from the server (ServeHttpTest asks the server itself). */
class DownloadsTest {

    @Test
    void anHttpDateWritesTheDayOfTheMonthWithTwoDigits() {
        assertEquals("Mon, 03 Jun 2024 09:05:07 GMT", Downloads.httpDate(Instant.parse("2024-06-03T09:05:07.250Z")));
    }

    @Test
    void ifModifiedSinceIsReadInTheFixedFormAndTheOlderOneDigitForm() {
        Instant modified = Instant.parse("2024-06-03T09:05:07.250Z");
        assertTrue(Downloads.notModified("\"a\"", modified, null, "Mon, 03 Jun 2024 09:05:07 GMT"));
        assertTrue(Downloads.notModified("\"a\"", modified, null, "Mon, 3 Jun 2024 09:05:07 GMT"));
        assertFalse(Downloads.notModified("\"a\"", modified, null, "Mon, 03 Jun 2024 09:05:06 GMT"));
        assertFalse(Downloads.notModified("\"a\"", modified, null, "yesterday"));
    }

    @Test
    void ifNoneMatchTakesAListWeakTagsAndTheStarAndOutranksIfModifiedSince() {
        Instant modified = Instant.parse("2024-06-03T09:05:07Z");
        assertTrue(Downloads.notModified("\"a\"", modified, "\"b\", W/\"a\"", null));
        assertTrue(Downloads.notModified("\"a\"", modified, "*", null));
        assertFalse(Downloads.notModified("\"a\"", modified, "\"b\"", "Mon, 03 Jun 2024 09:05:07 GMT"));
    }

    @Test
    void ifRangeHoldsForThisVersionsStrongTagOrExactDateOnly() {
        Instant modified = Instant.parse("2024-06-03T09:05:07.250Z");
        assertTrue(Downloads.ifRangeHolds(null, "\"a\"", modified), "no If-Range");
        assertTrue(Downloads.ifRangeHolds("\"a\"", "\"a\"", modified));
        assertFalse(Downloads.ifRangeHolds("W/\"a\"", "\"a\"", modified), "a weak tag never matches");
        assertFalse(Downloads.ifRangeHolds("\"b\"", "\"a\"", modified));
        assertTrue(Downloads.ifRangeHolds("Mon, 03 Jun 2024 09:05:07 GMT", "\"a\"", modified));
        assertFalse(Downloads.ifRangeHolds("Mon, 03 Jun 2024 09:05:08 GMT", "\"a\"", modified), "a date, exactly");
        assertFalse(Downloads.ifRangeHolds("tomorrow", "\"a\"", modified));
    }
}
