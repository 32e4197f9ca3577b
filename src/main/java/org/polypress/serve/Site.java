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
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

    private final ArticleIndex index;
    private final ListPage page = new ListPage();

    public Site(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** {@code GET /?lang=…}: the HTML list, newest first; 304 when nothing changed since {@code ifNoneMatch}. */
    public HttpReply listPage(@Header("lang") String language, @Header("If-None-Match") String ifNoneMatch) {
        ArticleIndex.Listing listing = index.list();
        String etag = listing.etag().replace("\"list-", "\"page-" + tagOf(language) + "-");
        if (Downloads.matches(etag, ifNoneMatch)) {
            return new HttpReply(304, Map.of("ETag", etag), new byte[0]);
        }
        return HttpReply.text(200, "text/html; charset=UTF-8", page.render(listing.articles(), language))
                .with("ETag", etag)
                .with("Cache-Control", "no-cache")
                .with("Content-Security-Policy", PAGE_POLICY)
                .with("X-Content-Type-Options", "nosniff");
    }

    /** {@code GET /api/articles}: id, slug, title, language, published and links of each article, newest first. */
    public HttpReply listJson(@Header("If-None-Match") String ifNoneMatch) {
        ArticleIndex.Listing listing = index.list();
        if (Downloads.matches(listing.etag(), ifNoneMatch)) {
            return new HttpReply(304, Map.of("ETag", listing.etag()), new byte[0]);
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (ArticleEntry article : listing.articles()) {
            articles.add(json(article));
        }
        return Replies.json(200, articles).with("ETag", listing.etag()).with("Cache-Control", "no-cache");
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

    private static String tagOf(String language) {
        if (language == null || language.isBlank()) {
            return "all";
        }
        return java.util.HexFormat.of().formatHex(language.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
    }
}
