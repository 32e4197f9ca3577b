package org.polypress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.testing.PipelineStages;

/**
 * UTF-8 that was read as Windows-1252 or Latin-1 before a file was saved is read back (issue 10: a reader's copy of
 * a page whose declared charset was wrong spells "Österreich" as "Ã–sterreich"); text that is right stays as it is.
 */
class MisdecodedTextTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    /** {@code text} as a program that took its UTF-8 bytes for {@code charset} shows it. */
    private static String misread(String text, Charset charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), charset);
    }

    @Test
    void windows1252AndLatin1ReadingsOfUtf8AreReadBack() {
        for (String text : new String[] {"Auch in Österreich ist die Szene groß und süß. Überschrift",
                "Ils l’ont dit « à l’Élysée » — déjà.", "北京 7月5日电", "Emoji 🎉 at the end",
                "\uFEFFA byte order mark first"}) {
            assertEquals(text, MisdecodedText.repair(misread(text, CP1252)), text);
            assertEquals(text, MisdecodedText.repair(misread(text, StandardCharsets.ISO_8859_1)), text);
        }
        // "с" is D1 81, and 0x81 is a byte Windows-1252 has no character for: its reader wrote U+FFFD and the
        // letter is lost; Latin-1's reader kept the byte as a control character, and the letter comes back
        assertEquals("Москва, 5 июля", MisdecodedText.repair(misread("Москва, 5 июля", StandardCharsets.ISO_8859_1)));
    }

    @Test
    void textThatIsRightStaysAsItIs() {
        for (String text : new String[] {"NÃO, disse o presidente em São Paulo.", "Ça coûte 12 € à l’entrée.",
                "Größe: 5 µm, ±2 °C, ¾ Liter", "© Jane Doe · Reuters"}) {
            assertEquals(text, MisdecodedText.repair(text), text);
            assertEquals(0, MisdecodedText.sequences(text), text);
        }
    }

    @Test
    void aReaderCopyInMisreadUtf8IsPublishedInItsOwnCharactersWithAWarning() throws Exception {
        String story = "Schüler räumen den Schulhof auf\n\nVon Jürgen Müller\n\n"
                + "Die Schülerinnen und Schüler der Grundschule haben am Samstag den Hof geräumt, größere Äste "
                + "zersägt und Müll getrennt.\n\nDie Stadt dankte ihnen für die Mühe.";
        Path file = dir.resolve("hof.txt");
        Files.writeString(file, misread(story, CP1252), StandardCharsets.UTF_8);
        Article article = PipelineStages.get().recognize(file);
        assertEquals("Schüler räumen den Schulhof auf", article.title());
        assertEquals("Die Stadt dankte ihnen für die Mühe.",
                ((Block.Paragraph) article.body().get(article.body().size() - 1)).text());
        assertTrue(article.source().warnings().stream().anyMatch(w -> w.contains("mis-decoded")),
                article.source().warnings().toString());
    }

    @Test
    void aTextThatIsRightGetsNoWarning() throws Exception {
        Path file = dir.resolve("right.txt");
        Files.writeString(file, "Schüler räumen auf\n\nDie Schülerinnen haben am Samstag den Hof geräumt, größere "
                + "Äste zersägt und Müll getrennt, sagte Jürgen Müller.", StandardCharsets.UTF_8);
        assertEquals(java.util.List.of(), PipelineStages.get().recognize(file).source().warnings());
    }
}
