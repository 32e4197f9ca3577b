package org.polypress.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.polypress.ingest.SourceBlock;
import org.polypress.ingest.SourceBlock.Hint;
import org.polypress.ingest.Spaces;

/**
 * Writes the part of a page a reader copies as typed blocks ({@link SourceBlock}): each paragraph, heading, quote,
 * list and caption one block, with what its markup says it is — {@code <h2>}–{@code <h6>} a heading of that level,
 * {@code <figcaption>} a caption (and the credit it marks apart a credit of its own), {@code <ul>}/{@code <ol>} a
 * list, {@code <blockquote>} a quote, a block holding a {@code <time>} or an author's link a date or a byline, a
 * block the page names as its teaser or kicker one. A line break ({@code <br>}) is a line inside its block.
 * Blocks made mostly of links (a "read more" list, a row of tags) are left out: a reader does not copy them.
 *
 * <p>Pictures ({@code <img>}, alone or in a {@code <figure>}) are blocks of their own where they stand, with their
 * {@code alt} as their line, and are noted with their {@code src} for the pictures a bundle carries: before a
 * figure's caption, after the paragraph whose text they follow.
 */
public final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "li",
            "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "tr", "ul", "picture");
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "dl", "table", "menu");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** White space of the page's source: one space when rendered. */
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern CREDIT_NAMES = Pattern.compile("credit|copyright|author|byline|source|photographer");
    /** Words of a class naming a credit that stands apart from its caption, outside it too. */
    private static final Pattern CREDIT_WORDS = Pattern.compile("credit|copyright|photographer|fotograf|bildnachweis"
            + "|bildquelle");
    /** Words of a class naming a picture's caption, in any casing or compound ("imageCaption", "wp-caption-text"). */
    private static final Pattern CAPTION_NAMES = Pattern.compile("(?i)caption|(?:^|[^a-z])legend(?:$|[^a-z])"
            + "|bildunterschrift");
    private static final int MAX_CAPTION_CHARS = 500;
    /** What makes a figure's caption a byline: a link to an author's page, an address, a date. */
    private static final String BYLINE_PARTS = "[rel=author], address, time";
    /** A utility class of a CSS framework, naming a type style or a breakpoint: "text-caption", "md:caption". */
    private static final Pattern STYLE_CLASS = Pattern.compile("(?i)^(?:text|font|type|typo|typography|fs|style)-|:");
    private static final int MAX_CREDIT_CHARS = 120;
    /** Words of a class or id that name a block's role; matched as whole words of the name. */
    private static final Pattern AUTHOR_NAMES = Pattern.compile("(?:^|[^a-z])(?:byline|author|authors|autor|"
            + "autoren|auteur|autore|writer)(?:$|[^a-z])");
    private static final Pattern STANDFIRST_NAMES = Pattern.compile("(?:^|[^a-z])(?:lead|lede|teaser|intro|"
            + "standfirst|summary|excerpt|deck|dek|subtitle|subline|description|abstract|chapo|sapo|entradilla|"
            + "vorspann)(?:$|[^a-z])");
    /** Words of a class or id naming a date line; whole words of the name. */
    private static final Pattern TIME_NAMES = Pattern.compile("(?:^|[^a-z])(?:date|dates|dateline|time|timestamp|"
            + "datetime|published|updated|pubdate|datepublished|datemodified|datum|fecha)(?:$|[^a-z])");
    /** The address of an author's page, where a byline's name links: "/author/…", "/autoren/…", "/people/…". */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:authors?|autor|autoren|auteurs?|autore|"
            + "autori|people|profiles?|journalists?|redakteur|staff|writers?|by)/[^/?#]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern KICKER_NAMES = Pattern.compile("(?:^|[^a-z])(?:kicker|overline|eyebrow|topline|"
            + "dachzeile|roofline|flag|supertitle|overtitle)(?:$|[^a-z])");
    /** A block more than this share links is a list of links, not text. */
    private static final double MAX_LINK_DENSITY = 0.6;
    /** Longer than this, a block holding a {@code <time>} or an author's link is text that mentions one. */
    private static final int MAX_MARKED_CHARS = 200;
    /**
     * The fewest words (twice as many characters in a script written without spaces) of a picture text whose
     * repetition in the paragraph below makes that paragraph the caption.
     */
    private static final int MIN_REPEATED_ALT_WORDS = 4;
    /** A caption that retells its picture's alt in other words is a caption's length. */
    private static final int MAX_RETOLD_CAPTION_CHARS = 300;
    /** How much of such a caption's words are the alt's, in tenths. */
    private static final int MIN_RETOLD_SHARE_TENTHS = 6;
    private static final int MAX_KICKER_CHARS = 80;
    private static final int MAX_STANDFIRST_CHARS = 600;
    /** A line shorter than this is a label, a name or a date, not a paragraph of its own. */
    private static final int MIN_PROSE_LINE_CHARS = 25;
    /** A line that closes a sentence: its last mark, then any closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\\p{Pf}\\p{Pe}\"'»]*$");

    /** Elements that, closing a caption after its text, hold its credit ("…in Albania.<span>Foto: …</span>"). */
    private static final Set<String> CLOSING_ELEMENTS = Set.of("span", "small", "cite");

    private final List<SourceBlock> blocks = new ArrayList<>();
    private final Set<String> captions = new HashSet<>();
    private final Element skip;
    private final StringBuilder current = new StringBuilder();
    private final List<Picture> pictures = new ArrayList<>();
    /** Pictures inside the block being written, after some of its text: placed once it ends. */
    private final List<Picture> pending = new ArrayList<>();
    /** What the elements of the block being written said of it: that it names its author, that it dates it. */
    private boolean authorMarked;
    private boolean timeMarked;
    /** Whether the innermost block being written is named as a byline, or as a date line. */
    private boolean authorBlock;
    private boolean timeBlock;
    /** What the container being written is named as: a teaser, a kicker. */
    private Hint named = Hint.NONE;

    /**
     * A picture of the page.
     *
     * @param block the index of its picture block among the blocks
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
            flush();
            String text = tidy(element.text());
            if (!text.isEmpty()) {
                blocks.add(SourceBlock.heading("h1".equals(tag) ? 2 : tag.charAt(1) - '0', text));
            }
        } else if ("figure".equals(tag) || isNamedCaption(element) && element.selectFirst("img") != null
                && current.toString().isBlank()) {
            figure(element);
        } else if (("figcaption".equals(tag) || isNamedCaption(element) && current.toString().isBlank())
                && element.selectFirst(BYLINE_PARTS) == null) {
            caption(element);
        } else if (isNamedCredit(element) && current.toString().isBlank()) {
            credit(element);
        } else if ("ul".equals(tag) || "ol".equals(tag)) {
            list(element, "ol".equals(tag));
        } else if ("blockquote".equals(tag)) {
            flush();
            Hint outer = named;
            named = Hint.QUOTE;
            children(element);
            flush();
            named = outer;
        } else if (isBlock(tag)) {
            flush();
            Hint outer = named;
            boolean outerAuthor = authorBlock;
            boolean outerTime = timeBlock;
            Hint own = namedHint(element);
            if (own != Hint.NONE && named == Hint.NONE) {
                named = own;
            }
            // a byline's or date line's name is its own block's, not that of every block inside it (a share bar,
            // a job title, a font-size control set in a "byline" box)
            boolean asLongAsALine = element.text().length() <= MAX_MARKED_CHARS;
            authorBlock = asLongAsALine && isAuthorNamed(element);
            timeBlock = asLongAsALine && TIME_NAMES.matcher(names(element)).find();
            children(element);
            flush();
            named = outer;
            authorBlock = outerAuthor;
            timeBlock = outerTime;
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
            timeMarked = true;
        } else {
            if (isAuthorNamed(element) || "a".equals(tag) && AUTHOR_PAGE.matcher(element.attr("href")).find()) {
                authorMarked = true;
            } else if (TIME_NAMES.matcher(names(element)).find()) {
                timeMarked = true;
            }
            children(element);
        }
    }

    private void children(Element element) {
        Node previous = null;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(SOURCE_WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element e) {
                if (previous instanceof Element before && !isBlock(before.normalName()) && !isBlock(e.normalName())
                        && gluesWords(e)) {
                    // two elements set side by side with no space between their words ("Dylan Jones" and "5 hours
                    // ago", "Emma Mackenzie" and "Lifestyle Writer") are items the page's style sets apart
                    current.append('\n');
                }
                write(e);
            }
            if (!(child instanceof TextNode blank && blank.isBlank())) {
                previous = child;
            }
        }
    }

    /**
     * Whether writing {@code next} now would run its first word into the last one written: both letters or digits
     * of a script written with spaces between words.
     */
    private boolean gluesWords(Element next) {
        if (current.length() == 0) {
            return false;
        }
        int last = current.codePointBefore(current.length());
        String text = next.text();
        return !text.isEmpty() && isSpacedWordChar(last) && isSpacedWordChar(text.codePointAt(0));
    }

    private static boolean isSpacedWordChar(int codePoint) {
        if (!Character.isLetterOrDigit(codePoint)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.THAI;
    }

    /** Whether an element is named as its author's: a link to the author's page, the author's property, a byline. */
    private static boolean isAuthorNamed(Element element) {
        return "author".equalsIgnoreCase(element.attr("rel")) || "author".equalsIgnoreCase(element.attr("itemprop"))
                || AUTHOR_NAMES.matcher(names(element)).find();
    }

    /** What a container's class or id names it: a teaser, a kicker; else nothing. */
    private static Hint namedHint(Element element) {
        String names = names(element);
        if (names.isBlank()) {
            return Hint.NONE;
        }
        // a name is the block's only when the container is as short as such a block: a wrapper of the whole story
        // named "article-lead" is no teaser
        int chars = element.text().length();
        if (KICKER_NAMES.matcher(names).find() && chars <= MAX_KICKER_CHARS) {
            return Hint.KICKER;
        }
        if (STANDFIRST_NAMES.matcher(names).find() && chars <= MAX_STANDFIRST_CHARS) {
            return Hint.STANDFIRST;
        }
        return Hint.NONE;
    }

    /**
     * A list, one block, an item a line of it; an item without text (a gallery's thumbnails) is no line. An item
     * that holds blocks of its own (paragraphs, a figure) is written as those blocks, the list around it ends.
     */
    private void list(Element list, boolean ordered) {
        flush();
        List<String> items = new ArrayList<>();
        for (Element item : list.children()) {
            if (!"li".equals(item.normalName())) {
                continue;
            }
            boolean holdsBlocks = item.children().stream().anyMatch(c -> isBlock(c.normalName())
                    && !"ul".equals(c.normalName()) && !"ol".equals(c.normalName()));
            if (holdsBlocks) {
                addList(items, ordered);
                items = new ArrayList<>();
                write(item);
                continue;
            }
            String text = tidy(item.text());
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        addList(items, ordered);
    }

    private void addList(List<String> items, boolean ordered) {
        if (!items.isEmpty()) {
            blocks.add(new SourceBlock(ordered ? Hint.ORDERED_LIST : Hint.LIST, 0, items));
        }
    }

    /**
     * A list, or a block of text with no block inside, more than {@link #MAX_LINK_DENSITY} links and with more
     * than one link: a menu, a row of tags, a list of further stories. One link alone is kept: a byline is often
     * its author's link. A container of blocks is judged block by block: an author's link beside a row of
     * share buttons is kept, the buttons are not.
     */
    private static boolean isLinkList(Element element) {
        boolean judged = LINK_LISTS.contains(element.normalName())
                || element.children().stream().noneMatch(c -> isBlock(c.normalName()));
        return judged && LinkDensity.of(element) > MAX_LINK_DENSITY && element.select("a").size() > 1;
    }

    /**
     * A picture and its caption: a {@code <figure>}, or a box named as a caption around a picture ({@code <div
     * class="wp-caption"><img><p class="wp-caption-text">}). The caption is its {@code <figcaption>}, else the part
     * named as a caption; a credit the figure sets apart from its caption is a credit.
     */
    private void figure(Element figure) {
        flush();
        Element img = figure.selectFirst("img");
        if (img != null) {
            picture(img);
        }
        Element caption = figure.selectFirst("figcaption");
        if (caption == null) {
            caption = figure.select("*").stream()
                    .filter(e -> e != figure && isNamedCaption(e) && e.selectFirst("img") == null)
                    .findFirst().orElse(null);
        }
        if (caption != null && caption.selectFirst(BYLINE_PARTS) != null) {
            // an author's photo with the byline and date under it: a byline, no caption
            write(caption);
            return;
        }
        if (caption != null) {
            caption(caption);
        }
        for (Element part : creditParts(figure, caption)) {
            credit(part);
        }
    }

    /**
     * The parts of a figure that hold its credit: what it prints outside its caption — a second
     * {@code <figcaption>} (schema.org's image "author" in one of its own), a {@code <footer>}, a line over the
     * picture ("Foto: Agency") — when short; prose set in a figure (a quote, a paragraph) is no credit.
     */
    private static List<Element> creditParts(Element figure, Element caption) {
        List<Element> parts = new ArrayList<>();
        for (Element element : figure.select("*")) {
            if (element == caption || caption != null && element.parents().contains(caption)
                    || parts.stream().anyMatch(p -> element.parents().contains(p))
                    || element.ownText().isBlank() && !"figcaption".equals(element.normalName())
                    || element.closest("p, blockquote, li, h2, h3, h4, h5, h6") != null) {
                continue;
            }
            if (!element.text().isBlank() && element.text().length() <= MAX_CREDIT_CHARS) {
                parts.add(element);
            }
        }
        return parts;
    }

    /**
     * An element named as a picture's caption ({@code class="image-caption"}, {@code "wp-caption-text"}, {@code
     * "legend"}) short enough to be one: sites set captions in a {@code <div>} or {@code <span>} as often as in a
     * {@code <figcaption>}.
     */
    static boolean isNamedCaption(Element element) {
        if (HEADINGS.contains(element.normalName()) || "h1".equals(element.normalName())
                || element.text().length() > MAX_CAPTION_CHARS || element.selectFirst("time") != null) {
            return false;
        }
        for (String name : (element.className() + " " + element.id()).split("\\s+")) {
            // a utility class names a type style ("text-caption"), not a caption
            if (CAPTION_NAMES.matcher(name).find() && !STYLE_CLASS.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element named as a picture's credit ({@code class="image-copyright"}, {@code "photo-credit"}) that holds
     * a line: the credit a page sets beside a caption rather than inside it.
     */
    static boolean isNamedCredit(Element element) {
        String text = element.text();
        return CREDIT_WORDS.matcher(names(element)).find() && !text.isBlank() && text.length() <= MAX_CREDIT_CHARS
                && element.children().stream().noneMatch(c -> isBlock(c.normalName()) && !c.text().isBlank());
    }

    /** A credit set apart as a block of its own; one repeated right after itself (a lightbox's copy) is written once. */
    private void credit(Element element) {
        flush();
        String credit = tidy(element.text());
        SourceBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (!credit.isEmpty() && !(last != null && last.hint() == Hint.CREDIT && last.joined().equals(credit))) {
            blocks.add(SourceBlock.of(Hint.CREDIT, credit));
        }
    }

    /**
     * A caption block, and its credit as a block of its own when the page sets it apart — in an element named as a
     * credit, in a paragraph of its own, or in the element that closes the caption after its text. A caption already
     * written is not written again: pages repeat captions for a full-screen view.
     */
    private void caption(Element caption) {
        flush();
        List<Node> parts = textParts(caption);
        if (parts.size() == 1 && parts.get(0) instanceof Element only && textParts(only).size() > 1
                && !CREDIT_NAMES.matcher(names(only)).find()) {
            // a caption wrapped whole in one element: its parts are inside
            parts = textParts(only);
        }
        StringBuilder text = new StringBuilder();
        List<String> credits = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Node part = parts.get(i);
            if (part instanceof Element e && standsApart(e, i, parts)) {
                String apart = tidy(e.text());
                if (!apart.isEmpty()) {
                    credits.add(apart);
                }
            } else if (part instanceof Element e) {
                text.append(e.text()).append(' ');
            } else {
                text.append(((TextNode) part).text());
            }
        }
        String captionText = tidy(text.toString());
        if (credits.isEmpty()) {
            java.util.Optional<String[]> inline = CaptionCredits.split(captionText);
            if (inline.isPresent()) {
                captionText = tidy(inline.get()[0]);
                credits.add(tidy(inline.get()[1]));
            }
        }
        String key = captionText + "\n" + String.join("\n", credits);
        if (key.isBlank() || !captions.add(key)) {
            return;
        }
        if (!captionText.isEmpty()) {
            blocks.add(SourceBlock.of(Hint.CAPTION, captionText));
        }
        for (String credit : credits) {
            blocks.add(SourceBlock.of(Hint.CREDIT, credit));
        }
    }

    /**
     * The parts of an element that hold text: its text and its elements with text. An icon ({@code <svg>} in a
     * {@code <span>}) or a picture is no part: the caption's text after it is not a credit closing the caption.
     */
    private static List<Node> textParts(Element element) {
        return element.childNodes().stream()
                .filter(n -> n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank())
                .toList();
    }

    /**
     * Whether a part of a caption is its credit: named so, or holding the only element named so; or, when no part
     * is named so, the element that closes the caption after its text.
     */
    private static boolean standsApart(Element part, int index, List<Node> parts) {
        if (namedCredit(part)) {
            return true;
        }
        boolean last = index == parts.size() - 1;
        return last && index > 0 && (CLOSING_ELEMENTS.contains(part.normalName()) || isBlock(part.normalName()))
                && parts.stream().noneMatch(p -> p instanceof Element e && namedCredit(e));
    }

    /** Whether an element is a credit by its name, or holds nothing but one element so named. */
    private static boolean namedCredit(Element element) {
        for (Element e = element; e != null; e = e.childrenSize() == 1 && e.ownText().isBlank() ? e.child(0) : null) {
            if (CREDIT_NAMES.matcher(names(e)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String names(Element element) {
        return (element.className() + " " + element.id() + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
    }

    /** Notes a picture: a block of its own here when no text of the current block came yet, else after that block. */
    private void picture(Element img) {
        String src = img.attr("src").isBlank() ? img.attr("data-src") : img.attr("src");
        if (src.isBlank()) {
            return;
        }
        Picture picture = new Picture(0, src.strip(), img.hasAttr("alt") ? img.attr("alt").strip() : null);
        if (current.toString().isBlank()) {
            addPicture(picture);
        } else {
            pending.add(picture);
        }
    }

    private void addPicture(Picture picture) {
        pictures.add(new Picture(blocks.size(), picture.src(), picture.alt()));
        String alt = picture.alt() == null ? "" : tidy(picture.alt());
        blocks.add(new SourceBlock(Hint.PICTURE, 0, alt.isEmpty() ? List.of() : List.of(alt)));
    }

    /** Ends the block being written; two line breaks in a row ({@code <br><br>}) end a block too. */
    private void flush() {
        for (String part : current.toString().split("\n[ ]*\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : part.split("\n")) {
                String stripped = tidy(line);
                if (!stripped.isEmpty()) {
                    lines.add(stripped);
                }
            }
            for (List<String> paragraph : paragraphs(lines)) {
                Hint hint = hintOf(paragraph);
                blocks.add(new SourceBlock(hint == Hint.NONE && repeatsPictureText(paragraph) ? Hint.CAPTION : hint,
                        0, paragraph));
            }
        }
        current.setLength(0);
        authorMarked = false;
        timeMarked = false;
        for (Picture picture : pending) {
            addPicture(picture);
        }
        pending.clear();
    }

    /**
     * Lines cut into paragraphs: one line break after a sentence, between two lines of prose, ends a paragraph, as
     * many sites set their paragraphs apart by a single {@code <br>}. Lines that close no sentence (an address,
     * the lines of a credit, a poem) stay lines of one block.
     */
    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            paragraph.add(line);
            boolean last = i == lines.size() - 1;
            if (last || SENTENCE_END.matcher(line).find() && isProse(line) && isProse(lines.get(i + 1))) {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            }
        }
        return paragraphs;
    }

    private static boolean isProse(String line) {
        return line.codePointCount(0, line.length()) >= MIN_PROSE_LINE_CHARS;
    }

    /** What the markup said of a block just ended: its container's name, else what its elements marked. */
    private Hint hintOf(List<String> lines) {
        int chars = lines.stream().mapToInt(String::length).sum();
        if (named == Hint.QUOTE) {
            return Hint.QUOTE;
        }
        if (chars > MAX_MARKED_CHARS && named != Hint.STANDFIRST) {
            return Hint.NONE;
        }
        if (named != Hint.NONE) {
            return named;
        }
        if (authorMarked) {
            return Hint.AUTHOR;
        }
        if ((timeMarked || timeBlock) && lines.stream().anyMatch(l -> DIGIT.matcher(l).find())) {
            return Hint.TIME;
        }
        return authorBlock ? Hint.AUTHOR : Hint.NONE;
    }

    /**
     * Whether a paragraph says again the text alternative of the picture right above it: pages that print a
     * picture's caption under it in a plain paragraph give the picture that caption as its {@code alt}, and a
     * paragraph of the story does not repeat a picture's description word for word.
     */
    private boolean repeatsPictureText(List<String> paragraph) {
        SourceBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last == null || last.hint() != Hint.PICTURE || last.lines().isEmpty() || paragraph.size() != 1) {
            return false;
        }
        String alt = last.lines().get(0);
        int words = alt.split(" ").length;
        // a name under a portrait (an author's box, a byline's picture) is no caption
        boolean describes = words >= MIN_REPEATED_ALT_WORDS || words == 1 && alt.length() >= MIN_REPEATED_ALT_WORDS * 2;
        if (!describes) {
            return false;
        }
        String text = paragraph.get(0);
        if (alt.equalsIgnoreCase(text)) {
            return true;
        }
        // or tells the same scene in other words: most of its words, and the place and date, are the alt's
        // ("Rescue work after the attack on Uman, 28 April 2023" / "Aftermath of the attack on Uman, 28 April 2023")
        if (text.length() > MAX_RETOLD_CAPTION_CHARS) {
            return false;
        }
        java.util.Set<String> altWords = new java.util.HashSet<>(words(alt));
        List<String> own = words(text);
        long shared = own.stream().filter(altWords::contains).count();
        return shared >= MIN_REPEATED_ALT_WORDS && shared * 10 >= own.size() * MIN_RETOLD_SHARE_TENTHS;
    }

    /** The words of a text, in lower case, without the signs between them. */
    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static String tidy(String line) {
        return Spaces.tidyLine(line.replace("\uFEFF", ""));
    }

    /** The pictures noted so far, in page order. */
    List<Picture> pictures() {
        flush();
        return List.copyOf(pictures);
    }

    /** The blocks written so far. */
    List<SourceBlock> blocks() {
        flush();
        return List.copyOf(blocks);
    }
}
