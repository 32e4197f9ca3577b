package org.polypress.model;

import java.util.Objects;

/**
 * Another language version of the same story.
 *
 * @param language its BCP 47 language tag
 * @param slug     its folder under the output folder
 */
public record Translation(String language, String slug) {
    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
    }
}
