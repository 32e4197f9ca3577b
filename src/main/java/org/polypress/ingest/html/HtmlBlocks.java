package org.polypress.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.polypress.ingest.Spaces;

/**
 * Writes the part of a page a reader copies as text blocks in the corpus shape: each paragraph, heading,
 * quote, list and caption one block; a line break ({@code <br>}) a line inside its block; a caption's credit,
 * when the page marks it apart, a second line of the caption's block, as it stands under a photo. Blocks
 * made mostly of links (a "read more" list, a row of tags) are left out: a reader does not copy them.
 *
 * <p>Pictures ({@code <img>}, alone or in a {@code <figure>}) are noted where they stand among the blocks, with
 * their {@code src} and {@code alt}: before a figure's caption, after the paragraph whose text they follow.
 */
public final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "li",
            "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "tr", "ul", "picture");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "table", "menu");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** White space of the page's source: one space when rendered. */
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern CREDIT_NAMES = Pattern.compile("credit|copyright|author|byline|source|photographer");
    /** A block more than this share links is a list of links, not text. */
    private static final double MAX_LINK_DENSITY = 0.6;

    /** Elements that, closing a caption after its text, hold its credit ("…in Albania.<span>Foto: …</span>"). */
    private static final Set<String> CLOSING_ELEMENTS = Set.of("span", "small", "cite");

    private final List<String> blocks = new ArrayList<>();
    private final Set<String> captions = new java.util.HashSet<>();
    private final Element skip;
    private final StringBuilder current = new StringBuilder();
    private final List<Picture> pictures = new ArrayList<>();
    /** Pictures inside the block being written, after some of its text: placed once it ends. */
    private final List<Picture> pending = new ArrayList<>();

    /**
     * A picture of the page.
     *
     * @param block how many blocks stand before it
     * @param src   its {@code src} as written
     * @param alt   its {@code alt}, or null when it has none
     */
    public record Picture(int block, String src, String alt) {
    }

    /** @param skip an element not written (the headline, written first), or null */
    HtmlBlocks(Element skip) {
        this.skip = skip;
    }

    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    /** Writes {@code element} and what it holds. */
    void write(Element element) {
        if (element == skip) {
            return;
        }
        String tag = element.normalName();
        if (isBlock(tag) && !"figure".equals(tag) && isLinkList(element)) {
            return;
        }
        if (HEADINGS.contains(tag) || "h1".equals(tag)) {
            block(element.text());
        } else if ("figure".equals(tag)) {
            flush();
            Element img = element.selectFirst("img");
            if (img != null) {
                picture(img);
            }
            Element caption = element.selectFirst("figcaption");
            if (caption != null) {
                caption(caption);
            }
        } else if ("figcaption".equals(tag)) {
            caption(element);
        } else if ("li".equals(tag)) {
            // a list is one block, an item a line of it, as the recognizer reads lists; an item without text (a
            // gallery's thumbnails) is no line
            if (!element.text().isBlank()) {
                current.append("\n- ").append(element.text());
            }
        } else if (isBlock(tag)) {
            flush();
            children(element);
            flush();
        } else if ("br".equals(tag)) {
            current.append('\n');
        } else if ("img".equals(tag)) {
            picture(element);
        } else if ("time".equals(tag)) {
            // a date printed in its own element stands apart from the words around it ("08:22Actualizado")
            if (current.length() > 0 && Character.isLetterOrDigit(current.charAt(current.length() - 1))) {
                current.append(' ');
            }
            children(element);
            if (element.nextSibling() instanceof TextNode next && !next.text().isEmpty()
                    && Character.isLetterOrDigit(next.text().charAt(0))
                    || element.nextSibling() instanceof Element) {
                current.append(' ');
            }
        } else {
            children(element);
        }
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(SOURCE_WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element e) {
                write(e);
            }
        }
    }

    /**
     * A list, or a block of text with no block inside, more than {@link #MAX_LINK_DENSITY} links and with more
     * than one link: a menu, a row of tags, a list of further stories. One link alone is kept: a byline is often
     * its author's link. A container of blocks is judged block by block: an author's link beside a row of
     * share buttons is kept, the buttons are not.
     */
    private static boolean isLinkList(Element element) {
        boolean judged = LISTS.contains(element.normalName())
                || element.children().stream().noneMatch(c -> isBlock(c.normalName()));
        return judged && LinkDensity.of(element) > MAX_LINK_DENSITY && element.select("a").size() > 1;
    }

    /**
     * A caption block: its text, and its credit on a line of its own when the page sets it apart — in an
     * element named as a credit, in a paragraph of its own, or in the element that closes the caption after
     * its text. A caption already written is not written again: pages repeat captions for a full-screen view.
     */
    private void caption(Element caption) {
        List<String> lines = new ArrayList<>();
        List<Node> parts = caption.childNodes().stream()
                .filter(n -> !(n instanceof TextNode t) || !t.isBlank())
                .filter(n -> n instanceof TextNode || n instanceof Element).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Node part = parts.get(i);
            if (part instanceof Element e && standsApart(e, i, parts)) {
                lines.add(text.toString());
                text.setLength(0);
                lines.add(e.text());
            } else if (part instanceof Element e) {
                text.append(e.text()).append(' ');
            } else {
                text.append(((TextNode) part).text());
            }
        }
        lines.add(text.toString());
        String block = String.join("\n", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (!block.isEmpty() && captions.add(block)) {
            block(block);
        }
    }

    private static boolean standsApart(Element part, int index, List<Node> parts) {
        if (CREDIT_NAMES.matcher(names(part)).find() || isBlock(part.normalName())) {
            return true;
        }
        boolean last = index == parts.size() - 1;
        return last && index > 0 && CLOSING_ELEMENTS.contains(part.normalName());
    }

    private static String names(Element element) {
        return (element.className() + " " + element.id() + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
    }

    /** Notes a picture: here when no text of the current block came yet, else after that block. */
    private void picture(Element img) {
        String src = img.attr("src").isBlank() ? img.attr("data-src") : img.attr("src");
        if (src.isBlank()) {
            return;
        }
        Picture picture = new Picture(0, src.strip(), img.hasAttr("alt") ? img.attr("alt").strip() : null);
        if (current.toString().isBlank()) {
            pictures.add(new Picture(blocks.size(), picture.src(), picture.alt()));
        } else {
            pending.add(picture);
        }
    }

    private void block(String text) {
        flush();
        current.append(text);
        flush();
    }

    /** Ends the block being written; two line breaks in a row ({@code <br><br>}) end a block too. */
    private void flush() {
        for (String part : current.toString().split("\n[ ]*\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : part.split("\n")) {
                String stripped = Spaces.tidyLine(line.replace("\uFEFF", ""));
                if (!stripped.isEmpty()) {
                    lines.add(stripped);
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(String.join("\n", lines));
            }
        }
        current.setLength(0);
        for (Picture picture : pending) {
            pictures.add(new Picture(blocks.size(), picture.src(), picture.alt()));
        }
        pending.clear();
    }

    /** The pictures noted so far, in page order. */
    List<Picture> pictures() {
        flush();
        return List.copyOf(pictures);
    }

    /** The blocks written so far. */
    List<String> blocks() {
        flush();
        return List.copyOf(blocks);
    }
}
