package org.polypress.render;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifier every rendition gives an article (the EPUB's unique identifier, the ninjs {@code uri}, the JSON-LD
 * {@code @id}), derived from the article id (or the story key) so that re-rendering never changes it. The name
 * spaces differ ({@code polypress:}, {@code polypress-story:}), so a story's EPUB never shares its identifier with
 * the EPUB of one of its versions, and a picture's identifier is its article's with the picture's file.
 */
public final class PublicationIdentifier {

    private PublicationIdentifier() {
    }

    /** {@code urn:uuid:} and the name-based (version 3) UUID of {@code polypress:<article id>}. */
    public static String of(String articleId) {
        return nameBased("polypress:" + articleId);
    }

    /** {@code urn:uuid:} and the name-based (version 3) UUID of {@code polypress-story:<story key>}. */
    public static String ofStory(String storyKey) {
        return nameBased("polypress-story:" + storyKey);
    }

    /**
     * {@code urn:uuid:} and the name-based UUID of {@code polypress:<article id>/<part>}: a picture of the article,
     * named by its file ({@code images/1.jpg}) or its place among the figures ({@code figure-2}).
     */
    public static String ofPart(String articleId, String part) {
        return nameBased("polypress:" + articleId + "/" + part);
    }

    private static String nameBased(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
