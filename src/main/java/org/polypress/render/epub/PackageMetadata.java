package org.polypress.render.epub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.polypress.model.Article;
import org.polypress.model.Direction;
import org.polypress.render.PublicationIdentifier;

/**
 * What the package document states, decided apart from how it is written, so that the article's EPUB
 * and the story's EPUB share one writer and differ only in these two factories.
 *
 * @param identifier      the {@code dc:identifier}, also the package's unique identifier
 * @param language        the package's {@code xml:lang} and {@code dir}: the language its metadata
 *                        text is in unless an element says otherwise
 * @param title           the one {@code dc:title}
 * @param alternateTitles the title in the publication's other languages, written as
 *                        {@code alternate-script} refinements of the {@code dc:title}
 * @param languages       the {@code dc:language}s, the primary language first
 * @param creators        the {@code dc:creator}s
 * @param contributors    the {@code dc:contributor}s
 * @param publishers      the {@code dc:publisher}s
 * @param date            the {@code dc:date} in W3CDTF, or null
 * @param modified        the {@code dcterms:modified} value
 * @param accessibility   the schema.org accessibility metadata
 * @param contents        the content documents, in reading order: manifest items and spine
 * @param pageProgression the spine's {@code page-progression-direction}
 * @param images          the image files packed, once each, in order of first appearance; the first is the
 *                        cover image
 */
