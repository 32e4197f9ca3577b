package org.polypress.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * Recognition measured on real published articles: every case of {@code ../shared/corpus} (read in
 * place, copied only into a temporary drop folder) goes through the real application, and is scored
 * field by field by {@link AccuracyReport}. Prints a table per language and per field; fails below 95%
 * of expected fields matched. Skipped, with a message, only where the corpus folder is absent.
 */
class CorpusAccuracyTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final double THRESHOLD = 0.95;

    @TempDir
    static Path tmp;
    private static AccuracyReport report;

    @BeforeAll
    static void publishTheCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the multilingual corpus is read from " + CORPUS.toAbsolutePath()
                + " (shared/ beside the checkout); it is absent here, so the corpus accuracy test is skipped");
        report = AccuracyReport.publishAndScore(CORPUS, tmp);
    }

    @Test
    void everyCorpusArticleIsPublishedCompleteAndValid() throws IOException {
        assertTrue(report.cases.size() >= 9, "corpus cases: " + report.cases);
        for (Path expected : report.cases) {
            Path folder = report.folders.get(AccuracyReport.txtOf(expected).getFileName().toString());
            assertTrue(folder != null, "no article published for " + expected);
            PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        }
    }

    @Test
    void recognitionMatchesWhatAReaderExpects() {
        System.out.println("corpus " + report.describe());
        assertTrue(report.accuracy() >= THRESHOLD, String.format(Locale.ROOT, "below %.0f%%:%n%s",
                100 * THRESHOLD, report.describe()));
    }
}
