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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the published files: {@code /articles/<slug>.md|.json|.epub} and {@code /stories/<key>.epub}.
 * Each answer carries its media type, {@code Content-Disposition: attachment} named after the headline,
 * an {@code ETag} (a digest of the bytes, so a republication of the same bytes keeps it) and
 * {@code Last-Modified}; a matching {@code If-None-Match} (or, without one, {@code If-Modified-Since})
 * is answered 304 without a body. A GET with one byte range ({@code Range: bytes=a-b}, {@code a-}, {@code -n})
 * gets that part (206, {@code Content-Range}), or 416 when the file has none of its bytes, unless its
 * {@code If-Range} names another version of the file; see {@link ByteRange} for what is answered whole.
 */
public final class Downloads {

    private static final String ARTICLES = "/articles/";
    private static final String STORIES = "/stories/";

    private final PublishedFiles files;
    private final ArticleIndex index;
    /** Digests of the files served, by path, with the size and time they were computed for. */
    /** HTTP's date (RFC 9110 IMF-fixdate): the day of the month always two digits, unlike RFC 1123's formatter. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Map<Path, Tagged> etags = new ConcurrentHashMap<>();

    private record Tagged(long size, long modified, String etag) {
    }

    public Downloads(PublishedFiles files, ArticleIndex index) {
        this.files = Objects.requireNonNull(files, "files");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** {@code GET|HEAD /articles/<slug>.<md|json|epub|ninjs.json|jsonld>} (a slug has no dot). */
    public HttpReply article(@Header("CamelHttpPath") String path, @Header("CamelHttpMethod") String method,
            @Header("If-None-Match") String ifNoneMatch, @Header("If-Modified-Since") String ifModifiedSince,
            @Header("Range") String range, @Header("If-Range") String ifRange) throws IOException {
        String name = after(path, ARTICLES);
        int dot = name.indexOf('.');
        if (!isPlainName(name)) {
            return Replies.badName();
        }
        Optional<Format> format = dot < 0 ? Optional.empty() : Format.ofExtension(name.substring(dot + 1));
        String slug = dot < 0 ? name : name.substring(0, dot);
        Optional<Path> file = format.flatMap(f -> files.article(slug, f));
        if (file.isEmpty()) {
            return Replies.notFound(format.isEmpty() ? "No such format: use .md, .json, .epub, .ninjs.json or .jsonld"
                    : "No such article");
        }
        String title = index.find(slug).map(ArticleEntry::title).orElse(slug);
        return serve(file.get(), format.get().mediaType(),
                ContentDisposition.attachment(title, slug, format.get().extension()),
                new Validators(method, ifNoneMatch, ifModifiedSince, range, ifRange));
    }

