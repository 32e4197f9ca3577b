package org.polypress.ingest;

import java.util.List;

/**
 * What a document's metadata states about its article for machines, beside its visible text: a web page's JSON-LD
 * {@code NewsArticle} ({@code headline}, {@code description}, {@code datePublished}, {@code dateModified},
 * {@code author}), its Open Graph and {@code <meta>} tags, a document's title property. The recognizer weighs it
 * against what the text shows: it confirms a headline, a standfirst or a byline the text prints, makes a date the
 * text prints to the day precise to the minute, and fills what the text leaves empty; it does not overrule the text
 * (a page's metadata is sometimes its template's: a site-wide author, the date of the last edit).
 *
 * @param title       the headline as stated (JSON-LD {@code headline}, {@code og:title}, a document's title), or null
 * @param description the summary as stated ({@code description}, {@code og:description}), or null
 * @param published   the publication date in ISO 8601 as stated (a date, a local or an offset date-time), or null
 * @param modified    the date of the last change in ISO 8601 as stated, or null
 * @param authors     the authors' names, in order; empty when none is stated
 * @param publication the site or publication that published it ({@code og:site_name}, the JSON-LD
 *                    {@code publisher}), or null
 * @param canonicalUrl the article's own address ({@code <link rel="canonical">}, {@code og:url}, the JSON-LD
 *                    {@code url}), absolute, or null
 * @param section     the section it ran in ({@code article:section}, the JSON-LD {@code articleSection}), or null
 * @param keywords    its keywords or tags (the JSON-LD {@code keywords}, {@code article:tag},
 *                    {@code <meta name="keywords">}), in order, each once
 */
public record StatedMetadata(String title, String description, String published, String modified,
        List<String> authors, String publication, String canonicalUrl, String section, List<String> keywords) {

    /** Nothing stated. */
    public static final StatedMetadata NONE = new StatedMetadata(null, null, null, null, List.of(), null);

    public StatedMetadata {
        title = blankToNull(title);
        description = blankToNull(description);
        authors = authors.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        publication = blankToNull(publication);
        canonicalUrl = blankToNull(canonicalUrl);
        section = blankToNull(section);
        keywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** What a page states for its article, but its address, section and keywords. */
    public StatedMetadata(String title, String description, String published, String modified, List<String> authors,
            String publication) {
        this(title, description, published, modified, authors, publication, null, null, List.of());
    }

    /** A date, authors and a publication, nothing else. */
    public StatedMetadata(String published, List<String> authors, String publication) {
        this(null, null, published, null, authors, publication);
    }

    /** Only a title (a document's title property). */
    public static StatedMetadata titled(String title) {
        return new StatedMetadata(title, null, null, null, List.of(), null);
    }

    /** The same, with {@code other} as its title. */
    public StatedMetadata withTitle(String other) {
        return new StatedMetadata(other, description, published, modified, authors, publication, canonicalUrl, section,
                keywords);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
