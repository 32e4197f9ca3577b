package org.polypress.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.MarkdownReadBack;

/**
 * The golden {@code article.md} files used as they are by Debian's Hugo: a small multilingual site (one
 * language per golden language, each article named {@code <case>.<lang>.md} as Hugo wants for
 * translations, right-to-left where the articles are, a layout that prints the title, date, word count,
 * content and translations) is built,
 * and each page must show the article's text as Flexmark reads it, its date as the source states it,
 * Chinese, Japanese and Korean words counted by character, and links to exactly the other language
 * versions of its story. Skipped with a message where hugo is not installed, except in CI.
 */
class HugoSiteTest {

    private static final Path HUGO = Path.of("/usr/bin/hugo");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="{{ .Lang }}" dir="{{ or .Language.LanguageDirection "ltr" }}"><body>
            <h1>{{ .Title }}</h1>
            <time>{{ .Date.Format "2006-01-02T15:04:05-07:00" }}</time>
            <p class="words">{{ .WordCount }}</p>
            <article>{{ .Content }}</article>
            <ul class="translations">{{ range .Translations }}
            <li><a hreflang="{{ .Lang }}" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            </ul>
            </body></html>
            """;

    @TempDir
    Path site;

    @BeforeAll
    static void requireHugo() {
        boolean present = Files.isExecutable(HUGO);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must build the Hugo site: " + HUGO
                    + " is missing (.ci/run installs the Debian package hugo)");
        }
        Assumptions.assumeTrue(present, "hugo is not installed (apt-get install hugo):"
                + " the Markdown is not built into a Hugo site here");
    }

    @Test
    void hugoBuildsEveryGoldenArticleInItsLanguageWithItsTranslations() throws Exception {
        List<GoldenArticle> articles = goldenArticles();
        writeSite(articles);
        build();
        assertEquals(articles.stream().map(GoldenArticle::language).collect(Collectors.toCollection(TreeSet::new)),
                languagesBuilt(), "a folder per language");
        for (GoldenArticle article : articles) {
            checkPage(article, articles);
        }
    }

    /** One golden case: its name, front matter, Markdown and canonical article.json. */
    private record GoldenArticle(String name, JsonNode frontMatter, String markdown, JsonNode json) {

        /** Hugo's language key: the BCP 47 tag in lower case. */
        String language() {
            return frontMatter.get("lang").asText().toLowerCase(Locale.ROOT);
        }

        String path() {
            return "/" + language() + "/" + frontMatter.get("slug").asText() + "/";
        }

        /** The story's key as article.json states it, so a key missing from the front matter fails. */
        String translationKey() {
            return json.path("translationKey").asText(null);
        }
    }

    private static List<GoldenArticle> goldenArticles() throws IOException {
        List<GoldenArticle> articles = new ArrayList<>();
        try (Stream<Path> folders = Files.list(GoldenFilesTest.GOLDEN)) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve("article.md"))).sorted().toList()) {
                String markdown = Files.readString(folder.resolve("article.md"));
                articles.add(new GoldenArticle(folder.getFileName().toString(),
                        YAML.readTree(MarkdownReadBack.frontMatter(markdown)), markdown,
                        JSON.readTree(folder.resolve("article.json").toFile())));
            }
        }
        assertTrue(articles.size() >= 8, "golden cases missing: " + articles.size());
        return articles;
    }

    private void writeSite(List<GoldenArticle> articles) throws IOException {
        StringBuilder config = new StringBuilder("""
                baseURL = "http://example.org/"
                defaultContentLanguage = "en"
                defaultContentLanguageInSubdir = true
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [languages]
                """);
        Map<String, String> directions = new TreeMap<>();
        articles.forEach(article -> directions.put(article.language(), article.frontMatter().get("dir").asText()));
        // Hugo ignores the front matter's dir: a right-to-left language says so in the configuration
        directions.forEach((language, direction) -> config.append("[languages.").append(language).append("]\n")
                .append("languageDirection = \"").append(direction).append("\"\n"));
        Files.writeString(site.resolve("config.toml"), config);
        Path content = Files.createDirectories(site.resolve("content"));
        for (GoldenArticle article : articles) {
            Files.writeString(content.resolve(article.name() + "." + article.language() + ".md"), article.markdown());
        }
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), LAYOUT);
        Files.writeString(layouts.resolve("list.html"), "{{ range .Pages }}{{ .Title }}{{ end }}\n");
    }

    private void build() throws IOException, InterruptedException {
        Process hugo = new ProcessBuilder(HUGO.toString(), "--source", site.toString(), "--quiet")
                .redirectErrorStream(true).start();
        String output = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(hugo.waitFor(60, TimeUnit.SECONDS), "hugo did not finish");
        assertEquals(0, hugo.exitValue(), () -> "hugo failed:\n" + output);
    }

    private Set<String> languagesBuilt() throws IOException {
        try (Stream<Path> folders = Files.list(site.resolve("public"))) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void checkPage(GoldenArticle article, List<GoldenArticle> all) throws IOException {
        Path file = site.resolve("public" + article.path() + "index.html");
        assertTrue(Files.exists(file), () -> article.name() + ": no page at " + article.path());
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals(article.language(), page.selectFirst("html").attr("lang"), article.name());
        assertEquals(article.frontMatter().get("dir").asText(), page.selectFirst("html").attr("dir"), article.name());
        assertEquals(article.frontMatter().get("title").asText(), page.selectFirst("h1").text(), article.name());
        assertShowsTheText(article, page.selectFirst("article"));
        assertEquals(expectedDate(article), page.selectFirst("time").text(), article.name() + " date");
        if (article.language().matches("(zh|ja|ko)(-.*)?")) {
            int characters = hanCharacters(page.selectFirst("article").text());
            assertTrue(Integer.parseInt(page.selectFirst(".words").text()) >= characters,
                    article.name() + ": words counted by character");
        }
        assertEquals(expectedTranslations(article, all), translations(page), article.name() + " translations");
    }

    /** Every heading, paragraph and list item as Flexmark reads it, Hugo's typographer included. */
    private static void assertShowsTheText(GoldenArticle article, Element content) {
        List<String> shown = content.select("h1, h2, h3, h4, h5, h6, p, li").eachText();
        for (MarkdownReadBack.Block block : MarkdownReadBack.blocks(article.markdown())) {
            if (!block.text().isEmpty() && !block.kind().equals("image")) {
                String text = block.text().replaceAll("\\s+", " ").strip();
                assertTrue(shown.contains(text), () -> article.name() + ": Hugo does not show [" + text + "] in "
                        + shown);
            }
        }
    }

    /**
     * The date Hugo must give a page, from article.json: the instant with its offset where the source
     * states a zone; else the source's day, at midnight in the site's zone (UTC), never a time in a zone
     * the source did not give; Hugo's zero date where there is no date.
     */
    private static String expectedDate(GoldenArticle article) {
        String iso = article.json().path("published").path("iso").asText(null);
        if (iso == null) {
            return "0001-01-01T00:00:00+00:00";
        }
        boolean zoned = iso.matches(".*T.*([+-]\\d\\d:\\d\\d|Z)");
        return zoned ? iso : iso.substring(0, 10) + "T00:00:00+00:00";
    }

    private static int hanCharacters(String text) {
        return (int) text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static Map<String, String> expectedTranslations(GoldenArticle article, List<GoldenArticle> all) {
        Map<String, String> expected = new TreeMap<>();
        for (GoldenArticle other : all) {
            if (other != article && article.translationKey() != null
                    && article.translationKey().equals(other.translationKey())) {
                expected.put(other.language(), other.path());
            }
        }
        return expected;
    }

    private static Map<String, String> translations(Document page) {
        Map<String, String> links = new TreeMap<>();
        for (Element link : page.select(".translations a")) {
            links.put(link.attr("hreflang"), link.attr("href"));
        }
        return links;
    }
}
