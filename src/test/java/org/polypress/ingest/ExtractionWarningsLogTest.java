package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings recorded into an article's source (bytes that could not be decoded, an encoding guessed on little
 * evidence) are said in the log as they are recorded: one WARN line for the file, naming it, with every warning.
 */
class ExtractionWarningsLogTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(52_428_800L, 10_000_000);
    private static final Path ARTICLE = Path.of("src/test/resources/encodings/korean-news.txt");

    @TempDir
    Path dir;

    /** The log lines the extraction of {@code file} writes (slf4j-simple writes to System.err as it is at each line). */
    private static List<String> logOf(Path file, List<String> warnings) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            warnings.addAll(EXTRACTOR.extract(file).source().warnings());
        } finally {
            System.setErr(err);
        }
        return log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" polypress - ")).toList();
    }

    @Test
    void aFileWithUndecodableBytesIsNamedInOneWarnLineWithItsWarnings() throws Exception {
        // a byte that is no UTF-8 between two characters of the story, as a damaged transfer leaves it
        String text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.writeBytes(text.substring(0, 100).getBytes(StandardCharsets.UTF_8));
        damaged.write(0xFF);
        damaged.writeBytes(text.substring(100).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("damaged-story.txt"), damaged.toByteArray());

        List<String> warnings = new java.util.ArrayList<>();
        List<String> lines = logOf(file, warnings);

        assertEquals(1, warnings.size(), "the source records the damage: " + warnings);
        assertEquals(1, lines.size(), "one line for the file: " + lines);
        String line = lines.get(0);
        assertTrue(line.contains(" WARN polypress - damaged-story.txt: a warning recorded in its article.json: "), line);
        assertTrue(line.endsWith(warnings.get(0)), line);

        List<String> none = new java.util.ArrayList<>();
        assertEquals(List.of(), logOf(ARTICLE, none), "the same story undamaged: no warning, no line");
        assertEquals(List.of(), none);
    }
}