record PackageMetadata(
        String identifier,
        TextLanguage language,
        LocalizedText title,
        List<LocalizedText> alternateTitles,
        List<String> languages,
        List<Credited> creators,
        List<Credited> contributors,
        List<LocalizedText> publishers,
        String date,
        String modified,
        AccessibilityMetadata accessibility,
        List<ContentItem> contents,
        Direction pageProgression,
        List<org.polypress.model.Image> images) {

    PackageMetadata {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        alternateTitles = List.copyOf(alternateTitles);
        languages = List.copyOf(languages);
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        publishers = List.copyOf(publishers);
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(accessibility, "accessibility");
        contents = List.copyOf(contents);
        Objects.requireNonNull(pageProgression, "pageProgression");
        images = List.copyOf(images);
    }

    /**
     * A metadata text and its language.
     *
     * @param text     the text
     * @param language its language and direction, or null where it is the package's: then the
     *                 element carries no {@code xml:lang} of its own
     */
    record LocalizedText(String text, TextLanguage language) {
        LocalizedText {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A credited name and the language it is written in.
     *
     * @param name     the name and its MARC relator code
     * @param language as in {@link LocalizedText#language}
     */
    record Credited(CreditedName name, TextLanguage language) {
        Credited {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A content document: its manifest id and its path relative to the package document. */
    record ContentItem(String id, String href) {
        ContentItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(href, "href");
        }
    }

    /** The single-article EPUB: everything from the one article, in its language. */
    static PackageMetadata ofArticle(Article article, HeadingAnchors headings) {
        PublicationDates dates = PublicationDates.of(article.published());
        TextLanguage language = TextLanguage.of(article);
        return new PackageMetadata(
                PublicationIdentifier.of(article.id()),
                language,
                new LocalizedText(article.title(), null),
                List.of(),
                List.of(language.tag()),
                inPackageLanguage(CreditedName.creators(article)),
                inPackageLanguage(CreditedName.contributors(article)),
                publication(article).map(name -> List.of(new LocalizedText(name, null))).orElse(List.of()),
                dates.date(),
                dates.modified(),
                AccessibilityMetadata.of(article, headings),
                List.of(new ContentItem(PublicationLayout.ARTICLE_ID, PublicationLayout.ARTICLE_HREF)),
                article.direction(),
                PackedImages.of(article));
    }

    /**
     * A story's EPUB: one publication in several languages, the first version's being the primary one.
     *
     * <ul>
     *   <li>the title is the first version's, marked with its language; the others' titles refine it
     *       as {@code alternate-script}, EPUB's term for the same value in another language and script;</li>
     *   <li>creators, contributors and publishers are each version's, in language order, once per name
     *       and role (a wire service credited in three versions is one contributor); a name first
     *       credited in a version in another language than the primary one is marked with that language;</li>
     *   <li>{@code dc:date} is the earliest publication among the versions (when the story first
     *       appeared) and {@code dcterms:modified} the latest (when its content last changed), both from
     *       the versions' own dates, never the clock; the epoch where no version has a usable date;</li>
     *   <li>pages progress right to left only when every version is written right to left: a reading
     *       system applies one direction to the whole spine, and most of the book reads left to right
     *       otherwise.</li>
     * </ul>
     */
    static PackageMetadata ofStory(String storyKey, List<StoryChapter> chapters) {
        StoryChapter first = chapters.get(0);
        TextLanguage primary = first.language();
        List<LocalizedText> alternateTitles = chapters.subList(1, chapters.size()).stream()
                .map(chapter -> new LocalizedText(chapter.article().title(), chapter.language()))
                .toList();
        StoryDates dates = StoryDates.of(chapters);
        return new PackageMetadata(
                PublicationIdentifier.ofStory(storyKey),
                primary,
                new LocalizedText(first.article().title(), primary),
                alternateTitles,
                chapters.stream().map(chapter -> chapter.language().tag()).toList(),
                credited(chapters, primary, CreditedName::creators),
                credited(chapters, primary, CreditedName::contributors),
                publishers(chapters, primary),
                dates.date(),
                dates.modified(),
                AccessibilityMetadata.ofStory(chapters),
                chapters.stream().map(chapter -> new ContentItem(chapter.itemId(), chapter.href())).toList(),
                chapters.stream().allMatch(chapter -> chapter.language().direction() == Direction.RTL)
                        ? Direction.RTL
                        : Direction.LTR,
                PackedImages.ofArticles(chapters.stream().map(StoryChapter::article).toList()));
    }

    private static List<Credited> inPackageLanguage(List<CreditedName> names) {
        return names.stream().map(name -> new Credited(name, null)).toList();
    }

    private static List<Credited> credited(List<StoryChapter> chapters, TextLanguage primary,
            Function<Article, List<CreditedName>> names) {
        Map<CreditedName, TextLanguage> firstCredited = new LinkedHashMap<>();
        for (StoryChapter chapter : chapters) {
            for (CreditedName name : names.apply(chapter.article())) {
                firstCredited.putIfAbsent(name, chapter.language());
            }
        }
        List<Credited> credited = new ArrayList<>();
        firstCredited.forEach((name, language) -> credited.add(new Credited(name, unlessPrimary(language, primary))));
        return List.copyOf(credited);
    }

    private static List<LocalizedText> publishers(List<StoryChapter> chapters, TextLanguage primary) {
        Set<String> seen = new LinkedHashSet<>();
        List<LocalizedText> publishers = new ArrayList<>();
        for (StoryChapter chapter : chapters) {
            publication(chapter.article())
                    .filter(seen::add)
                    .ifPresent(name -> publishers.add(new LocalizedText(name, unlessPrimary(chapter.language(), primary))));
        }
        return List.copyOf(publishers);
    }

    /** The publication named in the byline, stripped, when it has text. */
    private static Optional<String> publication(Article article) {
        String publication = article.publication();
        if (publication == null || XmlCharacters.clean(publication).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(publication.strip());
    }

    /** Null, meaning "the package's own", when the language is the package's: no redundant {@code xml:lang}. */
    private static TextLanguage unlessPrimary(TextLanguage language, TextLanguage primary) {
        return language.equals(primary) ? null : language;
    }

    /** A story's {@code dc:date} (earliest version) and {@code dcterms:modified} (latest version). */
    private record StoryDates(String date, String modified) {

        static StoryDates of(List<StoryChapter> chapters) {
            PublicationDates earliest = null;
            PublicationDates latest = null;
            for (StoryChapter chapter : chapters) {
                PublicationDates dates = PublicationDates.of(chapter.article().published());
                if (dates.instant().isEmpty()) {
                    continue;
                }
                Instant instant = dates.instant().get();
                if (earliest == null || instant.isBefore(earliest.instant().get())) {
                    earliest = dates;
                }
                if (latest == null || instant.isAfter(latest.instant().get())) {
                    latest = dates;
                }
            }
            return earliest == null
                    ? new StoryDates(null, PublicationDates.NO_DATE)
                    : new StoryDates(earliest.date(), latest.modified());
        }
    }
}
