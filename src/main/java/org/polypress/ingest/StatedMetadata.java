package org.polypress.ingest;

import java.util.List;

/**
 * What a document's metadata states about its article where its visible text may not: when it was published and
 * who wrote it (a web page's {@code article:published_time}, JSON-LD {@code datePublished}, {@code <meta
 * name="author">}). The recognizer uses it only as a fallback: what the text shows always wins, because the
 * metadata of a page is often the template's (a site-wide author, the date of the last edit).
 *
 * @param published the publication date in ISO 8601 as stated (a date, a local or an offset date-time), or null
 * @param authors     the authors' names, in order; empty when none is stated
 * @param publication the site or publication that published it ({@code og:site_name}, the JSON-LD
 *                    {@code publisher}), or null: it tells the zone of a date the page prints without one
 */
public record StatedMetadata(String published, List<String> authors, String publication) {

    /** Nothing stated. */
    public static final StatedMetadata NONE = new StatedMetadata(null, List.of(), null);

    public StatedMetadata {
        authors = List.copyOf(authors);
        publication = publication == null || publication.isBlank() ? null : publication.strip();
    }
}