    /** {@code GET|HEAD /stories/<key>.epub}: every language version of one story in one EPUB. */
    public HttpReply story(@Header("CamelHttpPath") String path, @Header("CamelHttpMethod") String method,
            @Header("If-None-Match") String ifNoneMatch, @Header("If-Modified-Since") String ifModifiedSince,
            @Header("Range") String range, @Header("If-Range") String ifRange) throws IOException {
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
                new Validators(method, ifNoneMatch, ifModifiedSince, range, ifRange));
    }

    /** {@code GET /api/articles/<slug>}: the article's JSON, to read rather than to save. */
    public HttpReply articleJson(@Header("CamelHttpPath") String path, @Header("CamelHttpMethod") String method,
            @Header("If-None-Match") String ifNoneMatch, @Header("If-Modified-Since") String ifModifiedSince,
            @Header("Range") String range, @Header("If-Range") String ifRange) throws IOException {
        String slug = after(path, "/api/articles/");
        if (!isPlainName(slug)) {
            return Replies.badName();
        }
        Optional<Path> file = files.article(slug, Format.JSON);
        if (file.isEmpty()) {
            return Replies.notFound("No such article");
        }
        return serve(file.get(), Format.JSON.mediaType(), null,
                new Validators(method, ifNoneMatch, ifModifiedSince, range, ifRange));
    }

    /**
     * What a download request says about the version it wants: its method and its conditional and range headers,
     * each null when not sent.
     */
    private record Validators(String method, String ifNoneMatch, String ifModifiedSince, String range, String ifRange) {
    }

    private HttpReply serve(Path file, String mediaType, String disposition, Validators request) throws IOException {
        BasicFileAttributes attributes;
        Tagged tagged;
        byte[] bytes = null;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            tagged = etags.get(file);
            if (tagged == null || tagged.size() != attributes.size()
                    || tagged.modified() != attributes.lastModifiedTime().toMillis()) {
                bytes = Files.readAllBytes(file);
                tagged = tag(file, bytes, attributes);
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            String lastModified = httpDate(modified);
            // a conditional request the file has not changed since is answered without reading the file
            if (notModified(tagged.etag(), modified, request.ifNoneMatch(), request.ifModifiedSince())) {
                return new HttpReply(304, Map.of("ETag", tagged.etag(), "Last-Modified", lastModified), new byte[0]);
            }
            if (bytes == null) {
                bytes = Files.readAllBytes(file);
                if (bytes.length != tagged.size()) {
                    // replaced between the look at its attributes and the read: tag what is served
                    tagged = tag(file, bytes, attributes);
                }
            }
            // only GET serves a part (RFC 9110, 14.2): a HEAD gets the headers of the whole, as a GET without Range does
            ByteRange range = "GET".equals(request.method()) && ifRangeHolds(request.ifRange(), tagged.etag(), modified)
                    ? ByteRange.of(request.range(), bytes.length) : new ByteRange.Whole();
            if (range instanceof ByteRange.Unsatisfiable none) {
                return Replies.error(416, "The range asked for is not in the file, which has " + bytes.length + " bytes")
                        .with("Content-Range", none.contentRange())
                        .with("Accept-Ranges", "bytes");
            }
            HttpReply reply = range instanceof ByteRange.Part part
                    ? HttpReply.of(206, mediaType, java.util.Arrays.copyOfRange(bytes, (int) part.first(), (int) part.last() + 1))
                            .with("Content-Range", part.contentRange())
                    : HttpReply.of(200, mediaType, bytes);
            reply = reply.with("Accept-Ranges", "bytes")
                    .with("ETag", tagged.etag())
                    .with("Last-Modified", lastModified)
                    .with("Cache-Control", "no-cache")
                    .with("X-Content-Type-Options", "nosniff");
            return disposition == null ? reply : reply.with("Content-Disposition", disposition);
        } catch (java.nio.file.NoSuchFileException e) {
            // replaced between the look-up and the read: the next request finds the new one
            return Replies.notFound("No such article");
        }
    }

    /** {@code instant} as HTTP writes a date. */
    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    private Tagged tag(Path file, byte[] bytes, BasicFileAttributes attributes) {
        Tagged tagged = new Tagged(bytes.length, attributes.lastModifiedTime().toMillis(), "\"" + digest(bytes) + "\"");
        etags.put(file, tagged);
        return tagged;
    }

    /** Whether {@code If-None-Match} names {@code etag}: a list, weak tags ({@code W/}) and {@code *} included. */
    static boolean matches(String etag, String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
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

    static boolean notModified(String etag, Instant modified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            return matches(etag, ifNoneMatch);
        }
        if (ifModifiedSince != null && !ifModifiedSince.isBlank()) {
            try {
                // RFC 1123 parsing also reads the one-digit days and other zones older clients send
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a range may be served as a part: no {@code If-Range}, or one naming the file as it is now (RFC 9110,
     * 13.1.5): its entity tag, compared strongly (a weak tag never matches), or its {@code Last-Modified} date exactly.
     * Otherwise the client's part belongs to another version: it gets the whole file.
     */
    static boolean ifRangeHolds(String ifRange, String etag, Instant modified) {
        if (ifRange == null || ifRange.isBlank()) {
            return true;
        }
        String validator = ifRange.strip();
        if (validator.startsWith("\"") || validator.startsWith("W/")) {
            return validator.equals(etag);
        }
        try {
            Instant date = ZonedDateTime.parse(validator, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return date.equals(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String after(String path, String prefix) {
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** A last path segment made only of what slugs and extensions use: nothing that could leave the folder. */
    private static boolean isPlainName(String name) {
        return name.matches("[a-z0-9-]+(\\.[a-z0-9]+){0,2}");
    }

    private static String digest(byte[] bytes) {
        return org.polypress.Sha256.hex(bytes).substring(0, 32);
    }
}
