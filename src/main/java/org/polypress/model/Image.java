package org.polypress.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image file published beside the article, in its {@code images/} folder.
 *
 * @param path      path relative to the article folder: {@code images/} and a name made of the first 16 hex
 *                  digits of the SHA-256 of its bytes and its extension, so the same picture is one file
 * @param mediaType its media type
 * @param width     width in pixels, or 0 when unknown
 * @param height    height in pixels, or 0 when unknown
 * @param alt       text alternative: the one the source gives, else the figure's caption; null when there is
 *                  neither
 * @param bytes     the file's bytes, or null when only its description is known (an article read back from
 *                  its JSON without its folder); never exposed for change
 */
public record Image(String path, String mediaType, int width, int height, String alt, byte[] bytes) {

    /** {@code images/} and a name that cannot leave that folder. */
    private static final Pattern PUBLISHED_PATH = Pattern.compile("images/[0-9a-f]{16}\\.[a-z0-9]{2,5}");

    public Image {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative: " + width + "x" + height);
        }
        bytes = bytes == null ? null : bytes.clone();
    }

    /** An image known by its description only: renderers name it but cannot pack it. */
    public Image(String path, String mediaType, int width, int height, String alt) {
        this(path, mediaType, width, height, alt, null);
    }

    /** Whether {@code path} is one Polypress writes: {@code images/<16 hex digits>.<extension>}. */
    public static boolean isPublishedPath(String path) {
        return path != null && PUBLISHED_PATH.matcher(path).matches();
    }

    /** A copy of the file's bytes, or null when they are not known. */
    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** Whether the file's bytes are known, so it can be published and packed. */
    public boolean hasBytes() {
        return bytes != null;
    }

    /** The file's size in bytes, or -1 when its bytes are not known. */
    public int size() {
        return bytes == null ? -1 : bytes.length;
    }

    /** The file name inside {@code images/}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The same image with another text alternative. */
    public Image withAlt(String newAlt) {
        return new Image(path, mediaType, width, height, newAlt, bytes);
    }

    /** The same image with its bytes. */
    public Image withBytes(byte[] content) {
        return new Image(path, mediaType, width, height, alt, content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image o && path.equals(o.path) && mediaType.equals(o.mediaType) && width == o.width
                && height == o.height && Objects.equals(alt, o.alt) && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, mediaType, width, height, alt, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Image[path=" + path + ", mediaType=" + mediaType + ", width=" + width + ", height=" + height
                + ", alt=" + alt + ", bytes=" + (bytes == null ? "unknown" : bytes.length) + "]";
    }
}
