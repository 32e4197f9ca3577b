package org.polypress.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How long the text of each element of a page is, measured in one walk over the page: asking {@code text()} of
 * every element walks its whole subtree each time, which over a page's elements is quadratic in its depth. The
 * length is the sum of its text nodes' lengths, white space collapsed, as {@code text()} gives within a few
 * characters. Measured once, it holds while no element inside the one asked about is removed.
 */
final class TextLengths {

    private final Map<Element, Integer> lengths;

    private TextLengths(Map<Element, Integer> lengths) {
        this.lengths = lengths;
    }

    /** The text lengths of {@code root} and every element inside it. */
    static TextLengths measure(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode text ? text.text().length()
                        : node instanceof Element element ? lengths.getOrDefault(element, 0) : 0;
                if (node != root && node.parent() instanceof Element parent && own > 0) {
                    lengths.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return new TextLengths(lengths);
    }

    /** The length of {@code element}'s text; measured now when the element was not there to be measured. */
    int of(Element element) {
        Integer length = lengths.get(element);
        return length != null ? length : element.text().length();
    }
}
