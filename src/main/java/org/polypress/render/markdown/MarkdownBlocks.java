package org.polypress.render.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The CommonMark source of an article body, one block at a time, every text escaped by
 * {@link MarkdownEscaper} on the way in. Blocks are single lines (lists: one line per item) separated
 * by a blank line, so no text is ever wrapped.
 *
 * <p>It also remembers which block each call meant, so {@link #requireStructure(Document)} can check
 * the parsed result: if an escaping bug ever let text become markup, rendering fails loudly instead
 * of publishing a broken article. One instance serves one rendering; it is not shared.
 */
final class MarkdownBlocks {

    private final List<String> sources = new ArrayList<>();
    private final List<Class<? extends Node>> kinds = new ArrayList<>();

    /** An ATX heading: {@code level} times {@code #}, the text on the same line. */
    MarkdownBlocks heading(int level, String text) {
        return add(Heading.class, "#".repeat(level) + " " + MarkdownEscaper.escape(text));
    }

    /** A paragraph; empty text is left out, since Markdown has no empty paragraph. */
    MarkdownBlocks paragraph(String text) {
        return text.isEmpty() ? this : add(Paragraph.class, MarkdownEscaper.escape(text));
    }

    /** A paragraph holding only an image. */
    MarkdownBlocks image(String alt, String path) {
        String source = "![" + MarkdownEscaper.escape(alt) + "](" + MarkdownEscaper.destination(path) + ")";
        return add(Paragraph.class, source);
    }

    /**
     * A caption paragraph: the caption in emphasis, then the credit as written in parentheses, so both
     * stay visible and distinct. Emphasis is used only where its delimiters are sure to work (see
     * {@link #canEmphasize(String)}); otherwise the caption stands plain.
     *
     * @param caption the caption, or null
     * @param credit  the credit, or null
     */
    MarkdownBlocks caption(String caption, String credit) {
        List<String> parts = new ArrayList<>(2);
        if (caption != null && !caption.isEmpty()) {
            String escaped = MarkdownEscaper.escape(caption);
            parts.add(canEmphasize(escaped) ? "*" + escaped + "*" : escaped);
        }
        if (credit != null) {
            parts.add("(" + MarkdownEscaper.escape(credit) + ")");
        }
        return parts.isEmpty() ? this : add(Paragraph.class, String.join(" ", parts));
    }

    /** A block quote of one paragraph. */
    MarkdownBlocks quote(String text) {
        return add(BlockQuote.class, "> " + MarkdownEscaper.escape(text));
    }

    /**
     * A tight list, one line per item. Two lists in a row would merge into one, so a list that follows
     * another of its kind takes the other marker ({@code -} or {@code *}, {@code .} or {@code )}).
     */
    MarkdownBlocks list(boolean ordered, List<String> items) {
        boolean alternate = !kinds.isEmpty() && kinds.get(kinds.size() - 1) == listKind(ordered)
                && !sources.get(sources.size() - 1).startsWith(ordered ? "1) " : "* ");
        List<String> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String marker = ordered ? (i + 1) + (alternate ? ")" : ".") : (alternate ? "*" : "-");
            lines.add(marker + " " + MarkdownEscaper.escape(items.get(i)));
        }
        return add(listKind(ordered), String.join("\n", lines));
    }

    /** A thematic break, written {@code ***} so no reader mistakes it for a front matter fence. */
    MarkdownBlocks thematicBreak() {
        return add(ThematicBreak.class, "***");
    }

    /** The CommonMark source: blocks separated by one blank line, ending with a line feed. */
    String source() {
        return String.join("\n\n", sources) + "\n";
    }

    /**
     * Checks that the parsed source has exactly the blocks that were added, in order.
     *
     * @throws IllegalStateException when it does not: text became markup
     */
    void requireStructure(Document document) {
        List<Class<? extends Node>> parsed = new ArrayList<>();
        for (Node node : document.getChildren()) {
            parsed.add(node.getClass());
        }
        if (!parsed.equals(kinds)) {
            throw new IllegalStateException("Markdown blocks read back as " + names(parsed)
                    + " instead of " + names(kinds) + "; the text escaping let markup through");
        }
    }

    /**
     * Whether {@code *} around escaped text opens and closes emphasis. At the start of a line and before
     * a space or the end, a delimiter works whatever the text's edge characters are, unless they are
     * whitespace: CommonMark's flanking rules then refuse it. The escaper writes edge spaces and tabs
     * as character references, so this only meets other Unicode spaces (no-break, ideographic).
     */
    static boolean canEmphasize(String escaped) {
        if (escaped.isEmpty()) {
            return false;
        }
        int first = escaped.codePointAt(0);
        int last = escaped.codePointBefore(escaped.length());
        return !isUnicodeWhitespace(first) && !isUnicodeWhitespace(last);
    }

    private static boolean isUnicodeWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static Class<? extends Node> listKind(boolean ordered) {
        return ordered ? OrderedList.class : BulletList.class;
    }

    private MarkdownBlocks add(Class<? extends Node> kind, String source) {
        kinds.add(kind);
        sources.add(source);
        return this;
    }

    private static List<String> names(List<Class<? extends Node>> kinds) {
        return kinds.stream().map(Class::getSimpleName).toList();
    }
}
