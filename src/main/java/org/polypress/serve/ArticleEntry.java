package org.polypress.serve;

import java.util.List;

/**
 * What the list page and {@code /api/articles} show of one published article, read from its
 * {@code article.json}.
 *
 * @param id             the article id
 * @param slug           its folder in the output folder
 * @param title          the headline
 * @param language       BCP 47 tag
 * @param direction      {@code ltr} or {@code rtl}
 * @param publishedText  the date as the article writes it, or null
 * @param publishedIso   the date in ISO 8601, or null
 * @param authors        the byline's authors
 * @param translationKey the story it is one language version of, or null
 * @param sourceFileName the name of the file it was published from
 */
public record ArticleEntry(String id, String slug, String title, String language, String direction,
        String publishedText, String publishedIso, List<String> authors, String translationKey,
        String sourceFileName) {

    public ArticleEntry {
        authors = List.copyOf(authors);
    }
}
