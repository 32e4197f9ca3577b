package org.polypress.ingest.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The shapes of what leads a reader to other stories, whatever its name, wherever it stands (inside the body
 * too): a box of teasers, a single teaser card, a "Read more:" line. Made per page: it reads the text lengths the
 * page's cleaning measured once.
 */
final class TeaserShapes {

    /** A teaser of another story: its linked title and a line or two of summary. */
    private static final int MAX_TEASER_CHARS = 400;
    /** Elements a teaser card is built of: a box, or a link around a card's blocks. */
    private static final Set<String> CARD_ELEMENTS = Set.of("div", "section", "aside", "article", "a");
    /** Words of a byline's name: a byline's link to its author's page is no teaser. */
    private static final Pattern BYLINE_WORDS = Pattern.compile("(?:^|[^a-z])(?:byline|author|authors|autor|autoren"
            + "|auteur|autore)(?:$|[^a-z])");
    /** What a linked title's block may hold besides it: a quote mark, an arrow. */
    private static final int MAX_TITLE_EXTRA_CHARS = 3;
    /** A box's label ("More on this", "Lire aussi") is short and no link. */
    private static final int MAX_LABEL_CHARS = 40;
    /** A card linked as a whole has this share of its text in its links. */
    private static final double LINKED_WHOLE_SHARE = 0.6;
    /** A link to another story is a title; a shorter link beside a colon is a name ("Photo: Agency"). */
    private static final int MIN_LINKED_TITLE_CHARS = 20;

    private final TextLengths lengths;

    /** Whether an element's class or id names it a byline or an author's. */
    static boolean isBylineNamed(Element element) {
        return BYLINE_WORDS.matcher(BoilerplateRemover.names(element)).find();
    }

    /** @param lengths the text lengths of the page's elements */
    TeaserShapes(TextLengths lengths) {
        this.lengths = lengths;
    }

    /**
     * A box of teasers for other stories, wherever it stands (inside the body between two paragraphs too),
     * whatever its name: two or more items that each lead with a link of a story's title and add at most a
     * line or two of summary, and nothing else but a short label ("Mehr zum Thema", "Most read").
     */
    boolean isTeaserBox(Element element) {
        String tag = element.normalName();
        if ("p".equals(tag) || "body".equals(tag) || "main".equals(tag) || "a".equals(tag)) {
            return false;
        }
        int teasers = 0;
        for (Element child : element.children()) {
            if (isTeaser(child)) {
                teasers++;
            } else if (lengths.of(child) > MAX_LABEL_CHARS || !child.select("a").isEmpty()) {
                return false;
            }
        }
        return teasers >= 2;
    }

    private boolean isTeaser(Element item) {
        if ("p".equals(item.normalName()) || lengths.of(item) > MAX_TEASER_CHARS) {
            return false;
        }
        if (isCard(item)) {
            return true;
        }
        List<TextNode> first = firstText(item);
        Element link = first.isEmpty() || first.get(0).parent() == null ? null
                : first.get(0).parent().closest("a[href]");
        return link != null && (link == item || link.parents().contains(item))
                && link.text().length() >= MIN_LINKED_TITLE_CHARS;
    }

    /**
     * A card that leads to one other story, set inside the body or beside it ("More on this" and a linked title, a
     * line of summary, its author), standing alone: a box, or a link around a card's blocks ({@link #isCard}). A
     * byline is no card: its link to the author's page can be as long as a title.
     */
    boolean isTeaserCard(Element element) {
        String tag = element.normalName();
        if (!CARD_ELEMENTS.contains(tag) || "a".equals(tag) && element.children().stream()
                .noneMatch(c -> HtmlBlocks.isBlock(c.normalName()))) {
            return false;
        }
        return !BYLINE_WORDS.matcher(BoilerplateRemover.names(element)).find()
                && element.selectFirst("[rel=author], [itemprop=author]") == null && isCard(element);
    }

