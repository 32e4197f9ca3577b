package org.polypress.ingest.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How many bytes a zip container (a bundle, a DOCX, an ODT) holds unpacked, counted while inflating and never
 * kept: the sizes a zip's headers state are never trusted. A zip bomb (a small file that inflates to gigabytes)
 * is refused after reading just past the limit, before any parser unpacks it into memory.
 */
public final class ZipContainer {

    private ZipContainer() {
    }

    /** Whether {@code bytes} start as a zip file does. */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * True when the entries of {@code zip} hold more than {@code limit} bytes unpacked. An unreadable zip is not
     * judged here: its reader says what is wrong with it.
     */
    public static boolean unpacksBeyond(byte[] zip, long limit) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                    if (total > limit) {
                        return true;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
