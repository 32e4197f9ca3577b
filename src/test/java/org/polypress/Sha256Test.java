package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one SHA-256 the content keys, tags and name digests come from. */
class Sha256Test {

    @Test
    void theDigestIsSixtyFourLowerCaseHexDigitsOfTheUtf8Bytes() {
        // the FIPS 180-2 example
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals(Sha256.hex("Статья".getBytes(StandardCharsets.UTF_8)), Sha256.hex("Статья"));
    }
}
