package org.polypress.render.epub;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The EPUB's unique identifier, derived from the article id so that re-rendering never changes it. */
final class PublicationIdentifier {

    private PublicationIdentifier() {
    }

    /** {@code urn:uuid:} and the name-based (version 3) UUID of {@code polypress:<article id>}. */
    static String of(String articleId) {
        byte[] name = ("polypress:" + articleId).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }
}
