package org.polypress.ingest.html;

import java.util.List;
import java.util.Objects;
import org.polypress.ingest.SourceBlock;
import org.polypress.ingest.StatedMetadata;

/**
 * The article an HTML page holds, as a reader would copy it.
 *
 * @param blocks         the article's blocks in reading order, the headline first, each with what its markup says
 * @param charset        the encoding the page was read in
 * @param charsetConfidence 0 to 100: how sure the choice of {@code charset} is ({@link HtmlDecoder})
 * @param warnings       doubts about the encoding and bytes that could not be decoded
 * @param statedLanguage the language {@code <html lang>} states (BCP 47), or null
 * @param stated         what the page's metadata states ({@link PageMetadataReader}): title, summary, dates,
 *                       authors
 * @param pictures       the article's pictures, each with the index of its picture block
 */
public record HtmlArticle(List<SourceBlock> blocks, String charset, int charsetConfidence, List<String> warnings,
        String statedLanguage, StatedMetadata stated, List<HtmlBlocks.Picture> pictures) {

    public HtmlArticle {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
        pictures = List.copyOf(pictures);
    }
}
