package org.polypress.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds an article's body in a cleaned page. A container the page marks as the body
 * ({@code [itemprop=articleBody]}) wins; else every paragraph scores its parent fully and its grandparent by
 * half, as Mozilla's Readability does: one point, one per comma (a sentence's clauses), one per hundred
 * characters up to three. A container's score is then discounted by its link density (the share of its text
 * inside links): lists of related stories are all links, a story is almost none.
 */
final class ArticleBodyFinder {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_BODY_CHARS = 140;
    private static final String COMMAS = ",，、،;；";

    /** The body container, or the page's {@code <body>} when nothing scores. */
    Element find(Document page) {
        for (Element marked : page.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (marked.text().length() >= MIN_BODY_CHARS) {
                return marked;
            }
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.body().getAllElements()) {
            if (!isParagraph(paragraph)) {
                continue;
            }
            String text = paragraph.text();
            if (text.codePointCount(0, text.length()) < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = page.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - LinkDensity.of(candidate.getKey()));
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** A paragraph: a {@code <p>}, or a {@code <div>} that holds text and no block of its own (old sites). */
    private static boolean isParagraph(Element element) {
        if (PARAGRAPHS.contains(element.normalName())) {
            return true;
        }
        return "div".equals(element.normalName()) && !element.ownText().isBlank()
                && element.children().stream().noneMatch(c -> HtmlBlocks.isBlock(c.normalName()));
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
