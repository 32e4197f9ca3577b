package org.polypress.render.epub;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The EPUB's unique identifier, derived from the article id (or the story key) so that re-rendering
 * never changes it. The two name spaces differ ({@code polypress:} and {@code polypress-story:}), so
 * a story's EPUB never shares its identifier with the EPUB of one of its versions.
 */
final class PublicationIdentifier {

    private PublicationIdentifier() {
    }

    /** {@code urn:uuid:} and the name-based (version 3) UUID of {@code polypress:<article id>}. */
    static String of(String articleId) {
        return nameBased("polypress:" + articleId);
    }

    /** {@code urn:uuid:} and the name-based (version 3) UUID of {@code polypress-story:<story key>}. */
    static String ofStory(String storyKey) {
        return nameBased("polypress-story:" + storyKey);
    }

    private static String nameBased(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
