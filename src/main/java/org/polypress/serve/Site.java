package org.polypress.serve;

import org.apache.camel.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The article list, as a page ({@code GET /}) and as JSON ({@code GET /api/articles}). */
public final class Site {

    /** The page runs no script and loads nothing from elsewhere: a headline that slips through could not either. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; "
            + "form-action 'self'";

    /** The read page runs its one script, from this server, and shows pictures from it; nothing else. */
    private static final String READ_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; "
            + "img-src 'self'; form-action 'self'";
    /** The one script of the pages: dates in the reader's zone. */
    static final String SCRIPT = "/assets/local-time.js";
    private static final String READ = "/read/";
    /** The addresses the list page's forms post to: they take POST only. */
    static final java.util.Set<String> FORMS = java.util.Set.of(ListPage.UPLOAD, ListPage.RETRY);

    private final ArticleIndex index;
    private final ListPage page = new ListPage();
    private final ReadPage readPage = new ReadPage();
    private final org.polypress.render.json.ArticleJsonReader articles = new org.polypress.render.json.ArticleJsonReader();
    private final byte[] script;

    /** Articles on one page of the list page. */
    private final int pageSize;

    /** The files the pipeline could not publish, listed on the page; null for a page without them. */
    private final FailedFiles failed;

    public Site(ArticleIndex index) {
        this(index, ListPage.PAGE_SIZE, null);
    }

    /**
     * @param pageSize articles on one page of the list page, 1 or more
     * @param failed   the files set aside in the drop folder's {@code .failed/}, listed on the page; null for none
     */
    public Site(ArticleIndex index, int pageSize, FailedFiles failed) {
        this.index = Objects.requireNonNull(index, "index");
        this.failed = failed;
        if (pageSize < 1) {
            throw new IllegalArgumentException("polypress.http.page-size must be 1 or more: " + pageSize);
        }
        this.pageSize = pageSize;
        try (java.io.InputStream in = Site.class.getResourceAsStream("local-time.js")) {
            this.script = Objects.requireNonNull(in, "local-time.js is missing from the jar").readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /read/<slug>}: the article as a page to read, from its {@code article.json}, with its
     * {@code article.jsonld}; {@code GET /read/<slug>/images/<name>}: a picture of it. 404 for anything else.
     */
    public HttpReply read(@Header("CamelHttpPath") String path) throws java.io.IOException {
        String rest = path != null && path.startsWith(READ) ? path.substring(READ.length()) : "";
        String[] parts = rest.split("/", -1);
        PublishedFiles files = index.files();
        if (parts.length == 3 && parts[1].equals("images")) {
            java.util.Optional<java.nio.file.Path> image = files.image(parts[0], parts[2]);
            if (image.isEmpty()) {
                return Replies.notFoundPage();
            }
            return HttpReply.of(200, imageType(parts[2]), java.nio.file.Files.readAllBytes(image.get()))
                    // named by a digest of its bytes: the same name is always the same picture
                    .with("Cache-Control", "public, max-age=31536000, immutable")
                    .with("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                    .with("X-Content-Type-Options", "nosniff");
        }
        java.util.Optional<java.nio.file.Path> json = parts.length == 1 ? files.article(parts[0], Format.JSON)
                : java.util.Optional.empty();
        if (json.isEmpty()) {
            return Replies.notFoundPage();
        }
        org.polypress.model.Article article;
        try {
            article = articles.describe(json.get());
        } catch (java.nio.file.NoSuchFileException replaced) {
            return Replies.notFoundPage();
        }
        String jsonLd = null;
        java.util.Optional<java.nio.file.Path> linked = files.article(parts[0], Format.JSONLD);
        if (linked.isPresent()) {
            jsonLd = ScriptData.of(java.nio.file.Files.readAllBytes(linked.get()));
        }
        return HttpReply.text(200, "text/html; charset=UTF-8", readPage.render(article.withSlug(parts[0]), jsonLd))
                .with("Cache-Control", "no-cache")
                .with("Content-Security-Policy", READ_POLICY)
                .with("X-Content-Type-Options", "nosniff");
    }

    /** {@code GET /assets/local-time.js}: the pages' one script. */
    public HttpReply script() {
        return HttpReply.of(200, "text/javascript; charset=UTF-8", script)
                .with("Cache-Control", "no-cache")
                .with("X-Content-Type-Options", "nosniff");
    }

    private static String imageType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "svg" -> "image/svg+xml";
            case "bmp" -> "image/bmp";
            case "tif", "tiff" -> "image/tiff";
            default -> "application/octet-stream";
        };
    }

    /**
     * {@code GET /?lang=…&q=…}: the HTML list, newest first, of one language and the articles holding every word
     * of {@code q} in their title or authors; 304 when nothing changed since {@code ifNoneMatch}.
     */
    public HttpReply listPage(@Header("lang") String language, @Header("q") String search,
            @Header("page") String pageNumber, @Header("If-None-Match") String ifNoneMatch) {
        ArticleQuery query;
        try {
            query = ArticleQuery.parse(search, language, null, null, null, ArticleQuery.MAX_LIMIT);
        } catch (ArticleQuery.BadQuery bad) {
            return Replies.error(400, bad.getMessage());
        }
        int number = pageNumber(pageNumber);
        if (number < 1) {
            return Replies.error(400, "page must be a whole number from 1");
        }
        ArticleIndex.Listing listing = index.list();
        List<FailedFiles.Failure> failures = failed == null ? List.of() : failed.list();
        // a file failing, or given back, changes the page as a publication does
        String etag = listing.etag().replace("\"list-", "\"page-" + tagOf(language) + "-" + tagOf(search) + "-"
                + number + "-" + failuresTag(failures) + "-");
        if (Downloads.matches(etag, ifNoneMatch)) {
            return new HttpReply(304, Map.of("ETag", etag), new byte[0]);
        }
        return HttpReply.text(200, "text/html; charset=UTF-8",
                        page.render(listing.articles(), query, search, number, pageSize, failures))
                .with("ETag", etag)
                .with("Cache-Control", "no-cache")
                .with("Content-Security-Policy", PAGE_POLICY)
                .with("X-Content-Type-Options", "nosniff");
    }

