package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;
import static org.polypress.testing.JsonSchemaAssertion.assertArticleJsonIsValid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;
import org.polypress.publish.ArticlePublisher;
import org.polypress.render.Renditions;

/**
 * Asserts that an article's one picture reached every rendition: the JSON's {@code image}, the Markdown's
 * {@code ![alt](images/…)} followed by its caption, the EPUB's manifest (the cover image) and its {@code <img>}
 * inside the {@code <figure>}, and the file in {@code images/} of the published folder.
 */
public final class PictureAssertion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PictureAssertion() {
    }

    /** The article's first figure carries {@code bytes}, described by {@code alt}, in every rendition. */
    public static void assertCarried(Renditions renditions, byte[] bytes, String mediaType, int width, int height,
            String alt, Path output) throws Exception {
        Block.Figure figure = figures(renditions.article()).get(0);
        Image image = figure.image();
        assertNotNull(image, "no image in " + figure);
        assertArrayEquals(bytes, image.bytes());
        String path = image.path();
        assertTrue(Image.isPublishedPath(path), path);

        byte[] json = PipelineStages.file(renditions, "article.json");
        assertArticleJsonIsValid(json);
        JsonNode node = figureNode(JSON.readTree(json));
        assertEquals(path, node.path("image").path("path").asText());
        assertEquals(mediaType, node.path("image").path("mediaType").asText());
        assertEquals(width, node.path("image").path("width").asInt());
        assertEquals(height, node.path("image").path("height").asInt());
        assertEquals(alt, node.path("image").path("alt").asText());

        String markdown = new String(PipelineStages.file(renditions, "article.md"), StandardCharsets.UTF_8);
        List<MarkdownReadBack.Block> blocks = MarkdownReadBack.blocks(markdown);
        MarkdownReadBack.Block picture = blocks.stream().filter(b -> b.kind().equals("image")).findFirst()
                .orElseThrow(() -> new AssertionError("no image in\n" + markdown));
        assertEquals(path, picture.destination());
        assertEquals(alt, picture.text());
        int at = blocks.indexOf(picture);
        assertTrue(blocks.get(at + 1).text().contains(figure.caption() == null ? "" : figure.caption()),
                "the caption does not follow the image: " + blocks);

        byte[] epub = PipelineStages.file(renditions, "article.epub");
        assertEpubIsValid(epub);
        Map<String, byte[]> files = unzip(epub);
        assertArrayEquals(bytes, files.get("EPUB/" + path));
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("href=\"" + path + "\" media-type=\"" + mediaType + "\" properties=\"cover-image\""),
                opf);
        assertTrue(opf.contains("<meta property=\"schema:accessMode\">visual</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"), opf);
        assertTrue(opf.contains("It has one image"), opf);
        String xhtml = new String(files.get("EPUB/article.xhtml"), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("<figure>\n<img src=\"" + path + "\" alt=\""), xhtml);
        assertPublished(renditions, output);
    }

    /** Published into {@code output}: every picture's file in images/, byte for byte, beside the renditions. */
    public static void assertPublished(Renditions renditions, Path output) throws Exception {
        Path folder = new ArticlePublisher(Files.createDirectories(output)).publish(renditions);
        for (Image image : renditions.article().images()) {
            assertArrayEquals(image.bytes(), Files.readAllBytes(folder.resolve(image.path())));
        }
        assertTrue(Files.isRegularFile(folder.resolve("article.epub")));
    }

    public static List<Block.Figure> figures(Article article) {
        return article.body().stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
    }

    private static JsonNode figureNode(JsonNode article) {
        for (JsonNode block : article.path("body")) {
            if ("figure".equals(block.path("type").asText()) && !block.path("image").isNull()) {
                return block;
            }
        }
        throw new AssertionError("no figure with an image in " + article);
    }

    /** The entries of a zip file by name, in the zip's order. */
    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
