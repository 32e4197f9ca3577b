package org.polypress.model;

import java.util.Objects;

/**
 * An image file published beside the article.
 *
 * @param path      path relative to the article folder
 * @param mediaType its media type
 * @param width     width in pixels, or 0 when unknown
 * @param height    height in pixels, or 0 when unknown
 * @param alt       text alternative
 */
public record Image(String path, String mediaType, int width, int height, String alt) {
    public Image {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
