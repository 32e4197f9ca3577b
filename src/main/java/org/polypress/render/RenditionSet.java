package org.polypress.render;

import java.util.ArrayList;
import java.util.List;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;

/**
 * The render stage: every rendition of an article, from the article alone, and the image files its figures show
 * ({@code images/<name>}), which the Markdown and JSON renditions link to.
 */
public final class RenditionSet {

    private final List<Renderer> renderers;

    public RenditionSet(List<Renderer> renderers) {
        if (renderers.isEmpty()) {
            throw new IllegalArgumentException("renderers must not be empty");
        }
        this.renderers = List.copyOf(renderers);
    }

    public Renditions render(Article article) throws PipelineException {
        List<Renditions.File> files = new ArrayList<>(renderers.size());
        for (Renderer renderer : renderers) {
            try {
                files.add(new Renditions.File(renderer.fileName(), renderer.render(article)));
            } catch (RuntimeException e) {
                throw new PipelineException(Stage.RENDER, "The " + renderer.fileName() + " rendition could not be written",
                        e.toString(), e);
            }
        }
        for (org.polypress.model.Image image : article.images()) {
            if (!org.polypress.model.Image.isPublishedPath(image.path())) {
                throw new PipelineException(Stage.RENDER, "An image of the article has a name Polypress did not give it",
                        image.path());
            }
            files.add(new Renditions.File(image.path(), image.bytes()));
        }
        return new Renditions(article, files);
    }
}
