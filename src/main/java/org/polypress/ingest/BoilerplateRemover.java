package org.polypress.ingest;

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
            "aside", "dialog", "link", "meta");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "toolbar");
    /** Words of a class or id that name furniture; matched as whole words of the name. */
    private static final Pattern FURNITURE_WORDS = Pattern.compile("(?:^|[^a-z])(?:nav|navbar|navigation|menu|"
            + "breadcrumbs?|share|sharing|social|related|recommended|sidebar|footer|masthead|ads?|advert|"
            + "advertising|advertisement|banner|promo|sponsored|newsletter|subscribe|subscription|paywall|cookies?|"
            + "tags|taglist|keywords|login|signup|widget|outbrain|taboola)(?:$|[^a-z])");
    /**
     * Words that name a readers' thread. A thread is prose by nature and is often longer than the story, and
     * sites name its parts after the story ("article-comments", "comment-body"): neither the prose it holds
     * nor a story word in its name keeps it.
     */
    private static final Pattern THREAD_WORDS = Pattern.compile("(?:^|[^a-z])(?:comments?|discussions?|disqus|"
            + "replies|respond|reader-?comments)(?:$|[^a-z])");
    /** Words that name the story itself: an element named both ways ("content-sidebar") is kept. */
    private static final Pattern CONTENT_WORDS = Pattern.compile("(?:^|[^a-z])(?:article|body|content|main|story|"
            + "text|entry|post)(?:$|[^a-z])");
    /** Addresses of a site's house rules: privacy, terms, community guidelines, imprint. */
    private static final Pattern POLICY_LINK = Pattern.compile("(?i)(?:privacy|terms|guidelines|community[-_]?rules"
            + "|house[-_]?rules|datenschutz|nutzungsbedingungen|impressum|confidentialite|mentions[-_]legales"
            + "|conditions|privacidad|aviso[-_]legal|normas)");
    private static final int PROSE_CHARS = 40;
    private static final int PROSE_PARAGRAPHS = 3;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Removes the furniture of {@code page}, keeping every ancestor of {@code keep} (the headline). */
    void clean(Document page, Element keep) {
        removeComments(page);
        for (Element element : List.copyOf(page.body().getAllElements())) {
            if (element.parent() != null && element != page.body() && isFurniture(element) && !holds(element, keep)) {
                Element before = element.previousElementSibling();
                if (isThread(element) && before != null && isThreadPreamble(before) && !holds(before, keep)) {
                    before.remove();
                }
                element.remove();
            }
        }
    }

    private static boolean isThread(Element element) {
        return THREAD_WORDS.matcher((element.className() + " " + element.id()).toLowerCase(Locale.ROOT)).find();
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
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (!"body".equals(tag) && THREAD_WORDS.matcher(names).find()) {
            return true;
        }
        return !"body".equals(tag) && !"article".equals(tag) && !"main".equals(tag)
                && FURNITURE_WORDS.matcher(names).find() && !CONTENT_WORDS.matcher(names).find()
                && !holdsProse(element);
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
