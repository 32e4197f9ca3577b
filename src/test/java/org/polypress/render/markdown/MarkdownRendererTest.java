package org.polypress.render.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.render.markdown.ExpectedMarkdown.heading;
import static org.polypress.render.markdown.ExpectedMarkdown.paragraph;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Direction;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.render.Renderer;
import org.polypress.testing.MarkdownReadBack;
import org.polypress.testing.MarkupHeavyTexts;
import org.polypress.testing.SampleArticles;
import org.yaml.snakeyaml.Yaml;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final String ENGLISH_CAPTION = "Gulnar Shaimergenova, director of the Kazakhstan's China "
            + "Studies Center (CSC), receives an interview with People's Daily Online.";
    private static final String ENGLISH_CREDIT = "Photo provided to People's Daily Online";
    private static final String CONTRIBUTOR_NOTE =
            "(Tuo Zhouyu, as an intern, also contributed to this article.)";
    private static final String EDITOR_NOTE = "(Web editor: Hongyu, Wu Chengliang)";

    static List<Article> samples() {
        return SampleArticles.all();
    }

    @Test
    void namesTheFileAndMediaType() {
        Renderer renderer = RENDERER;
        assertEquals("article.md", renderer.fileName());
        assertEquals("text/markdown; charset=UTF-8", renderer.mediaType());
    }

    @Test
    void englishSeedArticleMatchesItsGoldenFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/markdown/peoples-daily-english.md")) {
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, markdown(SampleArticles.peoplesDailyEnglish()));
        }
    }

    // ---- front matter ----

    @Test
    void frontMatterReadsBackWithEveryFieldInOrder() throws IOException {
        Article article = SampleArticles.peoplesDailyEnglish();
        Map<String, Object> fields = frontMatter(article);

        assertEquals(List.of("title", "lang", "dir", "author", "publisher", "date", "id", "slug", "credits"),
                List.copyOf(fields.keySet()));
        assertEquals(article.title(), fields.get("title"));
        assertEquals("en", fields.get("lang"));
        assertEquals("ltr", fields.get("dir"));
        assertEquals(List.of("Sheng Chuyi"), fields.get("author"));
        assertEquals("People's Daily Online", fields.get("publisher"));
        assertEquals("2024-07-05T14:38:00+08:00", fields.get("date"));
        assertEquals(article.id(), fields.get("id"));
        assertEquals(article.slug(), fields.get("slug"));
        assertEquals(List.of(
                Map.of("name", "Sheng Chuyi", "role", "author"),
                Map.of("name", "Tuo Zhouyu", "role", "contributor", "note", CONTRIBUTOR_NOTE),
                Map.of("name", "Hongyu", "role", "editor", "note", EDITOR_NOTE),
                Map.of("name", "Wu Chengliang", "role", "editor", "note", EDITOR_NOTE)),
                fields.get("credits"));
    }

    @Test
    void frontMatterLeavesOutWhatTheArticleLacks() throws IOException {
        Map<String, Object> fields = frontMatter(SampleArticles.plain());
        assertEquals(List.of("title", "lang", "dir", "id", "slug"), List.copyOf(fields.keySet()));
    }

    @Test
    void rightToLeftArticleSaysSoInItsFrontMatter() throws IOException {
        Map<String, Object> fields = frontMatter(SampleArticles.cnnArabic());
        assertEquals("ar", fields.get("lang"));
        assertEquals("rtl", fields.get("dir"));
        assertEquals("خط جديد للترامواي يربط أحياء الدار البيضاء الشرقية بوسط المدينة", fields.get("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "yes", "No", "on", "OFF", "y", "true", "null", "Null", "~", "", "2024", "2024-07-05",
            "2024-07-05T14:38:00+08:00", "1:20", "0x1F", "0o17", "1_000", ".inf", "-.inf", ".NaN", "1e5",
            "+1", "=", "<<", ": colon", "a: b", "# hash", "a #b", "\"quotes\"", "'single'", "- dash",
            "-dash", "? query", "[list]", "{map}", "&anchor", "*alias", "!tag", "| pipe", "> fold",
            "%percent", "@at", "`tick`", " leading and trailing ", "tab\there", "back\\slash",
            "line\u2028separator", "خط جديد للترامواي يربط أحياء الدار البيضاء الشرقية بوسط المدينة",
            "让书香浸润城市生活――“西湖－运河”", "😀 emoji", "People's Daily Online",
            "Kazakhstan-China relations: thriving, says expert"})
    void trickyStringsReadBackUnchangedFromTheFrontMatter(String text) throws IOException {
        String frontMatter = MarkdownReadBack.frontMatter(markdown(withTitleAndNames(text)));
        // what YAML readers find is the value escaped for Pandoc, which reads it as Markdown
        String value = MarkdownEscaper.escapeValue(text);

        Map<String, Object> jackson = YAML.readValue(frontMatter, MAP);
        assertEquals(value, jackson.get("title"), frontMatter);
        assertEquals(List.of(value), jackson.get("author"), frontMatter);
        assertEquals(value, jackson.get("publisher"), frontMatter);
        assertEquals(List.of(Map.of("name", value, "role", "translator", "note", value)),
                jackson.get("credits"), frontMatter);

        // SnakeYAML resolves YAML 1.1 types (booleans, dates, sexagesimal, merge) as Jekyll's Psych does
        Map<String, Object> yaml11 = new Yaml().load(frontMatter);
        assertEquals(value, yaml11.get("title"), frontMatter);
        assertEquals(List.of(value), yaml11.get("author"), frontMatter);
        assertEquals(value, yaml11.get("publisher"), frontMatter);
    }

    @Test
    void chineseJapaneseAndKoreanArticlesTellHugoToCountByCharacter() throws IOException {
        assertEquals(true, frontMatter(SampleArticles.peoplesDailyChinese()).get("isCJKLanguage"));
        assertEquals(true, frontMatter(inLanguage("ko")).get("isCJKLanguage"));
        assertEquals(true, frontMatter(inLanguage("ja-JP")).get("isCJKLanguage"));
        assertFalse(frontMatter(SampleArticles.peoplesDailyEnglish()).containsKey("isCJKLanguage"));
        assertFalse(frontMatter(inLanguage("zu")).containsKey("isCJKLanguage"));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-07-05T14:38:00+08:00, 2024-07-05T14:38:00+08:00",
            "2024-07-05T14:38:00-04:00, 2024-07-05T14:38:00-04:00",
            "2024-07-05T06:38:00Z, 2024-07-05T06:38:00Z",
            "2024-07-05T14:38:00, 2024-07-05",
            "2024-07-05, 2024-07-05"})
    void dateStatesItsOffsetOrIsTheSourcesLocalDay(String iso, String expected) throws IOException {
        // Hugo would read a time without an offset as one in the site's zone, UTC unless set
        assertEquals(expected, frontMatter(publishedAt(iso)).get("date"));
    }

    @Test
    void longTitleStaysOnOneFrontMatterLine() {
        String title = "A very long headline that goes on and on, ".repeat(12).trim();
        List<String> lines = MarkdownReadBack.frontMatter(markdown(withTitleAndNames(title))).lines().toList();
        assertTrue(lines.get(0).startsWith("title: ") && lines.get(0).contains(title), lines.get(0));
        assertTrue(lines.get(1).startsWith("lang: "), lines.get(1));
    }

    // ---- body ----

    @ParameterizedTest
    @MethodSource("samples")
    void readsBackAsTheArticlesBlocksWithTheSourceWords(Article article) {
        assertEquals(ExpectedMarkdown.blocks(article), MarkdownReadBack.blocks(markdown(article)));
    }

    @Test
    void randomHostileArticlesReadBackAsTheirBlocks() {
        Random random = new Random(20240705L);
        for (int i = 0; i < 300; i++) {
            Article article = randomArticle(random);
            assertEquals(ExpectedMarkdown.blocks(article), MarkdownReadBack.blocks(markdown(article)),
                    article::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nothingBecomesMarkupButTheRenderersOwn(Article article) {
        Document document = parseBody(article);
        List<String> unexpected = new ArrayList<>();
        collectUnexpectedNodes(document, unexpected);
        assertEquals(List.of(), unexpected);
        long lists = article.body().stream().filter(block -> block instanceof Block.ListBlock).count();
        assertEquals(lists, countLists(document), "each list stays a list of its own");
    }

    @Test
    void englishArticleShowsTitleHeadingsCaptionCreditAndNotesAfterTheBody() {
        Article article = SampleArticles.peoplesDailyEnglish();
        String markdown = markdown(article);
        List<MarkdownReadBack.Block> blocks = MarkdownReadBack.blocks(markdown);

        assertEquals(heading(1, article.title()), blocks.get(0));
        assertEquals(List.of(heading(2, "Kazakhstan-China relations reach new heights"),
                        heading(2, "Belt and Road Initiative brings tangible benefits"),
                        heading(2, "SCO Summit focuses on regional security and cooperation")),
                blocks.stream().filter(block -> block.level() == 2).toList());
        assertTrue(markdown.contains("\n*" + MarkdownEscaper.escape(ENGLISH_CAPTION) + "* ("
                + MarkdownEscaper.escape(ENGLISH_CREDIT) + ")\n"));
        assertEquals(List.of(MarkdownReadBack.Block.of("thematic-break", 0, ""),
                        paragraph(CONTRIBUTOR_NOTE), paragraph(EDITOR_NOTE)),
                blocks.subList(blocks.size() - 3, blocks.size()));
        assertFalse(blocks.contains(paragraph("14:38, July 05, 2024")), "the byline shows the date");
    }

    @Test
    void captionIsEmphasizedAndItsCreditFollowsInParentheses() {
        Paragraph caption = captionParagraph(parseBody(SampleArticles.peoplesDailyEnglish()));
        Emphasis emphasis = assertInstanceOf(Emphasis.class, caption.getFirstChild());
        assertEquals(ENGLISH_CAPTION, MarkdownReadBack.textOf(emphasis));
        assertEquals(" (" + ENGLISH_CREDIT + ")", MarkdownReadBack.textOf(emphasis.getNext()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u3000ideographic space first", "no-break space last\u00a0", " space first",
            "*stars*", "_under_", "ends with a backslash \\", "(parenthesized)", "\"quoted.\"", "x"})
    void captionWithAnyEdgeCharacterStaysVisibleWithItsCredit(String caption) {
        Article article = withBody(List.of(new Block.Figure(caption, "Photo: Someone (Agency)", null)));
        List<MarkdownReadBack.Block> blocks = MarkdownReadBack.blocks(markdown(article));
        assertEquals(paragraph(caption + " (Photo: Someone (Agency))"), blocks.get(blocks.size() - 1));
    }

    @Test
    void dateIsShownWhenTheBylineDoesNotShowIt() {
        assertTrue(MarkdownReadBack.texts(markdown(SampleArticles.cnnArabic()), "paragraph")
                .contains("الثلاثاء، 9 تموز/يوليو 2024، آخر تحديث 18:45 (GMT+0100)"));
        assertTrue(MarkdownReadBack.texts(markdown(SampleArticles.peoplesDailyChinese()), "paragraph")
                .contains("2024年09月07日21:16"));
    }

    @Test
    void imageLineNamesTheFileAndItsAltText() {
        List<MarkdownReadBack.Block> images = MarkdownReadBack.blocks(markdown(SampleArticles.markupEverywhere()))
                .stream().filter(block -> block.kind().equals("image")).toList();
        assertEquals(List.of(new MarkdownReadBack.Block("image", 0, "![alt] *text*",
                "images/photo%20%281%29%20%5Ba%5D.jpg")), images);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void neverWrapsText(Article article) {
        List<String> lines = MarkdownReadBack.body(markdown(article)).lines().toList();
        for (String text : ExpectedMarkdown.texts(article)) {
            String escaped = MarkdownEscaper.escape(text);
            assertTrue(lines.stream().anyMatch(line -> line.contains(escaped)), () -> "on one line: " + text);
        }
        long written = lines.stream().filter(line -> !line.isEmpty()).count();
        assertEquals(ExpectedMarkdown.blocks(article).size(), written, "one line per block and list item");
    }

    @Test
    void chineseParagraphsStayOneLineEach() {
        Article article = SampleArticles.peoplesDailyChinese();
        List<String> lines = MarkdownReadBack.body(markdown(article)).lines().toList();
        for (String paragraph : SampleArticles.paragraphs(article)) {
            assertTrue(lines.contains(MarkdownEscaper.escape(paragraph)), paragraph);
        }
    }

    @Test
    void structureCheckRejectsTextThatBecameMarkup() {
        MarkdownBlocks blocks = new MarkdownBlocks().paragraph("plain");
        Document misread = MarkdownReadBack.parse("- plain\n");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> blocks.requireStructure(misread));
        assertTrue(e.getMessage().contains("BulletList"), e.getMessage());
    }

    // ---- bytes ----

    @ParameterizedTest
    @MethodSource("samples")
    void secondRenderingIsByteIdentical(Article article) {
        byte[] first = RENDERER.render(article);
        assertArrayEquals(first, RENDERER.render(article));
        assertArrayEquals(first, new MarkdownRenderer().render(article));
    }

    @Test
    void rendersTheSameBytesFromManyThreadsAtOnce() {
        List<Article> articles = SampleArticles.all();
        List<byte[]> expected = articles.stream().map(RENDERER::render).toList();
        IntStream.range(0, 200).parallel().forEach(i -> assertArrayEquals(
                expected.get(i % articles.size()), RENDERER.render(articles.get(i % articles.size()))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isUtf8WithLineFeedsOnlyEndingWithExactlyOne(Article article) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(RENDERER.render(article))).toString();
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "exactly one final line feed");
        assertTrue(text.startsWith("---\n"));
    }

    @Test
    void rejectsNoArticle() {
        assertThrows(NullPointerException.class, () -> RENDERER.render(null));
    }

    // ---- helpers ----

    private static String markdown(Article article) {
        return new String(RENDERER.render(article), StandardCharsets.UTF_8);
    }

    private static Document parseBody(Article article) {
        return MarkdownReadBack.parse(MarkdownReadBack.body(markdown(article)));
    }

    private static Map<String, Object> frontMatter(Article article) throws IOException {
        return YAML.readValue(MarkdownReadBack.frontMatter(markdown(article)), MAP);
    }

    /** Block and inline nodes other than those the renderer writes on purpose. */
    private static void collectUnexpectedNodes(Node node, List<String> unexpected) {
        boolean allowed = node instanceof Document || node instanceof Heading || node instanceof Paragraph
                || node instanceof BlockQuote || node instanceof BulletList || node instanceof OrderedList
                || node instanceof ListItem || node instanceof ThematicBreak || node instanceof Text
                || node instanceof Emphasis || node instanceof Image
                || node instanceof HtmlEntity && node.getChars().toString().matches("&#(32|9);");
        if (!allowed) {
            unexpected.add(node.getClass().getSimpleName() + " [" + node.getChars() + "]");
        }
        for (Node child : node.getChildren()) {
            collectUnexpectedNodes(child, unexpected);
        }
    }

    private static long countLists(Document document) {
        long count = 0;
        for (Node node : document.getChildren()) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                count++;
            }
        }
        return count;
    }

    private static Paragraph captionParagraph(Document document) {
        for (Node node : document.getChildren()) {
            if (node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Emphasis) {
                return paragraph;
            }
        }
        throw new AssertionError("no caption paragraph with emphasis");
    }

    /** The plain sample with one value as title, author, publisher and credit. */
    private static Article withTitleAndNames(String value) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                value, null, new Byline("By " + value, List.of(value), value), null, new Published("today", null),
                plain.body(), List.of(new Credit(value, Role.TRANSLATOR, value)), List.of(), plain.source(),
                plain.wordCount());
    }

    private static Article inLanguage(String language) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), language, plain.script(), Direction.LTR, plain.title(),
                null, null, null, null, plain.body(), List.of(), List.of(), plain.source(), plain.wordCount());
    }

    private static Article publishedAt(String iso) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                plain.title(), null, null, null, new Published("as written", iso), plain.body(), List.of(),
                List.of(), plain.source(), plain.wordCount());
    }

    private static Article withBody(List<Block> body) {
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                plain.title(), null, null, null, null, body, List.of(), List.of(), plain.source(),
                plain.wordCount());
    }

    /** An article whose every text is random markup-heavy text, with blocks of each kind. */
    private static Article randomArticle(Random random) {
        List<Block> body = List.of(
                new Block.Paragraph(next(random)),
                new Block.Heading(2 + random.nextInt(5), next(random)),
                new Block.Figure(next(random), next(random), new org.polypress.model.Image(
                        "images/" + next(random), "image/jpeg", 0, 0, next(random))),
                random.nextBoolean() ? new Block.Figure(next(random), null, null)
                        : new Block.Figure(null, next(random), null),
                new Block.Quote(next(random)),
                new Block.ListBlock(random.nextBoolean(), List.of(next(random), next(random))),
                new Block.ListBlock(random.nextBoolean(), List.of(next(random))),
                new Block.Paragraph(next(random)));
        Article plain = SampleArticles.plain();
        return new Article(plain.id(), plain.slug(), plain.language(), plain.script(), Direction.LTR,
                next(random), next(random), new Byline(next(random), List.of(next(random)), next(random)),
                null, new Published(next(random), null), body,
                List.of(new Credit(next(random), Role.EDITOR, next(random))),
                List.of(next(random), next(random)), plain.source(), plain.wordCount());
    }

    private static String next(Random random) {
        return MarkupHeavyTexts.next(random);
    }
}
