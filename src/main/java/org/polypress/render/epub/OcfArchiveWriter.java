package org.polypress.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the EPUB's files into its OCF zip container, byte-identical for identical files.
 *
 * <p>The {@code mimetype} file comes first, stored uncompressed with its size and CRC in the local
 * header and no extra field, so a reader can recognise an EPUB from its first bytes. Every entry
 * carries the same local time through {@link ZipEntry#setTimeLocal}: no clock and no time zone
 * reaches the bytes, and no extended-timestamp extra field is added.
 */
final class OcfArchiveWriter {

    /** One file of the archive: its path inside the zip and its bytes. */
    record ArchiveFile(String path, byte[] bytes) {
    }

    /**
     * The time of every entry: 1 February 1980 (Gradle's choice for reproducible archives). Not
     * 1 January 1980 00:00: that is the JDK's "before 1980" sentinel, for which {@code setTimeLocal}
     * adds an extended-timestamp extra field computed in the JVM's time zone. That breaks both
     * epubcheck (PKG-005, no extra field on {@code mimetype}) and byte-identity across zones.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private static final byte[] MIMETYPE = PublicationLayout.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);

    /** The zip bytes: {@code mimetype}, then the files in the order given, deflated. */
    byte[] write(List<ArchiveFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            writeStored(zip, PublicationLayout.MIMETYPE_PATH, MIMETYPE);
            for (ArchiveFile file : files) {
                writeDeflated(zip, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the EPUB archive in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void writeStored(ZipOutputStream zip, String path, byte[] content) throws IOException {
        ZipEntry entry = entry(path);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void writeDeflated(ZipOutputStream zip, ArchiveFile file) throws IOException {
        ZipEntry entry = entry(file.path());
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(file.bytes());
        zip.closeEntry();
    }

    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }
}
