package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recognition measured on real saved news pages Polypress was not written for: {@code ../shared/corpus-web} (read in
 * place, never copied into the project), scored by the corpus's own scorer ({@code ../shared/corpus-web/score}, run
 * with the built {@code target/polypress.jar}, as its README says) on the web pages and on the reader's copies. Fails
 * when accuracy or the body's F1 falls below a floor set a few points under what this version reaches, so that later
 * work cannot silently undo it. Skipped, with a message, where the corpus or a Python 3 to run its scorer is absent.
 */
class CorpusWebAccuracyIT {

    static final Path CORPUS = Path.of("..", "shared", "corpus-web");
    private static final Path SCORER = CORPUS.resolve("score");
    private static final Path JAR = Path.of("target", "polypress.jar");

    /**
     * What this version reaches, less a few points: web pages (87.7%), reader's copies (70.0%), the web pages' body
     * F1 (0.975); docs/accuracy.md has the figures.
     */
    static final double WEB_PAGES_FLOOR = 0.84;
    static final double READERS_COPIES_FLOOR = 0.66;
    static final double BODY_F1_FLOOR = 0.94;

    private static final Pattern ACCURACY = Pattern.compile("(?m)^accuracy: ([0-9.]+)% \\((\\d+)/(\\d+)\\)$");
    private static final Pattern BODY_F1 = Pattern.compile("(?m)^body F1: [0-9.]+ / [0-9.]+ / ([0-9.]+)$");
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^pipeline exit (\\d+); published (\\d+) of (\\d+)$");

    @BeforeAll
    static void corpusAndScorerArePresent() {
        Assumptions.assumeTrue(Files.isRegularFile(SCORER), "the web corpus and its scorer are read from "
                + CORPUS.toAbsolutePath() + " (shared/ beside the checkout); absent here, so the web corpus accuracy "
                + "test is skipped");
        Assumptions.assumeTrue(python() != null, "the web corpus's scorer is a Python 3 script and no python3 is on "
                + "this machine's PATH, so the web corpus accuracy test is skipped");
        assertTrue(Files.isRegularFile(JAR), "the scorer runs the built jar; run this test after mvn package");
    }

    @Test
    void webPagesAreRecognizedAboveTheFloor() throws Exception {
        String report = score("html");
        assertEverythingPublished(report);
        double accuracy = accuracy(report);
        assertTrue(accuracy >= WEB_PAGES_FLOOR, String.format(Locale.ROOT,
                "web pages: accuracy %.1f%% is below the floor of %.0f%%%n%s", 100 * accuracy, 100 * WEB_PAGES_FLOOR,
                summary(report)));
        double f1 = bodyF1(report);
        assertTrue(f1 >= BODY_F1_FLOOR, String.format(Locale.ROOT, "web pages: body F1 %.3f is below the floor of "
                + "%.2f%n%s", f1, BODY_F1_FLOOR, summary(report)));
    }

    @Test
    void readersCopiesAreRecognizedAboveTheFloor() throws Exception {
        String report = score("txt");
        assertEverythingPublished(report);
        double accuracy = accuracy(report);
        assertTrue(accuracy >= READERS_COPIES_FLOOR, String.format(Locale.ROOT,
                "reader's copies: accuracy %.1f%% is below the floor of %.0f%%%n%s", 100 * accuracy,
                100 * READERS_COPIES_FLOOR, summary(report)));
    }

    /** Runs the scorer on the built jar; prints and returns its report. */
    private static String score(String input) throws IOException, InterruptedException {
        Path out = Files.createTempFile("corpus-web-" + input, ".txt");
        try {
            Process scorer = new ProcessBuilder(python(), SCORER.toString(), "--input", input)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(scorer.waitFor(20, TimeUnit.MINUTES), "the scorer did not finish in 20 minutes");
            String report = Files.readString(out, StandardCharsets.UTF_8);
            System.out.println("web corpus, " + input + ":\n" + summary(report));
            assertTrue(scorer.exitValue() == 0, "the scorer failed:\n" + report);
            return report;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void assertEverythingPublished(String report) {
        Matcher m = PUBLISHED.matcher(report);
        assertTrue(m.find(), "no pipeline line in the report:\n" + report);
        assertTrue("0".equals(m.group(1)) && m.group(2).equals(m.group(3)),
                "every page must be published: " + m.group() + "\n" + report);
    }

    private static double accuracy(String report) {
        Matcher m = ACCURACY.matcher(report);
        assertTrue(m.find(), "no accuracy line in the report:\n" + report);
        return Integer.parseInt(m.group(2)) / (double) Integer.parseInt(m.group(3));
    }

    private static double bodyF1(String report) {
        Matcher m = BODY_F1.matcher(report);
        assertTrue(m.find(), "no body F1 line in the report:\n" + report);
        return Double.parseDouble(m.group(1));
    }

    /** The report's tables: per language, per field, body F1, accuracy (the per-page lines left out). */
    private static String summary(String report) {
        int from = report.indexOf("\nby language:");
        return from < 0 ? report : report.substring(from + 1);
    }

    /** The Python 3 interpreter on the PATH, or null. */
    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import sys; assert sys.version_info >= (3, 8)")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }
}
