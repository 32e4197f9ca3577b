package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.ingest.SourceBlock;

/**
 * Boilerplate removal measured: every page of {@code src/test/resources/html-boilerplate/} (pages written for
 * the project in many site layouts and languages, see the folder's README) is read by
 * {@link HtmlArticleReader}, the reader {@link ArticleExtractor} uses for web pages, and its text scored
 * against the page's {@code .expected.txt} by word-level precision, recall and F1 ({@link WordOverlap}: bags of
 * words with counts, cut by ICU's word boundaries so CJK is scored by words). Prints one row per page and the
 * totals.
 *
 * <p>Measured when this test was written, on 21 pages (2,503 expected words): precision 0.940, recall 1.000,
 * F1 0.969 overall; the lowest page F1 0.956 ({@code ru-bridge-divs}, {@code ru-theatre-comments}). Precision
 * stays near 0.94 by design: the date line and byline the reader writes are not in the expected texts (see the
 * folder's README). Before the rules this test brought (a readers' thread is removed even when it holds prose
 * or a story word in its name; a page without {@code <h1>} is headed by the element holding its stated title;
 * a list item without text is no line), the same pages measured F1 0.941 overall: the Russian page with a flat
 * {@code #discussion} thread came out with the whole thread (F1 0.473), the table pages with their headline
 * twice (0.926 and 0.955).
 *
 * <p>Twelve harder pages were added after that (written one by one as different kinds of sites build their
 * pages: hashed class names, a live blog, an embedded post, related boxes inside the body, a paywall, AMP,
 * {@code <br><br>} paragraphs, a next story below the story, a short story beside a long thread, a print view,
 * a consent modal, captioned figures). On the 33 pages (4,788 expected words) the extractor then measured
 * precision 0.858, recall 0.924, F1 0.889: the live blog came out as its first entry (0.521), the Next.js page
 * as its first two paragraphs (0.577), the short Hebrew story with the thread (0.401), the museum story with the next
 * story (0.663), and three more below 0.90 (inline related boxes 0.887, paywall prompt 0.875, {@code <br>}
 * page with its menu column 0.895). After the rules they brought (the headline anchors the body, alike units
 * make one body, {@code <br><br>} runs are paragraphs, teaser boxes, cross-reference lines, paywall prompts,
 * copyright lines and AMP components are furniture by their shape, generated hashes are no words), the same
 * 33 pages measure precision 0.950, recall 1.000, F1 0.975; the lowest page F1 0.949
 * ({@code he-library-short}, whose byline is a tenth of its words). The bars leave room for a rule change that
 * costs a few words, not for a page losing its body or gaining a thread.
 */
class HtmlBoilerplateAccuracyTest {

    static final Path PAGES = Path.of("src/test/resources/html-boilerplate");
    /** The overall F1 may not fall below this. */
    private static final double OVERALL_F1 = 0.95;
    /** No page's F1 may fall below this. */
    private static final double PAGE_F1 = 0.90;
    private static final int MIN_PAGES = 20;

    private static final Map<String, WordOverlap> scores = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEveryPage() throws IOException {
        HtmlArticleReader reader = new HtmlArticleReader();
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            Path expected = PAGES.resolve(name + ".expected.txt");
            assertTrue(Files.exists(expected), "a page without its expected text: " + page);
            String extracted = String.join("\n\n", reader.read(Files.readAllBytes(page)).blocks().stream()
                    .filter(b -> b.hint() != SourceBlock.Hint.PICTURE).map(SourceBlock::joined).toList());
            scores.put(name, WordOverlap.of(extracted, Files.readString(expected, StandardCharsets.UTF_8)));
        }
        System.out.println(table());
    }

    @Test
    void atLeastTwentyPagesAreMeasured() {
        assertTrue(scores.size() >= MIN_PAGES, "pages: " + scores.keySet());
    }

    @Test
    void overallF1StaysAboveTheMeasuredBar() {
        WordOverlap total = total();
        assertTrue(total.f1() >= OVERALL_F1, String.format(Locale.ROOT, "overall F1 %.3f < %.2f%n%s", total.f1(),
                OVERALL_F1, table()));
    }

    @Test
    void noPageFallsBelowThePageBar() {
        List<String> below = new ArrayList<>();
        scores.forEach((name, score) -> {
            if (score.f1() < PAGE_F1) {
                below.add(name);
            }
        });
        assertTrue(below.isEmpty(), "F1 below " + PAGE_F1 + ": " + below + "\n" + table());
    }

    private static WordOverlap total() {
        return scores.values().stream().reduce(new WordOverlap(0, 0, 0), WordOverlap::plus);
    }

    private static String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %9s %7s%n", "page",
                "precision", "recall", "F1", "words"));
        scores.forEach((name, s) -> out.append(row(name, s)));
        return out.append(row("all", total())).toString();
    }

    private static String row(String name, WordOverlap s) {
        return String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %7d%n", name, s.precision(), s.recall(), s.f1(),
                s.expected());
    }
}
