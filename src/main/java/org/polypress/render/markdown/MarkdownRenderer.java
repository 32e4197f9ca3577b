package org.polypress.render.markdown;

import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.render.Renderer;

/**
 * Renders an article as CommonMark with a YAML front matter block ({@code article.md}).
 *
 * <p>The body is the title as a level-1 heading, the subtitle, byline and date as paragraphs, the
 * blocks in source order, and the credit notes after a thematic break. Every text goes through
 * {@link MarkdownEscaper}, so a reader's Markdown tool shows the source's words and nothing else.
 *
 * <p>How the body is built: the escaped blocks are assembled as CommonMark source, parsed with
 * Flexmark and printed with Flexmark's {@link Formatter}. Building the AST by hand was tried first and
 * proved fragile in Flexmark 0.64.8: the formatter reads markers and text from each node's source
 * sequence, so hand-made nodes print images as {@code ![]()}, thematic breaks as nothing, ordered
 * lists from 0 and lists loose unless every internal field is set as the parser would. Parsing first
 * gives the formatter the nodes it expects, and the parsed document is checked block by block against
 * what was meant before it is printed. Lines are never wrapped (right margin 0), so CJK and Thai text
 * stays whole.
 *
 * <p>Immutable and thread-safe: the parser, formatter and YAML writer are built once, from immutable
 * options, and hold no per-render state.
 */
public final class MarkdownRenderer implements Renderer {

    /** The rendition's file in {@code output/<slug>/}. */
    public static final String FILE_NAME = "article.md";

    private final Parser parser;
    private final Formatter formatter;
    private final FrontMatter frontMatter;

    /** Builds the Flexmark parser and formatter and the YAML writer, once. */
    public MarkdownRenderer() {
        DataHolder options = new MutableDataSet()
                .set(Formatter.RIGHT_MARGIN, 0)
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.formatter = Formatter.builder(options).build();
        this.frontMatter = new FrontMatter();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    /** The rendition as UTF-8: LF line ends, exactly one at the end, the same bytes for the same article. */
    @Override
    public byte[] render(Article article) {
        return markdown(article).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The rendition as text: front matter, a blank line, the body.
     *
     * @throws IllegalArgumentException when a text holds a line break or another control character,
     *                                  which normalization should have removed
     * @throws IllegalStateException    when the Markdown would not read back as the article's blocks
     */
    public String markdown(Article article) {
        Objects.requireNonNull(article, "article");
        return frontMatter.write(article) + "\n" + body(article);
    }

    private String body(Article article) {
        MarkdownBlocks blocks = new MarkdownBlocks();
        blocks.heading(1, article.title());
        addHead(article, blocks);
        for (Block block : article.body()) {
            addBlock(block, blocks);
        }
        addNotes(article, blocks);
        Document document = parser.parse(blocks.source());
        blocks.requireStructure(document);
        return withOneFinalLineFeed(formatter.render(document));
    }

    /** Subtitle, byline and date; the date only when the byline does not already show it. */
    private static void addHead(Article article, MarkdownBlocks blocks) {
        if (article.subtitle() != null) {
            blocks.paragraph(article.subtitle());
        }
        if (article.byline() != null) {
            blocks.paragraph(article.byline().text());
        }
        if (article.published() != null && !bylineShows(article, article.published().text())) {
            blocks.paragraph(article.published().text());
        }
    }

    private static boolean bylineShows(Article article, String text) {
        return article.byline() != null && article.byline().text().contains(text);
    }

    private static void addBlock(Block block, MarkdownBlocks blocks) {
        if (block instanceof Block.Paragraph paragraph) {
            blocks.paragraph(paragraph.text());
        } else if (block instanceof Block.Heading heading) {
            blocks.heading(heading.level(), heading.text());
        } else if (block instanceof Block.Figure figure) {
            if (figure.image() != null) {
                String alt = figure.image().alt();
                blocks.image(alt == null ? "" : alt, figure.image().path());
            }
            blocks.caption(figure.caption(), figure.credit());
        } else if (block instanceof Block.Quote quote) {
            blocks.quote(quote.text());
        } else if (block instanceof Block.ListBlock list) {
            blocks.list(list.ordered(), list.items());
        } else {
            throw new IllegalArgumentException("unknown block type: " + block.type());
        }
    }

    /** The credit notes, verbatim, set apart from the story by a thematic break. */
    private static void addNotes(Article article, MarkdownBlocks blocks) {
        if (article.notes().isEmpty()) {
            return;
        }
        blocks.thematicBreak();
        for (String note : article.notes()) {
            blocks.paragraph(note);
        }
    }

    private static String withOneFinalLineFeed(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end) + "\n";
    }
}
