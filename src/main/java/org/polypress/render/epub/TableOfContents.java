package org.polypress.render.epub;

import java.util.List;
import java.util.Objects;
import org.polypress.model.Article;

/**
 * What the navigation document lists, decided apart from how it is written, so that the article's
 * EPUB and the story's EPUB share one writer and differ only here.
 *
 * @param documentTitle the navigation document's {@code <title>}
 * @param language      the navigation document's language and direction; its heading is in this language
 * @param entries       the content documents, in reading order
 */
record TableOfContents(String documentTitle, TextLanguage language, List<Entry> entries) {

    TableOfContents {
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(language, "language");
        entries = List.copyOf(entries);
    }

    /**
     * One entry: a link to a content document, with a link to each of its subheadings nested under it.
     *
     * @param href     the content document, relative to the navigation document
     * @param label    what the link says
     * @param language the entry's own language and direction, or null where it is the document's
     * @param headings the document's anchored subheadings, in order
     */
    record Entry(String href, Label label, TextLanguage language, List<HeadingAnchors.HeadingAnchor> headings) {
        Entry {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(label, "label");
            headings = List.copyOf(headings);
        }
    }

    /**
     * The text of an entry's link: the title, preceded in a story by the name of the version's language
     * in that language ({@code 中文：…}, {@code English: …}), so a reader finds their language even
     * where they cannot read the others' titles.
     *
     * @param languageName the language's own name, or null in an article's EPUB, which has one language
     * @param separator    what stands between the name and the title, in the version's punctuation
     * @param title        the content document's title
     */
    record Label(String languageName, String separator, String title) {
        Label {
            Objects.requireNonNull(title, "title");
        }

        /** Only the title: the article's EPUB, where every entry is in the document's language. */
        static Label titleOnly(String title) {
            return new Label(null, null, title);
        }
    }

    /** The article, and under it its subheadings, in the article's language. */
    static TableOfContents ofArticle(Article article, HeadingAnchors headings) {
        Entry entry = new Entry(PublicationLayout.ARTICLE_HREF, Label.titleOnly(article.title()), null, headings.all());
        return new TableOfContents(article.title(), TextLanguage.of(article), List.of(entry));
    }

    /**
     * Each version of a story, named by its language and marked with that language and direction,
     * under it its subheadings. The document itself is in the first version's language: the
     * publication's primary language (the first {@code dc:language}), so the heading a screen reader
     * announces first has a real language and voice rather than {@code und}; every entry then says
     * its own language, so no title is read in the wrong voice or laid out in the wrong direction.
     */
    static TableOfContents ofStory(List<StoryChapter> chapters) {
        StoryChapter first = chapters.get(0);
        List<Entry> entries = chapters.stream()
                .map(chapter -> new Entry(chapter.href(),
                        new Label(chapter.ownLanguageName(), chapter.labelSeparator(), chapter.article().title()),
                        chapter.language(),
                        chapter.headings().all()))
                .toList();
        return new TableOfContents(first.article().title(), first.language(), entries);
    }
}
