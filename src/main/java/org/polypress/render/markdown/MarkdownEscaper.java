package org.polypress.render.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where text becomes Markdown source.
 *
 * <p>Flexmark's formatter prints text as it is given, so anything that looks like Markdown would
 * become Markdown. {@link #escape(String)} makes any single line of text read back as exactly the same
 * characters, and as nothing but text, by the three readers the rendition is read with: CommonMark
 * (Flexmark), GFM (Hugo's Goldmark, GitHub, {@code pandoc -f gfm}) and Pandoc's default {@code markdown}
 * reader, whose extensions make markup of much that CommonMark leaves alone (math, superscript and
 * subscript, citations, smart punctuation, fancy and example lists, line blocks, definition lists,
 * heading attributes). The escape is a backslash before ASCII punctuation, which all three accept. It
 * escapes as little as it can, so the source stays readable: a character gets a backslash only where
 * it can open a construct or be changed in any of the three, and block markers only at the start of
 * the text, the one place where they count. Prose such as {@code Daily Online (CSC), 2,500 km.} passes
 * unchanged.
 *
 * <p>The rules, each for a reason:
 * <ul>
 *   <li>{@code \} always: it is the escape character itself.</li>
 *   <li>{@code `} always: any backtick can open or close a code span; at the start of a line three
 *       open a fenced code block.</li>
 *   <li>{@code *} always, and {@code _} unless a letter or digit stands on both sides of it: emphasis, strong
 *       emphasis, and (three at the start of a line) a thematic break or a bullet. An underscore inside a word
 *       ({@code snake_case}, {@code https://example.org/a_b_c}) opens and closes nothing in CommonMark, GFM and
 *       Pandoc alike, and escaped it would cut a link that Hugo or GitHub makes of a bare address at the
 *       backslash.</li>
 *   <li>{@code [} and {@code ]} always: links, images, link reference definitions, footnotes and task
 *       boxes all start with a bracket.</li>
 *   <li>{@code !} before {@code [}: an image. The bracket is escaped anyway; this keeps the pair
 *       readable as text to any reader.</li>
 *   <li>{@code <} always: raw HTML and autolinks ({@code <script>}, {@code <http://x>}).</li>
 *   <li>{@code >} always: a block quote at the start of a line, the end of raw HTML elsewhere.</li>
 *   <li>{@code ~} always: three at the start of a line open a fenced code block, and the GitHub
 *       dialect (which Hugo and GitHub render) strikes through text between tildes.</li>
 *   <li>{@code '} and {@code "} always: Pandoc's smart punctuation and Hugo's typographer curl every one
 *       of them, an apostrophe inside a word too.</li>
 *   <li>{@code -} after {@code -}, and {@code .} after {@code ..}: smart punctuation makes en and em
 *       dashes and an ellipsis of them.</li>
 *   <li>{@code $} and {@code ^} unless a space follows: a {@code $} that a space does not follow opens
 *       Pandoc's TeX math, a {@code ^} its superscript or inline note; one that cannot open cannot close. A
 *       {@code ^} that starts the text is escaped anyway: after the {@code [} of an image it would open
 *       a Pandoc footnote.
 *       At the end of the text, or before a blank written as a reference, they are escaped too: the
 *       renderer may follow the text with a {@code *}, and a reference is no space to Pandoc.</li>
 *   <li>{@code @} unless a space follows, or it stands between two ASCII letters or digits as the first
 *       of its word, as in an e-mail address ({@code mail@example.org}, no citation, and a GFM autolink that
 *       a backslash would cut): a Pandoc citation ({@code @smith}, {@code https://example.org/@user}, {@code 中@{k}}, even
 *       {@code @*}; at the end too, since the renderer may follow the text with a {@code *}).</li>
 *   <li>{@code :} before an emoji name and a colon ({@code :smile:}, {@code 14:100:}): GFM emoji
 *       shortcodes in {@code pandoc -f gfm}; a time ({@code 14:38:00}) stays as it is.</li>
 *   <li>the last {@code {} of a text that ends with {@code }}: Pandoc reads {@code {#id .class}} at the
 *       end of a heading as its attributes and drops it.</li>
 *   <li>{@code &} only before something shaped like a character reference
 *       ({@code &amp;}, {@code &#65;}, {@code &#x41;}): those would be decoded; {@code AT&T} stays.</li>
 *   <li>{@code {} after {@code {}, and {@code %} after {@code {}: {@code {{ }}}, {@code {{% }}} and
 *       {@code {% %}} are Hugo shortcodes and Liquid tags that site generators run before Markdown.</li>
 *   <li>At the start only: {@code #} (ATX heading); {@code -} or {@code +} followed by a space or
 *       nothing (bullet list item); the {@code .} or {@code )} of an ordered list marker when a space or
 *       nothing follows: digits in all three readers, and in Pandoc's a letter, a roman numeral or an
 *       example label too ({@code a)}, {@code (iv)}, {@code (@)}), but not a capital letter, a period
 *       and one space, which Pandoc leaves alone so that {@code A. Smith} stays a name; {@code |} and a
 *       blank (a Pandoc line block); {@code :} and a blank, or {@code :::} (a definition under the
 *       block before, a fenced div); a text made only of {@code -} or {@code =} and spaces (thematic
 *       break, setext heading underline).</li>
 *   <li>At the end only: every {@code #} of a closing run, which an ATX heading would drop as its
 *       closing sequence (CommonMark after a space, Pandoc after anything: {@code C#}).</li>
 *   <li>Leading and trailing spaces and tabs: a paragraph or heading strips them, and four leading
 *       spaces make an indented code block. The first leading and the last trailing one are written
 *       as a numeric character reference ({@code &#32;}), which is text but not whitespace to the
 *       parser; that also puts every block marker that follows out of reach.</li>
 *   <li>A tab, and a space after a space or tab: Pandoc reads a run of blanks as one space, so they are
 *       written as references too ({@code &#9;}, {@code &#32;}).</li>
 * </ul>
 *
 * <p>{@link #escapeValue(String)} does the same for a front matter value that Pandoc reads as Markdown
 * and Hugo or Jekyll as a plain string, without the smart punctuation rules (see its comment).
 *
 * <p>Line breaks and other control characters cannot be part of one line of inline text; the pipeline
 * normalizes them away before rendering, so meeting one here is a programming error.
 */
public final class MarkdownEscaper {

    /** {@code &} followed by this would be read as a named, decimal or hexadecimal character reference. */
    private static final Pattern CHARACTER_REFERENCE_TAIL = Pattern.compile("#?[A-Za-z0-9]+;");

    /**
     * An ordered list item marker followed by a blank, or by nothing but what ends a line for Flexmark: digits (all readers); a letter, a roman
     * numeral or an example label, optionally in parentheses (Pandoc's fancy and example lists). Group 1
     * ends before the delimiter. DOTALL, because the rest of the line may hold U+2028 or U+2029, which
     * Java's {@code .} would not match.
     */
    private static final Pattern ORDERED_LIST_MARKER = Pattern.compile(
            "(\\(?(?:[0-9]+|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+|@[A-Za-z0-9_-]*))[.)](?:[ \t].*|[ \t\u0085\u2028\u2029]*)",
            Pattern.DOTALL);

    /** A capital letter, a period, one space and more: Pandoc reads no list item there ({@code A. Smith}). */
    private static final Pattern INITIAL_AND_NAME = Pattern.compile("[A-Z]\\. [^ \t].*", Pattern.DOTALL);

    /**
     * What follows the colon that opens a GFM emoji shortcode: a name and the closing colon. A name holds a
     * letter, but for {@code 100}, {@code 1234}, {@code +1} and {@code -1}; so a time such as
     * {@code 14:38:00} needs no escape.
     */
    private static final Pattern EMOJI_NAME_TAIL =
            Pattern.compile("(?:[A-Za-z0-9_+-]*[A-Za-z][A-Za-z0-9_+-]*|100|1234|[+-]1):");

    /** A line of one of these characters and blanks: a thematic break or a setext underline. */
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("-[- \t]*|=[= \t]*");

    private MarkdownEscaper() {
    }

    /**
     * Escapes one line of inline text so that CommonMark, GFM and Pandoc's Markdown read it back as
     * exactly this text.
     *
     * @param text the text, a single line without control characters (a tab is tolerated)
     * @return Markdown inline source; empty for empty text
     * @throws IllegalArgumentException when the text holds a line break or another control character
     */
    public static String escape(String text) {
        return escape(text, true);
    }

    /**
     * Escapes a front matter value for Pandoc, which reads a YAML string as Markdown, while Hugo and
     * Jekyll read the same string as it stands. No string is the same text to both when it holds
     * characters Pandoc would read as markup, so this escapes those ({@code *x*}, {@code <b>},
     * {@code $x$}, {@code @cite}, a leading {@code #}…): no value becomes markup or raw HTML in a Pandoc
     * document, and only such values show a backslash in a site's title. The smart punctuation rules are
     * left out: an apostrophe, a quote or a dash is common in a headline, would show a backslash in
     * every site generator, and Pandoc only gives it its typographic form; so are the references for a
     * tab or a run of spaces inside the text, which Pandoc reads as one space and Hugo would show.
     *
     * @param text the value, a single line without control characters
     * @return the value to write into the YAML string
     */
    public static String escapeValue(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean typography) {
        Objects.requireNonNull(text, "text");
        requireSingleLine(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int end = hasTrailingBlank(text) ? text.length() - 1 : text.length();
        int start = 0;
        int marker = -1;
        if (!text.isEmpty() && isBlank(text.charAt(0))) {
            appendReference(out, text.charAt(0));
            start = 1;
        } else {
            marker = blockMarkerAt(text);
        }
        int closingHashes = closingSequenceStart(text, start, end);
        for (int i = start; i < end; i++) {
            if (typography && collapsesInPandoc(text, i)) {
                appendReference(out, text.charAt(i));
                continue;
            }
            boolean closing = closingHashes >= 0 && i >= closingHashes;
            if (i == marker || closing || needsBackslash(text, i, typography)) {
                out.append('\\');
            }
            out.append(text.charAt(i));
        }
        if (end < text.length()) {
            appendReference(out, text.charAt(end));
        }
        return out.toString();
    }

    /**
     * Writes a link or image destination: a relative path or URL that CommonMark reads back unchanged.
     * Every character outside the URI's unreserved set and {@code /} is percent-encoded as UTF-8, so
     * spaces, brackets, parentheses, backslashes, {@code &} and {@code %} cannot end or alter the
     * destination.
     *
     * @param path the path as it names the file, e.g. {@code images/photo 1.jpg}
     * @return the destination, e.g. {@code images/photo%201.jpg}
     */
    public static String destination(String path) {
        Objects.requireNonNull(path, "path");
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static void requireSingleLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new IllegalArgumentException(String.format(
                        "text must be one line without control characters, found U+%04X at index %d",
                        (int) c, i));
            }
        }
    }

    private static boolean hasTrailingBlank(String text) {
        return text.length() > 1 && isBlank(text.charAt(text.length() - 1));
    }

    /** The index of the character that would make the start of the text a block marker, or -1. */
    private static int blockMarkerAt(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char first = text.charAt(0);
        boolean markerAlone = text.length() == 1 || isBlank(text.charAt(1)) || onlyLineEndsFrom(text, 1);
        if (first == '#'
                || (first == '-' || first == '+' || first == '|' || first == ':') && markerAlone
                || text.startsWith(":::")
                || RULE_OR_UNDERLINE.matcher(text).matches()) {
            return 0;
        }
        Matcher orderedList = ORDERED_LIST_MARKER.matcher(text);
        if (orderedList.matches() && !INITIAL_AND_NAME.matcher(text).matches()) {
            return orderedList.end(1);
        }
        return -1;
    }

    /**
     * Whether nothing but blanks and U+0085, U+2028 or U+2029 follows: Flexmark takes those for the end
     * of the line, so {@code +} and U+2028 is a list item with nothing in it.
     */
    private static boolean onlyLineEndsFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c) && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the trailing run of {@code #}, or -1: an ATX heading would read it as its closing
     * sequence and drop it, in CommonMark after a blank, in Pandoc after anything.
     */
    private static int closingSequenceStart(String text, int start, int end) {
        int run = end;
        while (run > start && text.charAt(run - 1) == '#') {
            run--;
        }
        return run < end ? run : -1;
    }

    private static boolean needsBackslash(String text, int i, boolean typography) {
        char c = text.charAt(i);
        switch (c) {
            case '_':
                return !(isWordAt(text, i - 1) && isWordAt(text, i + 1));
            case '\\', '`', '*', '[', ']', '<', '>', '~':
                return true;
            case '\'', '"':
                return typography;
            case '-':
                return typography && i > 0 && text.charAt(i - 1) == '-';
            case '.':
                return typography && i > 1 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.';
            case '$':
                return !spaceFollows(text, i);
            case '^':
                // first in an image's alt text, after the renderer's [, it would open a Pandoc footnote
                return i == 0 || !spaceFollows(text, i);
            case '@':
                return !spaceFollows(text, i) && !inAddress(text, i);
            case ':':
                return EMOJI_NAME_TAIL.matcher(text).region(i + 1, text.length()).lookingAt();
            case '!':
                return i + 1 < text.length() && text.charAt(i + 1) == '[';
            case '&':
                return CHARACTER_REFERENCE_TAIL.matcher(text).region(i + 1, text.length()).lookingAt();
            case '{':
                return i > 0 && text.charAt(i - 1) == '{' || opensTrailingAttributes(text, i);
            case '%':
                return i > 0 && text.charAt(i - 1) == '{';
            default:
                return false;
        }
    }

    /** A tab, or a space after a blank: Pandoc reads any run of blanks as one space. */
    private static boolean collapsesInPandoc(String text, int i) {
        char c = text.charAt(i);
        return c == '\t' || c == ' ' && i > 0 && isBlank(text.charAt(i - 1));
    }

    /**
     * Whether a space that is written as a space follows: not a tab, and not the last character, which is
     * written as a reference. At the end of the text nothing follows, and the renderer may write a
     * {@code *} there.
     */
    private static boolean spaceFollows(String text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == ' '
                && !(i + 2 == text.length() && hasTrailingBlank(text));
    }

    /**
     * An {@code @} between two ASCII letters or digits, the first in its word: an e-mail address, which
     * Pandoc reads as text. After another {@code @} of the same word Pandoc reads a citation.
     */
    private static boolean inAddress(String text, int i) {
        if (!isAsciiWordAt(text, i - 1) || !isAsciiWordAt(text, i + 1)) {
            return false;
        }
        for (int j = i - 1; j >= 0 && !isBlank(text.charAt(j)); j--) {
            if (text.charAt(j) == '@') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiWordAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isWordAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** The last {@code {} of a text ending in {@code }}: where Pandoc's heading attributes would start. */
    private static boolean opensTrailingAttributes(String text, int i) {
        return text.endsWith("}") && text.lastIndexOf('{') == i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static void appendReference(StringBuilder out, char c) {
        out.append("&#").append((int) c).append(';');
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    }
}
