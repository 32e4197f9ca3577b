package org.polypress.ingest.pictures;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The canvas size a WebP file states in its RIFF header (the JDK has no WebP reader). A WebP file is
 * {@code RIFF <size> WEBP} and a first chunk: {@code VP8 } (lossy: a key frame header with 14-bit width and
 * height), {@code VP8L} (lossless: a signature byte, then width−1 and height−1 in 14 bits each) or {@code VP8X}
 * (extended: flags, then canvas width−1 and height−1 in 24 bits each), all little-endian.
 */
final class WebpSize {

    private WebpSize() {
    }

    /** {width, height}, or empty when the bytes are not a WebP header this reads. */
    static Optional<int[]> of(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(b, 12, "VP8 ") && (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01 && (b[25] & 0xff) == 0x2a) {
            return size(u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff);
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xff) == 0x2f) {
            long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
            return size((int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1);
        }
        if (ascii(b, 12, "VP8X")) {
            return size(u24(b, 24) + 1, u24(b, 27) + 1);
        }
        return Optional.empty();
    }

    private static Optional<int[]> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        return Arrays.equals(b, at, at + 4, expected.getBytes(StandardCharsets.US_ASCII), 0, 4);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
