package org.polypress.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.testing.MarkdownReadBack;

/**
 * What a reader must find in an article's Markdown, written from the rendition's specification rather
 * than from the renderer: the blocks in order with the source's exact texts, and every text the body
 * shows.
 */
final class ExpectedMarkdown {

    private ExpectedMarkdown() {
    }

    /** Title, subtitle, byline, date unless the byline shows it, the body, then a break and the notes. */
    static List<MarkdownReadBack.Block> blocks(Article article) {
        List<MarkdownReadBack.Block> expected = new ArrayList<>();
        expected.add(heading(1, article.title()));
        addParagraph(expected, article.subtitle());
        addParagraph(expected, article.byline() == null ? null : article.byline().text());
        if (article.published() != null && !bylineShows(article, article.published().text())) {
            addParagraph(expected, article.published().text());
        }
        article.body().forEach(block -> addBlock(expected, block));
        if (!article.notes().isEmpty()) {
            expected.add(MarkdownReadBack.Block.of("thematic-break", 0, ""));
            article.notes().forEach(note -> addParagraph(expected, note));
        }
        return expected;
    }

    /** Every text the body shows; each must stand whole on one line. */
    static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.add(article.subtitle());
        texts.add(article.byline() == null ? null : article.byline().text());
        for (Block block : article.body()) {
            texts.addAll(texts(block));
        }
        texts.addAll(article.notes());
        return texts.stream().filter(Objects::nonNull).toList();
    }

    static MarkdownReadBack.Block heading(int level, String text) {
        return MarkdownReadBack.Block.of("heading", level, text);
    }

    static MarkdownReadBack.Block paragraph(String text) {
        return MarkdownReadBack.Block.of("paragraph", 0, text);
    }

    private static boolean bylineShows(Article article, String text) {
        return article.byline() != null && article.byline().text().contains(text);
    }

    private static void addBlock(List<MarkdownReadBack.Block> expected, Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            addParagraph(expected, paragraph.text());
        } else if (block instanceof Block.Heading heading) {
            expected.add(heading(heading.level(), heading.text()));
        } else if (block instanceof Block.Figure figure) {
            addFigure(expected, figure);
        } else if (block instanceof Block.Quote quote) {
            expected.add(MarkdownReadBack.Block.of("quote", 0, quote.text()));
        } else if (block instanceof Block.ListBlock list) {
            String kind = list.ordered() ? "ordered-item" : "bullet-item";
            list.items().forEach(item -> expected.add(MarkdownReadBack.Block.of(kind, 0, item)));
        }
    }

    /** The image (alt text, destination), then the caption and its credit in brackets, both visible. */
    private static void addFigure(List<MarkdownReadBack.Block> expected, Block.Figure figure) {
        if (figure.image() != null) {
            String alt = figure.image().alt() == null ? "" : figure.image().alt();
            String destination = MarkdownEscaper.destination(figure.image().path());
            expected.add(new MarkdownReadBack.Block("image", 0, alt, destination));
        }
        String credit = figure.credit() == null ? null : "(" + figure.credit() + ")";
        List<String> parts = Stream.of(figure.caption(), credit).filter(Objects::nonNull).toList();
        addParagraph(expected, String.join(" ", parts));
    }

    private static void addParagraph(List<MarkdownReadBack.Block> expected, String text) {
        if (text != null && !text.isEmpty()) {
            expected.add(paragraph(text));
        }
    }

    private static List<String> texts(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return List.of(paragraph.text());
        } else if (block instanceof Block.Heading heading) {
            return List.of(heading.text());
        } else if (block instanceof Block.Quote quote) {
            return List.of(quote.text());
        } else if (block instanceof Block.ListBlock list) {
            return list.items();
        } else if (block instanceof Block.Figure figure) {
            return Stream.of(figure.caption(), figure.credit()).filter(Objects::nonNull).toList();
        }
        return List.of();
    }
}
