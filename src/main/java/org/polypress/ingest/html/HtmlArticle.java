package org.polypress.ingest.html;

import java.util.List;
import java.util.Objects;
import org.polypress.ingest.StatedMetadata;

/**
 * The article an HTML page holds, as a reader would copy it.
 *
 * @param text           blocks separated by one blank line, the shape of the corpus {@code .txt} files
 * @param charset        the encoding the page was read in
 * @param charsetConfidence 0 to 100: how sure the choice of {@code charset} is ({@link HtmlDecoder})
 * @param warnings       doubts about the encoding and bytes that could not be decoded
 * @param statedLanguage the language {@code <html lang>} states (BCP 47), or null
 * @param statedTitle    the title the page's metadata states ({@code og:title}, {@code <title>}), or null
 * @param stated         the date and authors the page's metadata states ({@link PageMetadataReader})
 * @param pictures       the article's pictures, placed among the blocks of {@code text}
 */
public record HtmlArticle(String text, String charset, int charsetConfidence, List<String> warnings,
        String statedLanguage, String statedTitle, StatedMetadata stated, List<HtmlBlocks.Picture> pictures) {

    public HtmlArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
        pictures = List.copyOf(pictures);
    }
}