    /**
     * {@code GET /api/articles?q=&lang=&limit=&offset=|cursor=}: id, slug, title, language, published and links of
     * each article, newest first; every match without {@code limit}. A slice that is not the last says where the
     * next one is ({@code Link: <…>; rel="next"}, with a cursor); {@code X-Total-Count} is the number of matches.
     * A bad value is answered 400 with one sentence.
     */
    public HttpReply listJson(@Header("q") String q, @Header("lang") String language, @Header("limit") String limit,
            @Header("offset") String offset, @Header("cursor") String cursor,
            @Header("If-None-Match") String ifNoneMatch) {
        ArticleQuery query;
        try {
            query = ArticleQuery.parse(q, language, limit, offset, cursor, Integer.MAX_VALUE);
        } catch (ArticleQuery.BadQuery bad) {
            return Replies.error(400, bad.getMessage());
        }
        ArticleIndex.Listing listing = index.list();
        String etag = listing.etag().replace("\"list-", "\"list-" + queryTag(q, language, limit, offset, cursor) + "-");
        if (Downloads.matches(etag, ifNoneMatch)) {
            return new HttpReply(304, Map.of("ETag", etag), new byte[0]);
        }
        ArticleQuery.Slice slice = query.slice(listing.articles());
        List<Map<String, Object>> articles = new ArrayList<>();
        for (ArticleEntry article : slice.articles()) {
            articles.add(json(article));
        }
        HttpReply reply = Replies.json(200, articles).with("ETag", etag).with("Cache-Control", "no-cache")
                .with("X-Total-Count", Integer.toString(slice.matching()));
        if (slice.nextCursor() != null) {
            reply = reply.with("Link", "<" + nextPage(q, language, query.limit(), slice.nextCursor()) + ">; rel=\"next\"");
        }
        return reply;
    }

    private static String nextPage(String q, String language, int limit, String cursor) {
        StringBuilder link = new StringBuilder("/api/articles?limit=").append(limit).append("&cursor=").append(cursor);
        if (q != null && !q.isBlank()) {
            link.append("&q=").append(percent(q.strip()));
        }
        if (language != null && !language.isBlank()) {
            link.append("&lang=").append(percent(language.strip()));
        }
        return link.toString();
    }

    static String percent(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * {@code GET} or {@code HEAD} of an address the page's forms post to ({@code /upload}, {@code /failed/retry}):
     * {@code 405}, saying that it takes {@code POST}, as a short page (the address is not the API's). The read-only
     * route takes every {@code GET}, so this is answered here rather than by the server's router.
     */
    public HttpReply postOnly() {
        return NoticePage.of(405, "Not a page", "This address takes the list page's forms: POST only")
                .with("Allow", "POST");
    }

    /** A digest of the failed files shown: their names and the times they failed. */
    private static String failuresTag(List<FailedFiles.Failure> failures) {
        if (failures.isEmpty()) {
            return "none";
        }
        return queryTag(failures.stream().map(f -> f.name() + "\t" + f.time()).toArray(String[]::new));
    }

    /** Any other address: a short page for a browser, JSON under {@code /api/}. */
    public HttpReply notFound(@Header("CamelHttpPath") String path) {
        return path != null && path.startsWith("/api/") ? Replies.notFound("No such resource") : Replies.notFoundPage();
    }

    private static Map<String, Object> json(ArticleEntry article) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", article.id());
        node.put("slug", article.slug());
        node.put("title", article.title());
        node.put("language", article.language());
        node.put("direction", article.direction());
        Map<String, Object> published = null;
        if (article.publishedText() != null || article.publishedIso() != null) {
            published = new LinkedHashMap<>();
            published.put("text", article.publishedText());
            published.put("iso", article.publishedIso());
        }
        node.put("published", published);
        node.put("authors", article.authors());
        node.put("translationKey", article.translationKey());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/articles/" + article.slug());
        for (Format format : Format.values()) {
            links.put(format.name().toLowerCase(java.util.Locale.ROOT), "/articles/" + article.slug() + "." + format.extension());
        }
        if (article.translationKey() != null) {
            links.put("story", PublishedFiles.storyLink(article.translationKey()));
        }
        node.put("links", links);
        return node;
    }

    /** A digest of a request's parameters: another query is another answer, with another tag. */
    static String queryTag(String... parameters) {
        return org.polypress.Sha256.hex(String.join("\n", java.util.Arrays.stream(parameters)
                .map(String::valueOf).toList())).substring(0, 12);
    }

    /** The page number asked for, 1 when none is; 0 for one that is not a whole number from 1. */
    private static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String tagOf(String language) {
        if (language == null || language.isBlank()) {
            return "all";
        }
        return java.util.HexFormat.of().formatHex(language.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
    }
}
