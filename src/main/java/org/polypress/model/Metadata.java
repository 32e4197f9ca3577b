package org.polypress.model;

import java.util.List;
import java.util.Objects;

/**
 * What the source states about the article beside its text, kept so the renditions can state it too: when it was
 * last changed, its address on the web, the section it ran in and its keywords.
 *
 * @param modified     the date of the last change as written ("Updated: March 19, 2025, 10:05 GMT") and as ISO 8601,
 *                     or null when the source states none
 * @param canonicalUrl the article's own address as its page states it ({@code <link rel="canonical">}), or null
 * @param section      the section it ran in ({@code article:section}, JSON-LD {@code articleSection}), or null
 * @param keywords     its keywords or tags, in the source's order, each once; empty when none is stated
 */
public record Metadata(Published modified, String canonicalUrl, String section, List<String> keywords) {

    /** Nothing stated. */
    public static final Metadata NONE = new Metadata(null, null, null, List.of());

    public Metadata {
        Objects.requireNonNull(keywords, "keywords");
        keywords = List.copyOf(keywords);
        canonicalUrl = blankToNull(canonicalUrl);
        section = blankToNull(section);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
