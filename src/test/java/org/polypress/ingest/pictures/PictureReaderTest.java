package org.polypress.ingest.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.OfficeDocuments;

/** Pictures' real types, sizes and names; what is kept, converted and refused. */
class PictureReaderTest {

    private static final PictureReader READER = new PictureReader(new AutoDetectParser().getDetector(), 1_000_000);

    @Test
    void pngIsKeptByteForByteUnderItsDigest() {
        byte[] png = OfficeDocuments.png(30, 20);
        PictureReader.Result read = READER.read(png, "photo.jpg", "alt");
        assertArrayEquals(png, read.image().bytes());
        assertEquals("image/png", read.image().mediaType(), "the bytes say PNG, whatever the name says");
        assertEquals(30, read.image().width());
        assertEquals(20, read.image().height());
        assertTrue(read.image().path().matches("images/[0-9a-f]{16}\\.png"), read.image().path());
    }

    @Test
    void webpSizeIsReadFromItsHeader() {
        PictureReader.Result lossless = READER.read(webpLossless(300, 200), "a.webp", null);
        assertEquals("image/webp", lossless.image().mediaType());
        assertEquals(300, lossless.image().width());
        assertEquals(200, lossless.image().height());
        assertTrue(lossless.image().path().endsWith(".webp"));
        PictureReader.Result extended = READER.read(webpExtended(1024, 768), "b.webp", null);
        assertEquals(1024, extended.image().width());
        assertEquals(768, extended.image().height());
    }

    @Test
    void svgSizeComesFromItsAttributesOrViewBox() {
        PictureReader.Result sized = READER.read(svg("width=\"120px\" height=\"80\""), "a.svg", null);
        assertEquals("image/svg+xml", sized.image().mediaType());
        assertEquals(120, sized.image().width());
        assertEquals(80, sized.image().height());
        PictureReader.Result boxed = READER.read(svg("viewBox=\"0 0 640 480\""), "b.svg", null);
        assertEquals(640, boxed.image().width());
    }

    @Test
    void scriptedSvgAndSvgWithADoctypeAreRefused() {
        byte[] scripted = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
        assertNull(READER.read(scripted, "s.svg", null).image());
        byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        PictureReader.Result read = READER.read(entity, "e.svg", null);
        assertNull(read.image());
        assertTrue(read.warning().startsWith("the picture e.svg was left out"), read.warning());
    }

    @Test
    void pictureOfTooManyPixelsIsRefusedFromItsHeaderAlone() {
        // a PNG header claiming 10,000 × 10,000 pixels, with no pixel data: decoding it would fail, reading its
        // header does not
        PictureReader.Result read = READER.read(pngHeader(10_000, 10_000), "huge.png", null);
        assertNull(read.image());
        assertTrue(read.warning().contains("100000000 pixels"), read.warning());
    }

    @Test
    void fileOverTheByteLimitIsRefused() {
        PictureReader small = new PictureReader(new AutoDetectParser().getDetector(), 50);
        PictureReader.Result read = small.read(OfficeDocuments.png(64, 64), "big.png", null);
        assertNull(read.image());
        assertTrue(read.warning().contains("the limit is 50"), read.warning());
    }

    @Test
    void bytesThatAreNoPictureAreRefusedWithAWarning() {
        PictureReader.Result read = READER.read("not a picture".getBytes(StandardCharsets.UTF_8), "x.png", null);
        assertNull(read.image());
        assertTrue(read.warning().contains("x.png"), read.warning());
    }

    private static byte[] svg(String attributes) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><rect width=\"1\" height=\"1\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] webpLossless(int width, int height) {
        ByteBuffer b = riff("VP8L", 10);
        b.put((byte) 0x2f);
        int bits = (width - 1) | (height - 1) << 14;
        b.putInt(bits);
        return b.array();
    }

    private static byte[] webpExtended(int width, int height) {
        ByteBuffer b = riff("VP8X", 10);
        b.putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    private static ByteBuffer riff(String chunk, int chunkSize) {
        ByteBuffer b = ByteBuffer.allocate(20 + chunkSize + 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + chunkSize);
        b.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII))
                .putInt(chunkSize);
        return b;
    }

    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
