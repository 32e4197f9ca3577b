package org.polypress.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.testing.MarkdownReadBack;
import org.polypress.testing.MarkupHeavyTexts;

/**
 * The escaper's contract, proven by reading its output back with Flexmark's CommonMark parser: the
 * same text, one paragraph, nothing but text.
 */
class MarkdownEscaperTest {

    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    static Stream<String> hostileTexts() {
        return Stream.of(
                "1. not a list", "1) not a list", "2024.", "12345678. big", "1.5 km is not a list",
                "# not a heading", "###### six", "####### seven", "#hashtag", "#",
                "- not a bullet", "+ not a bullet", "* not a bullet", "-", "+", "-5 degrees", "+3 points",
                "*x*", "_x_", "__x__", "**strong**", "***both***", "snake_case_name", "2*3*4", "a * b",
                "`code`", "``double``", "```", "```java", "~~~", "~~struck~~", "~tilde~",
                "<script>alert(1)</script>", "<http://x>", "<a@b.c>", "<!-- comment -->", "<div>",
                "a < b > c", "<", ">",
                "[x](y)", "![a](b)", "[x]: /url", "[x]", "[^1]", "[ ] task", "!", "Wow!", "!important",
                "&amp;", "&#65;", "&#x41;", "&copy", "&nbsp;", "AT&T", "R&D; more", "&", "&&",
                "\\", "\\\\", "a\\b", "ends with \\", "\\*", "\\_", "\\[x\\]", "C:\\Users\\x",
                "---", "===", "***", "___", "- - -", "* * *", "--", "==", "=", "--- x", "== a",
                "> quote", ">> nested", "|a|b|", "| --- | --- |", "a | b",
                " leading space", "  two leading", "    four leading = code", "trailing space ",
                "trailing two  ", " both ", " ", "   ", "\tleading tab", "trailing tab\t", " \t ",
                "Issue #", "Issue ##", "C#", "F# and C#", "a # b", "Issue #5",
                "{{< shortcode >}}", "{{% shortcode %}}", "{% liquid %}", "{{ var }}", "{x}", "100%",
                "People's Daily Online (CSC), 2,500 km.", "\"quoted\" and 'single'",
                "http://example.com/a_b*c", "www.example.com", "mail@example.com",
                "https://example.org/a_b_c", "a_b", "_a", "a_", "a__b", "a_ b", "a _b", "1_000_000", "x_*y*_z",
                "é_ü", "新_闻", "a_\u0301b",
                "السلام عليكم — «مرحبا» ١٢٣.", "中华人民共和国。“你好”，世界！", "😀 emoji 👍🏽 ok",
                "\u00a0no-break at edges\u00a0", "\u3000\u3000全角空格", "ZWJ 👩\u200d💻 x",
                "a\u200bb", "x\u2028y", "+\u2028", "-\u2029", "1.\u2029", "1. line\u2028separator", "- x\u2029y", "1\u3002 not a list",
                "\ufeffbyte order mark", "soft\u00adhyphen", "\u200fالعربية\u200e");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextReadsBackAsTheSameText(String text) {
        assertReadsBackAsText(text);
    }

    @Test
    void thousandsOfMarkupHeavyTextsReadBackAsTheSameText() {
        Random random = new Random(20240705L);
        for (int i = 0; i < 5000; i++) {
            assertReadsBackAsText(MarkupHeavyTexts.next(random));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Daily Online (CSC), 2,500 km. | Daily Online (CSC), 2,500 km.",
            "People's \"Daily\" | People\\'s \\\"Daily\\\"",
            "AT&T and R&D: 50% up (2024). | AT&T and R&D: 50% up (2024).",
            "1. not a list | 1\\. not a list",
            "2) not a list | 2\\) not a list",
            "# hash | \\# hash",
            "- dash | \\- dash",
            "+ plus | \\+ plus",
            "--- | \\-\\-\\-",
            "a--b, c---d... e.. | a-\\-b, c-\\-\\-d..\\. e..",
            "$x$ costs US$ 5 | \\$x$ costs US$ 5",
            "2^10^ and 2 ^ 3 | 2\\^10^ and 2 ^ 3",
            "@smith, [@smith] and mail@example.org | \\@smith, \\[\\@smith\\] and mail@example.org",
            "a) first | a\\) first",
            "(iv) fourth | (iv\\) fourth",
            "(@) example | (\\@\\) example",
            "A. Smith | A. Smith",
            "\"| line\" | \"\\| line\"",
            ": definition | \\: definition",
            "::: div | \\::: div",
            ":smile: at 14:38:00 | \\:smile: at 14:38:00",
            "Heading {#id} | Heading \\{#id}",
            "=== | \\===",
            "*x* and _y_ | \\*x\\* and \\_y\\_",
            "`code` | \\`code\\`",
            "<b> | \\<b\\>",
            "![a](b) | \\!\\[a\\](b)",
            "&amp; but AT&T | \\&amp; but AT&T",
            "a\\b | a\\\\b",
            "Issue # | Issue \\#",
            "\" lead\" | &#32;lead",
            "\"trail \" | trail&#32;",
            "{{% x %}} | {\\{\\% x %}}",
    })
    void escapesOnlyWhereMarkupCouldStart(String text, String expected) {
        assertEquals(expected, MarkdownEscaper.escape(text));
    }

    @Test
    void anUnderscoreInsideAWordIsLeftAsItIsSoAnAddressStaysOneLink() {
        // escaped, Hugo's Goldmark and GitHub linked only https://example.org/a of a bare address
        assertEquals("https://example.org/a_b_c", MarkdownEscaper.escape("https://example.org/a_b_c"));
        assertEquals("snake_case_name", MarkdownEscaper.escape("snake_case_name"));
        assertEquals("\\_x\\_ and a\\_ b", MarkdownEscaper.escape("_x_ and a_ b"));
    }

    @Test
    void aFrontMatterValueLosesItsMarkupButKeepsItsPunctuation() {
        // Hugo shows a front matter value as it stands: a backslash only where Pandoc would make markup
        assertEquals("People's \\*x\\* -- \\<b\\> \"a\"...", MarkdownEscaper.escapeValue("People's *x* -- <b> \"a\"..."));
        assertEquals("\\# \\$x$ \\@cite", MarkdownEscaper.escapeValue("# $x$ @cite"));
    }

    @Test
    void emptyTextStaysEmpty() {
        assertEquals("", MarkdownEscaper.escape(""));
    }

    @Test
    void lineBreaksAndControlCharactersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MarkdownEscaper.escape("two\nlines"));
        assertThrows(IllegalArgumentException.class, () -> MarkdownEscaper.escape("carriage\rreturn"));
        assertThrows(IllegalArgumentException.class, () -> MarkdownEscaper.escape("nul\u0000"));
        assertThrows(NullPointerException.class, () -> MarkdownEscaper.escape(null));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextReadsBackInsideAHeading(String text) {
        Document document = MarkdownReadBack.parse("## " + MarkdownEscaper.escape(text));
        assertEquals(List.of(MarkdownReadBack.Block.of("heading", 2, text)),
                MarkdownReadBack.blocks("## " + MarkdownEscaper.escape(text)), () -> "heading of " + text);
        assertOnlyText(document.getFirstChild(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "images/photo.jpg | images/photo.jpg",
            "images/photo 1.jpg | images/photo%201.jpg",
            "images/a(b)<c>[d]\\e&f%g.png | images/a%28b%29%3Cc%3E%5Bd%5D%5Ce%26f%25g.png",
            "images/照片.jpg | images/%E7%85%A7%E7%89%87.jpg",
    })
    void destinationsArePercentEncodedAndReadBackAsTheSamePath(String path, String expected) {
        String destination = MarkdownEscaper.destination(path);
        assertEquals(expected, destination);
        Node image = MarkdownReadBack.parse("![alt](" + destination + ")").getFirstChild().getFirstChild();
        assertTrue(image instanceof Image, () -> "an image: " + destination);
        String url = ((Image) image).getUrl().toString();
        assertEquals(path, URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /** The escaped text is one paragraph of text nodes whose content is the text, and renders as it. */
    private static void assertReadsBackAsText(String text) {
        String escaped = MarkdownEscaper.escape(text);
        Document document = MarkdownReadBack.parse(escaped);
        Node paragraph = document.getFirstChild();
        assertTrue(paragraph instanceof Paragraph && paragraph.getNext() == null,
                () -> "one paragraph for [" + text + "] escaped as [" + escaped + "]");
        assertOnlyText(paragraph, text);
        assertEquals("<p>" + Escaping.escapeHtml(text, false) + "</p>\n", HTML.render(document),
                () -> "HTML of [" + text + "] escaped as [" + escaped + "]");
    }

    private static void assertOnlyText(Node block, String text) {
        for (Node child : block.getChildren()) {
            boolean textLike = child instanceof Text
                    || child instanceof HtmlEntity && child.getChars().toString().matches("&#(32|9);");
            assertTrue(textLike, () -> child.getClass().getSimpleName() + " in [" + text + "]");
        }
        assertEquals(text, MarkdownReadBack.textOf(block), () -> "text of [" + text + "]");
    }
}
