package org.polypress.ingest.pictures;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.polypress.Sha256;
import org.polypress.model.Image;

/**
 * Turns the bytes of a picture found in a source into the image file Polypress publishes: its real type
 * detected from its bytes (Tika's detector, not its name), its size in pixels, and a stable name. The types an
 * EPUB reading system must show (JPEG, PNG, GIF, WebP, SVG) are kept byte for byte; any other type the JDK can
 * read (BMP, TIFF, WBMP) is re-encoded as PNG; what cannot be read is refused with a warning, never published
 * broken. A file over {@link #maxBytes} or a picture of more than {@link #MAX_PIXELS} pixels is refused before
 * it is decoded: its size is read from its header. Thread-safe.
 */
public final class PictureReader {

    /** 50 megapixels: a larger picture would take gigabytes to decode, and no article page needs it. */
    static final long MAX_PIXELS = 50_000_000L;
    /** The default largest picture file: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Kept as they are, with their extension: the EPUB 3.3 core media types for pictures. */
    private static final Map<String, String> KEPT = Map.of(
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/gif", "gif",
            "image/webp", "webp",
            "image/svg+xml", "svg");

    private final Detector detector;
    private final long maxBytes;

    /**
     * @param detector Tika's detector, shared with the extractor
     * @param maxBytes the largest picture file accepted
     */
    public PictureReader(Detector detector, long maxBytes) {
        this.detector = detector;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest picture file accepted. */
    public long maxBytes() {
        return maxBytes;
    }

    /** A picture that could be read, or why it could not: one of the two is null. */
    public record Result(Image image, String warning) {
    }

    /**
     * Reads one picture.
     *
     * @param bytes its bytes
     * @param name  its name in the source, for warnings ({@code image1.png}, {@code photo.jpg})
     * @param alt   the text alternative the source gives it, or null
     */
    public Result read(byte[] bytes, String name, String alt) {
        if (bytes.length == 0) {
            return refused(name, "it is empty");
        }
        if (bytes.length > maxBytes) {
            return refused(name, "it has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        String type = detect(bytes, name);
        try {
            if ("image/webp".equals(type)) {
                return sized(bytes, type, WebpSize.of(bytes), name, alt);
            }
            if ("image/svg+xml".equals(type)) {
                return sized(bytes, type, SvgSize.of(bytes), name, alt);
            }
            Optional<int[]> size = headerSize(bytes);
            if (size.isEmpty()) {
                return refused(name, "it is not a picture Polypress can read (" + type + ")");
            }
            long pixels = (long) size.get()[0] * size.get()[1];
            if (pixels > MAX_PIXELS) {
                return refused(name, "it has " + pixels + " pixels (" + size.get()[0] + "x" + size.get()[1]
                        + "); the limit is " + MAX_PIXELS);
            }
            if (KEPT.containsKey(type)) {
                return new Result(image(bytes, type, size.get(), alt), null);
            }
            return reencoded(bytes, type, name, alt);
        } catch (IOException | RuntimeException e) {
            return refused(name, "it could not be read as " + type + " (" + e.getMessage() + ")");
        }
    }

    private Result sized(byte[] bytes, String type, Optional<int[]> size, String name, String alt) {
        if (size.isEmpty()) {
            return refused(name, "it is not a readable " + type + " picture");
        }
        return new Result(image(bytes, type, size.get(), alt), null);
    }

    /** Decoded (its size is known to be within bounds) and written as PNG, which every reading system shows. */
    private Result reencoded(byte[] bytes, String type, String name, String alt) throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
        if (picture == null) {
            return refused(name, "it is not a picture Polypress can read (" + type + ")");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", png)) {
            return refused(name, "it could not be converted from " + type + " to PNG");
        }
        return new Result(image(png.toByteArray(), "image/png", new int[] {picture.getWidth(), picture.getHeight()},
                alt), null);
    }

    private static Image image(byte[] bytes, String type, int[] size, String alt) {
        String path = "images/" + Sha256.hex(bytes).substring(0, 16) + "." + KEPT.get(type);
        return new Image(path, type, size[0], size[1], alt, bytes);
    }

    /** Width and height from the picture's header, without decoding its pixels; empty when no reader knows it. */
    private static Optional<int[]> headerSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        }
    }

    private String detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(bytes)) {
            // by its bytes only: a picture named .jpg that is a BMP is a BMP
            return detector.detect(in, metadata).getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static Result refused(String name, String why) {
        return new Result(null, "the picture " + name + " was left out: " + why);
    }

    /** The media types kept as they are. */
    static List<String> keptTypes() {
        return List.copyOf(KEPT.keySet());
    }
}
