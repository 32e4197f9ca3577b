package org.polypress.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds an article's body in a cleaned page. A container the page marks as the body
 * ({@code [itemprop=articleBody]}) wins; else every paragraph scores its parent fully, its grandparent by half
 * and the level above by a sixth, as Mozilla's Readability does: one point, one per comma (a sentence's
 * clauses), one per hundred characters up to three. A container's score is then discounted by its link density
 * (the share of its text inside links): lists of related stories are all links, a story is almost none.
 *
 * <p>Three rules follow the score, each for a page where the best-scored container is not the whole story:
 * <ul>
 * <li>a story is often set in parts (chunks between advertising rails, one wrapper per paragraph, a live blog's
 * entries, a section per page of print): the body spreads from the best-scored container to the ancestor whose
 * other children are more of the same story — parts of the same element and class, paragraphs, or containers
 * whose paragraphs are set like the story's (same element and class, in the same kind of parent); a part that is
 * a story of its own (headed by an {@code <h1>} or by a link to another page) is none;</li>
 * <li>the headline anchors the body: a container of two paragraphs or more that stands between the headline
 * and the body, apart from it, is the story, and the body a readers' thread or the next story loaded below it
 * (a story of two paragraphs beside twenty comments scores less than they do);</li>
 * <li>text cut into paragraphs by line breaks or by blocks set between its runs (pages of the 2000s set a
 * whole story in one {@code <td>} or {@code <font>}; some sites write a story as one {@code <div>} of text with
 * a {@code <br>} between paragraphs and widgets between them) is scored run by run, in the element that holds
 * it.</li>
 * </ul>
 */
final class ArticleBodyFinder {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_BODY_CHARS = 140;
    private static final String COMMAS = ",，、،;；";
    /** How much of a paragraph's score each ancestor level gets: parent, grandparent, the level above. */
    private static final double[] LEVEL_SHARES = {1, 0.5, 1 / 6.0};
    /** A container between the headline and the body is the story when it holds this share of its prose. */
    private static final double ANCHORED_SHARE = 0.2;
    /** How many levels above the best-scored container the story's other parts are looked for. */
    private static final int SPREAD_LEVELS = 6;
    /** Posts of a live report, at least, set apart from its opening text. */
    private static final int MIN_LIVE_POSTS = 3;
    /** A paragraph more than this share links is a teaser or a list of links, no prose. */
    private static final double MAX_PROSE_LINK_DENSITY = 0.5;

    /** How many levels around a paragraph a caption's element or name is looked for. */
    private static final int CAPTION_LEVELS = 4;
    private static final Pattern CAPTION_NAMES = Pattern.compile("(?i)(?:^|[^a-z])(?:caption|figcaption|"
            + "legend|bildunterschrift)(?:$|[^a-z])");

    private final Map<Element, Double> scores = new HashMap<>();
    private final Map<Element, Integer> paragraphs = new HashMap<>();
    /** The characters of prose each element holds at any depth: its paragraphs' text outside links. */
    private final Map<Element, Integer> prose = new IdentityHashMap<>();
    /** The elements holding prose themselves (a paragraph, a container of runs of text), each with its shape. */
    private final Map<Element, String> shapes = new IdentityHashMap<>();
    private final Element headline;

    private ArticleBodyFinder(Document page, Element headline) {
        this.headline = headline;
        for (Element element : page.body().getAllElements()) {
            if (isCaption(element)) {
                continue;
            }
            List<Run> runs = runs(element);
            if (!runs.isEmpty()) {
                runs.forEach(run -> score(run.text(), element));
                runs.forEach(run -> addProse(element, run.prose()));
            } else if (isParagraph(element) && element.parent() != null) {
                score(element.text(), element.parent());
                addProse(element, proseOf(element));
            }
        }
    }

    /**
     * The body container, or the page's {@code <body>} when nothing scores.
     *
     * @param headline the headline element, or null
     */
    static Element find(Document page, Element headline) {
        Element marked = marked(page);
        if (marked != null) {
            return marked;
        }
        ArticleBodyFinder finder = new ArticleBodyFinder(page, headline);
        Element best = finder.best(page);
        if (best == page.body()) {
            return best;
        }
        Element body = finder.spread(best, null);
        if (headline != null) {
            Element anchored = finder.anchored(body, page);
            if (anchored != body) {
                body = finder.spread(anchored, body);
            }
        }
        return body;
    }

    /**
     * The container the page marks as the article's body ({@code [itemprop=articleBody]}), or null. A page that
     * marks each paragraph so ({@code <p itemprop="articleBody">}) marks the body as what holds them all.
     */
    private static Element marked(Document page) {
        List<Element> marked = page.select("[itemprop=articleBody], [itemprop=articlebody]").stream()
                .filter(e -> e.parents().stream().noneMatch(p -> "articlebody".equalsIgnoreCase(p.attr("itemprop"))))
                .toList();
        if (marked.isEmpty()) {
            return null;
        }
        Element body = marked.get(0);
        for (Element part : marked.subList(1, marked.size())) {
            while (body != null && !part.parents().contains(body)) {
                body = body.parent();
            }
        }
        return body != null && body.text().length() >= MIN_BODY_CHARS ? body : null;
    }

