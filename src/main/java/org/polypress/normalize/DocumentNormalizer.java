package org.polypress.normalize;

import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.ingest.Extraction;

/** The normalize stage: canonical text, then its language, script and direction. */
public final class DocumentNormalizer {

    private final TextNormalizer textNormalizer = new TextNormalizer();
    private final LanguageIdentifier languageIdentifier;

    public DocumentNormalizer(LanguageIdentifier languageIdentifier) {
        this.languageIdentifier = Objects.requireNonNull(languageIdentifier, "languageIdentifier");
    }

    public NormalizedDocument normalize(Extraction extraction) throws PipelineException {
        String text = textNormalizer.normalize(extraction.text());
        if (text.isEmpty()) {
            throw new PipelineException(Stage.NORMALIZE, "The file holds no text",
                    "only whitespace or invisible characters (" + extraction.source().mediaType() + ")");
        }
        return new NormalizedDocument(extraction, text,
                languageIdentifier.identify(text, extraction.statedLanguage()));
    }
}
