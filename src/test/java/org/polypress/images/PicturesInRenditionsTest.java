package org.polypress.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;
import static org.polypress.testing.JsonSchemaAssertion.assertArticleJsonIsValid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;
import org.polypress.publish.ArticlePublisher;
import org.polypress.render.Renditions;
import org.polypress.testing.MarkdownReadBack;
import org.polypress.testing.PipelineStages;

/**
 * A photo in a DOCX, an ODT, a bundled web page and a bundled text article, carried into every rendition: the
 * JSON's {@code image}, the Markdown's {@code ![alt](images/…)}, the EPUB's manifest (the first picture the cover
 * image), its {@code <img>} inside the {@code <figure>}, and the file in {@code images/} beside the renditions.
 */
class PicturesInRenditionsTest {

    private static final String CAPTION = "Gulnar Shaimergenova, director of the Kazakhstan's China Studies Center"
            + " (CSC), receives an interview with People's Daily Online.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void docxPhotoIsInEveryRenditionUnderItsCaption() throws Exception {
        Renditions renditions = convert("seed.docx", OfficeDocuments.docx(null));
        assertCarried(renditions, OfficeDocuments.PICTURE, "image/png", 8, 8, CAPTION);
    }

    @Test
    void odtPhotoKeepsItsTextAlternativeAndItsTitleIsNotBodyText() throws Exception {
        byte[] png = OfficeDocuments.png(40, 30);
        Renditions renditions = convert("seed.odt", OfficeDocuments.odt(null, png, "The director at her desk"));
        assertCarried(renditions, png, "image/png", 40, 30, "The director at her desk");
        assertFalse(renditions.article().body().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && p.text().contains("at her desk")), "the picture's title became text");
    }

    @Test
    void htmlBundleFigureTakesItsPictureByRelativePath() throws Exception {
        byte[] png = OfficeDocuments.png(64, 48);
        String html = "<html lang=en><head><title>Port opens new berth</title></head><body><article>"
                + "<h1>Port opens new berth</h1><p>By Ann Lee</p>"
                + "<p>The port opened a new berth on Monday, the third this year, officials said in a statement.</p>"
                + "<figure><img src=\"pics/berth.png\" alt=\"Cranes over the new berth\">"
                + "<figcaption>The new berth in Lianyungang. (Photo: Xinhua)</figcaption></figure>"
                + "<p>The berth can handle ships of up to 200,000 tonnes, the port said, and opens in May.</p>"
                + "</article></body></html>";
        Renditions renditions = convert("berth.zip", zip(Map.of("story/berth.html", html.getBytes(StandardCharsets.UTF_8),
                "story/pics/berth.png", png, "__MACOSX/story/._berth.png", new byte[] {1, 2}, ".DS_Store",
                new byte[] {0})));
        assertCarried(renditions, png, "image/png", 64, 48, "Cranes over the new berth");
        Block.Figure figure = figures(renditions.article()).get(0);
        assertEquals("The new berth in Lianyungang.", figure.caption());
        assertEquals("Photo: Xinhua", figure.credit());
        assertEquals("application/zip", renditions.article().source().mediaType());
    }

    @Test
    void loneHtmlPageKeepsItsCaptionButReadsNoPictureFromDisk() throws Exception {
        Files.write(dir.resolve("berth.png"), OfficeDocuments.png(64, 48));
        String html = "<html lang=en><body><article><h1>Port opens new berth</h1>"
                + "<p>The port opened a new berth on Monday, the third this year, officials said in a statement.</p>"
                + "<figure><img src=\"berth.png\" alt=\"Cranes\"><figcaption>The new berth. (Photo: Xinhua)"
                + "</figcaption></figure><p>The berth can handle ships of up to 200,000 tonnes, the port said.</p>"
                + "</article></body></html>";
        Article article = PipelineStages.get().recognize(Files.write(dir.resolve("berth.html"),
                html.getBytes(StandardCharsets.UTF_8)));
        Block.Figure figure = figures(article).get(0);
        assertEquals("The new berth.", figure.caption());
        assertNull(figure.image(), "a lone page's picture was read from disk");
    }

    @Test
    void dataUriPictureOfALonePageIsKept() throws Exception {
        byte[] png = OfficeDocuments.png(20, 20);
        String html = "<html lang=en><body><article><h1>Port opens new berth</h1>"
                + "<p>The port opened a new berth on Monday, the third this year, officials said in a statement.</p>"
                + "<p><img src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png)
                + "\" alt=\"A berth\"></p>"
                + "<p>The berth can handle ships of up to 200,000 tonnes, the port said.</p></article></body></html>";
        Article article = PipelineStages.get().recognize(Files.write(dir.resolve("berth.html"),
                html.getBytes(StandardCharsets.UTF_8)));
        Block.Figure figure = figures(article).get(0);
        assertNull(figure.caption());
        assertEquals("A berth", figure.image().alt());
        assertArrayEquals(png, figure.image().bytes());
        int at = article.body().indexOf(figure);
        assertTrue(at > 0 && article.body().get(at - 1) instanceof Block.Paragraph p && p.text().contains("Monday"),
                article.body().toString());
    }

    @Test
    void textBundleMarkerLinePlacesThePictureAndBmpBecomesPng() throws Exception {
        byte[] bmp = bmp(24, 16);
        String text = "Port opens new berth\n\nBy Ann Lee\n\n"
                + "The port opened a new berth on Monday, the third this year, officials said in a statement.\n\n"
                + "[berth.bmp]\n\nThe new berth in Lianyungang. (Photo: Xinhua)\n\n"
                + "The berth can handle ships of up to 200,000 tonnes, the port said, and opens in May.\n";
        byte[] extra = OfficeDocuments.png(32, 32);
        Renditions renditions = convert("berth.zip", zip(Map.of("berth.txt", text.getBytes(StandardCharsets.UTF_8),
                "berth.bmp", bmp, "extra.png", extra)));
        List<Block.Figure> figures = figures(renditions.article());
        assertEquals(2, figures.size(), figures.toString());
        Image image = figures.get(0).image();
        assertEquals("The new berth in Lianyungang.", figures.get(0).caption());
        assertEquals("image/png", image.mediaType());
        assertTrue(image.path().endsWith(".png"), image.path());
        assertEquals(24, image.width());
        assertEquals(16, image.height());
        assertEquals(24, javax.imageio.ImageIO.read(new ByteArrayInputStream(image.bytes())).getWidth());
        assertFalse(String.join(" ", renditions.article().body().stream().flatMap(b -> b.texts().stream()).toList())
                .contains("[berth.bmp]"));
        // the picture no line names is added at the end, without caption
        assertNull(figures.get(1).caption());
        assertArrayEquals(extra, figures.get(1).image().bytes());
        assertEquals(renditions.article().body().get(renditions.article().body().size() - 1), figures.get(1));
        assertPublished(renditions);
    }

    @Test
    void samePictureTwiceIsOneFile() throws Exception {
        byte[] png = OfficeDocuments.png(32, 32);
        String text = "Port opens new berth\n\nBy Ann Lee\n\n"
                + "The port opened a new berth on Monday, the third this year, officials said in a statement.\n\n"
                + "[a.png]\n\nThe berth at dawn. (Photo: Xinhua)\n\n"
                + "The berth can handle ships of up to 200,000 tonnes, the port said, and opens in May.\n\n"
                + "[b.png]\n\nThe berth at dusk. (Photo: Xinhua)\n\nIt is the third berth opened this year.\n";
        Renditions renditions = convert("berth.zip", zip(Map.of("berth.txt", text.getBytes(StandardCharsets.UTF_8),
                "a.png", png, "b.png", png)));
        List<Block.Figure> figures = figures(renditions.article());
        assertEquals(figures.get(0).image().path(), figures.get(1).image().path());
        assertEquals(1, renditions.files().stream().filter(f -> f.name().startsWith("images/")).count());
        Map<String, byte[]> epub = unzip(PipelineStages.file(renditions, "article.epub"));
        assertEquals(1, epub.keySet().stream().filter(n -> n.startsWith("EPUB/images/")).count());
        assertEpubIsValid(PipelineStages.file(renditions, "article.epub"));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws Exception {
        // the same bytes twice: POI stamps each DOCX it writes with the time
        Path file = Files.write(dir.resolve("seed.docx"), OfficeDocuments.docx(null));
        Renditions first = PipelineStages.get().convert(file);
        Renditions second = PipelineStages.get().convert(file);
        assertEquals(first.files().size(), second.files().size());
        for (int i = 0; i < first.files().size(); i++) {
            assertEquals(first.files().get(i).name(), second.files().get(i).name());
            assertArrayEquals(first.files().get(i).bytes(), second.files().get(i).bytes(), first.files().get(i).name());
        }
    }

    /** Every rendition carries the one picture: JSON, Markdown, EPUB, and its file beside them. */
    private void assertCarried(Renditions renditions, byte[] bytes, String mediaType, int width, int height,
            String alt) throws Exception {
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
        assertPublished(renditions);
    }

    /** Published: every picture's file in images/, byte for byte. */
    private void assertPublished(Renditions renditions) throws Exception {
        Path output = Files.createDirectories(dir.resolve("output"));
        Path folder = new ArticlePublisher(output).publish(renditions);
        for (Image image : renditions.article().images()) {
            assertArrayEquals(image.bytes(), Files.readAllBytes(folder.resolve(image.path())));
        }
        assertTrue(Files.isRegularFile(folder.resolve("article.epub")));
    }

    private Renditions convert(String name, byte[] bytes) throws Exception {
        return PipelineStages.get().convert(Files.write(dir.resolve(name), bytes));
    }

    private static List<Block.Figure> figures(Article article) {
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

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] bmp(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xff0000);
        assertTrue(javax.imageio.ImageIO.write(picture, "bmp", out));
        return out.toByteArray();
    }
}
