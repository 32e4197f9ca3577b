package org.polypress.testing;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Markdown rendition back the way a reader's tool would: Flexmark's parser with its default
 * CommonMark options. Tests use it to check that every word of the source survives as text, in the
 * block it belongs to, and that nothing became markup on the way.
 */
public final class MarkdownReadBack {

    private static final String FENCE = "---\n";

    /** Built once: a Flexmark parser is immutable and may be shared. */
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownReadBack() {
    }

    /**
     * One top-level block, or one list item, as a reader sees it.
     *
     * @param kind        {@code heading}, {@code paragraph}, {@code image}, {@code quote},
     *                    {@code bullet-item}, {@code ordered-item}, {@code thematic-break}, or the
     *                    lower-case Flexmark node name for anything else (e.g. {@code htmlblock})
     * @param level       the heading level, else 0
     * @param text        the text content: escapes and character references decoded, markup gone
     * @param destination the image destination as written, else null
     */
    public record Block(String kind, int level, String text, String destination) {

        /** A heading, paragraph or other block without a destination. */
        public static Block of(String kind, int level, String text) {
            return new Block(kind, level, text, null);
        }

        @Override
        public String toString() {
            return kind + (level > 0 ? level : "") + ": " + text
                    + (destination == null ? "" : " -> " + destination);
        }
    }

    /** The blocks of a Markdown document, front matter skipped, in order; list items one by one. */
    public static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : parse(body(markdown)).getChildren()) {
            addBlock(node, blocks);
        }
        return blocks;
    }

    /** The texts of the blocks of one kind, in order. */
    public static List<String> texts(String markdown, String kind) {
        return blocks(markdown).stream().filter(b -> b.kind().equals(kind)).map(Block::text).toList();
    }

    /** Parses Markdown without front matter. */
    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The YAML between the opening and closing {@code ---} lines, or empty when there is none. */
    public static String frontMatter(String markdown) {
        int close = frontMatterEnd(markdown);
        return close < 0 ? "" : markdown.substring(FENCE.length(), close);
    }

    /** The Markdown after the front matter block. */
    public static String body(String markdown) {
        int close = frontMatterEnd(markdown);
        return close < 0 ? markdown : markdown.substring(close + FENCE.length());
    }

    /**
     * The text a reader sees in a node: backslash escapes and character references decoded, markup
     * characters of emphasis, links and code gone, line breaks as {@code \n}.
     */
    public static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out);
        return out.toString();
    }

    private static void collectText(Node node, StringBuilder out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(Escaping.unescapeString(node.getChars()));
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof Image image) {
            out.append(Escaping.unescapeString(image.getText()));
        } else {
            for (Node child : node.getChildren()) {
                collectText(child, out);
            }
        }
    }

    private static int frontMatterEnd(String markdown) {
        if (!markdown.startsWith(FENCE)) {
            return -1;
        }
        int close = markdown.indexOf("\n" + FENCE, FENCE.length() - 1);
        return close < 0 ? -1 : close + 1;
    }

    private static void addBlock(Node node, List<Block> blocks) {
        if (node instanceof Heading heading) {
            blocks.add(Block.of("heading", heading.getLevel(), textOf(heading)));
        } else if (node instanceof Paragraph paragraph) {
            blocks.add(paragraphBlock(paragraph));
        } else if (node instanceof BlockQuote quote) {
            blocks.add(Block.of("quote", 0, quoteText(quote)));
        } else if (node instanceof ListBlock list) {
            for (Node item : list.getChildren()) {
                String kind = item instanceof OrderedListItem ? "ordered-item"
                        : item instanceof BulletListItem ? "bullet-item" : "list-item";
                blocks.add(Block.of(kind, 0, textOf(item)));
            }
        } else if (node instanceof ThematicBreak) {
            blocks.add(Block.of("thematic-break", 0, ""));
        } else {
            String kind = node.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            blocks.add(Block.of(kind, 0, textOf(node)));
        }
    }

    private static Block paragraphBlock(Paragraph paragraph) {
        Node only = paragraph.getFirstChild();
        if (only instanceof Image image && only.getNext() == null) {
            return new Block("image", 0, Escaping.unescapeString(image.getText()), image.getUrl().toString());
        }
        return Block.of("paragraph", 0, textOf(paragraph));
    }

    private static String quoteText(BlockQuote quote) {
        List<String> parts = new ArrayList<>();
        for (Node child : quote.getChildren()) {
            parts.add(textOf(child));
        }
        return String.join("\n", parts);
    }
}
