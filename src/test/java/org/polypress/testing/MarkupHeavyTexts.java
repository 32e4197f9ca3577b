package org.polypress.testing;

import java.util.List;
import java.util.Random;

/**
 * Random single-line texts made of Markdown, HTML and entity fragments, ASCII punctuation, blanks of
 * several kinds and letters of several scripts: the raw material of property-style escaping tests.
 * Pass a {@link Random} with a fixed seed so a failure can be replayed.
 */
public final class MarkupHeavyTexts {

    private static final List<String> PIECES = List.of(
            "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "!", "&", "#", ";", ":", "-", "+",
            "=", "~", "|", "'", "\"", "{", "}", "%", ".", ",", "/", "@", "$", "^", "?",
            " ", " ", " ", "\t", "\u00a0", "\u3000", "\u2028",
            "a", "Z", "7", "0", "x", "中", "文", "ع", "ب", "😀", "é",
            "1. ", "2) ", "- ", "+ ", "* ", "# ", "## ", "> ", "---", "===", "***", "___", "```", "~~~",
            "&amp;", "&#65;", "&#x41;", "&copy;", "<http://x>", "<b>", "</b>", "[x](y)", "![a](b)",
            "[x]: /u", "**", "__", "{{", "{%", "\\*", "www.x.com",
            // Pandoc's extensions: math, superscript, subscript, citations, smart punctuation, fancy and
            // example lists, line blocks, definitions, fenced divs, heading attributes, notes; GFM emoji
            "$x$", "$$", "$ ", "^s^", "~s~", "^[n]", "@cite", "[@cite]", "-@c", "@{k}", "(@)", "(@a) ", "@. ",
            "--", "---", "...", "'", "\"", "it's", "a) ", "(i) ", "iv. ", "B. ", "B.  ", "#. ", "| ", ": ",
            ":::", "{#id}", "{.c}", "{-}", "}", "[^1]", "<!-- -->", ":smile:", "14:100:", "=", "\\ x",
            // text the escaper must leave readable: addresses, CJK, right-to-left, ideographic space
            "https://example.org/a_b_c", "mail@example.org", "新闻", "東京", "한국", "עברית", "العربية",
            "\u3000", "US$ 5");

    private MarkupHeavyTexts() {
    }

    /** A text of one to twelve pieces; never empty. */
    public static String next(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
