package org.polypress.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.PlainWords;
import org.polypress.Stage;
import org.polypress.ingest.Extraction;
import org.polypress.ingest.PlacedImage;
import org.polypress.ingest.SourceBlock;
import org.polypress.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The normalize stage: canonical text in every block, then the language, script and direction of the whole. */
public final class DocumentNormalizer {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final TextNormalizer textNormalizer = new TextNormalizer();
    private final LanguageIdentifier languageIdentifier;

    public DocumentNormalizer(LanguageIdentifier languageIdentifier) {
        this.languageIdentifier = Objects.requireNonNull(languageIdentifier, "languageIdentifier");
    }

    /** Starts loading the language model now, for a batch that needs it at once. */
    public void preload() {
        languageIdentifier.preload();
    }

    /** Whether the language model is loaded or being loaded. */
    public boolean preloadStarted() {
        return languageIdentifier.preloadStarted();
    }

    public NormalizedDocument normalize(Extraction source) throws PipelineException {
        Extraction extraction = repairMisdecoded(source);
        List<SourceBlock> blocks = new ArrayList<>();
        // before[i]: how many normalized blocks the source blocks before block i became
        int[] before = new int[extraction.blocks().size() + 1];
        for (int i = 0; i < extraction.blocks().size(); i++) {
            blocks.addAll(normalized(extraction.blocks().get(i)));
            before[i + 1] = blocks.size();
        }
        String text = String.join("\n\n", blocks.stream().filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                .map(SourceBlock::joined).toList());
        if (text.isEmpty()) {
            throw new PipelineException(Stage.NORMALIZE, "The file holds no text",
                    "only whitespace or invisible characters (" + extraction.source().mediaType() + ")");
        }
        List<PlacedImage> images = new ArrayList<>();
        for (PlacedImage image : extraction.images()) {
            images.add(image.placed()
                    ? new PlacedImage(before[Math.min(image.block(), extraction.blocks().size())], image.image())
                    : image);
        }
        return new NormalizedDocument(extraction, blocks, languageIdentifier.identify(text,
                extraction.statedLanguage()), images);
    }

    /**
     * The extraction with UTF-8 read as Windows-1252 made right again ({@link MisdecodedText}), the repair recorded
     * and logged as a warning; the extraction itself when its text shows no such reading.
     */
    private static Extraction repairMisdecoded(Extraction extraction) {
        int sequences = 0;
        for (SourceBlock block : extraction.blocks()) {
            for (String line : block.lines()) {
                sequences += MisdecodedText.sequences(line);
            }
        }
        if (sequences < MisdecodedText.MIN_SEQUENCES) {
            return extraction;
        }
        List<SourceBlock> repaired = new ArrayList<>(extraction.blocks().size());
        for (SourceBlock block : extraction.blocks()) {
            repaired.add(block.withLines(block.lines().stream().map(MisdecodedText::repair).toList()));
        }
        String warning = sequences + " characters had been mis-decoded before the file was saved (UTF-8 read as"
                + " Windows-1252: \"Ã¶\" for \"ö\"); they were read back";
        Source source = extraction.source();
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.add(warning);
        LOG.warn("{}: {}", PlainWords.name(source.fileName()), warning);
        return new Extraction(repaired, new Source(source.fileName(), source.mediaType(), source.charset(),
                source.charsetConfidence(), source.sha256(), source.bytes(), warnings), extraction.statedLanguage(),
                extraction.storyKey(), extraction.stated(), extraction.images());
    }

    /**
     * A block made canonical: its lines normalized, lines that held only invisible characters gone; a block that
     * held nothing else is gone, one that a blank line now divides is two (a list's items stay one list). A picture
     * stays, with or without its text alternative.
     */
    private List<SourceBlock> normalized(SourceBlock block) {
        String normalized = textNormalizer.normalize(block.joined());
        List<SourceBlock> out = new ArrayList<>();
        if (block.hint() == SourceBlock.Hint.PICTURE) {
            out.add(block.withLines(normalized.isEmpty() ? List.of() : List.of(normalized.replace('\n', ' '))));
            return out;
        }
        if (normalized.isEmpty()) {
            return out;
        }
        boolean list = block.hint() == SourceBlock.Hint.LIST || block.hint() == SourceBlock.Hint.ORDERED_LIST;
        for (String part : list ? new String[] {normalized.replace("\n\n", "\n")} : normalized.split("\n\n")) {
            out.add(block.withLines(List.of(part.split("\n"))));
        }
        return out;
    }
}
