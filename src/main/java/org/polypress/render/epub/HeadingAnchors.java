package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polypress.model.Block;

/**
 * The ids of the body's headings ({@code h-1}, {@code h-2}, … in order), computed once per article so
 * that the content document and the navigation document can never disagree about a link target.
 * A heading without text gets no id and no entry: a navigation link needs text.
 */
final class HeadingAnchors {

    /** One heading of the body and the id it carries. */
    record HeadingAnchor(int blockIndex, String id, String text) {
    }

    private final List<HeadingAnchor> anchors;
    private final Map<Integer, HeadingAnchor> byBlockIndex;

    private HeadingAnchors(List<HeadingAnchor> anchors) {
        this.anchors = List.copyOf(anchors);
        Map<Integer, HeadingAnchor> index = new HashMap<>();
        for (HeadingAnchor anchor : anchors) {
            index.put(anchor.blockIndex(), anchor);
        }
        this.byBlockIndex = Map.copyOf(index);
    }

    static HeadingAnchors of(List<Block> body) {
        List<HeadingAnchor> anchors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading heading && hasText(heading.text())) {
                anchors.add(new HeadingAnchor(i, "h-" + (anchors.size() + 1), heading.text()));
            }
        }
        return new HeadingAnchors(anchors);
    }

    /** Every anchored heading, in body order. */
    List<HeadingAnchor> all() {
        return anchors;
    }

    /** The anchor of the block at this index, when it is a heading with text. */
    Optional<HeadingAnchor> at(int blockIndex) {
        return Optional.ofNullable(byBlockIndex.get(blockIndex));
    }

    private static boolean hasText(String text) {
        return !XmlCharacters.clean(text).isBlank();
    }
}
