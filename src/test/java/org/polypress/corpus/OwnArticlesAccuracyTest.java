package org.polypress.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * Recognition in languages the shared corpus lacks, measured the same way on articles written for
 * these tests after each language's real newsroom conventions ({@code src/test/resources/articles/},
 * one folder per language, each {@code <name>.txt} beside its {@code <name>.expected.json}).
 */
class OwnArticlesAccuracyTest {

    static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final double THRESHOLD = 0.95;

    @TempDir
    Path tmp;

    @Test
    void recognitionMatchesWhatAReaderExpectsInEveryLanguage() throws Exception {
        AccuracyReport report = AccuracyReport.publishAndScore(ARTICLES, tmp);
        System.out.println("own articles " + report.describe());
        Set<String> languages = new TreeSet<>(report.byLanguage.keySet());
        assertTrue(languages.size() >= 9, "articles in at least nine languages: " + languages);
        for (Path expected : report.cases) {
            PublishedFolderAssertion.assertPublishedFolderIsComplete(
                    report.folders.get(AccuracyReport.txtOf(expected).getFileName().toString()));
        }
        assertTrue(report.accuracy() >= THRESHOLD, String.format(Locale.ROOT, "below %.0f%%:%n%s",
                100 * THRESHOLD, report.describe()));
    }
}
