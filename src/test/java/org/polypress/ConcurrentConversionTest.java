package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.PublishedTree;

/**
 * The same folder of varied articles — many languages, a story in three languages, web pages, a file
 * that fails, the same bytes under two names (twice: the English story is the seed article) — converted by one worker and by four: the published trees
 * are byte for byte the same, and so are the outcomes.
 */
class ConcurrentConversionTest {

    private static final Path RESOURCES = Path.of("src/test/resources");

    @TempDir
    Path tmp;

    /** Every article of a varied batch, each under its own name. */
    private static void fill(Path input) throws Exception {
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES.resolve("golden"), 2),
                Files.walk(RESOURCES.resolve("articles"), 2))) {
            for (Path article : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                Files.copy(article, input.resolve(article.getFileName()));
            }
        }
        Files.copy(RESOURCES.resolve("stories/kazakhstan.en.txt"), input.resolve("kazakhstan.en.txt"));
        for (String page : List.of("ar-school-itemprop.html", "ar-water-semantic.html")) {
            Files.copy(RESOURCES.resolve("html-boilerplate").resolve(page), input.resolve(page));
        }
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.copy(RESOURCES.resolve("golden/one-paragraph-brief/one-paragraph-brief.txt"),
                input.resolve("zz-same-bytes-as-the-brief.txt"));
    }

    private static int count(String summary, String outcome) {
        return Integer.parseInt(summary.replaceAll(".*\\b" + outcome + " (\\d+).*", "$1"));
    }

    private record Run(int status, String summary, String log) {
    }

    private Run convert(String name, int workers) throws Exception {
        Path input = Files.createDirectories(tmp.resolve(name).resolve("input"));
        fill(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        // slf4j-simple writes to whatever System.err is at the time of each line
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run(new String[] {"--once", "--workers=" + workers, "--input=" + input,
                "--output=" + tmp.resolve(name).resolve("output")},
                    new PrintStream(out, true, StandardCharsets.UTF_8), err);
        } finally {
            System.setErr(err);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return new Run(status, lines.get(lines.size() - 1).replaceAll(" in \\d+ ms", ""), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fourWorkersPublishExactlyWhatOneWorkerPublishes() throws Exception {
        Run serial = convert("serial", 1);
        Run concurrent = convert("concurrent", 4);

        assertEquals(1, serial.status(), "the empty file fails");
        assertEquals(serial.status(), concurrent.status());
        assertTrue(serial.summary().matches("published \\d+, unchanged 2, failed 1"), serial.summary());
        assertEquals(serial.summary(), concurrent.summary());
        Map<String, String> expected = PublishedTree.of(tmp.resolve("serial/output"));
        Map<String, String> actual = PublishedTree.of(tmp.resolve("concurrent/output"));
        assertTrue(expected.containsKey("story-kazakhstan/story.epub"), expected.keySet().toString());
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), file + " differs between one worker and four");
        }
        assertEquals(PublishedTree.of(tmp.resolve("serial/input/.done")).keySet(), PublishedTree.of(tmp.resolve("concurrent/input/.done")).keySet());
        assertEquals(List.of("empty.txt", "empty.txt.error.json"),
                Files.list(tmp.resolve("concurrent/input/.failed")).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aBatchLogsItsProgressOneLinePerArticle() throws Exception {
        Run run = convert("progress", 2);
        int published = count(run.summary(), "published");
        int unchanged = count(run.summary(), "unchanged");
        List<String> progress = run.log().lines().filter(l -> l.matches(".*\\[\\d+/\\d+\\] (published|unchanged) .*")).toList();
        assertEquals(published + unchanged, progress.size(), run.log());
        assertTrue(progress.stream().anyMatch(l -> l.matches(".*\\[\\d+/\\d+\\] published one-paragraph-brief\\.txt as \\S+ in \\d+ ms")),
                String.join("\n", progress));
        assertTrue(progress.stream().anyMatch(l -> l.matches(
                ".*\\[\\d+/\\d+\\] unchanged zz-same-bytes-as-the-brief\\.txt: already published as \\S+ \\(\\d+ ms\\)")),
                String.join("\n", progress));
        int total = published + unchanged + 1;
        assertTrue(run.log().contains("[" + total + "/" + total + "]"), "the last line counts every file: " + total);
    }
}
