package org.polypress.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.polypress.ingest.StatedMetadata;

/**
 * Reads what a web page states for machines about its article: the JSON-LD object of type {@code NewsArticle} (or
 * {@code Article}, {@code ReportageNewsArticle}, …) first, as it states the article and not the site — its
 * {@code headline}, {@code description}, {@code datePublished}, {@code dateModified} and {@code author}; then the Open
 * Graph {@code article:published_time} and {@code article:modified_time}, the first {@code <time datetime>},
 * {@code og:description} and {@code <meta name="author">}; and the publication, from {@code og:site_name}, else the
 * JSON-LD {@code publisher}.
 * Must run before the furniture is removed: {@code <script>} and {@code <meta>}
 * go with it.
 */
final class PageMetadataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "Report");
    /** "2024-04-30 16:17:29 +02:00": a date and time apart by a space, an offset apart by another. */
    private static final java.util.regex.Pattern LOOSE_SPACES = java.util.regex.Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})");
    private static final java.util.regex.Pattern LOOSE_OFFSET = java.util.regex.Pattern.compile(
            "(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*([+-]\\d{2}):?(\\d{2})$");
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final java.util.regex.Pattern ABSOLUTE_WEB_ADDRESS =
            java.util.regex.Pattern.compile("https?://[^\\s\"<>]+");
    /** A keyword is a word or a name; a page listing hundreds states its site's vocabulary, not the article's. */
    private static final int MAX_KEYWORD_CHARS = 80;
    private static final int MAX_KEYWORDS = 30;
    /** Built once: an ObjectMapper is heavy and thread-safe for reading. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What {@code page} states.
     *
     * @param statedTitle the title its {@code og:title} or {@code <title>} states, the site's name cut off, or null
     */
    StatedMetadata read(Document page, String statedTitle) {
        JsonNode article = jsonLdArticle(page);
        String published = iso(text(article, "datePublished"));
        if (published == null) {
            published = iso(attr(page, "meta[property=article:published_time], meta[name=article:published_time]",
                    "content"));
        }
        if (published == null) {
            published = iso(attr(page, "time[datetime]", "datetime"));
        }
        String modified = iso(text(article, "dateModified"));
        if (modified == null) {
            modified = iso(attr(page, "meta[property=article:modified_time], meta[name=article:modified_time]",
                    "content"));
        }
        List<String> authors = authors(article == null ? null : article.get("author"));
        if (authors.isEmpty()) {
            String meta = attr(page, "meta[name=author]", "content");
            // an e-mail address in the author's field is how to write to the author, not a name
            authors = meta == null || EMAIL.matcher(meta.strip()).matches() ? List.of() : List.of(meta);
        }
        String publication = attr(page, "meta[property=og:site_name], meta[name=og:site_name]", "content");
        if (publication == null && article != null && article.get("publisher") != null) {
            publication = text(article.get("publisher"), "name");
        }
        String title = statedTitle != null ? statedTitle : text(article, "headline");
        String description = text(article, "description");
        if (description == null) {
            description = attr(page, "meta[property=og:description], meta[name=og:description], meta[name=description]",
                    "content");
        }
        return new StatedMetadata(title, description, published, modified, authors, publication, canonical(page,
                article), section(page, article), keywords(page, article));
    }

    /** {@code <link rel="canonical">}, else {@code og:url}, else the JSON-LD {@code url}: when it is absolute. */
    private static String canonical(Document page, JsonNode article) {
        for (String candidate : new String[] {attr(page, "link[rel=canonical]", "href"),
                attr(page, "meta[property=og:url], meta[name=og:url]", "content"), text(article, "url")}) {
            if (candidate != null && ABSOLUTE_WEB_ADDRESS.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    /** The JSON-LD {@code articleSection} (its first, when it lists several), else {@code article:section}. */
    private static String section(Document page, JsonNode article) {
        JsonNode stated = article == null ? null : article.get("articleSection");
        if (stated != null && stated.isArray() && !stated.isEmpty() && stated.get(0).isTextual()) {
            return stated.get(0).asText();
        }
        String text = text(article, "articleSection");
        return text != null ? text : attr(page, "meta[property=article:section], meta[name=article:section]", "content");
    }

    /**
     * The JSON-LD {@code keywords} (an array, or one string of comma-separated words), else the page's
     * {@code article:tag}s, else {@code <meta name="news_keywords">} or {@code <meta name="keywords">}.
     */
    private static List<String> keywords(Document page, JsonNode article) {
        JsonNode stated = article == null ? null : article.get("keywords");
        List<String> words = new ArrayList<>();
        if (stated != null && stated.isArray()) {
            stated.forEach(k -> {
                if (k.isTextual()) {
                    words.add(k.asText());
                }
            });
        } else if (text(article, "keywords") != null) {
            words.addAll(List.of(text(article, "keywords").split(",")));
        }
        if (words.isEmpty()) {
            page.select("meta[property=article:tag]").forEach(tag -> words.add(tag.attr("content")));
        }
        if (words.isEmpty()) {
            String meta = attr(page, "meta[name=news_keywords]", "content");
            meta = meta != null ? meta : attr(page, "meta[name=keywords]", "content");
            if (meta != null) {
                words.addAll(List.of(meta.split(",")));
            }
        }
        return words.stream().map(String::strip).filter(w -> !w.isEmpty() && w.length() <= MAX_KEYWORD_CHARS)
                .limit(MAX_KEYWORDS).toList();
    }

    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // a page's broken JSON-LD states nothing; the page itself is still read
            }
        }
        return null;
    }

    /** The article object in a JSON-LD value: itself, an element of an array or of {@code @graph}. */
    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        JsonNode type = node.get("@type");
        boolean isArticle = type != null && (type.isArray() ? streamHasArticle(type)
                : ARTICLE_TYPES.contains(type.asText()));
        return isArticle ? node : findArticle(node.get("@graph"));
    }

    private static boolean streamHasArticle(JsonNode types) {
        for (JsonNode t : types) {
            if (ARTICLE_TYPES.contains(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** {@code author} as a name, a Person, or an array of either; organisations are publishers, not authors. */
    private static List<String> authors(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : "Organization".equals(text(one, "@type")) ? null
                    : text(one, "name");
            if (name != null && !name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isValueNode()) {
            return null;
        }
        // JSON-LD is written by templates that escape for HTML: "Tom &amp; Jerry"
        String text = value.asText();
        return text.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(text, false) : text;
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        String value = element == null ? null : element.attr(attribute).strip();
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The stated date in ISO 8601, as precise as stated to the second; null when it is not one. Templates write it
     * loosely too: a space for the {@code T} ("2024-04-30 16:17:29 +02:00"), an offset without its colon
     * ("+0200").
     */
    static String iso(String stated) {
        if (stated == null) {
            return null;
        }
        String value = LOOSE_SPACES.matcher(stated.strip()).replaceFirst("$1T$2");
        value = LOOSE_OFFSET.matcher(value).replaceFirst("$1$2:$3");
        try {
            return OffsetDateTime.parse(value).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
