package org.polypress.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Three rules follow the score, each for a page where the most text is not the story:
 * <ul>
 * <li>the headline anchors the body: a container of two paragraphs or more that stands between the headline
 * and the best-scored one, apart from it, is the story, and the best-scored one a readers' thread or the next
 * story loaded below it (a story of two paragraphs beside twenty comments scores less than they do);</li>
 * <li>a body made of units alike (a live blog's entries, paragraphs each in a wrapper of the same generated
 * class) is all its units, not the best-scored one, unless another unit is a story of its own (headed by an
 * {@code <h1>} or by a link to another page);</li>
 * <li>text cut into paragraphs only by {@code <br><br>} (pages of the 2000s set a whole story in one
 * {@code <td>} or {@code <font>}) is scored paragraph by paragraph, in the element that holds it.</li>
 * </ul>
 */
final class ArticleBodyFinder {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_BODY_CHARS = 140;
    private static final String COMMAS = ",，、،;；";
    /** How much of a paragraph's score each ancestor level gets: parent, grandparent, the level above. */
    private static final double[] LEVEL_SHARES = {1, 0.5, 1 / 6.0};
    /** A container between the headline and the best one is the story when it scores at least this share. */
    private static final double ANCHORED_SHARE = 0.2;
    /** How many levels above the chosen container its units are looked for. */
    private static final int UNIT_LEVELS = 3;

    private final Map<Element, Double> scores = new HashMap<>();
    private final Map<Element, Integer> paragraphs = new HashMap<>();

    private ArticleBodyFinder(Document page) {
        for (Element element : page.body().getAllElements()) {
            List<String> runs = brokenRuns(element);
            if (runs.size() >= 2) {
                runs.forEach(run -> score(run, element));
            } else if (isParagraph(element) && element.parent() != null) {
                score(element.text(), element.parent());
            }
        }
    }

    /**
     * The body container, or the page's {@code <body>} when nothing scores.
     *
     * @param headline the headline element, or null
     */
    static Element find(Document page, Element headline) {
        for (Element marked : page.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (marked.text().length() >= MIN_BODY_CHARS) {
                return marked;
            }
        }
        ArticleBodyFinder finder = new ArticleBodyFinder(page);
        Element best = finder.best(page);
        if (best == page.body()) {
            return best;
        }
        if (headline != null) {
            best = finder.anchored(best, headline, page);
        }
        return finder.units(best);
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
     * The best-scored container that lies between the headline and {@code best}, apart from it and not its
     * sibling, holding two paragraphs or more and scoring at least {@link #ANCHORED_SHARE} of it; asked again
     * of the container found, until none stands before it. {@code best} itself when none does.
     */
    private Element anchored(Element best, Element headline, Document page) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<Element> all = page.body().getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int headlineAt = order.getOrDefault(headline, -1);
        double bar = ANCHORED_SHARE * scoreOf(best);
        Element chosen = best;
        while (true) {
            Element before = null;
            double beforeScore = 0;
            int chosenAt = order.get(chosen);
            for (Element candidate : scores.keySet()) {
                Integer at = order.get(candidate);
                boolean anchoredToHeadline = at != null && at > headlineAt;
                boolean apart = at != null && at < chosenAt && !chosen.parents().contains(candidate)
                        && candidate.parent() != chosen.parent();
                double score = scoreOf(candidate);
                if (anchoredToHeadline && apart && paragraphs.getOrDefault(candidate, 0) >= 2 && score >= bar
                        && score > beforeScore) {
                    before = candidate;
                    beforeScore = score;
                }
            }
            if (before == null) {
                return chosen;
            }
            chosen = before;
        }
    }

    /**
     * The parent of the units {@code chosen} is one of (itself or an ancestor up to {@link #UNIT_LEVELS} levels
     * up): siblings of the same element and class that hold paragraphs too; or {@code chosen} when it is no
     * such unit.
     */
    private Element units(Element chosen) {
        Element unit = chosen;
        for (int i = 0; i < UNIT_LEVELS && unit.parent() != null; i++, unit = unit.parent()) {
            if (unit.className().isBlank()) {
                continue;
            }
            List<Element> alike = new ArrayList<>();
            for (Element sibling : unit.parent().children()) {
                if (sibling.normalName().equals(unit.normalName()) && sibling.className().equals(unit.className())
                        && holdsParagraph(sibling)) {
                    alike.add(sibling);
                }
            }
            Element own = unit;
            if (alike.size() >= 2 && alike.stream().filter(u -> u != own).noneMatch(ArticleBodyFinder::isStory)) {
                return own.parent();
            }
        }
        return chosen;
    }

    private boolean holdsParagraph(Element element) {
        if (paragraphs.containsKey(element)) {
            return true;
        }
        return element.getAllElements().stream().anyMatch(paragraphs::containsKey);
    }

    /** A unit that is a story of its own: headed by an {@code <h1>}, or by a heading that links elsewhere. */
    private static boolean isStory(Element unit) {
        return !unit.select("h1").isEmpty() || !unit.select("h2 a[href], h3 a[href], h4 a[href]").isEmpty();
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
     * The runs of text an element holds directly, cut by two line breaks in a row ({@code <br><br>}); a
     * child that holds line breaks or blocks of its own cuts a run too. Empty when the element has no
     * {@code <br><br>}.
     */
    private static List<String> brokenRuns(Element element) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean broken = false;
        boolean afterBreak = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    run.append(text.text());
                    afterBreak = false;
                }
            } else if (child instanceof Element e) {
                boolean cuts = "br".equals(e.normalName()) || HtmlBlocks.isBlock(e.normalName())
                        || !e.select("br").isEmpty();
                if ("br".equals(e.normalName()) && afterBreak) {
                    broken = true;
                }
                if (cuts) {
                    if (!"br".equals(e.normalName()) || afterBreak) {
                        runs.add(run.toString().strip());
                        run.setLength(0);
                    }
                    afterBreak = "br".equals(e.normalName());
                } else {
                    run.append(e.text());
                    afterBreak = false;
                }
            }
        }
        runs.add(run.toString().strip());
        return broken ? runs.stream().filter(r -> !r.isEmpty()).toList() : List.of();
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
