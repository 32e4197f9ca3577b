package org.polypress.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
     * article and holds no prose and no picture is the prompt.
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
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Form controls: a box holding one is a poll, a switch or a form, not the story. */
    private static final Set<String> CONTROLS = Set.of("input", "button", "select", "textarea");
    private static final String CONTROL_SELECTOR = "input:not([type=hidden]), button, select, textarea";
    /** A box of controls is short: a question and its answers, a promise and its button. */
    private static final int MAX_CHOICE_BOX_CHARS = 500;
    /** A line this long is a sentence of text (in any script), not a control's label. */
    private static final int CONTROL_LINE_CHARS = 25;
    /** A paragraph this long is the story's prose, not a control's label. */
    private static final int PROSE_PARAGRAPH_CHARS = 150;
    /** Words of a class or id naming a picture. */
    private static final Pattern PICTURE_WORDS = Pattern.compile("(?:^|[^a-z])(?:image|img|photo|picture|figure)"
            + "(?:$|[^a-z])");
    /** A picture's box holds at most its caption and credit. */
    private static final int MAX_PICTURE_BOX_CHARS = 500;
    /** What a figure's wrapper may hold besides the figure: a mark, a counter. */
    private static final int MAX_TITLE_EXTRA_CHARS = 3;
    /** Words of a class naming a video or audio player. */
    private static final Pattern PLAYER_WORDS = Pattern.compile("(?:^|[^a-z])(?:player|jwplayer|videoplayer"
            + "|audioplayer)(?:$|[^a-z])");
    /** What is printed around a player is short: a title, a duration, a caption. */
    private static final int MAX_EMBED_CHARS = 600;
    /** A paywall's prompt is short: a line, a sentence of offer, a button, a sign-in link. */
    private static final int MAX_PROMPT_CHARS = 400;
    /** A lower-case letter followed by an upper-case one: where a camel-case compound joins two words. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
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
        List<Element> all = page.body().getAllElements();
        TextLengths lengths = TextLengths.measure(page.body());
        TeaserShapes teasers = new TeaserShapes(lengths);
        for (int i = 1; i < all.size(); i++) {
            Element element = all.get(i);
            if (!holds(element, keep) && (isFurniture(element) || isControlBox(element, lengths)
                    || teasers.isTeaserBox(element)
                    || teasers.isTeaserCard(element) || teasers.isCrossReference(element)
                    || isCopyrightLine(element, lengths))) {
                Element before = element.previousElementSibling();
                if (isThread(element) && before != null && isThreadPreamble(before) && !holds(before, keep)) {
                    before.remove();
                }
                // what the element holds goes with it: the elements after it in page order, as many as it has
                i += element.getAllElements().size() - 1;
                element.remove();
            }
        }
        removeSubscriptionPrompts(page, keep);
    }

    /** The words of an element's class, id and test names, generated hashes left out. */
    static String names(Element element) {
        String raw = String.join(" ", element.className(), element.id(), element.attr("data-testid"),
                element.attr("data-component"));
        StringBuilder words = new StringBuilder();
        for (String part : raw.split("[\\s_-]+")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (part.isEmpty() || HASHED_PART.matcher(lower).find()) {
                continue;
            }
            // a compound written in camel case ("NewsletterBox", "relatedArticles") is words too, when its humps
            // are words and not a generated id's letters ("aBcDeF")
            String[] humps = CAMEL_HUMP.matcher(part).replaceAll("$1 $2").toLowerCase(Locale.ROOT).split(" ");
            boolean compound = humps.length > 1 && java.util.Arrays.stream(humps).allMatch(h -> h.length() >= 3);
            words.append(compound ? String.join(" ", humps) : lower).append(' ');
        }
        return words.toString();
    }

    /** A site's copyright line ("© 2025 The Courier. All rights reserved."), outside a photo's caption. */
    private static boolean isCopyrightLine(Element element, TextLengths lengths) {
        String tag = element.normalName();
        if (!"p".equals(tag) && !"div".equals(tag) || lengths.of(element) > MAX_COPYRIGHT_CHARS) {
            return false;
        }
        String text = element.text().strip();
        return text.length() <= MAX_COPYRIGHT_CHARS
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
     * an element named as a player. A reader copies none of it, and its caption is no picture's; a player set in a
     * {@code <figure>} is left to be read as one.
     */
    private static void removeMediaPlayers(Document page, Element keep) {
        for (Element player : page.body().select("video, audio, iframe, amp-video, amp-youtube, [class]")) {
            if (player.parent() == null || !isPlayer(player) || player.closest("figure") != null) {
                // a video set as a figure shows its poster and caption as a picture does
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
        if ("button".equals(tag) && !element.select("figure, figcaption, img").isEmpty()) {
            // a picture set in a button opens it larger: the picture and its caption are the story's
            return false;
        }
        if (isCaptionedPicture(element)) {
            // a picture and its caption set aside beside the text (<aside class="image">), or hidden from screen
            // readers as a copy of the picture's link, are seen by every reader
            return false;
        }
        if (NEVER_TEXT.contains(tag) || "header".equals(tag)) {
            return true;
        }
        if ("footer".equals(tag)) {
            // a figure's footer is its credit
            return element.closest("figure") == null;
        }
        if ("figure".equals(tag) || "figcaption".equals(tag)) {
            // a figure is the story's whatever its name ("widget", "embed"); a figcaption hidden from screen readers
            // repeats the picture's text alternative (Pandoc writes it so), but readers see it
            return !"figcaption".equals(tag) && isHidden(element);
        }
        if (element.closest("figcaption") != null && "true".equals(element.attr("aria-hidden"))) {
            // so do the caption's parts (its credit)
            return false;
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
        if ("body".equals(tag) || "article".equals(tag) || "main".equals(tag) || element.closest("figcaption") != null) {
            // a caption's parts are the caption's whatever their names ("widget__captionText")
            return false;
        }
        if (WALL_WORDS.matcher(names).find() && !ARTICLE_BLOCKS.contains(tag) && !holdsProse(element)
                && element.selectFirst("figure, img") == null) {
            return true;
        }
        // a heading's own name is its style's ("widget-title"): the box it heads goes by the box's name
        return FURNITURE_WORDS.matcher(names).find() && !holdsProse(element) && !HEADINGS.contains(tag)
                && !isFigureWrapper(element) && !isPictureBox(element, names);
    }

    /**
     * An {@code <aside>}, or a box hidden from screen readers, that holds one picture and its caption (an element
     * named as a caption): no more text than a caption and no link but the picture's own (to its larger copy).
     */
    private static boolean isCaptionedPicture(Element element) {
        if (!"aside".equals(element.normalName()) && !"true".equals(element.attr("aria-hidden"))
                || element.select("img").size() != 1 || element.text().length() > MAX_PICTURE_BOX_CHARS) {
            return false;
        }
        return element.select("a[href]").stream().allMatch(a -> a.selectFirst("img") != null && a.text().isBlank())
                && element.getAllElements().stream().skip(1).anyMatch(HtmlBlocks::isNamedCaption);
    }

    /**
     * A box that names itself after a picture and holds one, with no more text than a caption and its credit and
     * no link ("image-widget", "photo-block"): the story's picture, whatever else its name says. A teaser's or an
     * advertisement's picture is a link.
     */
    private static boolean isPictureBox(Element element, String names) {
        return PICTURE_WORDS.matcher(names).find() && element.select("img").size() == 1
                && element.selectFirst("a[href]") == null && element.text().length() <= MAX_PICTURE_BOX_CHARS;
    }

    /**
     * Whether an element only wraps a figure ("widget__contents" around a {@code <figure>}): it is the story's
     * picture whatever the wrapper's name.
     */
    private static boolean isFigureWrapper(Element element) {
        List<Element> figures = element.select("figure");
        if (figures.isEmpty() || figures.stream().noneMatch(f -> f.selectFirst("img") != null)) {
            return false;
        }
        int figureText = figures.stream().filter(f -> f.parents().stream().noneMatch(figures::contains))
                .mapToInt(f -> f.text().length()).sum();
        return element.text().length() - figureText <= MAX_TITLE_EXTRA_CHARS;
    }

    /**
     * A box of controls with what labels them, whatever its name: a poll's question and answers, a font-size
     * switch ("AA", "Text size"), a consent prompt for an embedded post, a sign-up form's lines. It holds a form
     * control (an input, a button, a list to choose from), is short, and holds a sentence or so of text at most,
     * no paragraph of prose and no picture; a "Read more" button under the story's paragraphs is no such box, nor
     * a byline with a "Follow" button.
     */
    private static boolean isControlBox(Element element, TextLengths lengths) {
        int chars = lengths.of(element);
        if (CONTROLS.contains(element.normalName()) || chars > MAX_CHOICE_BOX_CHARS
                || element.selectFirst("img, figure, picture, h1") != null) {
            return false;
        }
        if (element.selectFirst(CONTROL_SELECTOR) == null || !namesNoAuthor(element)) {
            return false;
        }
        // a box of controls holds a line or two of text (a poll's question, a newsletter's promise), a story with
        // its "Read more" button paragraphs
        long paragraphs = element.select("p, div").stream()
                .filter(b -> b.children().stream().noneMatch(c -> HtmlBlocks.isBlock(c.normalName())))
                .filter(b -> b.text().codePointCount(0, b.text().length()) >= CONTROL_LINE_CHARS).count();
        return paragraphs <= 1 && element.select("p").stream().noneMatch(p -> lengths.of(p) >= PROSE_PARAGRAPH_CHARS);
    }

    /** Whether an element holds a byline: an author's link or property, an element named byline or author. */
    private static boolean namesNoAuthor(Element element) {
        return !namesAnAuthor(element);
    }

    private static boolean namesAnAuthor(Element element) {
        return element.selectFirst("[rel=author], [itemprop=author], a[href~=(?i)/(authors?|autor|autoren|auteurs?|"
                + "people|profiles?|journalists?)/]") != null
                || element.getAllElements().stream().anyMatch(e -> TeaserShapes.isBylineNamed(e));
    }

    /** Hidden from readers: by an attribute, a style, or a class that shows it to screen readers only. */
    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()
                || SCREEN_READER_ONLY.matcher(element.className().toLowerCase(Locale.ROOT)).find()
                || hiddenByUtilityClass(element.classNames());
    }

    /**
     * Hidden by the utility class CSS frameworks name {@code hidden} (or {@code is-hidden}) for
     * {@code display: none}, unless another class shows it again from some screen width ({@code hidden md:block}).
     */
    private static boolean hiddenByUtilityClass(java.util.Set<String> classes) {
        return (classes.contains("hidden") || classes.contains("is-hidden"))
                && classes.stream().noneMatch(c -> SHOWN_FROM_WIDTH.matcher(c).matches());
    }

    /** A class showing an element from a screen width on ({@code md:block}, {@code lg:flex}, {@code sm:inline}). */
    private static final Pattern SHOWN_FROM_WIDTH = Pattern.compile("[a-z0-9]+:(?:block|flex|grid|inline.*|table.*"
            + "|contents|flow-root|list-item)");

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
