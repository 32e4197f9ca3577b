package org.polypress.render.epub;

import java.util.Objects;
import org.polypress.model.Article;
import org.polypress.model.Direction;

/**
 * The language and writing direction of a piece of text, as {@code lang}/{@code xml:lang} and
 * {@code dir} write them. One value for both, so that no document or entry gets a language without
 * its direction: an Arabic title marked {@code ar} but laid out left to right reads wrong.
 *
 * @param tag       the BCP 47 tag, without surrounding white space
 * @param direction the writing direction
 */
record TextLanguage(String tag, Direction direction) {

    TextLanguage {
        tag = Objects.requireNonNull(tag, "tag").strip();
        Objects.requireNonNull(direction, "direction");
    }

    /** The language and direction of an article's text. */
    static TextLanguage of(Article article) {
        return new TextLanguage(article.language(), article.direction());
    }
}
