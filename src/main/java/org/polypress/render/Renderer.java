package org.polypress.render;

import org.polypress.model.Article;

/** Writes one rendition of an article. Implementations are immutable, thread-safe and deterministic. */
public interface Renderer {

    /** The file name of this rendition inside the article's output folder, e.g. {@code article.md}. */
    String fileName();

    /** The media type of the rendition. */
    String mediaType();

    /** The rendition's bytes: the same article always gives the same bytes. */
    byte[] render(Article article);
}
