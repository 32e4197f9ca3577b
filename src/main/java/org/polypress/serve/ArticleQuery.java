package org.polypress.serve;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a reader asked of the article list ({@code GET /} and {@code GET /api/articles}): words to find in the
 * titles and authors, one language, and which slice of the matches, by {@code offset} or by a {@code cursor}
 * (the place after the last article of the previous slice, so a slice does not shift when articles are
 * published meanwhile). Made by {@link #parse}, which refuses a bad value with one sentence.
 *
 * @param words    the words every match holds in its title or authors (case and width folded), or empty
 * @param language the language tag to list alone (any case), or null for all
 * @param limit    most articles in the slice
 * @param offset   matches skipped before the slice (0 with a cursor)
 * @param after    the cursor's place, or null
 */
public record ArticleQuery(List<String> words, String language, int limit, int offset, Place after) {

    /** The most articles one slice may hold. */
    public static final int MAX_LIMIT = 1000;
    private static final int MAX_WORDS_CHARS = 200;
    private static final String CURSOR_VERSION = "1";

    /** Where an article stands in the list's order: its date (null without one), then its slug. */
    public record Place(Instant published, String slug) {
    }

    /** Newest first, undated last, then by slug: the order of {@link ArticleIndex#list()}. */
    static final Comparator<Place> ORDER = Comparator
            .comparing(Place::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Place::slug);

    /** A slice of the matches, with how many there are and the cursor of the next slice (null at the end). */
    public record Slice(List<ArticleEntry> articles, int matching, int offset, String nextCursor) {
    }

    public ArticleQuery {
        words = List.copyOf(words);
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 or more and offset 0 or more: " + limit + ", " + offset);
        }
    }

    /**
     * The query of a request's parameters, each as sent (null when absent).
     *
     * @param defaultLimit the slice when no {@code limit} is given (any size; a given one is at most {@link #MAX_LIMIT})
     * @throws BadQuery with one sentence for the reader when a value is not one this list takes
     */
    public static ArticleQuery parse(String q, String lang, String limit, String offset, String cursor,
            int defaultLimit) {
        if (q != null && q.length() > MAX_WORDS_CHARS) {
            throw new BadQuery("The search is longer than " + MAX_WORDS_CHARS + " characters");
        }
        String language = lang == null || lang.isBlank() ? null : lang.strip();
        int size = limit == null ? defaultLimit : number("limit", limit, 1, MAX_LIMIT);
        if (offset != null && cursor != null) {
            throw new BadQuery("Give either offset or cursor, not both");
        }
        int skip = offset == null ? 0 : number("offset", offset, 0, Integer.MAX_VALUE);
        return new ArticleQuery(words(q), language, size, skip, cursor == null ? null : place(cursor));
    }

    /** A refused value of the query: its message is the one sentence the reply gives. */
    public static final class BadQuery extends IllegalArgumentException {
        BadQuery(String sentence) {
            super(sentence);
        }
    }

    /** The slice of {@code newestFirst} (as {@link ArticleIndex#list()} orders it) this query asks for. */
    public Slice slice(List<ArticleEntry> newestFirst) {
        List<ArticleEntry> matches = newestFirst.stream().filter(this::matches).toList();
        int start = offset;
        if (after != null) {
            start = 0;
            while (start < matches.size() && ORDER.compare(place(matches.get(start)), after) <= 0) {
                start++;
            }
        }
        int from = Math.min(start, matches.size());
        int to = (int) Math.min((long) from + limit, matches.size());
        List<ArticleEntry> shown = matches.subList(from, to);
        String next = to < matches.size() && !shown.isEmpty() ? cursor(place(shown.get(shown.size() - 1))) : null;
        return new Slice(List.copyOf(shown), matches.size(), from, next);
    }

    /** Whether {@code article} is in its language (when one is asked) and holds every word. */
    public boolean matches(ArticleEntry article) {
        if (language != null && !article.language().equalsIgnoreCase(language)) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String haystack = folded(article.title() + "\n" + String.join("\n", article.authors()));
        return words.stream().allMatch(haystack::contains);
    }

    static Place place(ArticleEntry article) {
        return new Place(PublicationInstant.of(article.publishedIso()), article.slug());
    }

    /** The opaque cursor naming {@code place}: base64url of a version, the date's instant and the slug. */
    static String cursor(Place place) {
        String text = CURSOR_VERSION + "|" + (place.published() == null ? "-" : place.published().toString()) + "|"
                + place.slug();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Place place(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            if (parts.length == 3 && parts[0].equals(CURSOR_VERSION) && PublishedFiles.isSlug(parts[2])) {
                return new Place(parts[1].equals("-") ? null : Instant.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // answered below
        }
        throw new BadQuery("The cursor is not one this server gave: use the one of the previous answer's Link header");
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadQuery(max == Integer.MAX_VALUE ? name + " must be a whole number from " + min + " up"
                : name + " must be a whole number from " + min + " to " + max);
    }

    private static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        if (q != null) {
            for (String word : folded(q).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Case and width folded (NFKC, lower case), so {@code ＡＢＣ} finds {@code abc}. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
