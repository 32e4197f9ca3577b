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
            "[x]: /u", "**", "__", "{{", "{%", "\\*", "www.x.com");

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
