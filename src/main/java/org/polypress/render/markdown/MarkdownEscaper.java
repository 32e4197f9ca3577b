package org.polypress.render.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where text becomes CommonMark source.
 *
 * <p>Flexmark's formatter prints text as it is given, so anything that looks like Markdown would
 * become Markdown. {@link #escape(String)} makes any single line of text read back by a CommonMark
 * parser as exactly the same characters and as nothing but text. It escapes as little as it can, so
 * the source stays readable: a character gets a backslash only where it can open or close a
 * construct, and block markers only at the start of the text, the one place where they count.
 * Ordinary prose such as {@code People's Daily Online (CSC), 2,500 km.} passes unchanged.
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
 *   <li>{@code &} only before something shaped like a character reference
 *       ({@code &amp;}, {@code &#65;}, {@code &#x41;}): those would be decoded; {@code AT&T} stays.</li>
 *   <li>{@code {} after {@code {}, and {@code %} after {@code {}: {@code {{ }}}, {@code {{% }}} and
 *       {@code {% %}} are Hugo shortcodes and Liquid tags that site generators run before Markdown.</li>
 *   <li>At the start only: {@code #} (ATX heading); {@code -} or {@code +} followed by a space or
 *       nothing (bullet list item); the {@code .} or {@code )} after leading digits when a space or
 *       nothing follows (ordered list item); a text made only of {@code -} or {@code =} and spaces
 *       (thematic break, setext heading underline).</li>
 *   <li>At the end only: a run of {@code #} after a space, which an ATX heading would drop as its
 *       closing sequence.</li>
 *   <li>Leading and trailing spaces and tabs: a paragraph or heading strips them, and four leading
 *       spaces make an indented code block. The first leading and the last trailing one are written
 *       as a numeric character reference ({@code &#32;}), which is text but not whitespace to the
 *       parser; that also puts every block marker that follows out of reach.</li>
 * </ul>
 *
 * <p>Line breaks and other control characters cannot be part of one line of inline text; the pipeline
 * normalizes them away before rendering, so meeting one here is a programming error.
 */
public final class MarkdownEscaper {

    /** {@code &} followed by this would be read as a named, decimal or hexadecimal character reference. */
    private static final Pattern CHARACTER_REFERENCE_TAIL = Pattern.compile("#?[A-Za-z0-9]+;");

    /**
     * Leading digits and a delimiter followed by a space or the end: an ordered list item marker. DOTALL,
     * because the rest of the line may hold U+2028 or U+2029, which Java's {@code .} would not match.
     */
    private static final Pattern ORDERED_LIST_MARKER =
            Pattern.compile("([0-9]+)[.)](?:[ \t].*)?", Pattern.DOTALL);

    /** A line of one of these characters and blanks: a thematic break or a setext underline. */
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("-[- \t]*|=[= \t]*");

    private MarkdownEscaper() {
    }

    /**
     * Escapes one line of inline text so that CommonMark reads it back as exactly this text.
     *
     * @param text the text, a single line without control characters (a tab is tolerated)
     * @return CommonMark inline source; empty for empty text
     * @throws IllegalArgumentException when the text holds a line break or another control character
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        requireSingleLine(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int end = hasTrailingBlank(text) ? text.length() - 1 : text.length();
        int start = escapeStart(text, out);
        escapeInline(text, start, end, out);
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

    /**
     * Writes what only counts at the start of the text: a leading blank as a character reference, or
     * else an escaped block marker. Returns how many characters of the text it wrote.
     */
    private static int escapeStart(String text, StringBuilder out) {
        if (text.isEmpty()) {
            return 0;
        }
        if (isBlank(text.charAt(0))) {
            appendReference(out, text.charAt(0));
            return 1;
        }
        return escapeBlockMarker(text, out);
    }

    private static int escapeBlockMarker(String text, StringBuilder out) {
        char first = text.charAt(0);
        boolean markerAlone = text.length() == 1 || isBlank(text.charAt(1));
        if (first == '#'
                || (first == '-' || first == '+') && markerAlone
                || RULE_OR_UNDERLINE.matcher(text).matches()) {
            out.append('\\').append(first);
            return 1;
        }
        Matcher orderedList = ORDERED_LIST_MARKER.matcher(text);
        if (orderedList.matches()) {
            int delimiter = orderedList.end(1);
            out.append(text, 0, delimiter).append('\\').append(text.charAt(delimiter));
            return delimiter + 1;
        }
        return 0;
    }

    private static void escapeInline(String text, int start, int end, StringBuilder out) {
        int closingHashes = closingSequenceStart(text, start, end);
        for (int i = start; i < end; i++) {
            if (i == closingHashes) {
                out.append('\\');
            }
            appendInline(text, i, out);
        }
    }

    /**
     * The index of a trailing run of {@code #} that follows a blank, or -1: an ATX heading would read
     * that run as its optional closing sequence and drop it.
     */
    private static int closingSequenceStart(String text, int start, int end) {
        int run = end;
        while (run > start && text.charAt(run - 1) == '#') {
            run--;
        }
        boolean afterBlank = run > start && run < end && isBlank(text.charAt(run - 1));
        return afterBlank ? run : -1;
    }

    private static void appendInline(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (needsBackslash(text, i, c)) {
            out.append('\\');
        }
        out.append(c);
    }

    private static boolean needsBackslash(String text, int i, char c) {
        switch (c) {
            case '_':
                return !(i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
            case '\\', '`', '*', '[', ']', '<', '>', '~':
                return true;
            case '!':
                return i + 1 < text.length() && text.charAt(i + 1) == '[';
            case '&':
                return CHARACTER_REFERENCE_TAIL.matcher(text).region(i + 1, text.length()).lookingAt();
            case '{', '%':
                return i > 0 && text.charAt(i - 1) == '{';
            default:
                return false;
        }
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
