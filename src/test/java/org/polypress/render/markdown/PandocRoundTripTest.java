package org.polypress.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Direction;
import org.polypress.model.Image;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.testing.MarkdownReadBack;
import org.polypress.testing.MarkupHeavyTexts;
import org.polypress.testing.PandocReadBack;
import org.polypress.testing.SampleArticles;

/**
 * The Markdown rendition read back by the real Pandoc, with its default {@code markdown} reader (math,
 * superscript, citations, smart punctuation, fancy lists...) and with {@code gfm}, the dialect Hugo's
 * Goldmark and GitHub read: every block holds exactly the source's text and nothing became markup. The
 * golden cases are compared with Flexmark's reading; thousands of random hostile texts, rendered as
 * one article per reader so Pandoc starts once, with what the article says. Skipped where pandoc is not
 * installed.
 */
class PandocRoundTripTest {

    static final List<String> READERS = List.of("markdown", "gfm");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    /** Hostile texts in the body of the random article: one per paragraph, heading, quote and list item. */
    private static final int BODY_TEXTS = 5000;

    @BeforeAll
    static void requirePandoc() {
        PandocReadBack.requirePandoc();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseReadsTheSameInPandocAsInFlexmark() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            cases = folders.filter(folder -> Files.exists(folder.resolve("article.md"))).sorted().toList();
        }
        assertTrue(cases.size() >= 8, "golden cases missing: " + cases);
        return cases.stream().flatMap(folder -> READERS.stream().map(reader -> DynamicTest.dynamicTest(
                folder.getFileName() + " with pandoc -f " + reader, () -> checkGoldenCase(folder, reader))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "gfm"})
    void thousandsOfHostileTextsReadBackAsTheSameText(String reader) {
        Article article = hostileArticle(new Random(20240705L), reader.equals("gfm"));
        String markdown = RENDERER.markdown(article);
        assertSameBlocks(ExpectedMarkdown.blocks(article),
                PandocReadBack.blocks(PandocReadBack.ast(markdown, reader)), markdown);
    }

    @Test
    void frontMatterValuesNeverBecomeMarkupInPandoc() {
        Random random = new Random(20240706L);
        List<Credit> credits = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            credits.add(new Credit(MarkupHeavyTexts.next(random).strip(), Role.EDITOR,
                    MarkupHeavyTexts.next(random).strip()));
        }
        Article article = withCredits(credits);
        JsonNode meta = PandocReadBack.ast(RENDERER.markdown(article), "markdown").get("meta");
        JsonNode read = meta.get("credits").get("c");
        assertEquals(credits.size(), read.size());
        for (int i = 0; i < credits.size(); i++) {
            JsonNode fields = read.get(i).get("c");
            assertEquals(visible(credits.get(i).name()), visible(PandocReadBack.metadataText(fields.get("name"))),
                    "name " + i);
            assertEquals(visible(credits.get(i).note()), visible(PandocReadBack.metadataText(fields.get("note"))),
                    "note " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*x* and <b>bold</b>", "# Not a heading: $x$, ^up^, ~down~, @cite [link](x)",
            "- a dash", "1. a number", "People's \"Daily\" -- 2024...", "Note:\u2028next"})
    void headlineWithMarkupIsTheSameTextInPandocsMetadataAndBody(String title) {
        Article article = withTitle(title);
        JsonNode ast = PandocReadBack.ast(RENDERER.markdown(article), "markdown");
        assertEquals(PandocReadBack.typographyUndone(title), PandocReadBack.metadataText(ast.get("meta").get("title")));
        assertEquals(MarkdownReadBack.Block.of("heading", 1, title), PandocReadBack.blocks(ast).get(0));
    }

    /**
     * The characters of a front matter value but its spaces, smart punctuation undone: Pandoc may drop a
     * space inside the quotes it curls, which is typography, not markup.
     */
    private static String visible(String value) {
        return PandocReadBack.typographyUndone(value).replace(" ", "");
    }

    private static void checkGoldenCase(Path folder, String reader) throws IOException {
        String markdown = Files.readString(folder.resolve("article.md"));
        JsonNode ast = PandocReadBack.ast(markdown, reader);
        assertSameBlocks(MarkdownReadBack.blocks(markdown), PandocReadBack.blocks(ast), markdown);
        String title = new ObjectMapper().readTree(folder.resolve("article.json").toFile()).get("title").asText();
        assertEquals(PandocReadBack.typographyUndone(title), PandocReadBack.metadataText(ast.get("meta").get("title")),
                "front matter title");
    }

    /** Compares block by block, naming the first blocks that differ rather than printing thousands. */
    private static void assertSameBlocks(List<MarkdownReadBack.Block> expected, List<MarkdownReadBack.Block> actual,
            String markdown) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(expected.size(), actual.size()) && differences.size() < 5; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.add("block " + i + ": expected [" + expected.get(i) + "] but Pandoc read ["
                        + actual.get(i) + "]");
            }
        }
        assertEquals(List.of(), differences, "differences");
        assertEquals(expected.size(), actual.size(), () -> "block count; Markdown:\n" + markdown);
    }

    /**
     * An article whose body holds {@link #BODY_TEXTS} hostile texts in blocks of every kind. For GFM, a
     * text's tabs become spaces and its edge spaces a letter, since no text of the pipeline has either
     * (TextNormalizer): the escaper writes them as {@code &#9;} and {@code &#32;} for Pandoc, and a GFM
     * autolink of a bare address just before one would take the reference in as part of the address.
     */
    private static Article hostileArticle(Random random, boolean trimmed) {
        Supplier<String> next = trimmed
                ? () -> next(random).replace('\t', ' ').replaceAll("^ +| +$", "x") : () -> next(random);
        List<Block> body = new ArrayList<>();
        int texts = 0;
        while (texts < BODY_TEXTS) {
            Block block = switch (body.size() % 6) {
                case 0 -> new Block.Paragraph(next.get());
                case 1 -> new Block.Heading(2 + random.nextInt(5), next.get());
                case 2 -> new Block.Figure(next.get(), next.get(),
                        new Image("images/" + next.get(), "image/jpeg", 0, 0, next.get()));
                case 3 -> new Block.Quote(next.get());
                case 4 -> new Block.ListBlock(random.nextBoolean(), List.of(next.get(), next.get()));
                default -> new Block.ListBlock(random.nextBoolean(), List.of(next.get()));
            };
            body.add(block);
            texts += block instanceof Block.ListBlock list ? list.items().size()
                    : block instanceof Block.Figure ? 3 : 1;
        }
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                next.get(), next.get(), new Byline(next.get(), List.of(next.get()), next.get()),
                null, new Published(next.get(), null), body, List.of(), List.of(next.get()),
                plain.source(), plain.wordCount());
    }

    private static Article withTitle(String title) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR, title,
                null, null, null, null, plain.body(), List.of(), List.of(), plain.source(), plain.wordCount());
    }

    private static Article withCredits(List<Credit> credits) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                plain.title(), null, null, null, null, plain.body(), credits, List.of(), plain.source(),
                plain.wordCount());
    }

    private static String next(Random random) {
        return MarkupHeavyTexts.next(random);
    }
}
