package org.polypress.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.ingest.Extraction;
import org.polypress.ingest.PlacedImage;

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
                languageIdentifier.identify(text, extraction.statedLanguage()), placed(extraction));
    }

    /**
     * The pictures placed among the normalized blocks. Normalizing works line by line, so the normalized text is
     * the normalized blocks of the extracted text joined by blank lines; a block may vanish (it held only
     * invisible characters) or, rarely, split in two (a line of invisible characters inside it). A picture
     * stands before as many normalized blocks as the blocks before it became.
     */
    private List<PlacedImage> placed(Extraction extraction) {
        if (extraction.images().isEmpty()) {
            return List.of();
        }
        String[] blocks = extraction.text().split("\n\n", -1);
        int[] before = new int[blocks.length + 1];
        for (int i = 0; i < blocks.length; i++) {
            String normalized = textNormalizer.normalize(blocks[i]);
            before[i + 1] = before[i] + (normalized.isEmpty() ? 0 : normalized.split("\n\n").length);
        }
        List<PlacedImage> placed = new ArrayList<>();
        for (PlacedImage image : extraction.images()) {
            placed.add(image.placed() ? new PlacedImage(before[Math.min(image.block(), blocks.length)], image.image())
                    : image);
        }
        return placed;
    }
}
