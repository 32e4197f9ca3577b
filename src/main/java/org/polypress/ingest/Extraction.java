package org.polypress.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.polypress.ingest.text.PlainTextBlocks;
import org.polypress.model.Source;

/**
 * What was read from a dropped file: the article's blocks, each with what its format says it is, and what the
 * source states beside them.
 *
 * @param blocks         the blocks in reading order ({@link SourceBlock}); a plain text's blocks carry no hint
 * @param source         the file it came from
 * @param statedLanguage a language the source states (file name such as {@code story.fr.txt}, document metadata,
 *                       a page's {@code lang}), or null
 * @param storyKey       the story the file name says this file is one language version of ({@code kazakhstan} for
 *                       {@code kazakhstan.en.txt}), or null when the name states no language
 * @param stated         what the document's metadata states: title, summary, dates, authors, publication
 * @param images         the source's pictures, each placed among the blocks, in document order; empty for plain text
 */
public record Extraction(List<SourceBlock> blocks, Source source, String statedLanguage, String storyKey,
        StatedMetadata stated, List<PlacedImage> images) {
    public Extraction {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(source, "source");
        stated = stated == null ? StatedMetadata.NONE : stated;
        images = List.copyOf(images);
    }

    /**
     * A plain text's extraction: its blank-line separated blocks, without hints or pictures.
     *
     * @param statedTitle a title the document's metadata states, or null
     */
    public Extraction(String text, Source source, String statedLanguage, String statedTitle) {
        this(PlainTextBlocks.split(text), source, statedLanguage, LanguageTags.storyKey(source.fileName()),
                StatedMetadata.titled(statedTitle), List.of());
    }

    /** The title the document's metadata states, or null. */
    public String statedTitle() {
        return stated.title();
    }

    /** The blocks' text as a plain-text file holds it: lines of a block on lines, blocks apart by a blank line. */
    public String text() {
        return blocks.stream().filter(b -> b.hint() != SourceBlock.Hint.PICTURE).map(SourceBlock::joined)
                .collect(Collectors.joining("\n\n"));
    }
}
