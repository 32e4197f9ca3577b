package org.polypress.model;

import java.util.Objects;

/**
 * A person or organisation credited in the article.
 *
 * @param name the name as written
 * @param role what they did
 * @param note the line that credits them, as written, or null when it is the byline or a caption credit
 */
public record Credit(String name, Role role, String note) {
    public Credit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
