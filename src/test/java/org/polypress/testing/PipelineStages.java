package org.polypress.testing;

import java.nio.file.Path;
import org.polypress.PipelineException;
import org.polypress.PolypressConfiguration;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.model.Article;
import org.polypress.normalize.DocumentNormalizer;
import org.polypress.recognize.ArticleRecognizer;
import org.polypress.render.RenditionSet;
import org.polypress.render.Renditions;

/**
 * The pipeline's stages as the application builds them (the same configuration class and default
 * limits), chained without Camel for tests that look at one article at a time. Built once per JVM:
 * the language model and Tika's parsers are heavy.
 */
public final class PipelineStages {

    private static final PipelineStages INSTANCE = new PipelineStages();

    private final ArticleExtractor extractor;
    private final DocumentNormalizer normalizer;
    private final ArticleRecognizer recognizer;
    private final RenditionSet renderer;

    private PipelineStages() {
        PolypressConfiguration configuration = new PolypressConfiguration();
        extractor = configuration.extractor(52_428_800L, 10_000_000);
        normalizer = configuration.normalizer(null);
        recognizer = configuration.recognizer(null);
        renderer = configuration.renderer();
    }

    public static PipelineStages get() {
        return INSTANCE;
    }

    /** extract → normalize → recognize. */
    public Article recognize(Path file) throws PipelineException {
        return recognizer.recognize(normalizer.normalize(extractor.extract(file)));
    }

    /** extract → normalize → recognize → render. */
    public Renditions convert(Path file) throws PipelineException {
        return renderer.render(recognize(file));
    }

    /** The bytes of one rendition by its file name. */
    public static byte[] file(Renditions renditions, String name) {
        return renditions.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rendition " + name)).bytes();
    }
}
