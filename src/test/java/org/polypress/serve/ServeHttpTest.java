package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.Eventually;
import org.polypress.testing.JsonSchemaAssertion;

/**
 * The HTTP server of the running application: the real routes and beans, temporary folders, a free port
 * on the loopback address, articles published through the drop folder. Started once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
    /** Below the 6 MB upload that proves uploads are placed whole; above it the server answers 413. */
    private static final int UPLOAD_LIMIT = 8 * 1024 * 1024;

    private Path tmp;
    private ServedPipeline app;
    private Map<String, String> slugs;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        tmp = folder;
        app = new ServedPipeline(tmp, Map.of("polypress.http.max-upload-bytes", Integer.toString(UPLOAD_LIMIT)));
        app.publishFixtures();
        slugs = app.slugsBySource();
        assertEquals(5, slugs.size(), "the five fixtures are published: " + slugs);
        // what a traversal would reach if it got out of output/
        Files.writeString(tmp.resolve("secret.md"), "SECRET OUTSIDE OUTPUT");
        Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(tmp.resolve("secret/article.md"), "SECRET OUTSIDE OUTPUT");
        Files.writeString(tmp.resolve("secret/story.epub"), "SECRET OUTSIDE OUTPUT");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String slug(String source) {
        return slugs.get(source);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    // ---- GET /

    @Test
    void listPageShowsEveryArticleNewestFirstWithTheStoryVersionsTogether() throws Exception {
        HttpResponse<byte[]> response = app.get("/");
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", header(response, "Content-Type"));
        Document page = Jsoup.parse(text(response));
        Elements rows = page.select("tr.article");
        // other tests of this class upload more articles: each fixture is there, whatever else is
        assertTrue(rows.eachAttr("data-slug").containsAll(slugs.values()), page.outerHtml());
        // the hostile brief is dated July 9, after the story (July 5, 14:38 +08) and the port article (July 5, 16:20 +08)
        assertEquals(slug("hostile.txt"), rows.get(0).attr("data-slug"));
        Element story = page.selectFirst("tbody.story[data-story=kazakhstan]");
        assertNotNull(story, "the three language versions are one group");
        assertEquals(List.of("ar", "en", "zh-Hans"), story.select("tr.article").eachAttr("data-lang"));
        assertEquals("/stories/kazakhstan.epub", story.selectFirst("a.story-epub").attr("href"));

        Element arabic = story.selectFirst("tr.article[data-lang=ar] td.title");
        assertEquals("rtl", arabic.attr("dir"));
        assertEquals("ar", arabic.attr("lang"));
        assertTrue(arabic.text().startsWith("خبيرة"), arabic.text());
        Element chinese = story.selectFirst("tr.article[data-lang=zh-Hans]");
        assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展", chinese.selectFirst("td.title").text());
        assertEquals("盛初一", chinese.selectFirst("td.authors").text());
        // the date is the normalized instant, in UTC until the page's script writes it in the reader's zone, and the
        // source's own words on hover; the title opens the article to read; the source format tells copies apart
        Element time = chinese.selectFirst("td.date time");
        assertEquals("2024-07-05T06:38:00Z", time.attr("datetime"));
        assertEquals("2024-07-05 06:38 UTC", time.text());
        assertTrue(time.attr("title").contains("14:38"), time.attr("title"));
        assertEquals("/read/" + slug("kazakhstan.zh.txt"), chinese.selectFirst("td.title a").attr("href"));
        assertEquals("txt", chinese.selectFirst("td.source").text());
        assertEquals(List.of("/articles/" + slug("kazakhstan.zh.txt") + ".md", "/articles/" + slug("kazakhstan.zh.txt") + ".json",
                "/articles/" + slug("kazakhstan.zh.txt") + ".epub", "/articles/" + slug("kazakhstan.zh.txt") + ".ninjs.json",
                "/articles/" + slug("kazakhstan.zh.txt") + ".jsonld"), chinese.select("td.downloads a").eachAttr("href"));
        // one script of this server's and nothing else runs; the page works without it
        assertEquals(List.of(Site.SCRIPT), page.select("script").eachAttr("src"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; form-action 'self'",
                header(response, "Content-Security-Policy"));
    }

    @Test
    void hostileHeadlineIsShownAsTextNeverAsMarkup() throws Exception {
        String html = text(app.get("/"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "escaped in the page source");
        assertFalse(html.contains(HOSTILE_TITLE), "never raw");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("img").isEmpty(), "no image element was made from the headline");
        Element row = page.selectFirst("tr.article[data-slug=" + slug("hostile.txt") + "]");
        assertEquals(HOSTILE_TITLE, row.selectFirst("td.title").text());
    }

    @Test
    void languageFilterListsOnlyThatLanguageWithoutJavaScript() throws Exception {
        Document page = Jsoup.parse(text(app.get("/?lang=zh-Hans")));
        assertEquals(List.of(slug("kazakhstan.zh.txt")), page.select("tr.article").eachAttr("data-slug"));
        Element form = page.selectFirst("form[method=get][action=/]");
        assertNotNull(form.selectFirst("select[name=lang] option[value=zh-Hans][selected]"));
        assertEquals(List.of("", "ar", "en", "zh-Hans"), form.select("option").eachAttr("value"));

        Document none = Jsoup.parse(text(app.get("/?lang=%3Cscript%3E")));
        assertTrue(none.select("tr.article").isEmpty());
        assertEquals("No article in <script>.", none.selectFirst("p.empty").text());
        assertEquals(List.of(Site.SCRIPT), none.select("script").eachAttr("src"), "no script but the page's own");
    }

    @Test
    void listPageIsAnsweredNotModifiedWhileNothingChanges() throws Exception {
        HttpResponse<byte[]> first = app.get("/");
        String etag = header(first, "ETag");
        assertNotNull(etag);
        HttpResponse<byte[]> again = app.get("/", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(null, header(again, "Content-Length"));
        assertEquals(200, app.get("/?lang=en", "If-None-Match", etag).statusCode(), "another filter is another page");
    }

    @Test
    void listPageSearchesTitlesAndAuthorsAsTheApiDoes() throws Exception {
        Document port = Jsoup.parse(text(app.get("/?q=BUSIEST+inland")));
        assertEquals(List.of(slug("port.txt")), port.select("tr.article").eachAttr("data-slug"));
        assertEquals("BUSIEST inland", port.selectFirst("form input[name=q]").attr("value"));
        Document author = Jsoup.parse(text(app.get("/?q=%E7%9B%9B%E5%88%9D%E4%B8%80&lang=zh-Hans")));
        assertEquals(List.of(slug("kazakhstan.zh.txt")), author.select("tr.article").eachAttr("data-slug"));
        Document none = Jsoup.parse(text(app.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E")));
        assertTrue(none.select("tr.article").isEmpty());
        assertEquals("No article holds “<script>alert(1)</script>”.", none.selectFirst("p.empty").text());
        assertEquals(List.of(Site.SCRIPT), none.select("script").eachAttr("src"), "no script but the page's own");
        assertEquals(400, app.get("/?q=" + "a".repeat(201)).statusCode(), "a search longer than the API takes");
        assertEquals(400, app.get("/?page=0").statusCode());
        assertEquals(400, app.get("/?page=two").statusCode());
        // every article published so far (other tests of this class upload some) on the one page of 50
        String count = Jsoup.parse(text(app.get("/?page=1"))).selectFirst("nav.pages .count").text();
        assertTrue(count.matches("Articles 1–(\\d+) of \\1"), count);
    }

    @Test
    void theCachingEachAnswerStatesReachesTheClient() throws Exception {
        // Camel's HTTP header filter kept Cache-Control from every answer
        assertEquals("no-cache", header(app.get("/"), "Cache-Control"));
        assertEquals("no-cache", header(app.get("/api/articles"), "Cache-Control"));
        assertEquals("no-cache", header(app.get(Site.SCRIPT), "Cache-Control"));
        assertEquals("no-store", header(app.get("/observe/metrics"), "Cache-Control"));
    }

    // ---- the API

    @Test
    void apiListsTheArticlesWithTheirLinks() throws Exception {
        HttpResponse<byte[]> response = app.get("/api/articles");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", header(response, "Content-Type"));
        JsonNode list = JSON.readTree(response.body());
        assertTrue(list.size() >= 5, list.toString());
        assertEquals(slug("hostile.txt"), list.get(0).get("slug").asText(), "newest first");
        JsonNode zh = null;
        for (JsonNode article : list) {
            if (article.get("slug").asText().equals(slug("kazakhstan.zh.txt"))) {
                zh = article;
            }
        }
        assertNotNull(zh);
        assertEquals(32, zh.get("id").asText().length());
        assertEquals("zh-Hans", zh.get("language").asText());
        assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展", zh.get("title").asText());
        assertEquals("2024-07-05T14:38:00+08:00", zh.get("published").get("iso").asText());
        assertEquals("/articles/" + slug("kazakhstan.zh.txt") + ".epub", zh.get("links").get("epub").asText());
        assertEquals("/stories/kazakhstan.epub", zh.get("links").get("story").asText());
        assertEquals("/api/articles/" + slug("kazakhstan.zh.txt"), zh.get("links").get("self").asText());
    }

    @Test
    void apiListsInSlicesFollowingItsLinkHeaderEachArticleOnce() throws Exception {
        List<String> whole = new java.util.ArrayList<>();
        JSON.readTree(app.get("/api/articles").body()).forEach(a -> whole.add(a.get("slug").asText()));
        List<String> walked = new java.util.ArrayList<>();
        String next = "/api/articles?limit=2";
        while (next != null) {
            HttpResponse<byte[]> response = app.get(next);
            assertEquals(200, response.statusCode(), next);
            JsonNode slice = JSON.readTree(response.body());
            assertTrue(slice.size() <= 2, slice.toString());
            slice.forEach(a -> walked.add(a.get("slug").asText()));
            assertTrue(Integer.parseInt(header(response, "X-Total-Count")) >= 5);
            String link = header(response, "Link");
            next = link == null ? null : link.substring(1, link.indexOf(">; rel=\"next\""));
        }
        assertEquals(walked.size(), new java.util.HashSet<>(walked).size(), "no article twice: " + walked);
        assertTrue(walked.containsAll(slugs.values()), walked.toString());
        assertEquals(whole.stream().filter(slugs::containsValue).toList(),
                walked.stream().filter(slugs::containsValue).toList(), "in the list's order");

        JsonNode second = JSON.readTree(app.get("/api/articles?limit=1&offset=1").body());
        assertEquals(whole.get(1), second.get(0).get("slug").asText());
    }

    @Test
    void apiSearchesTitlesAndAuthorsInOneLanguage() throws Exception {
        JsonNode found = JSON.readTree(app.get("/api/articles?q=%E7%9B%9B%E5%88%9D%E4%B8%80&lang=zh-hans").body());
        assertEquals(1, found.size(), found.toString());
        assertEquals(slug("kazakhstan.zh.txt"), found.get(0).get("slug").asText());
        HttpResponse<byte[]> port = app.get("/api/articles?q=BUSIEST+inland&limit=5");
        assertEquals("1", header(port, "X-Total-Count"));
        assertEquals(null, header(port, "Link"), "the only slice");
        assertEquals(slug("port.txt"), JSON.readTree(port.body()).get(0).get("slug").asText());
    }

    @Test
    void apiRefusesBadSliceValuesWithOneSentence() throws Exception {
        Map<String, String> refusals = Map.of(
                "/api/articles?limit=0", "limit must be a whole number from 1 to 1000",
                "/api/articles?limit=ten", "limit must be a whole number from 1 to 1000",
                "/api/articles?offset=-2", "offset must be a whole number from 0 up",
                "/api/articles?cursor=bm90LW91cnM", "The cursor is not one this server gave: use the one of the previous answer's Link header",
                "/api/articles?offset=1&cursor=x", "Give either offset or cursor, not both");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<byte[]> response = app.get(refusal.getKey());
            assertEquals(400, response.statusCode(), refusal.getKey());
            assertEquals("application/json", header(response, "Content-Type"));
            assertEquals(refusal.getValue(), JSON.readTree(response.body()).get("error").asText());
        }
    }

    // ---- the page to read an article in

    @Test
    void anArticleIsReadAsAPageInItsLanguageWithItsJsonLd() throws Exception {
        String slug = slug("kazakhstan.ar.txt");
        HttpResponse<byte[]> response = app.get("/read/" + slug);
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", header(response, "Content-Type"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src 'self'; form-action 'self'",
                header(response, "Content-Security-Policy"));
        Document page = Jsoup.parse(text(response));
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        JsonNode article = JSON.readTree(app.output.resolve(slug).resolve("article.json").toFile());
        assertEquals(article.get("title").asText(), page.selectFirst("h1").text());
        assertEquals(JSON.readTree(app.output.resolve(slug).resolve("article.jsonld").toFile()),
                JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()));
        assertEquals("/articles/" + slug + ".epub", page.selectFirst("nav a.epub").attr("href"));
        assertEquals(List.of("en", "zh-Hans"), page.select("nav a.translation").eachAttr("hreflang"));

        HttpResponse<byte[]> script = app.get(Site.SCRIPT);
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=UTF-8", header(script, "Content-Type"));
        assertTrue(text(script).contains("data-instant"));
    }

    @Test
    void aReadPageOrPictureOutsideAnArticleFolderIsNotFound() throws Exception {
        String slug = slug("port.txt");
        Path images = Files.createDirectories(app.output.resolve(slug).resolve("images"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        Files.write(images.resolve("0123456789abcdef.png"), png);
        HttpResponse<byte[]> picture = app.get("/read/" + slug + "/images/0123456789abcdef.png");
        assertEquals(200, picture.statusCode());
        assertEquals("image/png", header(picture, "Content-Type"));
        assertArrayEquals(png, picture.body());
        assertTrue(header(picture, "Content-Security-Policy").endsWith("sandbox"), "an SVG opened alone runs nothing");
        for (String path : List.of("/read/no-such-article", "/read/" + slug + "/article.json", "/read/..%2Fsecret",
                "/read/" + slug + "/images/..%2Farticle.json", "/read/" + slug + "/images/notes.png",
                "/read/" + slug + "/images/0123456789abcdef.png/x", "/read/", "/read/" + slug.toUpperCase())) {
            HttpResponse<byte[]> response = app.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("text/html; charset=UTF-8", header(response, "Content-Type"), path);
        }
    }

    @Test
    void apiServesOneArticleAsItsJson() throws Exception {
        String slug = slug("kazakhstan.ar.txt");
        HttpResponse<byte[]> response = app.get("/api/articles/" + slug);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", header(response, "Content-Type"));
        assertArrayEquals(Files.readAllBytes(app.output.resolve(slug).resolve("article.json")), response.body());
        assertEquals(null, header(response, "Content-Disposition"), "to read, not to save");
        JsonSchemaAssertion.assertArticleJsonIsValid(response.body());
    }

    // ---- downloads

    @Test
    void everyRenditionDownloadsWithItsTypeAndTheHeadlineAsFileName() throws Exception {
        String slug = slug("kazakhstan.zh.txt");
        Map<String, String> types = Map.of("md", "text/markdown; charset=UTF-8", "json", "application/json",
                "epub", "application/epub+zip", "ninjs.json", "application/json", "jsonld", "application/ld+json");
        for (Map.Entry<String, String> type : types.entrySet()) {
            HttpResponse<byte[]> response = app.get("/articles/" + slug + "." + type.getKey());
            assertEquals(200, response.statusCode(), type.getKey());
            assertEquals(type.getValue(), header(response, "Content-Type"));
            assertArrayEquals(Files.readAllBytes(app.output.resolve(slug).resolve("article." + type.getKey())),
                    response.body());
            String disposition = header(response, "Content-Disposition");
            assertTrue(disposition.startsWith("attachment; filename=\"" + slug + "." + type.getKey() + "\"; "), disposition);
            assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展." + type.getKey(), extendedFileName(disposition));
            assertTrue(header(response, "ETag").matches("\"[0-9a-f]{32}\""), header(response, "ETag"));
            // HTTP's fixed-length date: a day of the month below 10 is written with two digits too
            assertTrue(header(response, "Last-Modified").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                    header(response, "Last-Modified"));
        }
        EpubCheckAssertion.assertEpubIsValid(app.get("/articles/" + slug + ".epub").body());
    }

    @Test
    void storyEpubDownloadsWithEveryLanguage() throws Exception {
        HttpResponse<byte[]> response = app.get("/stories/kazakhstan.epub");
        assertEquals(200, response.statusCode());
        assertEquals("application/epub+zip", header(response, "Content-Type"));
        assertArrayEquals(Files.readAllBytes(app.output.resolve("story-kazakhstan/story.epub")), response.body());
        assertEquals("story-kazakhstan.epub", extendedFileName(header(response, "Content-Disposition")));
        EpubCheckAssertion.assertEpubIsValid(response.body());
    }

    /** The name {@code filename*} (RFC 6266, RFC 8187) gives, decoded as a browser does. */
    static String extendedFileName(String disposition) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(disposition);
        assertTrue(m.find(), disposition);
        assertTrue(m.group(1).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), "only attr-chars and escapes: " + m.group(1));
        return URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void sameETagIsAnsweredNotModifiedWithoutBody() throws Exception {
        String path = "/articles/" + slug("port.txt") + ".epub";
        HttpResponse<byte[]> first = app.get(path);
        String etag = header(first, "ETag");
        HttpResponse<byte[]> again = app.get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        // a 304's Content-Length would state the representation's length: "0" is not it, so none is sent
        assertEquals(null, header(again, "Content-Length"));
        assertEquals(etag, header(again, "ETag"));
        assertEquals(304, app.get(path, "If-None-Match", "\"other\", W/" + etag).statusCode(), "a list, weakly compared");
        assertEquals(200, app.get(path, "If-None-Match", "\"other\"").statusCode());
        assertEquals(304, app.get(path, "If-Modified-Since", header(first, "Last-Modified")).statusCode());
        assertEquals(200, app.get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
    }

    // ---- byte ranges (RFC 9110, section 14)

    @Test
    void oneByteRangeIsAnsweredWithItsPart() throws Exception {
        String path = "/articles/" + slug("kazakhstan.zh.txt") + ".epub";
        HttpResponse<byte[]> whole = app.get(path);
        byte[] bytes = whole.body();
        int length = bytes.length;
        assertTrue(length > 1000, "an EPUB of some size: " + length);
        assertEquals("bytes", header(whole, "Accept-Ranges"), "a download says it takes ranges");
        Map<String, int[]> ranges = Map.of(
                "bytes=0-99", new int[] {0, 99},
                "bytes=100-", new int[] {100, length - 1},
                "bytes=-50", new int[] {length - 50, length - 1},
                "bytes=10-" + (10L * length), new int[] {10, length - 1},
                "bytes=-" + (2 * length), new int[] {0, length - 1},
                "Bytes = 7-7", new int[] {7, 7});
        for (Map.Entry<String, int[]> range : ranges.entrySet()) {
            int first = range.getValue()[0];
            int last = range.getValue()[1];
            HttpResponse<byte[]> part = app.get(path, "Range", range.getKey());
            assertEquals(206, part.statusCode(), range.getKey());
            assertEquals("bytes " + first + "-" + last + "/" + length, header(part, "Content-Range"), range.getKey());
            assertArrayEquals(java.util.Arrays.copyOfRange(bytes, first, last + 1), part.body(), range.getKey());
            assertEquals(Integer.toString(last - first + 1), header(part, "Content-Length"), range.getKey());
            assertEquals("application/epub+zip", header(part, "Content-Type"), range.getKey());
            assertEquals(header(whole, "ETag"), header(part, "ETag"), range.getKey());
            assertEquals("bytes", header(part, "Accept-Ranges"), range.getKey());
        }
    }

    @Test
    void aRangeTheFileDoesNotHaveIsAnswered416WithTheFilesLength() throws Exception {
        String path = "/articles/" + slug("port.txt") + ".md";
        int length = app.get(path).body().length;
        for (String range : List.of("bytes=" + length + "-", "bytes=" + (length + 10) + "-" + (length + 20), "bytes=-0")) {
            HttpResponse<byte[]> response = app.get(path, "Range", range);
            assertEquals(416, response.statusCode(), range);
            assertEquals("bytes */" + length, header(response, "Content-Range"), range);
            assertEquals(416, JSON.readTree(response.body()).get("status").asInt(), range);
        }
    }

    @Test
    void severalRangesOrOneThatIsNotAByteRangeGetTheWholeFile() throws Exception {
        String path = "/stories/kazakhstan.epub";
        byte[] whole = app.get(path).body();
        for (String range : List.of("bytes=0-1,5-6", "bytes=0-1, -5", "bytes=5-2", "bytes=x-", "items=0-1", "bytes 0-1")) {
            HttpResponse<byte[]> response = app.get(path, "Range", range);
            assertEquals(200, response.statusCode(), range);
            assertEquals(null, header(response, "Content-Range"), range);
            assertArrayEquals(whole, response.body(), range);
            assertEquals("bytes", header(response, "Accept-Ranges"), "the whole still says ranges are taken: " + range);
        }
    }

    @Test
    void ifRangeNamingAnotherVersionGetsTheWholeFile() throws Exception {
        String path = "/api/articles/" + slug("kazakhstan.en.txt");
        HttpResponse<byte[]> whole = app.get(path);
        String etag = header(whole, "ETag");
        String lastModified = header(whole, "Last-Modified");
        assertEquals(206, app.get(path, "Range", "bytes=0-9", "If-Range", etag).statusCode(), "this version's tag");
        assertEquals(206, app.get(path, "Range", "bytes=0-9", "If-Range", lastModified).statusCode(), "its date");
        for (String other : List.of("\"0123456789abcdef0123456789abcdef\"", "W/" + etag, "Mon, 01 Jan 2001 00:00:00 GMT",
                "not a validator")) {
            HttpResponse<byte[]> response = app.get(path, "Range", "bytes=0-9", "If-Range", other);
            assertEquals(200, response.statusCode(), other);
            assertArrayEquals(whole.body(), response.body(), other);
        }
        // the conditions come first (RFC 9110, 13.2.2): the client has this version, a part of it is not sent
        assertEquals(304, app.get(path, "Range", "bytes=0-9", "If-None-Match", etag).statusCode());
    }

    @Test
    void headAnswersTheWholeFilesHeadersWhateverRangeItAsks() throws Exception {
        String path = "/articles/" + slug("port.txt") + ".epub";
        HttpResponse<byte[]> get = app.get(path);
        HttpResponse<byte[]> head = app.http.send(java.net.http.HttpRequest.newBuilder(app.uri(path))
                .header("Range", "bytes=0-9").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // a Range is defined for GET only (RFC 9110, 14.2): a HEAD is answered as a GET without one
        assertEquals(200, head.statusCode());
        assertEquals(Integer.toString(get.body().length), header(head, "Content-Length"));
        assertEquals(null, header(head, "Content-Range"));
        assertEquals("bytes", header(head, "Accept-Ranges"));
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() throws Exception {
        String path = "/articles/" + slug("port.txt") + ".epub";
        HttpResponse<byte[]> get = app.get(path);
        HttpResponse<byte[]> head = app.head(path);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(header(get, "Content-Type"), header(head, "Content-Type"));
        assertEquals(Integer.toString(get.body().length), header(head, "Content-Length"));
        assertEquals(header(get, "Accept-Ranges"), header(head, "Accept-Ranges"));
    }

    @Test
    void unknownSlugOrFormatIsNotFound() throws Exception {
        for (String path : List.of("/articles/no-such-article-00000000.epub", "/articles/" + slug("port.txt") + ".pdf",
                "/articles/" + slug("port.txt"), "/stories/no-such-story.epub", "/stories/kazakhstan.md",
                "/api/articles/no-such-article-00000000")) {
            HttpResponse<byte[]> response = app.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("application/json", header(response, "Content-Type"), path);
            assertEquals(404, JSON.readTree(response.body()).get("status").asInt());
        }
        HttpResponse<byte[]> page = app.get("/no/such/page");
        assertEquals(404, page.statusCode());
        assertEquals("text/html; charset=UTF-8", header(page, "Content-Type"));
        assertFalse(text(page).contains("/no/such/page"), "the address asked for is not repeated");
    }

    @Test
    void requestsThatTryToLeaveTheOutputFolderAreRefused() throws Exception {
        List<String> attempts = List.of(
                "/articles/../secret.md",
                "/articles/../../secret.md",
                "/articles/%2e%2e/secret.md",
                "/articles/%2e%2e%2fsecret.md",
                "/articles/..%2fsecret.md",
                "/articles/%2e%2e%2f%2e%2e%2fsecret.md",
                "/articles/..%5csecret.md",
                "/articles/..\\secret.md",
                "/articles/secret%00.md",
                "/articles/" + slug("port.txt") + "%00.md",
                "/articles//etc/passwd",
                "/articles/%2fetc%2fpasswd",
                "/articles/" + tmp.resolve("secret.md"),
                "/stories/../secret.epub",
                "/stories/%2e%2e%2fsecret%2fstory.epub",
                "/api/articles/..%2fsecret",
                "/api/articles/../../secret",
                "/../secret.md",
                "/%2e%2e/%2e%2e/secret.md");
        for (String target : attempts) {
            RawResponse response = rawGet(target);
            assertTrue(response.status() == 400 || response.status() == 404, target + " → " + response.status());
            assertFalse(response.body().contains("SECRET"), target + " served a file outside output/");
        }
    }

    @Test
    void linkInsideTheOutputFolderToAFolderOutsideIsNotFollowed() throws Exception {
        Path link = app.output.resolve("escape-link-00000000");
        Files.createSymbolicLink(link, tmp.resolve("secret"));
        try {
            assertEquals(404, app.get("/articles/escape-link-00000000.md").statusCode());
            assertFalse(text(app.get("/")).contains("escape-link"), "not listed either");
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void anArticleFolderLinkedInFromOutsideTheOutputFolderIsNotReadNorListed() throws Exception {
        Path outside = tmp.resolve("outside-article");
        Files.createDirectories(outside);
        String json = Files.readString(app.output.resolve(slugs.values().iterator().next()).resolve("article.json"));
        Files.writeString(outside.resolve("article.json"),
                json.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"OUTSIDE TITLE\""));
        assertTrue(Files.readString(outside.resolve("article.json")).contains("OUTSIDE TITLE"));
        Path link = app.output.resolve("outside-link-00000000");
        Files.createSymbolicLink(link, outside);
        try {
            assertFalse(text(app.get("/")).contains("OUTSIDE TITLE"), "the list page does not show it");
            assertFalse(text(app.get("/api/articles")).contains("OUTSIDE TITLE"), "nor the API's list");
            assertEquals(404, app.get("/articles/outside-link-00000000.json").statusCode());
        } finally {
            Files.delete(link);
        }
    }

    private record RawResponse(int status, String body) {
    }

    /** Sends {@code target} byte for byte, as no URI class would let it through. */
    private RawResponse rawGet(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            assertTrue(status.find(), "an HTTP answer to " + target + ": " + text);
            return new RawResponse(Integer.parseInt(status.group(1)), text);
        }
    }

    // ---- health and metrics

    @Test
    void healthIsUpWithEveryRouteStarted() throws Exception {
        HttpResponse<byte[]> response = app.get("/observe/health");
        assertEquals(200, response.statusCode());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("UP", health.get("status").asText());
        for (String route : List.of("ingest-article", "publish-renditions", "serve-downloads", "accept-uploads",
                "upload-form", "retry-failed")) {
            assertEquals("Started", health.get("checks").get("routes").get(route).asText(), route);
        }
    }

    @Test
    void metricsCountPublishedAndFailedFilesAndTimeTheConversions() throws Exception {
        // counted from here: the application is shared by the class, and other tests drop files too
        double publishedBefore = metric("polypress_articles_published_total");
        double failedBefore = metric("polypress_articles_failed_total");
        double unchangedBefore = metric("polypress_articles_unchanged_total");
        assertTrue(publishedBefore >= 5, "the five fixtures are counted: " + publishedBefore);
        Files.copy(Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt"),
                app.input.resolve("brief.txt"));
        Files.write(app.input.resolve("empty.txt"), new byte[0]);
        waitFor(() -> metric("polypress_articles_failed_total") > failedBefore
                && metric("polypress_articles_published_total") > publishedBefore);
        HttpResponse<byte[]> response = app.get("/observe/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/plain; version=0.0.4"));
        double published = metric("polypress_articles_published_total");
        assertEquals(publishedBefore + 1, published, "the brief");
        assertEquals(failedBefore + 1, metric("polypress_articles_failed_total"), "the empty file");
        assertEquals(unchangedBefore, metric("polypress_articles_unchanged_total"));
        assertEquals(published, metric("polypress_conversion_seconds_count"), "one conversion time per publication");
        assertTrue(metric("polypress_conversion_seconds_sum") > 0);
        assertTrue(text(response).contains("polypress_conversion_seconds_bucket{le=\"1.0\"}"), "a histogram");
        assertTrue(text(response).contains("jvm_memory_used_bytes"));
    }

    private double metric(String name) throws Exception {
        for (String line : text(app.get("/observe/metrics")).lines().toList()) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1));
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void waitFor(Eventually.Condition condition) throws Exception {
        Eventually.waitFor(java.time.Duration.ofSeconds(30), condition);
    }

    // ---- uploads

    @Test
    void uploadIsDroppedIntoTheInputFolderAndPublished() throws Exception {
        byte[] article = Files.readAllBytes(Path.of("src/test/resources/golden/no-blank-lines/no-blank-lines.txt"));
        org.apache.camel.builder.NotifyBuilder done = new org.apache.camel.builder.NotifyBuilder(app.camel.getCamelContext())
                .fromRoute("ingest-article").whenDone(1).create();
        HttpResponse<String> response = app.post("/api/articles?filename=ferry.txt", article);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("/api/uploads/ferry.txt", header(response, "Location"));
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("ferry.txt", answer.get("file").asText());
        assertTrue(done.matches(60, java.util.concurrent.TimeUnit.SECONDS));
        waitFor(() -> JSON.readTree(app.get("/api/uploads/ferry.txt").body()).path("status").asText().equals("published"));
        JsonNode status = JSON.readTree(app.get("/api/uploads/ferry.txt").body());
        assertEquals(200, app.get(status.get("article").asText()).statusCode());
        assertArrayEquals(article, Files.readAllBytes(app.input.resolve(".done/ferry.txt")));
    }

    @Test
    void theStatusOfAnUploadIsTheLatestOutcomeOfItsName() throws Exception {
        java.util.Random random = new java.util.Random(7);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        byte[] article = (Files.readString(Path.of("src/test/resources/golden/no-blank-lines/no-blank-lines.txt"))
                + "\nUpdated with the ferry company's statement.\n").getBytes(StandardCharsets.UTF_8);
        byte[] moreNoise = new byte[4096];
        random.nextBytes(moreNoise);

        assertEquals(202, app.post("/api/articles?filename=flip.txt", noise).statusCode());
        JsonNode first = awaitStatus("flip.txt", "failed");
        assertEquals(202, app.post("/api/articles?filename=flip.txt", article).statusCode());
        JsonNode published = awaitStatus("flip.txt", "published");
        assertEquals(200, app.get(published.get("article").asText()).statusCode());
        // failed again, under the same name: the newest report, not the first one nor the publication
        assertEquals(202, app.post("/api/articles?filename=flip.txt", moreNoise).statusCode());
        JsonNode again = awaitStatus("flip.txt", "failed");
        assertEquals("flip.txt", again.get("report").get("file").asText());
        assertFalse(first.get("report").get("archivedAs").asText().equals(again.get("report").get("archivedAs").asText()),
                again.toString());
    }

    private JsonNode awaitStatus(String name, String status) throws Exception {
        waitFor(() -> status.equals(JSON.readTree(app.get("/api/uploads/" + name).body()).path("status").asText()));
        return JSON.readTree(app.get("/api/uploads/" + name).body());
    }

    @Test
    void uploadIsPlacedWholeUnderItsNameNeverHalfWritten() throws Exception {
        // a large text the drop folder will set aside or publish: what matters is that it appears whole
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        java.util.concurrent.atomic.AtomicReference<String> seenPartial = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (uploading.get()) {
                try (java.util.stream.Stream<Path> files = Files.list(app.input)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        // big.txt, or big-2.txt were it taken; the route's own big.txt.camelLock is not the upload
                        if (name.matches("big(-\\d+)?\\.txt") && Files.isRegularFile(f) && Files.size(f) != big.length) {
                            seenPartial.set(name + " with " + Files.size(f) + " bytes");
                        }
                    }
                } catch (java.io.IOException e) {
                    // a file taken by the route while we looked: look again
                }
            }
        });
        watcher.start();
        try {
            HttpResponse<String> response = app.post("/api/articles?filename=big.txt", big);
            assertEquals(202, response.statusCode(), response.body());
            assertEquals("/api/uploads/big.txt", header(response, "Location"));
            // the watcher looks on until the route has taken the upload and archived it, whole
            waitFor(() -> Stream.of(".done", ".failed").map(f -> app.input.resolve(f).resolve("big.txt"))
                    .anyMatch(f -> Files.isRegularFile(f) && sizeOf(f) == big.length));
        } finally {
            uploading.set(false);
            watcher.join();
        }
        assertEquals(null, seenPartial.get(), "the drop folder showed a half-written upload");
        try (java.util.stream.Stream<Path> files = Files.list(app.input)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".upload-")), "no temporary file is left");
        }
    }

    @Test
    void uploadOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        HttpResponse<String> response = app.post("/api/articles?filename=huge.txt", new byte[UPLOAD_LIMIT + 1]);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than " + UPLOAD_LIMIT + " bytes"),
                "refused by its stated length, with the reason: " + response.body());
        assertFalse(Files.exists(app.input.resolve("huge.txt")));
    }

    @Test
    void anArticleSentAsCurlsDefaultFormIsRefusedWith415NotABare400() throws Exception {
        // curl --data-binary @story.txt sends application/x-www-form-urlencoded; a form field over 2 KB made the
        // server answer a bare 400 and log a stack trace
        byte[] article = "The council approved the new tram line on Tuesday. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = app.http.send(java.net.http.HttpRequest.newBuilder(
                app.uri("/api/articles?filename=curl.txt")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(article)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertTrue(response.body().contains("--data-binary"), response.body());
        assertFalse(Files.exists(app.input.resolve("curl.txt")));
    }

    @Test
    void anArticleOverAKilobyteSentWithNoContentTypeAtAllIsTakenAsTheFile() throws Exception {
        // what curl -H 'Content-Type:' --data-binary sends, and many scripts: no type is no form, the body is the file
        byte[] article = Files.readAllBytes(Path.of("src/test/resources/golden/no-blank-lines/no-blank-lines.txt"));
        byte[] longer = (new String(article, StandardCharsets.UTF_8) + "\n"
                + "The operator added two sailings on Sunday. ".repeat(40)).getBytes(StandardCharsets.UTF_8);
        assertTrue(longer.length > 2048, "over the 2 KB a form field used to break at: " + longer.length);
        HttpResponse<String> response = app.http.send(java.net.http.HttpRequest.newBuilder(
                app.uri("/api/articles?filename=untyped.txt"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(longer)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        waitFor(() -> Files.isRegularFile(app.input.resolve(".done/untyped.txt"))
                || Files.isRegularFile(app.input.resolve(".failed/untyped.txt")));
        assertArrayEquals(longer, Files.readAllBytes(app.input.resolve(".done/untyped.txt")), "published, byte for byte");
    }

    @Test
    void uploadNamesThatTryToLeaveTheDropFolderAreRefusedWith400() throws Exception {
        for (String name : List.of("..%2Fescape.txt", "..%2F..%2Fescape.txt", "%2Ftmp%2Fescape.txt", "..%5Cescape.txt",
                "a%2Fb.txt", "..", ".", ".hidden.txt", "escape%00.txt", "", "C%3A%5Cescape.txt")) {
            HttpResponse<String> response = app.post("/api/articles?filename=" + name, "text".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode(), name + ": " + response.body());
        }
        HttpResponse<String> unnamed = app.post("/api/articles", "text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unnamed.statusCode());
        assertFalse(Files.exists(tmp.resolve("escape.txt")));
        assertFalse(Files.exists(app.input.resolve("escape.txt")));
    }

    @Test
    void formPostIsRefusedWith415SayingWhatToSend() throws Exception {
        HttpResponse<String> response = app.http.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/articles?filename=form.txt"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertTrue(response.body().contains("application/octet-stream"), response.body());
        assertFalse(Files.exists(app.input.resolve("form.txt")));
    }

    // ---- failed files

    /** A failed file's row on the list page, found by its name in .failed/. */
    private Element failureRow(Document page, String name) {
        for (Element row : page.select("section.failed tr.failure")) {
            if (name.equals(row.attr("data-name"))) {
                return row;
            }
        }
        return null;
    }

    @Test
    void failedFilesAreListedWithTheirStageReasonAndDetailAsText() throws Exception {
        String name = "<img src=x onerror=alert(1)>.txt";
        String reason = "</td></tr></table><script>alert(1)</script>";
        String detail = "\" onmouseover=\"alert(1) & <b>bold</b>";
        app.setAside(name, "text".getBytes(StandardCharsets.UTF_8), "recognize", reason, detail);
        HttpResponse<byte[]> response = app.get("/");
        String html = text(response);
        assertFalse(html.contains(reason), "never raw");
        Document page = Jsoup.parse(html);
        Element row = failureRow(page, name);
        assertNotNull(row, html);
        assertEquals(name, row.selectFirst("td.file").text());
        assertEquals("recognize", row.selectFirst("td.stage").text());
        assertEquals(reason, row.selectFirst("td.reason .why").text());
        assertEquals(detail, row.selectFirst("td.reason .detail").text());
        assertEquals(detail, row.selectFirst("td.reason").attr("title"), "the detail on hover too");
        assertNotNull(row.selectFirst("td.time time[datetime]"));
        Element retry = row.selectFirst("form[method=post][action=/failed/retry]");
        assertEquals(name, retry.selectFirst("input[type=hidden][name=name]").val());
        assertTrue(page.select("img").isEmpty());
        assertEquals(List.of(Site.SCRIPT), page.select("script").eachAttr("src"), "no script but the page's own");
        // the page's forms post to this server, which its policy allows
        assertTrue(header(response, "Content-Security-Policy").contains("form-action 'self'"));

        JsonNode failed = JSON.readTree(app.get("/api/failed").body());
        JsonNode record = null;
        for (JsonNode one : failed) {
            if (name.equals(one.path("name").asText())) {
                record = one;
            }
        }
        assertNotNull(record, failed.toString());
        assertEquals(reason, record.get("reason").asText());
        assertEquals(detail, record.get("detail").asText());
        assertEquals(".failed/" + name, record.get("archivedAs").asText());
        assertEquals("recognize", record.get("stage").asText());
        assertNotNull(record.get("time").asText());
    }

    @Test
    void anArticleAWorkerDeadLetteredIsListedFromTheSharedOutputWithItsQueueAndCannotBeRetriedHere() throws Exception {
        // as a worker node records it (take-article's dead-letters), in the output folder this server lists
        String sha = "0".repeat(64);
        String reason = "The broker's message is not an article Polypress wrote";
        Path report = org.polypress.dropfolder.FailureReporter.ofDeadLetters(app.output, java.time.Clock.systemUTC())
                .deadLetter("poison <b>.json", sha, "ID:1", "polypress.articles.failed", new org.polypress.PipelineException(
                        org.polypress.Stage.RENDER, reason, "no article in the message"));
        try {
            JsonNode record = null;
            for (JsonNode one : JSON.readTree(app.get("/api/failed").body())) {
                if (sha.equals(one.path("name").asText())) {
                    record = one;
                }
            }
            assertNotNull(record, "listed with the failed files");
            assertEquals("poison <b>.json", record.get("file").asText());
            assertEquals("polypress.articles.failed", record.get("queue").asText());
            assertNull(record.get("archivedAs"), "no file of the drop folder: " + record);
            assertEquals("render", record.get("stage").asText());
            assertEquals(reason, record.get("reason").asText());
            assertEquals("no article in the message", record.get("detail").asText());
            assertEquals(JSON.readTree(report.toFile()).get("time").asText(), record.get("time").asText());

            Element row = failureRow(Jsoup.parse(text(app.get("/"))), sha);
            assertNotNull(row, "on the list page");
            assertTrue(row.hasClass("dead-letter"));
            assertEquals("poison <b>.json", row.selectFirst("td.file").text());
            assertEquals(reason, row.selectFirst("td.reason .why").text());
            assertEquals("Dead letter, on the broker's queue polypress.articles.failed", row.selectFirst("td.queue").text());
            assertNull(row.selectFirst("form"));
            // the retry takes files of this drop folder only: the report stays where the worker wrote it
            assertEquals(404, app.postForm("/failed/retry", "name=" + sha).statusCode());
            assertTrue(Files.isRegularFile(report));
        } finally {
            Files.delete(report);
        }
    }

    @Test
    void aFileThatReallyFailedIsListedWithTheReportThePipelineWrote() throws Exception {
        Files.write(app.input.resolve("blank-page.txt"), new byte[0]);
        waitFor(() -> Files.isRegularFile(app.input.resolve(".failed/blank-page.txt.error.json")));
        JsonNode report = JSON.readTree(app.input.resolve(".failed/blank-page.txt.error.json").toFile());
        Element row = failureRow(Jsoup.parse(text(app.get("/"))), "blank-page.txt");
        assertNotNull(row);
        assertEquals(report.get("reason").asText(), row.selectFirst("td.reason .why").text());
        assertEquals("ingest", row.selectFirst("td.stage").text());
    }

    @Test
    void retryGivesTheFileBackToTheDropFolderAndThePipelinePublishesIt() throws Exception {
        // bytes of their own: bytes published before are found unchanged, not published again
        byte[] article = (Files.readString(Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt"))
                + "\nThe road reopened on Friday morning.\n").getBytes(StandardCharsets.UTF_8);
        app.setAside("retried.txt", article, "publish", "The output folder could not be written", "disk full");
        String etag = header(app.get("/"), "ETag");
        HttpResponse<String> response = app.postForm("/failed/retry", "name=retried.txt");
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/", header(response, "Location"));
        assertFalse(Files.exists(app.input.resolve(".failed/retried.txt.error.json")), "its report went with it");
        assertFalse(Files.exists(app.input.resolve(".failed/retried.txt")));
        waitFor(() -> JSON.readTree(app.get("/api/uploads/retried.txt").body()).path("status").asText().equals("published"));
        assertArrayEquals(article, Files.readAllBytes(app.input.resolve(".done/retried.txt")), "converted again, as it was");
        assertEquals(200, app.get("/", "If-None-Match", etag).statusCode(), "the page changed with it");
        assertNull(failureRow(Jsoup.parse(text(app.get("/"))), "retried.txt"));
    }

    @Test
    void retryOfAFileThatIsNotThereIsNotFound() throws Exception {
        HttpResponse<String> response = app.postForm("/failed/retry", "name=never-failed.txt");
        assertEquals(404, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"), response.body());
        assertTrue(Jsoup.parse(response.body()).selectFirst("p.message").text().contains("No file of that name"));
    }

    @Test
    void retryNamesThatLeaveTheFailedFolderAreRefusedWith400() throws Exception {
        // what a traversal would reach: the temporary folder's secret, through a name or a link
        app.setAside("kept.txt", "kept".getBytes(StandardCharsets.UTF_8), "ingest", "The file is empty", "");
        Files.createSymbolicLink(app.input.resolve(".failed/linked.txt"), tmp.resolve("secret.md"));
        for (String name : List.of("..", "..%2Fsecret.md", "..%2F..%2Fsecret.md", "%2Ftmp%2Fsecret.md",
                "..%5Csecret.md", "a%2Fb.txt", ".", ".hidden.txt", "kept.txt%00", "", "kept.txt.error.json", "linked.txt")) {
            HttpResponse<String> response = app.postForm("/failed/retry", "name=" + name);
            assertEquals(400, response.statusCode(), name + ": " + response.body());
        }
        assertEquals(400, app.postForm("/failed/retry", "").statusCode(), "no name at all");
        assertEquals("SECRET OUTSIDE OUTPUT", Files.readString(tmp.resolve("secret.md")));
        assertTrue(Files.isSymbolicLink(app.input.resolve(".failed/linked.txt")), "the link stays where it was");
        assertTrue(Files.exists(app.input.resolve(".failed/kept.txt.error.json")));
        assertFalse(Files.exists(app.input.resolve("secret.md")));
        assertFalse(Files.exists(app.input.resolve("linked.txt")));
    }

    @Test
    void retryTakesOnlyAPostFromThisServersPages() throws Exception {
        HttpResponse<byte[]> get = app.get("/failed/retry");
        assertEquals(405, get.statusCode());
        assertEquals("POST", header(get, "Allow"));
        assertTrue(header(get, "Content-Type").startsWith("text/html"), "a page, as the address is not the API's");
        HttpResponse<String> delete = app.http.send(java.net.http.HttpRequest.newBuilder(app.uri("/failed/retry"))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals("POST", header(delete, "Allow"));
        assertEquals(405, app.get("/upload").statusCode());
        assertEquals("POST", header(app.get("/upload"), "Allow"));

        app.setAside("cross-site.txt", "text".getBytes(StandardCharsets.UTF_8), "ingest", "The file is empty", "");
        HttpResponse<String> crossSite = app.postForm("/failed/retry", "name=cross-site.txt",
                "Origin", "http://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertEquals(403, app.postForm("/failed/retry", "name=cross-site.txt", "Sec-Fetch-Site", "cross-site").statusCode());
        assertTrue(Files.exists(app.input.resolve(".failed/cross-site.txt")), "a page of another site moved nothing");
    }

    // ---- the upload form

    @Test
    void uploadFormDropsTheFileAndSendsTheBrowserBackToTheList() throws Exception {
        Document page = Jsoup.parse(text(app.get("/")));
        Element form = page.selectFirst("form.upload[method=post][action=/upload][enctype=multipart/form-data]");
        assertNotNull(form, page.outerHtml());
        assertNotNull(form.selectFirst("input[type=file][name=file]"));

        byte[] article = (Files.readString(Path.of("src/test/resources/golden/no-blank-lines/no-blank-lines.txt"))
                + "\nThe operator sent its timetable through the newsroom's form.\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = app.postUpload("form-ferry.txt", article,
                "Origin", "http://127.0.0.1:" + app.port);
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/", header(response, "Location"));
        waitFor(() -> JSON.readTree(app.get("/api/uploads/form-ferry.txt").body()).path("status").asText().equals("published"));
        assertArrayEquals(article, Files.readAllBytes(app.input.resolve(".done/form-ferry.txt")), "stored byte for byte");
        try (Stream<Path> files = Files.list(app.input)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".upload-")), "no temporary file is left");
        }
    }

    @Test
    void uploadFormOverTheLimitIs413WithAReadablePage() throws Exception {
        HttpResponse<String> response = app.postUpload("form-huge.txt", new byte[UPLOAD_LIMIT + 1]);
        assertEquals(413, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"), response.body());
        assertEquals("The file is larger than " + UPLOAD_LIMIT + " bytes",
                Jsoup.parse(response.body()).selectFirst("p.message").text());
        assertFalse(Files.exists(app.input.resolve("form-huge.txt")));
    }

    @Test
    void uploadFormRefusesWhatTheApiRefusesWithTheSameStatus() throws Exception {
        // a name the drop folder never takes (an unfinished download): 400, as the API answers it
        HttpResponse<String> excluded = app.postUpload("story.tmp", "text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, excluded.statusCode(), excluded.body());
        assertEquals(400, app.post("/api/articles?filename=story.tmp", "text".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(Jsoup.parse(excluded.body()).selectFirst("p.message").text().contains("never takes"), excluded.body());
        assertFalse(Files.exists(app.input.resolve("story.tmp")));
        HttpResponse<String> hostile = app.postUpload("<script>alert(1)<script>.txt", "text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, hostile.statusCode());
        assertTrue(Jsoup.parse(hostile.body()).select("script").isEmpty(), hostile.body());
        // not a form with a file: 415, saying what to send
        HttpResponse<String> notAForm = app.postForm("/upload", "file=story.txt");
        assertEquals(415, notAForm.statusCode());
        assertTrue(Jsoup.parse(notAForm.body()).selectFirst("p.message").text().contains("multipart/form-data"));
        HttpResponse<String> empty = app.postUpload("", new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(403, app.postUpload("cross.txt", "text".getBytes(StandardCharsets.UTF_8),
                "Origin", "http://evil.example").statusCode());
        assertFalse(Files.exists(app.input.resolve("cross.txt")));
    }
}
