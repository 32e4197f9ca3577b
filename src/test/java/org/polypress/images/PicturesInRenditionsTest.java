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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;
import org.polypress.publish.ArticlePublisher;
import org.polypress.render.Renditions;
import org.polypress.testing.PictureAssertion;
import org.polypress.testing.PipelineStages;
import org.polypress.testing.Zips;

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
        Renditions renditions = convert("berth.zip", Zips.zip(Map.of("story/berth.html", html.getBytes(StandardCharsets.UTF_8),
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
        Renditions renditions = convert("berth.zip", Zips.zip(Map.of("berth.txt", text.getBytes(StandardCharsets.UTF_8),
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
        Renditions renditions = convert("berth.zip", Zips.zip(Map.of("berth.txt", text.getBytes(StandardCharsets.UTF_8),
                "a.png", png, "b.png", png)));
        List<Block.Figure> figures = figures(renditions.article());
        assertEquals(figures.get(0).image().path(), figures.get(1).image().path());
        assertEquals(1, renditions.files().stream().filter(f -> f.name().startsWith("images/")).count());
        Map<String, byte[]> epub = PictureAssertion.unzip(PipelineStages.file(renditions, "article.epub"));
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

    private void assertCarried(Renditions renditions, byte[] bytes, String mediaType, int width, int height,
            String alt) throws Exception {
        PictureAssertion.assertCarried(renditions, bytes, mediaType, width, height, alt, dir.resolve("output"));
    }

    private void assertPublished(Renditions renditions) throws Exception {
        PictureAssertion.assertPublished(renditions, dir.resolve("output"));
    }

    private Renditions convert(String name, byte[] bytes) throws Exception {
        return PipelineStages.get().convert(Files.write(dir.resolve(name), bytes));
    }

    private static List<Block.Figure> figures(Article article) {
        return PictureAssertion.figures(article);
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
