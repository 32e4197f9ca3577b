package org.polypress.serve;

import org.apache.camel.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the published files: {@code /articles/<slug>.md|.json|.epub} and {@code /stories/<key>.epub}.
 * Each answer carries its media type, {@code Content-Disposition: attachment} named after the headline,
 * an {@code ETag} (a digest of the bytes, so a republication of the same bytes keeps it) and
 * {@code Last-Modified}; a matching {@code If-None-Match} (or, without one, {@code If-Modified-Since})
 * is answered 304 without a body.
 */
public final class Downloads {

    private static final String ARTICLES = "/articles/";
    private static final String STORIES = "/stories/";

    private final PublishedFiles files;
    private final ArticleIndex index;
    /** Digests of the files served, by path, with the size and time they were computed for. */
    private final Map<Path, Tagged> etags = new ConcurrentHashMap<>();

    private record Tagged(long size, long modified, String etag) {
    }

    public Downloads(PublishedFiles files, ArticleIndex index) {
        this.files = Objects.requireNonNull(files, "files");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** {@code GET|HEAD /articles/<slug>.<md|json|epub>}. */
    public HttpReply article(@Header("CamelHttpPath") String path, @Header("If-None-Match") String ifNoneMatch,
            @Header("If-Modified-Since") String ifModifiedSince) throws IOException {
        String name = after(path, ARTICLES);
        int dot = name.lastIndexOf('.');
        if (!isPlainName(name)) {
            return Replies.badName();
        }
        Optional<Format> format = dot < 0 ? Optional.empty() : Format.ofExtension(name.substring(dot + 1));
        String slug = dot < 0 ? name : name.substring(0, dot);
        Optional<Path> file = format.flatMap(f -> files.article(slug, f));
        if (file.isEmpty()) {
            return Replies.notFound(format.isEmpty() ? "No such format: use .md, .json or .epub" : "No such article");
        }
        String title = index.find(slug).map(ArticleEntry::title).orElse(slug);
        return serve(file.get(), format.get().mediaType(),
                ContentDisposition.attachment(title, slug, format.get().extension()), ifNoneMatch, ifModifiedSince);
    }

    /** {@code GET|HEAD /stories/<key>.epub}: every language version of one story in one EPUB. */
    public HttpReply story(@Header("CamelHttpPath") String path, @Header("If-None-Match") String ifNoneMatch,
            @Header("If-Modified-Since") String ifModifiedSince) throws IOException {
        String name = after(path, STORIES);
        if (!isPlainName(name)) {
            return Replies.badName();
        }
        if (!name.endsWith("." + Format.EPUB.extension())) {
            return Replies.notFound("No such format: a story is served as .epub");
        }
        String key = name.substring(0, name.length() - Format.EPUB.extension().length() - 1);
        Optional<Path> file = files.story(key);
        if (file.isEmpty()) {
            return Replies.notFound("No such story");
        }
        String fileName = PublishedFiles.STORY_PREFIX + key;
        return serve(file.get(), Format.EPUB.mediaType(), ContentDisposition.attachment(fileName, fileName, "epub"),
                ifNoneMatch, ifModifiedSince);
    }

    /** {@code GET /api/articles/<slug>}: the article's JSON, to read rather than to save. */
    public HttpReply articleJson(@Header("CamelHttpPath") String path, @Header("If-None-Match") String ifNoneMatch,
            @Header("If-Modified-Since") String ifModifiedSince) throws IOException {
        String slug = after(path, "/api/articles/");
        if (!isPlainName(slug)) {
            return Replies.badName();
        }
        Optional<Path> file = files.article(slug, Format.JSON);
        if (file.isEmpty()) {
            return Replies.notFound("No such article");
        }
        return serve(file.get(), Format.JSON.mediaType(), null, ifNoneMatch, ifModifiedSince);
    }

    private HttpReply serve(Path file, String mediaType, String disposition, String ifNoneMatch,
            String ifModifiedSince) throws IOException {
        byte[] bytes;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            // replaced between the look-up and the read: the next request finds the new one
            return Replies.notFound("No such article");
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        String etag = etag(file, bytes, attributes);
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC));
        if (notModified(etag, modified, ifNoneMatch, ifModifiedSince)) {
            return new HttpReply(304, Map.of("ETag", etag, "Last-Modified", lastModified), new byte[0]);
        }
        HttpReply reply = HttpReply.of(200, mediaType, bytes)
                .with("ETag", etag)
                .with("Last-Modified", lastModified)
                .with("Cache-Control", "no-cache")
                .with("X-Content-Type-Options", "nosniff");
        return disposition == null ? reply : reply.with("Content-Disposition", disposition);
    }

    private String etag(Path file, byte[] bytes, BasicFileAttributes attributes) {
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Tagged tagged = etags.get(file);
        if (tagged == null || tagged.size() != size || tagged.modified() != modified || size != bytes.length) {
            tagged = new Tagged(size, modified, "\"" + digest(bytes) + "\"");
            etags.put(file, tagged);
        }
        return tagged.etag();
    }

    static boolean notModified(String etag, Instant modified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && !ifModifiedSince.isBlank()) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String after(String path, String prefix) {
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** A last path segment made only of what slugs and extensions use: nothing that could leave the folder. */
    private static boolean isPlainName(String name) {
        return name.matches("[a-z0-9-]+(\\.[a-z0-9]+)?");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
