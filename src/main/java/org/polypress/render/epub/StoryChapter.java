package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.polypress.model.Article;

/**
 * One language version of a story as its EPUB holds it: a content document of its own, where it
 * stands in the reading order, and the names of its language.
 *
 * @param article             the version
 * @param canonicalTag        its language tag in BCP 47 canonical case ({@code zh-Hans}), which
 *                            orders the versions and names the file
 * @param language            its language (the tag as the article gives it) and writing direction
 * @param ownLanguageName     the name of its language in that language, for the table of contents
 * @param englishLanguageName the English name of its language, for the accessibility summary
 * @param headings            the ids of its subheadings, shared by its content document and the navigation
 */
record StoryChapter(
        Article article,
        String canonicalTag,
        TextLanguage language,
        String ownLanguageName,
        String englishLanguageName,
        HeadingAnchors headings) {

    StoryChapter {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(canonicalTag, "canonicalTag");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(ownLanguageName, "ownLanguageName");
        Objects.requireNonNull(englishLanguageName, "englishLanguageName");
        Objects.requireNonNull(headings, "headings");
    }

    /**
     * The versions in the order of their language tags, compared without regard to case (BCP 47
     * tags are case-insensitive), so that the same versions given in any order give the same book.
     *
     * @throws IllegalArgumentException when there is no version, a version has no title or no
     *                                  well-formed language tag, or two versions share a language:
     *                                  their order would then depend on the input, and a reader could
     *                                  not tell their entries apart
     */
    static List<StoryChapter> inLanguageOrder(List<Article> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one version");
        }
        Map<String, Article> byTagIgnoringCase = new TreeMap<>();
        for (Article version : versions) {
            Objects.requireNonNull(version, "version");
            XmlCharacters.requireText(version.title(), "title of " + version.id());
            XmlCharacters.requireText(version.language(), "language of " + version.id());
            String tag = canonicalTag(version);
            Article same = byTagIgnoringCase.putIfAbsent(tag.toLowerCase(Locale.ROOT), version);
            if (same != null) {
                throw new IllegalArgumentException("two versions of the story are in " + tag + ": "
                        + same.id() + " and " + version.id());
            }
        }
        List<String> tags = byTagIgnoringCase.values().stream().map(StoryChapter::canonicalTag).toList();
        List<StoryChapter> chapters = new ArrayList<>();
        for (Article article : byTagIgnoringCase.values()) {
            String tag = canonicalTag(article);
            chapters.add(new StoryChapter(article, tag, TextLanguage.of(article),
                    LanguageNames.inItsOwnLanguage(tag, tags), LanguageNames.inEnglish(tag, tags),
                    HeadingAnchors.of(article.body())));
        }
        return List.copyOf(chapters);
    }

    /** The content document, relative to the package document. */
    String href() {
        return PublicationLayout.versionHref(canonicalTag);
    }

    /** The content document's manifest id. */
    String itemId() {
        return PublicationLayout.versionId(canonicalTag);
    }

    /** What separates the language's name from the title in the table of contents: {@code ：} or {@code ": "}. */
    String labelSeparator() {
        return FullWidthPunctuation.usedIn(article.script()) ? "：" : ": ";
    }

    private static String canonicalTag(Article version) {
        String tag = version.language().strip();
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("language of " + version.id() + " is not a well-formed BCP 47 tag: "
                    + tag, e);
        }
    }
}
