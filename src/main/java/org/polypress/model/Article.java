package org.polypress.model;

import java.util.List;
import java.util.Objects;

/**
 * One recognized article, the single value every renderer reads.
 *
 * @param id          stable identifier derived from the source bytes (hex)
 * @param slug        ASCII folder name under the output folder, stable for the same input
 * @param language    BCP 47 tag
 * @param script      ISO 15924 code
 * @param direction   writing direction of the text
 * @param title       the headline
 * @param subtitle    a standfirst or subtitle, or null
 * @param byline      the byline as written and parsed, or null when the article has none
 * @param dateline    the agency dateline opening the first paragraph, or null
 * @param published   the publication date as written and as ISO 8601, or null
 * @param body        the blocks of the article in source order
 * @param credits     everyone credited, in source order
 * @param notes       credit lines as written (contributor, editor, translator, source notes) and an author's
 *                    biography closing the article
 * @param source      what the article was made from
 * @param wordCount   words in title and body
 * @param translationKey the story this article is one language version of (files that share a base
 *                    name and differ by language, {@code kazakhstan.en.txt}, {@code kazakhstan.zh.txt}),
 *                    or null
 * @param translations the story's other language versions published so far
 * @param metadata    what the source states beside the text: last change, web address, section, keywords
 */
public record Article(
        String id,
        String slug,
        String language,
        String script,
        Direction direction,
        String title,
        String subtitle,
        Byline byline,
        Dateline dateline,
        Published published,
        List<Block> body,
        List<Credit> credits,
        List<String> notes,
        Source source,
        int wordCount,
        String translationKey,
        List<Translation> translations,
        Metadata metadata) {

    /** An article that is not one version of a multilingual story. */
    public Article(String id, String slug, String language, String script, Direction direction, String title,
            String subtitle, Byline byline, Dateline dateline, Published published, List<Block> body,
            List<Credit> credits, List<String> notes, Source source, int wordCount) {
        this(id, slug, language, script, direction, title, subtitle, byline, dateline, published, body, credits,
                notes, source, wordCount, null, List.of(), Metadata.NONE);
    }

    /** An article whose source states nothing beside its text. */
    public Article(String id, String slug, String language, String script, Direction direction, String title,
            String subtitle, Byline byline, Dateline dateline, Published published, List<Block> body,
            List<Credit> credits, List<String> notes, Source source, int wordCount, String translationKey,
            List<Translation> translations) {
        this(id, slug, language, script, direction, title, subtitle, byline, dateline, published, body, credits,
                notes, source, wordCount, translationKey, translations, Metadata.NONE);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        body = List.copyOf(body);
        credits = List.copyOf(credits);
        notes = List.copyOf(notes);
        translations = List.copyOf(translations);
        Objects.requireNonNull(metadata, "metadata");
        if (translationKey == null && !translations.isEmpty()) {
            throw new IllegalArgumentException("translations need a translationKey");
        }
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount must not be negative: " + wordCount);
        }
    }

    /** The same article, listing {@code others} as its translations. */
    public Article withTranslations(List<Translation> others) {
        return new Article(id, slug, language, script, direction, title, subtitle, byline, dateline, published, body,
                credits, notes, source, wordCount, translationKey, others, metadata);
    }

    /**
     * The image files of the body's figures whose bytes are known, once each (the same picture shown twice is one
     * file), in the order they first appear.
     */
    public List<Image> images() {
        java.util.Map<String, Image> files = new java.util.LinkedHashMap<>();
        for (Block block : body) {
            if (block instanceof Block.Figure figure && figure.image() != null && figure.image().hasBytes()) {
                files.putIfAbsent(figure.image().path(), figure.image());
            }
        }
        return List.copyOf(files.values());
    }

    /** The body's figures, in order. */
    public List<Block.Figure> figures() {
        return body.stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
    }

    /** The same article, published in the folder {@code otherSlug}. */
    public Article withSlug(String otherSlug) {
        return new Article(id, otherSlug, language, script, direction, title, subtitle, byline, dateline, published,
                body, credits, notes, source, wordCount, translationKey, translations, metadata);
    }

    /** The names credited as authors, from the byline; empty when there is none. */
    public List<String> authors() {
        return byline == null ? List.of() : byline.authors();
    }

    /** The publication named in the byline, or null. */
    public String publication() {
        return byline == null ? null : byline.publication();
    }
}
