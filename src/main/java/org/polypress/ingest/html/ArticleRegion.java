package org.polypress.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.polypress.ingest.SourceBlock;

/**
 * The part of a page that is the article: the body and, when the headline stands outside it, what lies
 * between the two in reading order (date line, byline, top photo, standfirst). What lies before the
 * headline or after the body (breadcrumbs, the site's furniture, further stories) is not the article.
 *
 * @param headline the headline element, or null
 * @param body     the body container
 */
record ArticleRegion(Element headline, Element body) {

    /** A date line is a short line: longer, and a block above the headline is a teaser or a menu. */
    private static final int MAX_DATE_LINE_CHARS = 120;
    /** How many levels above the headline a date line is looked for: its container and two more. */
    private static final int DATE_LINE_LEVELS = 3;
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    /**
     * The date line some sites print above the headline ({@code <p>08.04.2015 12:46</p><h1>…}): the nearest
     * short block with a digit before the headline, in its container or up to two levels above, as one block; none when there is none.
     * It is written first, as it stands on the page.
     */
    List<SourceBlock> dateLineAbove() {
        if (headline == null) {
            return List.of();
        }
        Element level = headline;
        for (int i = 0; i < DATE_LINE_LEVELS && level.parent() != null; i++, level = level.parent()) {
            for (Element previous = level.previousElementSibling(); previous != null;
                    previous = previous.previousElementSibling()) {
                String text = previous.text().strip();
                if (!text.isEmpty() && text.length() <= MAX_DATE_LINE_CHARS && DIGIT.matcher(text).find()
                        && LinkDensity.of(previous) < 0.5) {
                    HtmlBlocks writer = new HtmlBlocks(null);
                    writer.write(previous);
                    List<String> words = writer.blocks().stream().filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                            .map(b -> String.join(" ", b.lines())).toList();
                    boolean time = writer.blocks().stream().anyMatch(b -> b.hint() == SourceBlock.Hint.TIME);
                    return words.isEmpty() ? List.of() : List.of(SourceBlock.of(time ? SourceBlock.Hint.TIME
                            : SourceBlock.Hint.NONE, String.join(" ", words)));
                }
            }
        }
        return List.of();
    }

    /** The article's blocks, the headline left out. */
    List<SourceBlock> blocks() {
        return written().blocks();
    }

    /** The article written, the headline left out: its blocks and pictures. */
    HtmlBlocks written() {
        HtmlBlocks writer = new HtmlBlocks(headline);
        if (headline != null && headline.parents().contains(body)) {
            // the body holds the headline (a page set as one column, a print view): what stands above the
            // headline is the site's (its name, a kicker, breadcrumbs) but for a photo set above it
            writeFiguresBefore(writer, headline, body);
            writeAfter(writer, headline, body);
            return writer;
        }
        if (headline == null || body.parents().contains(headline) || headline == body) {
            writer.write(body);
            return writer;
        }
        Element common = commonAncestor(headline, body);
        Element headlineBranch = childOnPath(common, headline);
        Element bodyBranch = childOnPath(common, body);
        boolean headlineFirst = headlineBranch.siblingIndex() < bodyBranch.siblingIndex();
        if (headlineFirst) {
            Element story = storyElement(common);
            if (story != null) {
                // a photo set above the headline in the story's own element is its lead photo (a blog's
                // featured image): written under the headline, as a reader sees it first
                writeFiguresBefore(writer, headline, story);
            }
            writeAfter(writer, headline, headlineBranch);
            for (Element between = headlineBranch.nextElementSibling(); between != null && between != bodyBranch;
                    between = between.nextElementSibling()) {
                writer.write(between);
            }
            writeBefore(writer, body, bodyBranch);
        }
        writer.write(body);
        return writer;
    }

    /** Writes what follows {@code from} inside {@code branch}, level by level up to the branch. */
    private static void writeAfter(HtmlBlocks writer, Element from, Element branch) {
        Element node = from;
        while (node != branch) {
            for (Element next = node.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                writer.write(next);
            }
            node = node.parent();
        }
    }

    /** Writes the photos that precede {@code to} inside {@code branch}, in reading order. */
    private static void writeFiguresBefore(HtmlBlocks writer, Element to, Element branch) {
        forEachBefore(to, branch, previous -> previous.select("figure").forEach(writer::write));
    }

    /** Writes what precedes {@code to} inside {@code branch}, from the branch down to it. */
    private static void writeBefore(HtmlBlocks writer, Element to, Element branch) {
        forEachBefore(to, branch, writer::write);
    }

    /** Gives {@code action} each element that precedes {@code to} inside {@code branch}, from the branch down. */
    private static void forEachBefore(Element to, Element branch, java.util.function.Consumer<Element> action) {
        List<Element> path = new java.util.ArrayList<>();
        for (Element node = to; node != branch; node = node.parent()) {
            path.add(0, node);
        }
        for (Element node : path) {
            for (Element previous : node.parent().children()) {
                if (previous == node) {
                    break;
                }
                action.accept(previous);
            }
        }
    }

    /**
     * The {@code <article>} that holds the whole story, headline and body, or null: a page's own wrapper around both
     * may hold the site's pictures too.
     */
    private static Element storyElement(Element common) {
        return common.closest("article");
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element candidate = a.parent(); candidate != null; candidate = candidate.parent()) {
            if (b.parents().contains(candidate)) {
                return candidate;
            }
        }
        return a.ownerDocument().body();
    }

    private static Element childOnPath(Element ancestor, Element descendant) {
        Element node = descendant;
        while (node.parent() != ancestor) {
            node = node.parent();
        }
        return node;
    }
}
