package org.polypress.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes from a page what no reader copies with the article: code and styles, comments, forms, navigation,
 * asides, hidden elements, and the blocks whose role, class or id names them as site furniture (menus,
 * share buttons, related links, advertising, comment threads). The names are the words sites everywhere use
 * for these roles, the same ones Mozilla's Readability relies on; none is one site's. An element that holds
 * the headline is never removed: some sites put it inside a {@code <header>}.
 */
final class BoilerplateRemover {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "video", "audio", "object", "embed", "form", "button", "input", "select", "textarea", "nav",
            "aside", "dialog", "link", "meta",
            // AMP's components for advertising, menus, share buttons, analytics and consent
            "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-sidebar", "amp-social-share", "amp-analytics",
            "amp-consent", "amp-user-notification", "amp-iframe");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "toolbar");
    /** Words of a class or id that name furniture; matched as whole words of the name. */
    private static final Pattern FURNITURE_WORDS = Pattern.compile("(?:^|[^a-z])(?:nav|navbar|navigation|menu|"
            + "breadcrumbs?|share|sharing|social|related|recommended|sidebar|footer|masthead|ads?|advert|"
            + "advertising|advertisement|banner|promo|sponsored|newsletter|subscribe|subscription|cookies?|"
            + "tags|taglist|keywords|login|signup|widget|outbrain|taboola)(?:$|[^a-z])");
    /**
     * Words that name a readers' thread. A thread is prose by nature and is often longer than the story, and
     * sites name its parts after the story ("article-comments", "comment-body"): neither the prose it holds
     * nor a story word in its name keeps it.
     */
    private static final Pattern THREAD_WORDS = Pattern.compile("(?:^|[^a-z])(?:comments?|discussions?|disqus|"
            + "replies|respond|reader-?comments)(?:$|[^a-z])");
    /**
     * Words that name a paywall. Sites give the name both to the wall's prompt and to the paragraphs it hides
     * ({@code <p class="paywall">}), which a saved page holds in full: only a container that is no block of the
     * article and holds no prose is the prompt.
     */
    private static final Pattern WALL_WORDS = Pattern.compile("(?:^|[^a-z])(?:paywall|paywalled)(?:$|[^a-z])");
    /** The blocks an article is made of: named as a paywall, they are the walled story, not its prompt. */
    private static final Set<String> ARTICLE_BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "figure", "table", "pre");
    /** Words that name the story itself: an element named both ways ("content-sidebar") is kept. */
    private static final Pattern CONTENT_WORDS = Pattern.compile("(?:^|[^a-z])(?:article|body|content|main|story|"
            + "text|entry|post)(?:$|[^a-z])");
    /** Addresses of a site's house rules: privacy, terms, community guidelines, imprint. */
    private static final Pattern POLICY_LINK = Pattern.compile("(?i)(?:privacy|terms|guidelines|community[-_]?rules"
            + "|house[-_]?rules|datenschutz|nutzungsbedingungen|impressum|confidentialite|mentions[-_]legales"
            + "|conditions|privacidad|aviso[-_]legal|normas)");
    /** Addresses of a site's subscription and sign-in pages, where a paywall's prompt leads. */
    private static final Pattern SUBSCRIBE_LINK = Pattern.compile("(?i)(?:subscri|suscri|abonn|abbonam|assinatura"
            + "|/abo(?:[/?#-]|$)|/login|/log-in|/signin|/sign-in|/entrar|/connexion|/anmelden|/register)");
    /** Words of a class naming a video or audio player. */
    private static final Pattern PLAYER_WORDS = Pattern.compile("(?:^|[^a-z])(?:player|jwplayer|videoplayer"
            + "|audioplayer)(?:$|[^a-z])");
    /** What is printed around a player is short: a title, a duration, a caption. */
    private static final int MAX_EMBED_CHARS = 600;
    /** A paywall's prompt is short: a line, a sentence of offer, a button, a sign-in link. */
    private static final int MAX_PROMPT_CHARS = 400;
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
    /** A link to another story is a title; a shorter link beside a colon is a name ("Photo: Agency"). */
    private static final int MIN_LINKED_TITLE_CHARS = 20;
    /** A class name part that mixes letters after digits is a generated hash ("css-1ads9q"), not a word. */
    private static final Pattern HASHED_PART = Pattern.compile("\\d[a-z]");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\b)");
    private static final int MAX_COPYRIGHT_CHARS = 200;
    private static final int PROSE_CHARS = 40;
    private static final int PROSE_PARAGRAPHS = 3;
    /**
     * Class names of text shown only to screen readers ("sr-only", "visually-hidden", "screen-reader-text"): labels
     * ("Article content", "Share on Facebook, opens in a new window") a reader never sees, so never copies.
     */
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile("(?:^|[\\s_:-])(?<!not-)(?:sr-only|"
            + "screen-?reader(?:-text|-only)?|visually-?hidden|element-invisible|offscreen)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Removes the furniture of {@code page}, keeping every ancestor of {@code keep} (the headline). */
    void clean(Document page, Element keep) {
        removeComments(page);
        removeMediaPlayers(page, keep);
        for (Element element : List.copyOf(page.body().getAllElements())) {
            if (element.parent() != null && element != page.body() && !holds(element, keep)
                    && (isFurniture(element) || isTeaserBox(element) || isTeaserCard(element) || isCrossReference(element)
                    || isCopyrightLine(element))) {
                Element before = element.previousElementSibling();
                if (isThread(element) && before != null && isThreadPreamble(before) && !holds(before, keep)) {
                    before.remove();
                }
                element.remove();
            }
        }
        removeSubscriptionPrompts(page, keep);
    }

    /** The words of an element's class, id and test names, generated hashes left out. */
    private static String names(Element element) {
        String raw = String.join(" ", element.className(), element.id(), element.attr("data-testid"),
                element.attr("data-component")).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder();
        for (String part : raw.split("[\\s_-]+")) {
            if (!part.isEmpty() && !HASHED_PART.matcher(part).find()) {
                words.append(part).append(' ');
            }
        }
        return words.toString();
    }

    /**
     * A box of teasers for other stories, wherever it stands (inside the body between two paragraphs too),
     * whatever its name: two or more items that each lead with a link of a story's title and add at most a
     * line or two of summary, and nothing else but a short label ("Mehr zum Thema", "Most read").
     */
    private static boolean isTeaserBox(Element element) {
        String tag = element.normalName();
        if ("p".equals(tag) || "body".equals(tag) || "main".equals(tag) || "a".equals(tag)) {
            return false;
        }
        int teasers = 0;
        for (Element child : element.children()) {
            if (isTeaser(child)) {
                teasers++;
            } else if (child.text().length() > MAX_LABEL_CHARS || !child.select("a").isEmpty()) {
                return false;
            }
        }
        return teasers >= 2;
    }

    private static boolean isTeaser(Element item) {
        if ("p".equals(item.normalName()) || item.text().length() > MAX_TEASER_CHARS) {
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
    private static boolean isTeaserCard(Element element) {
        String tag = element.normalName();
        if (!CARD_ELEMENTS.contains(tag) || "a".equals(tag) && element.children().stream()
                .noneMatch(c -> HtmlBlocks.isBlock(c.normalName()))) {
            return false;
        }
        return !BYLINE_WORDS.matcher(names(element)).find()
                && element.selectFirst("[rel=author], [itemprop=author]") == null && isCard(element);
    }

    /**
     * Whether an element is shaped as a teaser of another story: a linked title that stands as a block of its own
     * (the link is all of its line, or holds blocks) and leads after a label at most, and around it at most a
     * teaser's worth of text, one paragraph of summary at most, and no other story's title. A link inside a
     * sentence is the story's own; a link around a photo and its caption is no title.
     */
    private static boolean isCard(Element element) {
        int chars = element.text().length();
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
        // a teaser's title leads it, after a label at most; prose before a link is a story's
        return title != null && element.text().indexOf(title.text()) <= MAX_LABEL_CHARS && standsAlone(title, element)
                && element.select("p").stream().filter(p -> p.text().length() >= MIN_LINKED_TITLE_CHARS).count() <= 1;
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
    private static boolean isCrossReference(Element element) {
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

    /** A site's copyright line ("© 2025 The Courier. All rights reserved."), outside a photo's caption. */
    private static boolean isCopyrightLine(Element element) {
        String tag = element.normalName();
        String text = element.text().strip();
        return ("p".equals(tag) || "div".equals(tag)) && text.length() <= MAX_COPYRIGHT_CHARS
                && COPYRIGHT.matcher(text).find() && element.closest("figure, figcaption") == null
                && element.children().stream().noneMatch(c -> HtmlBlocks.isBlock(c.normalName()));
    }

    /**
     * A paywall's prompt ("Subscribe to read on… Already a subscriber? Sign in"), whatever its name: the
     * largest short element around a link to the site's subscription or sign-in page. A link inside a long
     * paragraph is left: the sentence around it is the story's.
     */
    private static void removeSubscriptionPrompts(Document page, Element keep) {
        for (Element link : page.body().select("a[href]")) {
            if (link.parent() == null || !SUBSCRIBE_LINK.matcher(link.attr("href")).find()) {
                continue;
            }
            Element prompt = link;
            for (Element up = link.parent(); up != null && up != page.body() && !"main".equals(up.normalName())
                    && !"article".equals(up.normalName()) && !holds(up, keep)
                    && up.text().length() <= MAX_PROMPT_CHARS; up = up.parent()) {
                prompt = up;
            }
            if (prompt != link && prompt.parent() != null) {
                prompt.remove();
            }
        }
    }

    /**
     * A video or audio player with what is printed around it (its title, duration, "Watch:" label, its caption),
     * whatever its name: the largest short element around a {@code <video>}, {@code <audio>}, {@code <iframe>} or
     * an element named as a player. A reader copies none of it, and its caption is no picture's.
     */
    private static void removeMediaPlayers(Document page, Element keep) {
        for (Element player : page.body().select("video, audio, iframe, amp-video, amp-youtube, [class]")) {
            if (player.parent() == null || !isPlayer(player)) {
                continue;
            }
            Element embed = player;
            for (Element up = player.parent(); up != null && up != page.body() && !holds(up, keep)
                    && !"article".equals(up.normalName()) && !"main".equals(up.normalName())
                    && up.text().length() <= MAX_EMBED_CHARS && up.selectFirst("p") == null; up = up.parent()) {
                embed = up;
            }
            if (!holds(embed, keep) && embed.parent() != null) {
                embed.remove();
            }
        }
    }

    private static boolean isPlayer(Element element) {
        return switch (element.normalName()) {
            case "video", "audio", "iframe", "amp-video", "amp-youtube" -> true;
            default -> PLAYER_WORDS.matcher(names(element)).find();
        };
    }

    private static boolean isThread(Element element) {
        return THREAD_WORDS.matcher(names(element)).find();
    }

    /**
     * The house rules that stand right before a readers' thread ("we welcome a lively debate… see our community
     * guidelines and privacy policy"): a container of at most two paragraphs, no heading, that links to the
     * site's policy pages. The story's own last container links to stories, not to policies.
     */
    private static boolean isThreadPreamble(Element element) {
        return !"p".equals(element.normalName()) && element.select("p").size() <= 2
                && element.select("h1, h2, h3, h4, h5, h6, figure, img").isEmpty()
                && element.select("a[href]").stream().anyMatch(a -> POLICY_LINK.matcher(a.attr("href")).find());
    }

    private static boolean holds(Element element, Element keep) {
        return keep != null && (element == keep || keep.parents().contains(element));
    }

    private static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag) || "footer".equals(tag) || "header".equals(tag)) {
            return true;
        }
        if ("figure".equals(tag) || "figcaption".equals(tag)) {
            // a figure is the story's whatever its name ("widget", "embed"); a figcaption hidden from screen readers
            // repeats the picture's text alternative (Pandoc writes it so), but readers see it
            return !"figcaption".equals(tag) && isHidden(element);
        }
        if (isHidden(element)) {
            return true;
        }
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = names(element);
        if (!"body".equals(tag) && THREAD_WORDS.matcher(names).find()) {
            return true;
        }
        if ("body".equals(tag) || "article".equals(tag) || "main".equals(tag) || CONTENT_WORDS.matcher(names).find()) {
            return false;
        }
        if (WALL_WORDS.matcher(names).find() && !ARTICLE_BLOCKS.contains(tag) && !holdsProse(element)) {
            return true;
        }
        return FURNITURE_WORDS.matcher(names).find() && !holdsProse(element);
    }

    /** Hidden from readers: by an attribute, a style, or a class that shows it to screen readers only. */
    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()
                || SCREEN_READER_ONLY.matcher(element.className().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether an element holds paragraphs of prose: a wrapper named {@code share-wrapper} around the whole
     * story is no share block.
     */
    private static boolean holdsProse(Element element) {
        return element.select("p").stream().filter(p -> p.text().length() >= PROSE_CHARS).limit(PROSE_PARAGRAPHS)
                .count() >= PROSE_PARAGRAPHS;
    }

    private static void removeComments(Document page) {
        List<Node> comments = new java.util.ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, page);
        comments.forEach(Node::remove);
    }
}
