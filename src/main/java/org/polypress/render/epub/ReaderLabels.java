package org.polypress.render.epub;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the EPUB adds to an article: the heading of its table of contents and the accessible
 * name of its credits section. They are given in the article's language where we have it, so a
 * screen reader does not read an English word in an Arabic voice; otherwise in English, and then
 * {@link #matches} says so, so that a heading can carry its own {@code lang}.
 *
 * @param language the BCP 47 language of the labels
 * @param contents the heading of the table of contents
 * @param credits  the accessible name of the credits section
 */
record ReaderLabels(String language, String contents, String credits) {

    private static final ReaderLabels ENGLISH = new ReaderLabels("en", "Contents", "Credits");

    /** Keyed by primary language subtag: the languages Polypress has conventions for. */
    private static final Map<String, ReaderLabels> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "ar", new ReaderLabels("ar", "المحتويات", "المساهمون"),
            "de", new ReaderLabels("de", "Inhalt", "Mitwirkende"),
            "es", new ReaderLabels("es", "Índice", "Créditos"),
            "fr", new ReaderLabels("fr", "Sommaire", "Crédits"),
            "ja", new ReaderLabels("ja", "目次", "クレジット"),
            "ru", new ReaderLabels("ru", "Содержание", "Над материалом работали"),
            "zh", new ReaderLabels("zh", "目录", "署名"));

    /** The labels for an article language, falling back to English. */
    static ReaderLabels forLanguage(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return BY_LANGUAGE.getOrDefault(primary, ENGLISH);
    }

    /** Whether these labels are in the article's language, or an English fallback that needs its own lang. */
    boolean matches(String languageTag) {
        return language.equals(Locale.forLanguageTag(languageTag.strip()).getLanguage());
    }
}
