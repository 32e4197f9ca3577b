package org.polypress.ingest.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.polypress.PipelineException;
import org.polypress.Stage;

/**
 * A zip bundle dropped into the drop folder: exactly one article file (txt, html, docx, odt, rtf, pdf) and the
 * pictures it shows. Read with {@code java.util.zip} entry by entry; nothing is written to disk. Refused, with the
 * reason: an entry whose path leaves the bundle's folder ({@code ../x}, an absolute path, a drive letter, a
 * backslash), more than {@link #MAX_ENTRIES} entries, more bytes unpacked than the limit (counted while
 * inflating: the sizes a zip header states are never trusted), a zip inside the zip, no article file or several.
 * {@code __MACOSX/} and files whose name starts with a dot are not the bundle's content and are skipped; other
 * files are left out with a warning.
 *
 * @param articleName the article file's path inside the bundle
 * @param article     its bytes
 * @param pictures    the pictures by their path inside the bundle, in path order
 * @param warnings    the files left out
 */
public record Bundle(String articleName, byte[] article, Map<String, byte[]> pictures, List<String> warnings) {

    static final int MAX_ENTRIES = 1_000;
    private static final Set<String> ARTICLES = Set.of("txt", "text", "html", "htm", "xhtml", "docx", "odt", "rtf",
            "pdf");
    private static final Set<String> PICTURES = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif",
            "tiff");
    private static final Set<String> ZIPS = Set.of("zip", "jar", "7z", "gz", "tgz", "rar", "epub");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    public Bundle {
        pictures = Collections.unmodifiableMap(new TreeMap<>(pictures));
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads a bundle.
     *
     * @param zip      its bytes
     * @param maxBytes the most bytes its entries may hold together, unpacked
     */
    public static Bundle read(byte[] zip, long maxBytes) throws PipelineException {
        Map<String, byte[]> articles = new TreeMap<>();
        Map<String, byte[]> pictures = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long total = 0;
        int entries = 0;
        // counted first without keeping a byte: a bomb is refused before anything of it is held in memory
        if (ZipContainer.unpacksBeyond(zip, maxBytes)) {
            throw tooLarge(maxBytes);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new PipelineException(Stage.INGEST, "The bundle holds too many files",
                            "more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                requireInside(name);
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                byte[] bytes = readCounted(in, maxBytes - total, maxBytes);
                total += bytes.length;
                String extension = extension(name);
                if (ZIPS.contains(extension)
                        || ZipContainer.isZip(bytes) && !"docx".equals(extension) && !"odt".equals(extension)) {
                    throw new PipelineException(Stage.INGEST, "The bundle holds another archive: " + name,
                            "a bundle holds one article and its pictures, not archives");
                }
                if (ARTICLES.contains(extension)) {
                    articles.put(name, bytes);
                } else if (PICTURES.contains(extension)) {
                    pictures.put(name, bytes);
                } else {
                    warnings.add("the bundle's file " + name + " was left out: it is neither an article nor a picture");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PipelineException(Stage.INGEST, "The bundle is not a readable zip file",
                    org.polypress.PlainWords.of(e), e);
        }
        if (articles.isEmpty()) {
            throw new PipelineException(Stage.INGEST, "The bundle holds no article file",
                    "expected one .txt, .html, .docx, .odt, .rtf or .pdf file; found " + entries + " entries");
        }
        if (articles.size() > 1) {
            throw new PipelineException(Stage.INGEST, "The bundle holds several article files",
                    String.join(", ", articles.keySet()) + "; a bundle holds one article and its pictures");
        }
        Map.Entry<String, byte[]> article = articles.entrySet().iterator().next();
        return new Bundle(article.getKey(), article.getValue(), pictures, warnings);
    }

    /** Refuses a path that could name a file outside the bundle's folder, however a zip tool reads it. */
    private static void requireInside(String name) throws PipelineException {
        boolean leaves = name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()
                || name.indexOf('\0') >= 0;
        for (String segment : name.split("/")) {
            leaves |= "..".equals(segment);
        }
        if (leaves) {
            throw new PipelineException(Stage.INGEST, "The bundle holds an entry that leaves its folder: " + name,
                    "entries must be relative paths inside the bundle, without .., a drive letter or backslashes");
        }
    }

    /** Finder's {@code __MACOSX/} copies and dot files (.DS_Store, ._photo.jpg) are not the bundle's content. */
    private static boolean skipped(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".") || "__MACOSX".equals(segment)) {
                return true;
            }
        }
        return false;
    }

    /** The entry's bytes, refusing more than {@code left}: counted as they inflate. */
    private static byte[] readCounted(InputStream in, long left, long maxBytes) throws IOException, PipelineException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, left) + 1));
        if (bytes.length > left) {
            throw tooLarge(maxBytes);
        }
        return bytes;
    }

    private static PipelineException tooLarge(long maxBytes) {
        return new PipelineException(Stage.INGEST, "The bundle is too large when unpacked",
                "its files hold more than " + maxBytes + " bytes unpacked (4 × polypress.max-bytes)");
    }

    public static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The article file's name without its folders. */
    public String articleFileName() {
        return articleName.substring(articleName.lastIndexOf('/') + 1);
    }
}
