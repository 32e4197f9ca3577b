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
 * the three renditions and nothing else, the JSON valid by the schema, the EPUB clean by epubcheck,
 * and the Markdown, read back with Flexmark, holding every paragraph, heading and credit line of the
 * JSON word for word.
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
        List<String> expected = new java.util.ArrayList<>(List.of("article.epub", "article.json", "article.md"));
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
