package org.polypress.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads language tags as sources state them ({@code fr}, {@code en_US}, {@code zh-Hant}) into BCP 47. */
public final class LanguageTags {

    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*");

    private LanguageTags() {
    }

    /**
     * The story a file name says its file is one language version of: {@code kazakhstan} for
     * {@code kazakhstan.en.txt} and {@code kazakhstan.zh-Hant.txt}; null when the name states no language.
     */
    public static String storyKey(String fileName) {
        String[] parts = fileName.split("\\.");
        if (parts.length < 3 || fromFileName(parts[parts.length - 2]) == null) {
            return null;
        }
        // Kazakhstan.en.txt and kazakhstan.zh.txt are one story
        String key = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 2)).strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /**
     * The language a file name's last-but-one part states ({@code story.fr.txt}, {@code story.zh-Hant.txt}),
     * or null. Language subtags are written in lower case; upper case is a country ({@code brexit.UK.txt},
     * {@code results.AR.txt}), not a language.
     */
    public static String fromFileName(String part) {
        return part.length() >= 2 && Character.isLowerCase(part.charAt(0)) && Character.isLowerCase(part.charAt(1))
                ? canonical(part) : null;
    }

    /**
     * The BCP 47 form of {@code value} when it is a tag whose primary language is an ISO 639-1 code,
     * else null. Three-letter primaries are refused: in a file name they are more often words
     * ({@code new}, {@code old}) than languages.
     */
    public static String canonical(String value) {
        if (value == null || !TAG.matcher(value).matches()) {
            return null;
        }
        String primary = value.substring(0, 2).toLowerCase(Locale.ROOT);
        if (!TWO_LETTER.contains(primary)) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
        String tag = locale.toLanguageTag();
        return "und".equals(tag) ? null : tag;
    }
}
