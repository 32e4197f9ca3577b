package org.polypress.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published articles: every {@code output/<slug>/article.json}, newest first. Each request lists the
 * folder and looks at each file's size and time; only a file that changed since it was last read is
 * parsed again, so listing a thousand articles does not parse a thousand files.
 */
public final class ArticleIndex {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final Comparator<Cached> NEWEST_FIRST = Comparator
            .comparing(Cached::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.entry().slug());

    private final PublishedFiles files;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** What was read of one folder's article.json, and the size and time it had then. */
    /**
     * An article as read, with the file's size and time it was read at, and the moment it is sorted by (an ISO
     * date-time with an offset as it is, one without as UTC, a bare date as its midnight UTC; null without a date),
     * worked out once per reading rather than at each comparison.
     */
    private record Cached(long size, long modified, ArticleEntry entry, Instant published) {
    }

    /** A listing: the articles and a tag that changes whenever any of their files does. */
    public record Listing(List<ArticleEntry> articles, String etag) {
    }

    public ArticleIndex(PublishedFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /** The published files it lists. */
    public PublishedFiles files() {
        return files;
    }

    /** Every published article, newest first. */
    public Listing list() {
        Path output = files.output();
        List<Cached> entries = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        StringBuilder state = new StringBuilder();
        if (Files.isDirectory(output)) {
            try (Stream<Path> folders = Files.list(output)) {
                for (Path folder : folders.sorted().toList()) {
                    String slug = folder.getFileName().toString();
                    // hidden folders are publications in progress; other names are not ours to serve
                    if (!PublishedFiles.isSlug(slug)) {
                        continue;
                    }
                    // through PublishedFiles: a folder linked in from outside output/ is not ours to read
                    Cached cached = files.article(slug, Format.JSON).map(json -> read(slug, json)).orElse(null);
                    if (cached != null) {
                        seen.add(slug);
                        entries.add(cached);
                        state.append(slug).append(' ').append(cached.size()).append(' ').append(cached.modified()).append('\n');
                    }
                }
            } catch (IOException e) {
                LOG.warn("could not list {}: {}", output, e.toString());
            }
        }
        cache.keySet().retainAll(seen);
        entries.sort(NEWEST_FIRST);
        return new Listing(entries.stream().map(Cached::entry).toList(), etag(state));
    }

    /** The article published as {@code slug}, if there is one. */
    public java.util.Optional<ArticleEntry> find(String slug) {
        if (!PublishedFiles.isSlug(slug)) {
            return java.util.Optional.empty();
        }
        return files.article(slug, Format.JSON).map(json -> read(slug, json)).map(Cached::entry);
    }

    private Cached read(String slug, Path articleJson) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(articleJson, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("could not read {}: {}", articleJson, e.toString());
            return null;
        }
        if (!attributes.isRegularFile()) {
            return null;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Cached cached = cache.get(slug);
        if (cached != null && cached.size() == size && cached.modified() == modified) {
            return cached;
        }
        try {
            ArticleEntry entry = entry(slug, json.readTree(articleJson.toFile()));
            Cached fresh = new Cached(size, modified, entry, PublicationInstant.of(entry.publishedIso()));
            cache.put(slug, fresh);
            return fresh;
        } catch (IOException | RuntimeException e) {
            // replaced while we read it, or not an article: leave it out of this listing
            LOG.warn("could not read {}: {}", articleJson, e.toString());
            return null;
        }
    }

    private static ArticleEntry entry(String slug, JsonNode node) {
        List<String> authors = new ArrayList<>();
        node.path("byline").path("authors").forEach(a -> authors.add(a.asText()));
        JsonNode published = node.path("published");
        return new ArticleEntry(text(node, "id"), slug, Objects.requireNonNullElse(text(node, "title"), slug),
                Objects.requireNonNullElse(text(node, "language"), "und"),
                "rtl".equals(text(node, "direction")) ? "rtl" : "ltr",
                text(published, "text"), text(published, "iso"), authors, text(node, "translationKey"),
                text(node.path("source"), "fileName"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String etag(CharSequence state) {
        return "\"list-" + org.polypress.Sha256.hex(state.toString()).substring(0, 24) + "\"";
    }
}
