package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every published article folder must be, checked the same way wherever a test publishes one:
 * the five renditions and nothing else, the JSON valid by the schema, the EPUB clean by epubcheck,
 * the Markdown, read back with Flexmark, holding every paragraph, heading and credit line of the
 * JSON word for word, and the ninjs and JSON-LD saying what the JSON says.
 */
public final class PublishedFolderAssertion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedFolderAssertion() {
    }

    public static void assertPublishedFolderIsComplete(Path folder) throws IOException {
        byte[] json = Files.readAllBytes(folder.resolve("article.json"));
        java.util.Set<String> images = new java.util.TreeSet<>();
        for (JsonNode block : JSON.readTree(json).get("body")) {
            JsonNode image = block.get("image");
            if (image != null && !image.isNull()) {
                images.add(image.get("path").asText());
            }
        }
        List<String> expected = new java.util.ArrayList<>(List.of("article.epub", "article.json", "article.jsonld",
                "article.md", "article.ninjs.json"));
        if (!images.isEmpty()) {
            expected.add("images");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).sorted().toList(), folder.toString());
        }
        if (!images.isEmpty()) {
            try (Stream<Path> files = Files.list(folder.resolve("images"))) {
                assertEquals(List.copyOf(images), files.map(f -> "images/" + f.getFileName()).sorted().toList(),
                        "the images/ folder holds exactly the figures' images");
            }
        }
        JsonSchemaAssertion.assertArticleJsonIsValid(json);
        EpubCheckAssertion.assertEpubIsValid(folder.resolve("article.epub"));
        assertMarkdownKeepsTheText(JSON.readTree(json),
                Files.readString(folder.resolve("article.md"), StandardCharsets.UTF_8));
        assertStandardRenditionsAgree(JSON.readTree(json), Files.readAllBytes(folder.resolve("article.ninjs.json")),
                Files.readAllBytes(folder.resolve("article.jsonld")));
    }

    /**
     * The ninjs item (valid against the official ninjs 3.1 schema, where it is beside the checkout) and the JSON-LD
     * (as an independent JSON-LD processor expands it) say what the article's JSON says: the same headline and
     * standfirst, language, people and their roles, publication date, captions and credits.
     */
    public static void assertStandardRenditionsAgree(JsonNode article, byte[] ninjs, byte[] jsonld) throws IOException {
        if (NinjsAssertion.schemaAvailable()) {
            NinjsAssertion.assertValidNinjs(ninjs);
        }
        JsonNode item = JSON.readTree(ninjs);
        String title = article.get("title").asText();
        String subtitle = article.get("subtitle").isNull() ? null : article.get("subtitle").asText();
        List<JsonNode> figures = new java.util.ArrayList<>();
        article.get("body").forEach(b -> {
            if ("figure".equals(b.get("type").asText())) {
                figures.add(b);
            }
        });
        List<String> credits = new java.util.ArrayList<>();
        article.get("credits").forEach(c -> credits.add(c.get("role").asText() + ": " + c.get("name").asText()));
        JsonNode published = article.get("published");
        String iso = published.isNull() || published.get("iso").isNull() ? null : published.get("iso").asText();

        // ninjs
        assertEquals(article.get("language").asText(), item.get("language").asText(), "ninjs language");
        List<String> headlines = new java.util.ArrayList<>();
        item.get("headlines").forEach(h -> headlines.add(h.get("role").asText() + ": " + h.get("value").asText()));
        assertEquals(subtitle == null ? List.of("main: " + title) : List.of("main: " + title, "sub: " + subtitle),
                headlines, "ninjs headlines");
        List<String> people = new java.util.ArrayList<>();
        if (item.has("people")) {
            item.get("people").forEach(p -> people.add(p.get("rel").asText() + ": " + p.get("name").asText()));
        }
        assertEquals(credits, people, "ninjs people are the article's credits, each with its role");
        if (item.has("firstCreated")) {
            assertTrue(iso != null && item.get("firstCreated").asText().startsWith(iso.substring(0, 16)),
                    "ninjs firstCreated " + item.get("firstCreated") + " is the published time " + iso);
        }
        List<JsonNode> pictures = new java.util.ArrayList<>();
        if (item.has("associations")) {
            item.get("associations").forEach(pictures::add);
        }
        assertEquals(figures.size(), pictures.size(), "one ninjs picture association per figure");
        for (int i = 0; i < figures.size(); i++) {
            JsonNode figure = figures.get(i);
            JsonNode picture = pictures.get(i);
            assertEquals("picture", picture.get("type").asText());
            assertEquals(text(figure, "credit"), picture.has("by") ? picture.get("by").asText() : null,
                    "ninjs picture credit");
            assertEquals(text(figure, "caption"), picture.has("descriptions")
                    ? picture.get("descriptions").get(0).get("value").asText() : null, "ninjs picture caption");
        }

        // JSON-LD, as a JSON-LD processor reads it
        JsonLdAssertion.Node node = JsonLdAssertion.expand(jsonld,
                java.net.URI.create("http://localhost/articles/" + article.get("slug").asText() + "/"));
        assertEquals(List.of(JsonLdAssertion.SCHEMA + "NewsArticle"), node.types(), "JSON-LD type");
        assertEquals(List.of(title), node.values("headline"), "JSON-LD headline");
        assertEquals(subtitle == null ? List.of() : List.of(subtitle), node.values("alternativeHeadline"));
        assertEquals(List.of(article.get("language").asText()), node.values("inLanguage"), "JSON-LD inLanguage");
        assertEquals(iso == null ? List.of() : List.of(iso), node.values("datePublished"), "JSON-LD datePublished");
        List<String> named = new java.util.ArrayList<>();
        for (String property : List.of("author", "contributor", "editor", "translator", "sourceOrganization",
                "copyrightHolder")) {
            node.nodes(property).forEach(n -> named.addAll(n.values("name")));
        }
        assertEquals(credits.stream().map(c -> c.substring(c.indexOf(": ") + 2)).sorted().toList(),
                named.stream().sorted().toList(), "JSON-LD people are the article's credits");
        List<JsonLdAssertion.Node> images = node.nodes("image");
        assertEquals(figures.size(), images.size(), "one JSON-LD ImageObject per figure");
        for (int i = 0; i < figures.size(); i++) {
            assertEquals(optional(text(figures.get(i), "caption")), images.get(i).values("caption"),
                    "JSON-LD image caption");
            assertEquals(optional(text(figures.get(i), "credit")), images.get(i).values("creditText"),
                    "JSON-LD image creditText");
        }
        assertEquals(List.of(article.get("wordCount").asText()), node.values("wordCount"), "JSON-LD wordCount");
        JsonNode modified = article.get("modified");
        String modifiedIso = modified == null || modified.isNull() || modified.get("iso").isNull() ? null
                : modified.get("iso").asText();
        assertEquals(optional(modifiedIso), node.values("dateModified"), "JSON-LD dateModified");
        assertEquals(optional(text(article, "canonicalUrl")), node.values("url"), "JSON-LD url");
        assertEquals(optional(text(article, "section")), node.values("articleSection"), "JSON-LD articleSection");
        List<String> keywords = new java.util.ArrayList<>();
        if (article.has("keywords")) {
            article.get("keywords").forEach(k -> keywords.add(k.asText()));
        }
        assertEquals(keywords, node.values("keywords"), "JSON-LD keywords");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /**
     * Every paragraph, heading, caption, caption credit, the byline and every credit line of the article
     * reads back from the Markdown as written.
     */
    public static void assertMarkdownKeepsTheText(JsonNode article, String markdown) {
        List<String> paragraphs = MarkdownReadBack.texts(markdown, "paragraph");
        List<String> headings = MarkdownReadBack.texts(markdown, "heading");
        assertTrue(headings.contains(article.get("title").asText()), "title read back: " + headings);
        JsonNode byline = article.get("byline");
        if (byline != null && !byline.isNull()) {
            assertTrue(paragraphs.contains(byline.get("text").asText()), "byline read back: " + byline);
        }
        for (JsonNode block : article.get("body")) {
            String type = block.get("type").asText();
            if ("paragraph".equals(type)) {
                assertTrue(paragraphs.contains(block.get("text").asText()),
                        "paragraph not read back verbatim: " + block.get("text").asText());
            } else if ("heading".equals(type)) {
                assertTrue(headings.contains(block.get("text").asText()),
                        "heading not read back verbatim: " + block.get("text").asText());
            } else if ("figure".equals(type)) {
                for (String field : List.of("caption", "credit")) {
                    String text = block.get(field).isNull() ? null : block.get(field).asText();
                    assertTrue(text == null || paragraphs.stream().anyMatch(p -> p.contains(text)),
                            "figure " + field + " not read back: " + text);
                }
            }
        }
        for (JsonNode note : article.get("notes")) {
            assertTrue(paragraphs.contains(note.asText()), "credit line not read back verbatim: " + note.asText());
        }
    }
}
