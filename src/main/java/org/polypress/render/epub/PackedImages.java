package org.polypress.render.epub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;

/**
 * The image files an EPUB packs: those of its figures whose bytes are known, in a core media type every reading
 * system shows, under a name Polypress gave them ({@code images/<16 hex>.<ext>}, so the path cannot leave the
 * package folder); each once, in order of first appearance. A figure whose image is not packed is shown by its
 * caption and credit alone: a manifest item or an {@code <img>} without its file is an epubcheck error.
 */
final class PackedImages {

    /** The EPUB 3.3 core media types for images. */
    static final Set<String> CORE_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/svg+xml");

    private PackedImages() {
    }

    static List<Image> of(Article article) {
        return ofArticles(List.of(article));
    }

    /** For a story: every version's images, once each, the first version's first. */
    static List<Image> ofArticles(List<Article> articles) {
        Map<String, Image> packed = new LinkedHashMap<>();
        for (Article article : articles) {
            for (Image image : article.images()) {
                if (isPacked(image)) {
                    packed.putIfAbsent(image.path(), image);
                }
            }
        }
        return List.copyOf(packed.values());
    }

    /** Whether the figure's image is in the book. */
    static boolean isPacked(Image image) {
        return image != null && image.hasBytes() && Image.isPublishedPath(image.path())
                && CORE_TYPES.contains(image.mediaType());
    }

    /** Whether the figure shows its picture. */
    static boolean showsPicture(Block.Figure figure) {
        return isPacked(figure.image());
    }

    /** The manifest id of an image: {@code img-} and its name's digest, an XML name unique per file. */
    static String id(Image image) {
        String name = image.fileName();
        return "img-" + name.substring(0, name.indexOf('.'));
    }
}
