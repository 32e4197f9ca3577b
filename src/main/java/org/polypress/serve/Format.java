package org.polypress.serve;

import java.util.Optional;
import org.polypress.render.epub.EpubRenderer;
import org.polypress.render.json.JsonRenderer;
import org.polypress.render.jsonld.JsonLdRenderer;
import org.polypress.render.markdown.MarkdownRenderer;
import org.polypress.render.ninjs.NinjsRenderer;

/** A rendition served for download: its extension in the URL, its file in the article folder, its media type. */
public enum Format {
    MD("md", MarkdownRenderer.FILE_NAME, "text/markdown; charset=UTF-8"),
    JSON("json", JsonRenderer.FILE_NAME, "application/json"),
    EPUB("epub", EpubRenderer.FILE_NAME, "application/epub+zip"),
    NINJS("ninjs.json", NinjsRenderer.FILE_NAME, "application/json"),
    JSONLD("jsonld", JsonLdRenderer.FILE_NAME, "application/ld+json");

    private final String extension;
    private final String fileName;
    private final String mediaType;

    Format(String extension, String fileName, String mediaType) {
        this.extension = extension;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The file of this rendition in {@code output/<slug>/}, as the renderers name it. */
    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose extension is {@code extension} exactly (lower case), if any. */
    public static Optional<Format> ofExtension(String extension) {
        for (Format format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