    /**
     * Whether an element is shaped as a teaser of another story: a linked title that stands as a block of its own
     * (the link is all of its line, or holds blocks) and leads after a label at most, and around it at most a
     * teaser's worth of text, one paragraph of summary at most, and no other story's title. A link inside a
     * sentence is the story's own; a link around a photo and its caption is no title.
     */
    private boolean isCard(Element element) {
        int chars = lengths.of(element);
        if (chars > MAX_TEASER_CHARS || chars < MIN_LINKED_TITLE_CHARS || element.closest("figure") != null) {
            return false;
        }
        Element title = null;
        for (Element link : element.select("a[href]")) {
            if (link.text().length() >= MIN_LINKED_TITLE_CHARS) {
                if (link.closest("figure, figcaption") != null || link.selectFirst("figure, figcaption") != null
                        || title != null && !title.attr("href").equals(link.attr("href"))) {
                    return false;
                }
                title = title == null ? link : title;
            }
        }
        if (title == null) {
            return false;
        }
        // a teaser's title leads it, after a label at most; prose before a link is a story's
        boolean leads = element.text().indexOf(title.text()) <= MAX_LABEL_CHARS && standsAlone(title, element)
                && element.select("p").stream().filter(p -> p.text().length() >= MIN_LINKED_TITLE_CHARS).count() <= 1;
        return leads || isLinkedWhole(element, title.attr("href"), chars);
    }

    /**
     * Whether a card links as a whole to one page: every link of it goes there (its picture, its title, its
     * summary, its "more"), and they hold most of its text; what is left is labels ("with video", a picture's
     * rights).
     */
    private static boolean isLinkedWhole(Element card, String href, int chars) {
        List<Element> links = card.select("a[href]");
        if (links.size() < 2 || links.stream().anyMatch(a -> !a.attr("href").equals(href))) {
            return false;
        }
        int linked = links.stream().mapToInt(a -> a.text().length()).sum();
        return linked >= LINKED_WHOLE_SHARE * chars;
    }

    /**
     * Whether a link is set as a line of its own: it holds blocks (a card's whole), or it and the inline elements
     * wrapped around it alone stand between blocks (a title), not beside words of a sentence.
     */
    private static boolean standsAlone(Element link, Element card) {
        if (link.children().stream().anyMatch(c -> HtmlBlocks.isBlock(c.normalName()))) {
            return true;
        }
        Element line = link;
        while (line != card && line.parent() != null && !HtmlBlocks.isBlock(line.parent().normalName())
                && line.parent().text().length() - link.text().length() <= MAX_TITLE_EXTRA_CHARS) {
            line = line.parent();
        }
        return line == card || isLineEnd(line.previousSibling(), true) && isLineEnd(line.nextSibling(), false);
    }

    /** Whether a node beside a line ends it: nothing, white space, a block or a line break. */
    private static boolean isLineEnd(Node node, boolean before) {
        while (node instanceof TextNode text && text.isBlank()) {
            node = before ? node.previousSibling() : node.nextSibling();
        }
        if (node == null) {
            return true;
        }
        if (node instanceof TextNode text) {
            return text.text().strip().length() <= MAX_TITLE_EXTRA_CHARS;
        }
        return node instanceof Element e && (HtmlBlocks.isBlock(e.normalName()) || "br".equals(e.normalName())
                || e.text().isBlank());
    }

    /** The first text an element shows, as a list of none or one. */
    private static List<TextNode> firstText(Element element) {
        List<TextNode> found = new java.util.ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (found.isEmpty() && node instanceof TextNode text && !text.isBlank()) {
                found.add(text);
            }
        }, element);
        return found;
    }

    /**
     * A line that points to another story ("Read more: Title", "Lire aussi : Titre"): a label ending in a colon
     * and one link of a story's title. A caption's "Photo: Agency" is no such line.
     */
    boolean isCrossReference(Element element) {
        String tag = element.normalName();
        if (!"p".equals(tag) && !"div".equals(tag)
                || element.children().stream().anyMatch(c -> HtmlBlocks.isBlock(c.normalName()))
                || element.closest("figure, figcaption") != null) {
            return false;
        }
        List<Element> links = element.select("a[href]");
        if (links.size() != 1 || links.get(0).text().length() < MIN_LINKED_TITLE_CHARS) {
            return false;
        }
        String label = element.text().replace(links.get(0).text(), "").strip();
        return !label.isEmpty() && label.length() <= MAX_LABEL_CHARS
                && (label.endsWith(":") || label.endsWith("："));
    }
}
