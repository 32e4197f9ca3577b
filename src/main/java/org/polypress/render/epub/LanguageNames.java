package org.polypress.render.epub;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * The names of a story's languages, from ICU's CLDR data: each in its own language for the table of
 * contents ({@code 中文}, {@code العربية}, {@code English}, {@code Français}), and in English for
 * the accessibility summary, which is in English.
 *
 * <p>A language is named alone ({@code 中文}, not {@code 中文（简体）}), because a reader looks for
 * their language, not for its script; only when two versions share a language is each named in full
 * ({@code 简体中文} and {@code 繁體中文}, {@code British English} and {@code American English}), so that
 * no two entries read alike.
 *
 * <p>Capitalized as CLDR says a name standing in a list or menu is, language by language
 * ({@link DisplayContext#CAPITALIZATION_FOR_UI_LIST_OR_MENU}): French and Russian names then begin
 * with a capital, which {@code getDisplayName} leaves lower case, while a language whose convention
 * keeps names lower case in lists keeps it. Capitalizing every word (as
 * {@code UCharacter.toTitleCase} does) would be wrong for names of more than one word.
 */
final class LanguageNames {

    private LanguageNames() {
    }

    /** The name of the language of {@code tag} in that language, for a story whose languages are {@code tags}. */
    static String inItsOwnLanguage(String tag, List<String> tags) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return name(tag, tags, LocaleDisplayNames.getInstance(locale,
                DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU, DisplayContext.DIALECT_NAMES));
    }

    /** The English name of the language of {@code tag}, as it stands inside an English sentence. */
    static String inEnglish(String tag, List<String> tags) {
        return name(tag, tags, LocaleDisplayNames.getInstance(ULocale.ENGLISH,
                DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE, DisplayContext.DIALECT_NAMES));
    }

    /**
     * The language's name, or the full name where another tag shares its language; the tag itself
     * where CLDR has no name at all, so an entry is never left without a label.
     */
    private static String name(String tag, List<String> tags, LocaleDisplayNames names) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String language = locale.getLanguage();
        long sameLanguage = tags.stream().filter(other -> ULocale.forLanguageTag(other).getLanguage().equals(language)).count();
        String name = sameLanguage > 1 || language.isEmpty()
                ? names.localeDisplayName(locale)
                : names.languageDisplayName(language);
        return name == null || name.isBlank() ? tag : name;
    }
}
