package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Direction;
import org.polypress.model.Source;
import org.polypress.render.epub.EpubRenderer;

/**
 * Proves the assertion can fail: books broken in known ways must be rejected with epubcheck's own
 * message ids, so a clean result elsewhere means epubcheck really found nothing.
 */
class EpubCheckAssertionTest {

    private static final String PACKAGE = "EPUB/package.opf";

    private static byte[] validEpub() {
        Article article = new Article("c0ffee00c0ffee00", "rail-freight-record", "en", "Latn", Direction.LTR,
                "Rail freight between Kazakhstan and China sets a record", null, null, null, null,
                List.of(new Block.Paragraph("Freight trains crossed the Khorgos Gateway more often than ever this year.")),
                List.of(), List.of(),
                new Source("rail.txt", "text/plain", "UTF-8", 100,
                        "5e7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a", 120L, List.of()),
                14);
        return new EpubRenderer().render(article);
    }

    @Test
    void renderedEpubPassesFromBytesAndFromFile(@TempDir Path folder) throws IOException {
        byte[] epub = validEpub();
        assertDoesNotThrow(() -> EpubCheckAssertion.assertEpubIsValid(epub));
        Path file = Files.write(folder.resolve("article.epub"), epub);
        assertDoesNotThrow(() -> EpubCheckAssertion.assertEpubIsValid(file));
    }

    @Test
    void missingModifiedDateFailsWithEpubchecksError() {
        byte[] broken = rewrite(validEpub(), PACKAGE,
                opf -> opf.replaceAll("<meta property=\"dcterms:modified\">[^<]*</meta>\n", ""));
        assertFailsWith(broken, "ERROR RSC-005", "dcterms:modified");
    }

    @Test
    void mimetypeNotFirstFailsWithEpubchecksError() {
        Map<String, byte[]> files = unzip(validEpub());
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (!name.equals("mimetype")) {
                reordered.put(name, bytes);
            }
        });
        reordered.put("mimetype", files.get("mimetype"));
        assertFailsWith(zip(reordered), "PKG-006");
    }

    @Test
    void warningAloneFailsTheAssertion() {
        byte[] warned = rewrite(validEpub(), PACKAGE,
                opf -> opf.replace("<dc:language>", "<dc:date>July 5, 2024</dc:date><dc:language>"));
        assertFailsWith(warned, "WARNING OPF-053");
    }

    @Test
    void fileThatIsNotAZipFailsWithAFatalOrError() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> EpubCheckAssertion.assertEpubIsValid("not a zip".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(failure.getMessage().contains("PKG-"), failure.getMessage());
    }

    private static void assertFailsWith(byte[] epub, String... expected) {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> EpubCheckAssertion.assertEpubIsValid(epub));
        for (String text : expected) {
            assertTrue(failure.getMessage().contains(text), "expected " + text + " in:\n" + failure.getMessage());
        }
    }

    private static byte[] rewrite(byte[] epub, String name, UnaryOperator<String> change) {
        Map<String, byte[]> files = unzip(epub);
        String before = new String(files.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the change did not apply to " + name + ":\n" + before);
        }
        files.put(name, after.getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    private static Map<String, byte[]> unzip(byte[] epub) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Zips the files in the given order, every one stored, so only what a test changed differs. */
    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                CRC32 crc = new CRC32();
                crc.update(file.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(file.getValue().length);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