    private void score(String text, Element container) {
        if (text.codePointCount(0, text.length()) < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
        Element level = container;
        for (int i = 0; i < LEVEL_SHARES.length && level != null; i++, level = level.parent()) {
            scores.merge(level, score * LEVEL_SHARES[i], Double::sum);
            paragraphs.merge(level, 1, Integer::sum);
        }
    }

    /**
     * Whether an element is part of a picture's caption: no story is made of captions, and a lead photo's caption
     * printed twice (for two screen sizes) would outweigh a short story.
     */
    private static boolean isCaption(Element element) {
        Element level = element;
        for (int i = 0; i < CAPTION_LEVELS && level != null; i++, level = level.parent()) {
            String tag = level.normalName();
            if ("figcaption".equals(tag) || "figure".equals(tag)
                    || CAPTION_NAMES.matcher(level.className() + " " + level.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Counts {@code chars} of prose for {@code holder} and every element around it. */
    private void addProse(Element holder, int chars) {
        if (chars < MIN_PARAGRAPH_CHARS) {
            return;
        }
        shapes.put(holder, shape(holder));
        for (Element level = holder; level != null; level = level.parent()) {
            prose.merge(level, chars, Integer::sum);
        }
    }

    /** A paragraph's text outside links; none when it is mostly links (a teaser, a row of tags). */
    private static int proseOf(Element paragraph) {
        int all = paragraph.text().length();
        double density = LinkDensity.of(paragraph);
        return density > MAX_PROSE_LINK_DENSITY ? 0 : (int) Math.round(all * (1 - density));
    }

    private int proseIn(Element element) {
        return prose.getOrDefault(element, 0);
    }

    /**
     * How a paragraph is set: its element and class, and its parent's. The digits of a class are left out:
     * a site that numbers its paragraphs ({@code par1}, {@code par2}) sets them alike.
     */
    private static String shape(Element holder) {
        Element parent = holder.parent();
        return kind(holder) + "<" + (parent == null ? "" : kind(parent));
    }

    private static String kind(Element element) {
        return element.normalName() + "." + element.className().replaceAll("\\d+", "").strip();
    }

    private double scoreOf(Element element) {
        return scores.getOrDefault(element, 0.0) * (1 - LinkDensity.of(element));
    }

    private Element best(Document page) {
        Element best = page.body();
        double bestScore = 0;
        for (Element candidate : scores.keySet()) {
            double score = scoreOf(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The ancestor of {@code core} up to {@link #SPREAD_LEVELS} levels up whose other children hold more of the
     * story ({@link #isPartOfStory}), the highest such one, as long as what it adds is more story than anything
     * else; {@code core} when none does.
     *
     * @param apart a body found before, which the spread may not take in, or null
     */
    private Element spread(Element core, Element apart) {
        Set<String> coreShapes = shapesIn(core);
        Element body = core;
        Element level = core;
        int foreign = 0;
        for (int i = 0; i < SPREAD_LEVELS; i++) {
            Element parent = level.parent();
            if (parent == null || "body".equals(parent.normalName()) || "html".equals(parent.normalName())
                    || apart != null && (parent == apart || apart.parents().contains(parent))) {
                break;
            }
            int added = 0;
            for (Element sibling : parent.children()) {
                if (sibling == level) {
                    continue;
                }
                if (isPartOfStory(sibling, level, coreShapes)) {
                    added += proseIn(sibling);
                } else {
                    foreign += sibling.text().length();
                }
            }
            if (added >= MIN_PARAGRAPH_CHARS && added >= foreign) {
                body = parent;
                foreign = 0;
            }
            level = parent;
        }
        return body;
    }

    /** The shapes of the paragraphs inside {@code container}. */
    private Set<String> shapesIn(Element container) {
        Set<String> found = new HashSet<>();
        for (Element element : container.getAllElements()) {
            String shape = shapes.get(element);
            if (shape != null) {
                found.add(shape);
            }
        }
        return found;
    }

    /**
     * Whether {@code sibling} of {@code part} is more of the same story: it holds prose and is no story of its own,
     * and it is a part alike ({@code part}'s element and class), a paragraph, or holds paragraphs set like the
     * story's.
     */
    private boolean isPartOfStory(Element sibling, Element part, Set<String> storyShapes) {
        if (proseIn(sibling) == 0 || isStory(sibling)) {
            return false;
        }
        if (holdsArticle(sibling) && holdsArticle(part) && !(sibling.normalName().equals(part.normalName())
                && sibling.className().equals(part.className()))) {
            // two <article>s not alike are two stories: the page's own and the next one loaded below it
            return false;
        }
        for (Element element : sibling.getAllElements()) {
            String shape = shapes.get(element);
            if (shape != null && storyShapes.contains(shape)) {
                return true;
            }
        }
        return holdsLivePosts(sibling);
    }

    /**
     * A live report's posts, set apart from its opening text in a markup of their own: a container of three or more
     * posts, each dated by a {@code <time>} of its own and holding prose.
     */
    private boolean holdsLivePosts(Element container) {
        if (container.getElementsByTag("time").size() < MIN_LIVE_POSTS) {
            // most containers hold no dates at all: one walk says so
            return false;
        }
        for (Element element : container.getAllElements()) {
            int posts = 0;
            for (Element child : element.children()) {
                if (proseIn(child) > 0 && !child.getElementsByTag("time").isEmpty() && ++posts >= MIN_LIVE_POSTS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A part that is a story of its own: headed by an {@code <h1>} other than the headline, or by a heading that
     * links elsewhere.
     */
    private boolean isStory(Element part) {
        for (Element h1 : part.select("h1")) {
            if (h1 != headline) {
                return true;
            }
        }
        return !part.select("h2 a[href], h3 a[href], h4 a[href]").isEmpty();
    }

    private static boolean holdsArticle(Element element) {
        return "article".equals(element.normalName()) || element.selectFirst("article") != null;
    }

    /**
     * The best-scored container that lies between the headline and {@code body}, apart from it and not its
     * sibling, holding two paragraphs or more and at least {@link #ANCHORED_SHARE} of its prose; asked again
     * of the container found, until none stands before it. {@code body} itself when none does.
     */
    private Element anchored(Element body, Document page) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<Element> all = page.body().getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int headlineAt = order.getOrDefault(headline, -1);
        double bar = ANCHORED_SHARE * proseIn(body);
        Element chosen = body;
        while (true) {
            Element before = null;
            double beforeScore = 0;
            int chosenAt = order.get(chosen);
            for (Element candidate : scores.keySet()) {
                Integer at = order.get(candidate);
                boolean anchoredToHeadline = at != null && at > headlineAt;
                boolean apart = at != null && at < chosenAt && !chosen.parents().contains(candidate)
                        && candidate.parent() != chosen.parent();
                if (anchoredToHeadline && apart && paragraphs.getOrDefault(candidate, 0) >= 2
                        && proseIn(candidate) >= bar) {
                    double score = scoreOf(candidate);
                    if (score > beforeScore) {
                        before = candidate;
                        beforeScore = score;
                    }
                }
            }
            if (before == null) {
                return chosen;
            }
            chosen = before;
        }
    }

    /** A paragraph: a {@code <p>}, or a {@code <div>} that holds text and no block of its own (old sites). */
    private static boolean isParagraph(Element element) {
        if (PARAGRAPHS.contains(element.normalName())) {
            return true;
        }
        return "div".equals(element.normalName()) && !element.ownText().isBlank()
                && element.children().stream().noneMatch(c -> HtmlBlocks.isBlock(c.normalName()));
    }

    /**
     * A run of text an element holds directly, between line breaks or blocks.
     *
     * @param linked how many of its characters are inside links
     */
    private record Run(String text, int linked) {

        /** The run's text outside links; none when it is mostly links. */
        int prose() {
            return linked > MAX_PROSE_LINK_DENSITY * text.length() ? 0 : text.length() - linked;
        }
    }

    /**
     * The runs of text an element holds directly, when they are its paragraphs: cut by two line breaks in a row
     * ({@code <br><br>}), or, in an element that is no paragraph itself, by one line break or a block between
     * them. A child that holds line breaks or blocks of its own cuts a run too. Empty when the element holds no
     * such runs.
     */
    private static List<Run> runs(Element element) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int linked = 0;
        boolean broken = false;
        boolean blocks = false;
        boolean afterBreak = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    run.append(text.text());
                    afterBreak = false;
                }
            } else if (child instanceof Element e) {
                boolean isBreak = "br".equals(e.normalName());
                boolean isBlock = HtmlBlocks.isBlock(e.normalName());
                blocks |= isBlock;
                boolean cuts = isBreak || isBlock || !e.select("br").isEmpty();
                if (isBreak && afterBreak) {
                    broken = true;
                }
                if (cuts) {
                    runs.add(new Run(run.toString().strip(), linked));
                    run.setLength(0);
                    linked = 0;
                    afterBreak = isBreak;
                } else {
                    String inline = e.text();
                    run.append(inline);
                    linked += "a".equals(e.normalName()) ? inline.length()
                            : e.select("a").stream().mapToInt(a -> a.text().length()).sum();
                    afterBreak = false;
                }
            }
        }
        runs.add(new Run(run.toString().strip(), linked));
        List<Run> kept = runs.stream().filter(r -> !r.text().isEmpty()).toList();
        boolean mixed = blocks && !PARAGRAPHS.contains(element.normalName())
                && kept.stream().anyMatch(r -> r.text().length() >= MIN_PARAGRAPH_CHARS);
        return broken && kept.size() >= 2 || mixed ? kept : List.of();
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }
}
