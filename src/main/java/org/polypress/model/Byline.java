package org.polypress.model;

import java.util.List;
import java.util.Objects;

/**
 * The byline as written, with the authors and the publication found in it.
 *
 * @param text        the byline as it stands in the source
 * @param authors     the people named as authors, in order
 * @param publication the publication or agency named in the byline, or null
 */
public record Byline(String text, List<String> authors, String publication) {
    public Byline {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
    }
}
