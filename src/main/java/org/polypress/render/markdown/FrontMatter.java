package org.polypress.render.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polypress.model.Article;
import org.polypress.model.Credit;
import org.polypress.model.Published;

/**
 * Writes the YAML front matter block that Hugo, Jekyll and Pandoc read: the article's metadata in a
 * fixed field order, between two {@code ---} lines.
 *
 * <p>Pandoc reads every YAML string as Markdown, Hugo and Jekyll as plain text: the title, names and
 * notes are written with {@link MarkdownEscaper#escapeValue(String)}, so none becomes markup in Pandoc.
 * For Hugo, a Chinese, Japanese or Korean article says {@code isCJKLanguage}, the date always states its
 * offset or is a date alone, and {@code translationKey} links the language versions of one story.
 *
 * <p>Jackson's YAML generator writes it, so quoting and escaping are done by construction. It is set up
 * for people and for YAML 1.1 readers (Jekyll's Psych, SnakeYAML) alike: plain scalars where that is
 * safe, quotes wherever a reader could take a string for a boolean, null, number or date, and never a
 * folded line, because a title must stay one line for tools that grep front matter.
 */
final class FrontMatter {

    private static final String FENCE = "---\n";

    private final ObjectWriter yaml;

    FrontMatter() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new TypedLookingStringsQuoted())
                .build();
        this.yaml = new YAMLMapper(factory).writer();
    }

    /** The front matter block, both {@code ---} lines included, ending with a line feed. */
    String write(Article article) {
        try {
            return FENCE + yaml.writeValueAsString(fields(article)) + FENCE;
        } catch (JsonProcessingException e) {
            // a map of strings and lists always serializes; this would be a bug in the mapper set-up
            throw new UncheckedIOException("front matter of article " + article.id() + " not written", e);
        }
    }

    /** The fields in the order readers see them; absent values are left out rather than written null. */
    private static Map<String, Object> fields(Article article) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", escapeValue(article.title()));
        fields.put("lang", article.language());
        if (isCJKLanguage(article.language())) {
            // Hugo counts words and cuts summaries by character for these languages only when told
            fields.put("isCJKLanguage", true);
        }
        fields.put("dir", article.direction().code());
        putUnlessEmpty(fields, "author", article.authors().stream().map(FrontMatter::escapeValue).toList());
        putUnlessNull(fields, "publisher", escapeValue(article.publication()));
        putUnlessNull(fields, "date", date(article.published()));
        fields.put("id", article.id());
        fields.put("slug", article.slug());
        // Hugo links the language versions of one page by this key
        putUnlessNull(fields, "translationKey", article.translationKey());
        putUnlessEmpty(fields, "translations", article.translations().stream().map(FrontMatter::translation).toList());
        putUnlessEmpty(fields, "credits", article.credits().stream().map(FrontMatter::credit).toList());
        return fields;
    }

    private static Map<String, String> credit(Credit credit) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", escapeValue(credit.name()));
        fields.put("role", credit.role().code());
        putUnlessNull(fields, "note", escapeValue(credit.note()));
        return fields;
    }

    private static Map<String, Object> translation(org.polypress.model.Translation translation) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("lang", translation.language());
        fields.put("slug", translation.slug());
        return fields;
    }

    /** Chinese, Japanese and Korean, whatever script or region subtag follows. */
    private static boolean isCJKLanguage(String language) {
        String primary = language.split("-", 2)[0];
        return primary.equals("zh") || primary.equals("ja") || primary.equals("ko");
    }

    /**
     * The date as Hugo should read it: a date-time with its offset as it is; a date-time the source gave
     * no zone for as its local date alone, since Hugo would take the time for one in the site's zone
     * (UTC unless set) and place the article hours away from when it was published; a date as it is;
     * null where the source names no full date.
     */
    private static String date(Published published) {
        if (published == null || published.iso() == null) {
            return null;
        }
        String iso = published.iso();
        int time = iso.indexOf('T');
        return time < 0 || hasOffset(iso, time) ? iso : iso.substring(0, time);
    }

    private static boolean hasOffset(String iso, int time) {
        return iso.endsWith("Z") || iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0;
    }

    /** The value escaped for Pandoc's Markdown; null stays null. */
    private static String escapeValue(String value) {
        return value == null ? null : MarkdownEscaper.escapeValue(value);
    }

    private static <V> void putUnlessNull(Map<String, ? super V> fields, String name, V value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static void putUnlessEmpty(Map<String, Object> fields, String name, List<?> values) {
        if (!values.isEmpty()) {
            fields.put(name, values);
        }
    }

    /**
     * Jackson's default check quotes YAML 1.1 booleans and nulls ({@code yes}, {@code off},
     * {@code null}, {@code ~}) and strings with {@code ": "} or {@code " #"}. This one also quotes every
     * string that starts like a number: a digit, sign or dot covers integers, floats, {@code .inf},
     * octal and hex, sexagesimal {@code 1:20}, dates and timestamps, which YAML 1.1 readers would
     * otherwise turn into numbers and dates; and YAML 1.1's value key {@code =} and merge key
     * {@code <<}; and every string holding a YAML 1.1 line break (U+0085, U+2028, U+2029), on which
     * Pandoc's YAML reader breaks a plain scalar. SnakeYAML's emitter itself quotes whatever cannot be
     * plain (leading indicators such as {@code -}, {@code "}, {@code [} or {@code &}, edge spaces,
     * non-printable characters).
     */
    private static final class TypedLookingStringsQuoted extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || looksLikeYAMLNumber(value)
                    || value.equals("=") || value.equals("<<") || holdsYAML11LineBreak(value);
        }

        /** U+0085, U+2028 and U+2029 break a plain scalar's line for YAML 1.1 readers and for Pandoc's. */
        private static boolean holdsYAML11LineBreak(String value) {
            return value.indexOf('\u0085') >= 0 || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0;
        }
    }
}
