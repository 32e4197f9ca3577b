package org.polypress.ingest.html;

import org.jsoup.nodes.Element;

/** The share of an element's text that sits inside links: near 1 for menus and related-story lists. */
final class LinkDensity {

    private LinkDensity() {
    }

    static double of(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / all);
    }
}
